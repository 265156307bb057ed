package io.blocwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gold-to-tagged} and {@code replay --tagged}: scoring judged apart from tagging. */
class TaggedReplayTest {

    /** Two items with gold tags, written for this test: a signing inside bloc B, then a threat across. */
    private static final String GOLD = String.join("\n",
            "{\"id\":\"g-1\",\"source\":\"Test Wire\",\"url\":\"https://example.org/g-1\",\"published_at\":\"2031-03-03T09:00:00Z\","
                    + "\"language\":\"en\",\"title\":\"Tirana, Zagreb and Pristina sign a defence declaration\",\"body\":\"The three signed it on Monday.\","
                    + "\"gold\":{\"actors\":[\"ALB\",\"HRV\",\"XKX\"],\"persons\":[],\"agreements\":[{\"form\":\"declaration\",\"domain\":\"defense\","
                    + "\"parties\":[\"ALB\",\"HRV\",\"XKX\"],\"status\":\"signed\",\"date\":\"2031-03-03\",\"place\":null}],"
                    + "\"interactions\":[{\"source\":\"ALB\",\"target\":\"HRV\",\"polarity\":\"cooperative\",\"kind\":\"sign-agreement\"},"
                    + "{\"source\":\"HRV\",\"target\":\"ALB\",\"polarity\":\"cooperative\",\"kind\":\"sign-agreement\"}]}}",
            "{\"id\":\"g-2\",\"source\":\"Test Wire\",\"url\":\"https://example.org/g-2\",\"published_at\":\"2031-03-10T09:00:00Z\","
                    + "\"language\":\"en\",\"title\":\"Serbian armour gathers at the Kosovo line\",\"body\":\"Tanks were seen near the line.\","
                    + "\"gold\":{\"actors\":[\"SRB\",\"XKX\"],\"persons\":[],\"agreements\":[],"
                    + "\"interactions\":[{\"source\":\"SRB\",\"target\":\"XKX\",\"polarity\":\"conflictual\",\"kind\":\"threaten\"}]}}",
            "");

    @Test
    void goldTagsAreScoredWithoutTaggingAndBadLinesAreDeadLettered(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, GOLD, StandardCharsets.UTF_8);
        Path tagged = dir.resolve("tagged.jsonl");
        CommandLineTest.Run convert = CommandLineTest.cli("gold-to-tagged", "--input", gold.toString(), "--output", tagged.toString());
        assertThat(convert.code()).as(convert.err()).isZero();
        assertThat(CommandLineTest.jsonLines(tagged)).hasSize(2).allSatisfy(t -> {
            assertThat(t.get("schema").asText()).isEqualTo("blocwatch.tagged-item/v1");
            io.blocwatch.contracts.ContractSchemas.assertValid("tagged-item.v1.json", t);
        });
        // a line that is not a TaggedItem and a line that is not JSON
        Files.writeString(tagged, "{\"id\":\"x\",\"published_at\":\"2031-03-04T00:00:00Z\"}\nnot json\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        Path out = dir.resolve("replay");
        CommandLineTest.Run run = CommandLineTest.cli("replay", "--tagged", tagged.toString(), "--output", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 tagged items", "2 dead letters");

        List<JsonNode> alerts = CommandLineTest.jsonLines(out.resolve("alerts.jsonl"));
        assertThat(alerts).extracting(a -> a.get("type").asText() + "@" + a.get("evidence").get(0).get("item_id").asText())
                .contains("CROSS_BLOC_HOSTILITY@g-2");
        List<JsonNode> dead = CommandLineTest.jsonLines(out.resolve("deadletter.jsonl"));
        assertThat(dead).extracting(d -> d.get("reason").asText() + "@" + d.get("source").asText())
                .containsExactlyInAnyOrder("missing_field@tagged.jsonl:3", "malformed_json@tagged.jsonl:4");
        assertThat(dead.get(0).get("detail").asText()).contains("not a valid TaggedItem v1");
        assertThat(CommandLineTest.jsonLines(out.resolve("tagged.jsonl"))).hasSize(2);
    }

    @Test
    void aFileOfOnlyBadLinesGivesOnlyDeadLetters(@TempDir Path dir) throws Exception {
        Path tagged = dir.resolve("bad.jsonl");
        Files.writeString(tagged, "[1,2]\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("replay");
        CommandLineTest.Run run = CommandLineTest.cli("replay", "--tagged", tagged.toString(), "--output", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(CommandLineTest.jsonLines(out.resolve("deadletter.jsonl"))).extracting(d -> d.get("reason").asText())
                .containsExactly("wrong_shape");
        assertThat(CommandLineTest.jsonLines(out.resolve("alerts.jsonl"))).isEmpty();
    }
}
