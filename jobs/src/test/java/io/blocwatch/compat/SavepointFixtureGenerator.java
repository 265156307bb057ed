package io.blocwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.config.JobConfig;
import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Writes the savepoint fixture that {@link StateCompatibilityTest} restores: the current job's state
 * layout after items 1-5. Run it only when a release changes the layout on purpose (docs/operations.md):
 * <pre>
 * mvn -B -pl jobs -am test -Dtest=SavepointFixtureGenerator -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dblocwatch.savepoint-fixture=v2
 * </pre>
 * It writes jobs/src/test/resources/savepoints/&lt;version&gt;/ (the savepoint and fixture.properties);
 * add the version to {@link StateCompatibilityTest}'s list and keep the older ones.
 */
@EnabledIfSystemProperty(named = "blocwatch.savepoint-fixture", matches = "v[0-9]+")
class SavepointFixtureGenerator {

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void writeSavepointFixture() throws Exception {
        String version = System.getProperty("blocwatch.savepoint-fixture");
        Path target = Path.of("src/test/resources/savepoints", version).toAbsolutePath();
        deleteRecursively(target);
        Files.createDirectories(target);

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            broker.createTopics(2, SavepointFixture.TOPICS);
            SavepointFixture.produce(broker, SavepointFixture.sampleItems().subList(0, SavepointFixture.ITEMS_BEFORE));
            JobConfig config = SavepointFixture.config(broker);
            JobClient job = SavepointFixture.environment(config, Map.of()).executeAsync("blocwatch-savepoint-fixture");
            SavepointFixture.consumeUntil(broker, "news.tagged", got -> got.size() == SavepointFixture.ITEMS_BEFORE,
                    Duration.ofSeconds(120));
            Path tmp = Files.createTempDirectory("savepoint-fixture");
            String written = job.stopWithSavepoint(false, tmp.toUri().toString(), SavepointFormatType.CANONICAL).get();
            // Savepoints are relocatable: the directory is moved under a fixed name.
            Path savepoint = target.resolve("savepoint");
            Files.move(Path.of(URI.create(written)), savepoint);

            List<Long> items = SavepointFixture.itemsOf(SavepointFixture.WESTERN_BALKANS,
                    SavepointFixture.consumeUntil(broker, "bloc.scores", got -> false, Duration.ofSeconds(3)));
            assertThat(items).isNotEmpty();
            Files.writeString(target.resolve("fixture.properties"), String.join("\n",
                    "# Written by SavepointFixtureGenerator (see docs/operations.md); read by StateCompatibilityTest.",
                    "created=" + Instant.now(),
                    "items.consumed=" + SavepointFixture.ITEMS_BEFORE,
                    "western-balkans.items=" + items.get(items.size() - 1),
                    ""));
            deleteRecursively(tmp);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
