package io.blocwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.testkit.DevCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The storyline of the shared development set, through the real replay command: exactly the
 * alerts its README expects, in order. Skipped where the shared corpus is not beside the checkout.
 */
class DevCorpusReplayTest {

    static Optional<Path> devSet() {
        return DevCorpus.devSet();
    }

    @Test
    void devSetRaisesExactlyTheExpectedAlertsInOrder(@TempDir Path dir) throws Exception {
        Optional<Path> dev = devSet();
        assumeTrue(dev.isPresent(), DevCorpus.skipReason("dev.jsonl"));
        Path out = dir.resolve("replay");
        CommandLineTest.Run run = CommandLineTest.cli("replay", "--input", dev.get().toString(), "--output", out.toString());
        assertThat(run.code()).as(run.err()).isZero();

        List<JsonNode> alerts = CommandLineTest.jsonLines(out.resolve("alerts.jsonl"));
        assertThat(alerts).allSatisfy(a -> {
            assertThat(a.get("scenario").asText()).isEqualTo("western-balkans");
            assertThat(a.get("blocs").toString()).isEqualTo("[\"belgrade-budapest\",\"tirana-zagreb-pristina\"]");
        });
        List<JsonNode> decisive = alerts.stream().filter(a -> !a.get("type").asText().startsWith("POLARIZATION_")).toList();
        assertThat(decisive).extracting(a -> a.get("type").asText() + "@" + a.get("event_time").asText() + "@"
                + a.get("evidence").get(0).get("item_id").asText())
                .containsExactly("CROSS_BLOC_HOSTILITY@2023-09-29T19:30:00Z@dev-004",
                        "COUNTER_ALIGNMENT@2025-04-01T16:00:00Z@dev-001");
        // Rise and jump alerts may only come with the build-up (dev-003..dev-004) or the pact (dev-001), once each.
        List<JsonNode> moves = alerts.stream().filter(a -> a.get("type").asText().startsWith("POLARIZATION_")).toList();
        assertThat(moves).allSatisfy(a -> assertThat(a.get("evidence").get(0).get("item_id").asText())
                .isIn("dev-003", "dev-004", "dev-001"));
        assertThat(moves).extracting(a -> a.get("type").asText() + a.get("evidence").get(0).get("item_id").asText())
                .doesNotHaveDuplicates();

        // The main pair's index: higher after dev-004 than before dev-003, higher after dev-001 than just before.
        List<JsonNode> pair = CommandLineTest.jsonLines(out.resolve("scores.jsonl")).stream()
                .filter(s -> s.get("scenario").asText().equals("western-balkans")).toList();
        double beforeDev003 = lastBefore(pair, "2023-09-24T21:00:00Z");
        double afterDev004 = lastAtOrBefore(pair, "2023-09-29T19:30:00Z");
        // The index decays with a 30-day half-life and the scorer emits only changed values: the last score
        // emitted before dev-001 dates from 2023, so the index just before the pact is its decayed value (~0),
        // and the first score at or after the pact (the item's own, or the next day's) is the index after it.
        double beforeDev001 = lastBeforeWithin(pair, "2025-04-01T16:00:00Z", java.time.Duration.ofDays(60));
        double afterDev001 = firstAtOrAfter(pair, "2025-04-01T16:00:00Z");
        assertThat(afterDev004).isGreaterThan(beforeDev003);
        assertThat(afterDev001).isGreaterThan(beforeDev001);
    }

