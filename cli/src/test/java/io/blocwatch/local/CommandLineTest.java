package io.blocwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.contracts.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixed command lines: tag and replay on files, errors as exit codes with a message. */
class CommandLineTest {

    record Run(int code, String out, String err) {}

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BlocwatchCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static List<JsonNode> jsonLines(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(Json.MAPPER.readTree(line));
        }
        return out;
    }

    static Path samples(Path dir) throws Exception {
        Path file = dir.resolve("items.jsonl");
        Files.write(file, DemoCommand.sampleFile());
        return file;
    }

    @Test
    void tagWritesOneLinePerItemInInputOrder(@TempDir Path dir) throws Exception {
        Path input = samples(dir);
        Path output = dir.resolve("out/tagged.jsonl");
        Run run = cli("tag", "--input", input.toString(), "--output", output.toString());
        assertThat(run.code()).isZero();
        List<JsonNode> tagged = jsonLines(output);
        assertThat(tagged).extracting(t -> t.get("id").asText()).containsExactly(
                "bw-0001", "bw-0002", "bw-0003", "bw-0004", "bw-0005", "bw-0006", "bw-0007", "bw-0008");
        assertThat(tagged.get(6).get("agreements").findValuesAsText("form")).contains("agreement", "declaration");
        assertThat(tagged.get(7).get("actors")).isEmpty();
    }

    @Test
    void tagOnAMissingFileFailsWithAClearMessage(@TempDir Path dir) {
        Run run = cli("tag", "--input", dir.resolve("nope.jsonl").toString(), "--output", dir.resolve("t.jsonl").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("nope.jsonl").contains("does not exist");
        assertThat(dir.resolve("t.jsonl")).doesNotExist();
    }

    @Test
    void unknownCommandsAndOptionsAreRefused(@TempDir Path dir) throws Exception {
        assertThat(cli("tagg").code()).isEqualTo(2);
        Run run = cli("replay", "--input", samples(dir).toString(), "--output", dir.toString(), "--checkpoint.intervall", "PT1S");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("did you mean 'checkpoint.interval'");
    }

    @Test
    void replayWritesTheFourOutputsAndTheStorylineAlerts(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("replay");
        Run run = cli("replay", "--input", samples(dir).toString(), "--output", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        for (String f : List.of("tagged.jsonl", "scores.jsonl", "alerts.jsonl", "deadletter.jsonl")) {
            assertThat(out.resolve(f)).exists();
        }
        assertThat(jsonLines(out.resolve("tagged.jsonl"))).hasSize(8);
        List<String> types = jsonLines(out.resolve("alerts.jsonl")).stream().map(a -> a.get("type").asText())
                .filter(t -> !t.startsWith("POLARIZATION_")).toList();
        assertThat(types).containsExactly("CROSS_BLOC_HOSTILITY", "COUNTER_ALIGNMENT");
        assertThat(run.out()).contains("8 tagged");
    }

    @Test
    void replayIsDeterministic(@TempDir Path dir) throws Exception {
        Path input = samples(dir);
        assertThat(cli("replay", "--input", input.toString(), "--output", dir.resolve("a").toString()).code()).isZero();
        assertThat(cli("replay", "--input", input.toString(), "--output", dir.resolve("b").toString()).code()).isZero();
        assertThat(Files.readAllLines(dir.resolve("b/alerts.jsonl"))).isEqualTo(Files.readAllLines(dir.resolve("a/alerts.jsonl")));
        assertThat(Files.readAllLines(dir.resolve("b/scores.jsonl"))).isEqualTo(Files.readAllLines(dir.resolve("a/scores.jsonl")));
    }
}
