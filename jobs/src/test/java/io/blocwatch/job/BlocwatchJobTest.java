package io.blocwatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.config.JobConfig;
import io.blocwatch.contracts.ContractSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on a MiniCluster at parallelism 2, from a file to JSON-lines outputs. */
class BlocwatchJobTest {

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void replayOfAShuffledFileTagsEveryItemRaisesTheStorylineAlertsAndDeadLettersBadLines(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(Fixtures.sampleItems());
        Collections.reverse(lines);
        lines.add(3, "{\"id\": \"broken\", \"title\": ");
        lines.add(6, "[\"not\", \"an\", \"item\"]");
        Path input = dir.resolve("items.jsonl");
        Files.write(input, lines);
        Path out = dir.resolve("out");

        JobConfig config = JobConfig.of(Map.of("input.bounded-replay", "true", "job.parallelism", "2"));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(
                BlocwatchJob.flinkConfiguration(config, false));
        new BlocwatchPipeline(NewsInputs.file(input, BlocwatchJob.parser(config)), JobSinks.files(out), config).execute(env);

        List<JsonNode> tagged = Fixtures.readJsonLines(out.resolve("tagged.jsonl"));
        assertThat(tagged).extracting(t -> t.get("id").asText()).containsExactlyInAnyOrder(
                "bw-0001", "bw-0002", "bw-0003", "bw-0004", "bw-0005", "bw-0006", "bw-0007", "bw-0008");

        List<JsonNode> dead = Fixtures.readJsonLines(out.resolve("deadletter.jsonl"));
        assertThat(dead).extracting(d -> d.get("reason").asText() + "@" + d.get("source").asText())
                .containsExactlyInAnyOrder("malformed_json@items.jsonl:4", "wrong_shape@items.jsonl:7");

        List<JsonNode> alerts = new ArrayList<>(Fixtures.readJsonLines(out.resolve("alerts.jsonl")));
        alerts.sort(Comparator.comparing(a -> a.get("event_time").asText()));
        List<String> decisive = alerts.stream()
                .map(a -> a.get("type").asText())
                .filter(t -> !t.startsWith("POLARIZATION_"))
                .toList();
        assertThat(decisive).containsExactly("CROSS_BLOC_HOSTILITY", "COUNTER_ALIGNMENT");
        assertThat(alerts).allSatisfy(a -> assertThat(a.get("scenario").asText()).isEqualTo("western-balkans"));
        assertThat(alerts).extracting(a -> a.get("alert_id").asText()).doesNotHaveDuplicates();

        JsonNode counter = alerts.stream().filter(a -> a.get("type").asText().equals("COUNTER_ALIGNMENT")).findFirst().orElseThrow();
        assertThat(counter.get("evidence")).isNotEmpty();
        assertThat(counter.get("evidence").findValuesAsText("item_id")).contains("bw-0007");

        List<JsonNode> scores = Fixtures.readJsonLines(out.resolve("scores.jsonl"));
        assertThat(scores).isNotEmpty();

        tagged.forEach(t -> ContractSchemas.assertValid("tagged-item.v1.json", t));
        scores.forEach(t -> ContractSchemas.assertValid("bloc-score.v1.json", t));
        alerts.forEach(t -> ContractSchemas.assertValid("alert.v1.json", t));
        dead.forEach(t -> ContractSchemas.assertValid("dead-letter.v1.json", t));
    }
}
