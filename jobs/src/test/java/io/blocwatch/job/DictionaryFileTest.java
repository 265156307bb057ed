package io.blocwatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blocwatch.config.JobConfig;
import io.blocwatch.connectors.RawRecord;
import io.blocwatch.connectors.json.NewsItemParser;
import io.blocwatch.contracts.ActorTag;
import io.blocwatch.contracts.NewsItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dictionary.file} is read where the job is built (the client of a CLI submission, the
 * JobManager otherwise): a bad file fails there, naming it, instead of a TaskManager restart loop,
 * and the TaskManagers tag with the file's text, which travels with the job.
 */
class DictionaryFileTest {

    private static final String ITEM = "{\"id\":\"d-1\",\"source\":\"s\",\"url\":\"https://example.org/d-1\","
            + "\"published_at\":\"2025-01-10T10:00:00Z\",\"language\":\"en\",\"title\":\"Forum meets\","
            + "\"body\":\"The Zetlandic Defence Forum met in Tirana on Friday.\"}";

    @Test
    void theTaskManagersTagWithTheFilesTextEvenWhereTheFileIsNot(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("extra.yaml");
        Files.writeString(file, "organizations:\n  - code: ZDF\n    aliases: [Zetlandic Defence Forum]\n");
        String shipped = TagFunction.readDocument(file);
        Files.delete(file);

        NewsItem item = new NewsItemParser().parse(new RawRecord("test:1", ITEM.getBytes(StandardCharsets.UTF_8))).item();
        assertThat(TagFunction.startTagger(file.toString(), shipped).tag(item).actors()).extracting(ActorTag::code).contains("ZDF");
        assertThat(TagFunction.startTagger(null, null).tag(item).actors()).extracting(ActorTag::code).doesNotContain("ZDF");
    }

    @Test
    void aMalformedDictionaryFileFailsWhenTheJobIsBuiltNamingTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "organisations:\n  - code: ZDF\n");
        JobConfig config = JobConfig.defaults().with(Map.of("dictionary.file", file.toString(), "input.bounded-replay", "true"));
        Path items = dir.resolve("items.jsonl");
        Files.writeString(items, ITEM + "\n");
        BlocwatchPipeline job = new BlocwatchPipeline(NewsInputs.file(items, BlocwatchJob.parser(config)), JobSinks.files(dir.resolve("out")), config);
        assertThatThrownBy(() -> job.build(StreamExecutionEnvironment.createLocalEnvironment()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broken.yaml");
    }
}
