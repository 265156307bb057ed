package io.blocwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blocwatch.config.JobConfig;
import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import io.blocwatch.contracts.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job resumed from a savepoint starts its watermark from scratch; the scorer's restored lateness
 * floor must keep old-dated items out of the scores all the same. The production Kafka job runs the
 * sample items, stops with a savepoint, resumes, and then another producer replays four of the old
 * items under new ids: each becomes a {@code late_event} dead letter, no score moves and no alert
 * id already on the topic is written again.
 */
class RestoreLatenessTest {

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @TempDir
    Path savepoints;

    @Test
    void oldItemsRightAfterARestoreAreLateAndRepeatNoAlert() throws Exception {
        List<String> samples = SavepointFixture.sampleItems();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            broker.createTopics(2, SavepointFixture.TOPICS);
            JobConfig config = JobConfig.defaults().with(Map.of(
                    "kafka.bootstrap-servers", broker.bootstrapServers(),
                    "job.parallelism", "1",
                    "checkpoint.interval", "PT1S",
                    "watermark.idleness", "PT1S"));

            SavepointFixture.produce(broker, samples);
            JobClient first = SavepointFixture.environment(config, Map.of()).executeAsync("blocwatch-before-restore");
            SavepointFixture.consumeUntil(broker, "news.tagged", got -> got.size() == samples.size(), Duration.ofSeconds(120));
            // Once the idle partition no longer holds it back, the watermark stands at the last item's
            // time; one more item lets the scorer see it before the savepoint.
            Thread.sleep(3000);
            SavepointFixture.produce(broker, List.of(copy(samples.get(6), "bw-0009", "2025-05-03T09:00:00Z")));
            SavepointFixture.consumeUntil(broker, "news.tagged", got -> got.size() == samples.size() + 1, Duration.ofSeconds(60));
            String savepoint = first.stopWithSavepoint(false, savepoints.toUri().toString(), SavepointFormatType.CANONICAL).get();

            List<JsonNode> scoresBefore = SavepointFixture.consumeUntil(broker, "bloc.scores", got -> false, Duration.ofSeconds(3));
            List<JsonNode> alertsBefore = SavepointFixture.consumeUntil(broker, "security.alerts", got -> false, Duration.ofSeconds(3));
            assertThat(alertsBefore).extracting(a -> a.get("type").asText()).contains("CROSS_BLOC_HOSTILITY", "COUNTER_ALIGNMENT");

            JobClient second = SavepointFixture.environment(config, Map.of(
                    "execution.state-recovery.path", savepoint,
                    "execution.state-recovery.ignore-unclaimed-state", "false")).executeAsync("blocwatch-after-restore");
            try {
                // Another producer replays items of 2023-2025 (new ids, so they are not mere repeats).
                List<String> replayed = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    replayed.add(copy(samples.get(i), "old-000" + (i + 1), null));
                }
                SavepointFixture.produce(broker, replayed);
                List<JsonNode> late = SavepointFixture.consumeUntil(broker, "news.deadletter",
                        got -> lateItems(got).containsAll(List.of("old-0001", "old-0002", "old-0003")),
                        Duration.ofSeconds(120));
                SavepointFixture.consumeUntil(broker, "news.tagged", got -> got.size() == samples.size() + 5, Duration.ofSeconds(60));
                List<JsonNode> scoresAfter = SavepointFixture.consumeUntil(broker, "bloc.scores", got -> false, Duration.ofSeconds(3));
                List<JsonNode> alertsAfter = SavepointFixture.consumeUntil(broker, "security.alerts", got -> false, Duration.ofSeconds(3));

                assertThat(lateItems(late)).contains("old-0001", "old-0002", "old-0003");
                assertThat(late).filteredOn(d -> d.get("reason").asText().equals("late_event"))
                        .allSatisfy(d -> assertThat(d.get("detail").asText()).contains("allowed lateness"));
                // No score moves: the scores topic holds exactly what it held at the savepoint.
                assertThat(lastPerPair(scoresAfter)).isEqualTo(lastPerPair(scoresBefore));
                assertThat(scoresAfter).hasSameSizeAs(scoresBefore);
                // No alert is written again, under its old id or any other.
                assertThat(alertsAfter).extracting(a -> a.get("alert_id").asText()).doesNotHaveDuplicates()
                        .containsExactlyElementsOf(alertsBefore.stream().map(a -> a.get("alert_id").asText()).toList());
            } finally {
                second.cancel().get();
            }
        }
    }

    private static String copy(String line, String id, String publishedAt) throws Exception {
        ObjectNode item = (ObjectNode) Json.MAPPER.readTree(line);
        item.put("id", id);
        item.put("url", item.get("url").asText() + "?" + id);
        if (publishedAt != null) {
            item.put("published_at", publishedAt);
        }
        return Json.MAPPER.writeValueAsString(item);
    }

    private static List<String> lateItems(List<JsonNode> deadLetters) {
        return deadLetters.stream().filter(d -> d.get("reason").asText().equals("late_event"))
                .map(d -> d.get("source").asText().replace("item:", "")).toList();
    }

    private static Map<String, String> lastPerPair(List<JsonNode> scores) {
        Map<String, String> last = new HashMap<>();
        for (JsonNode s : scores) {
            last.put(s.get("scenario").asText() + "|" + s.get("blocs"), s.get("polarization").asText() + "@" + s.get("event_time").asText());
        }
        return last;
    }
}