    @Test
    void theGoldTagsOfTheDevSetRaiseTheExpectedAlerts(@TempDir Path dir) throws Exception {
        Optional<Path> dev = devSet();
        assumeTrue(dev.isPresent(), DevCorpus.skipReason("dev.jsonl"));
        Path tagged = dir.resolve("gold-tagged.jsonl");
        assertThat(CommandLineTest.cli("gold-to-tagged", "--input", dev.get().toString(), "--output", tagged.toString()).code())
                .isZero();
        Path out = dir.resolve("replay");
        CommandLineTest.Run run = CommandLineTest.cli("replay", "--tagged", tagged.toString(), "--output", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<JsonNode> alerts = CommandLineTest.jsonLines(out.resolve("alerts.jsonl"));
        assertThat(alerts.stream().filter(a -> !a.get("type").asText().startsWith("POLARIZATION_")).toList())
                .extracting(a -> a.get("type").asText() + "@" + a.get("event_time").asText() + "@"
                        + a.get("evidence").get(0).get("item_id").asText())
                .containsExactly("CROSS_BLOC_HOSTILITY@2023-09-29T19:30:00Z@dev-004",
                        "COUNTER_ALIGNMENT@2025-04-01T16:00:00Z@dev-001");
        assertThat(alerts).filteredOn(a -> a.get("type").asText().startsWith("POLARIZATION_"))
                .allSatisfy(a -> assertThat(a.get("evidence").get(0).get("item_id").asText()).isIn("dev-003", "dev-004", "dev-001"));
    }

    /**
     * The gold tags of the second development set with its scenarios: the seventeen alerts of its
     * README table, each with its type, scenario, event time and item, and nothing else.
     */
    @Test
    void theGoldTagsOfTheSecondDevSetRaiseExactlyTheSeventeenAlertsOfItsTable(@TempDir Path dir) throws Exception {
        Optional<Path> dev = devSet().map(p -> p.resolveSibling("dev2.jsonl")).filter(Files::isRegularFile);
        assumeTrue(dev.isPresent(), DevCorpus.skipReason("dev2.jsonl"));
        Path scenarios = dev.get().resolveSibling("scenarios-dev2.yaml");
        Path tagged = dir.resolve("gold2-tagged.jsonl");
        assertThat(CommandLineTest.cli("gold-to-tagged", "--input", dev.get().toString(), "--output", tagged.toString()).code())
                .isZero();
        Path out = dir.resolve("replay2");
        CommandLineTest.Run run = CommandLineTest.cli("replay", "--tagged", tagged.toString(), "--output", out.toString(),
                "--scenarios.file", scenarios.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<JsonNode> alerts = CommandLineTest.jsonLines(out.resolve("alerts.jsonl"));
        assertThat(alerts).extracting(a -> a.get("type").asText() + " " + a.get("scenario").asText() + " "
                        + a.get("event_time").asText() + " " + a.get("evidence").get(0).get("item_id").asText())
                .containsExactlyInAnyOrder(
                        "POLARIZATION_RISE great-powers 2023-04-04T16:30:00Z dev2-030",
                        "POLARIZATION_RISE indo-pacific 2023-04-17T08:00:00Z dev2-021",
                        "CROSS_BLOC_HOSTILITY indo-pacific 2023-08-06T07:00:00Z dev2-022",
                        "POLARIZATION_RISE indo-pacific 2023-08-06T07:00:00Z dev2-022",
                        "CROSS_BLOC_HOSTILITY indo-pacific 2023-12-11T05:00:00Z dev2-024",
                        "POLARIZATION_RISE indo-pacific 2023-12-11T05:00:00Z dev2-024",
                        "POLARIZATION_RISE great-powers 2023-12-15T15:00:00Z dev2-033",
                        "CROSS_BLOC_HOSTILITY great-powers 2023-12-19T08:00:00Z dev2-034",
                        "POLARIZATION_RISE horn-of-africa 2024-01-02T18:45:00Z dev2-002",
                        "CROSS_BLOC_HOSTILITY indo-pacific 2024-03-24T03:00:00Z dev2-025",
                        "POLARIZATION_RISE indo-pacific 2024-03-24T03:00:00Z dev2-025",
                        "CROSS_BLOC_HOSTILITY horn-of-africa 2024-06-07T10:00:00Z dev2-007",
                        "CROSS_BLOC_HOSTILITY indo-pacific 2024-06-19T09:00:00Z dev2-028",
                        "POLARIZATION_RISE indo-pacific 2024-06-19T09:00:00Z dev2-028",
                        "REALIGNMENT indo-pacific 2024-07-22T04:00:00Z dev2-027",
                        "POLARIZATION_RISE horn-of-africa 2024-08-29T09:00:00Z dev2-009",
                        "REALIGNMENT horn-of-africa 2024-12-12T06:00:00Z dev2-014");
        assertThat(alerts).allSatisfy(a -> assertThat(a.get("severity").asText())
                .isEqualTo(a.get("type").asText().equals("CROSS_BLOC_HOSTILITY") ? "high" : "medium"));
    }

    private static double lastBefore(List<JsonNode> scores, String time) {
        return scores.stream().filter(s -> s.get("event_time").asText().compareTo(time) < 0)
                .reduce((a, b) -> b).map(s -> s.get("polarization").asDouble()).orElse(0.0);
    }

    private static double lastBeforeWithin(List<JsonNode> scores, String time, java.time.Duration window) {
        String from = java.time.Instant.parse(time).minus(window).toString();
        return scores.stream().filter(s -> s.get("event_time").asText().compareTo(time) < 0
                        && s.get("event_time").asText().compareTo(from) >= 0)
                .reduce((a, b) -> b).map(s -> s.get("polarization").asDouble()).orElse(0.0);
    }

    private static double firstAtOrAfter(List<JsonNode> scores, String time) {
        return scores.stream().filter(s -> s.get("event_time").asText().compareTo(time) >= 0)
                .findFirst().map(s -> s.get("polarization").asDouble()).orElse(0.0);
    }

    private static double lastAtOrBefore(List<JsonNode> scores, String time) {
        return scores.stream().filter(s -> s.get("event_time").asText().compareTo(time) <= 0)
                .reduce((a, b) -> b).map(s -> s.get("polarization").asDouble()).orElse(0.0);
    }
}
