package io.blocwatch.compat;

import io.blocwatch.connectors.kafka.TopicProducer;
import io.blocwatch.connectors.kafka.TopicConsumer;
import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.config.JobConfig;
import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import io.blocwatch.job.BlocwatchJob;
import io.blocwatch.job.JobSinks;
import io.blocwatch.job.NewsInputs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * What the savepoint fixture of jobs/src/test/resources/savepoints/ is made of, shared by its
 * generator and the test that restores it: the production Kafka job with the default topics and
 * scenarios, fed the sample items on partition 0 of news.items.
 */
final class SavepointFixture {

    /** Items 1-5 are consumed before the fixture's savepoint; 6-8 after the restore. */
    static final int ITEMS_BEFORE = 5;
    static final String WESTERN_BALKANS = "western-balkans|belgrade-budapest|tirana-zagreb-pristina";
    static final String[] TOPICS = {"news.items", "security.alerts", "bloc.scores", "news.tagged", "news.deadletter",
            "blocwatch.control"};

    private SavepointFixture() {}

    /**
     * At-least-once sinks: a savepoint of exactly-once sinks holds the open transaction of the
     * savepoint itself, which only the broker that started it can commit. A fixture restored against
     * a fresh broker must not carry one (the committer would retry it forever).
     */
    static JobConfig config(EmbeddedKafkaBroker broker) {
        return JobConfig.defaults().with(Map.of(
                "kafka.bootstrap-servers", broker.bootstrapServers(),
                "kafka.exactly-once", "false",
                "job.parallelism", "2",
                "checkpoint.interval", "PT1S",
                "watermark.idleness", "PT2S"));
    }

    /**
     * The job as {@link BlocwatchJob#main} wires it (items, control updates, Kafka sinks), on the
     * MiniCluster of the calling test; {@code extra} is added to Flink's configuration.
     */
    static StreamExecutionEnvironment environment(JobConfig config, Map<String, String> extra) {
        Configuration flink = BlocwatchJob.flinkConfiguration(config, true);
        extra.forEach(flink::setString);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flink);
        BlocwatchJob.forKafka(config).build(env);
        return env;
    }

    static List<String> sampleItems() {
        try (InputStream in = SavepointFixture.class.getResourceAsStream("/samples/news-items.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void produce(EmbeddedKafkaBroker broker, List<String> lines) {
        TopicProducer.sendInOrder(broker.bootstrapServers(), "news.items", 0, lines);
    }

    /** Reads the topic from the start, read_committed, until the condition holds or time runs out. */
    static List<JsonNode> consumeUntil(EmbeddedKafkaBroker broker, String topic, Predicate<List<JsonNode>> done,
            Duration timeout) throws IOException {
        return TopicConsumer.readUntil(broker.bootstrapServers(), topic, done, timeout);
    }

    /** The {@code items} counts of one scenario and pair's scores, in the order written. */
    static List<Long> itemsOf(String key, List<JsonNode> scores) {
        List<Long> out = new ArrayList<>();
        for (JsonNode s : scores) {
            StringBuilder k = new StringBuilder(s.get("scenario").asText());
            s.get("blocs").forEach(b -> k.append('|').append(b.asText()));
            if (k.toString().equals(key)) {
                out.add(s.get("items").asLong());
            }
        }
        return out;
    }
}
