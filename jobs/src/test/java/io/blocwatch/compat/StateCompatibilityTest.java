package io.blocwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The current job starts from a savepoint of each earlier state layout (jobs/src/test/resources/
 * savepoints/vN, written by {@link SavepointFixtureGenerator}; v1 predates the control topic, v2 has
 * its broadcast state) and carries on: every piece of state
 * in it must be claimed by an operator of today's graph (a renamed uid or an incompatible serializer
 * fails here first), the Kafka source resumes after item 5, and scoring remembers what it had seen.
 */
class StateCompatibilityTest {

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @ParameterizedTest(name = "savepoint fixture {0}")
    @ValueSource(strings = {"v1", "v2"})
    void jobRestoresAnEarlierLayoutsSavepointAndContinuesItsScoresAndSources(String version) throws Exception {
        Properties fixture = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/savepoints/" + version + "/fixture.properties")) {
            fixture.load(in);
        }
        URL savepoint = getClass().getResource("/savepoints/" + version + "/savepoint");
        long itemsBefore = Long.parseLong(fixture.getProperty("western-balkans.items"));

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            broker.createTopics(2, SavepointFixture.TOPICS);
            // The whole topic as the fixture's run saw it, then the rest: the restored offsets skip items 1-5.
            SavepointFixture.produce(broker, SavepointFixture.sampleItems());
            JobClient job = SavepointFixture.environment(SavepointFixture.config(broker), Map.of(
                    "execution.state-recovery.path", Path.of(savepoint.toURI()).toString(),
                    "execution.state-recovery.ignore-unclaimed-state", "false"))
                    .executeAsync("blocwatch-state-compatibility");
            try {
                List<JsonNode> alerts = SavepointFixture.consumeUntil(broker, "security.alerts",
                        got -> got.stream().anyMatch(a -> a.get("type").asText().equals("COUNTER_ALIGNMENT")),
                        Duration.ofSeconds(120));
                List<JsonNode> tagged = SavepointFixture.consumeUntil(broker, "news.tagged", got -> got.size() >= 3,
                        Duration.ofSeconds(30));
                List<Long> items = SavepointFixture.itemsOf(SavepointFixture.WESTERN_BALKANS,
                        SavepointFixture.consumeUntil(broker, "bloc.scores", got -> false, Duration.ofSeconds(3)));

                assertThat(tagged).extracting(t -> t.get("id").asText()).containsExactlyInAnyOrder("bw-0006", "bw-0007", "bw-0008");
                // The counter-alignment pairs item 7 with the Tirana declaration (item 5), known only from the savepoint.
                JsonNode counter = alerts.stream().filter(a -> a.get("type").asText().equals("COUNTER_ALIGNMENT"))
                        .findFirst().orElseThrow();
                assertThat(counter.get("evidence").findValuesAsText("item_id")).contains("bw-0005", "bw-0007");
                assertThat(items).isNotEmpty().allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(itemsBefore));
                assertThat(items).contains(itemsBefore + 1);
            } finally {
                job.cancel().get();
            }
        }
    }
}
