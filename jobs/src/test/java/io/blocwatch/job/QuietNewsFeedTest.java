package io.blocwatch.job;

import io.blocwatch.connectors.kafka.TopicConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.config.JobConfig;
import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import io.blocwatch.connectors.kafka.KafkaSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A news feed that falls silent for longer than watermark.idleness must not let the control topic
 * carry event time forward: items arriving after the pause are scored, not set aside as late.
 */
class QuietNewsFeedTest {

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void itemsAfterAQuietSpellAreScoredNotLate() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            JobConfig config = JobConfig.defaults().with(Map.of(
                    "kafka.bootstrap-servers", broker.bootstrapServers(),
                    "topics.input", "quiet.items", "topics.alerts", "quiet.alerts", "topics.scores", "quiet.scores",
                    "topics.tagged", "quiet.tagged", "topics.deadletter", "quiet.deadletter", "topics.control", "quiet.control",
                    "checkpoint.interval", "PT1S", "watermark.idleness", "PT1S", "job.parallelism", "2"));
            KafkaSettings kafka = config.kafkaSettings();
            broker.createTopics(2, kafka.inputTopic(), kafka.alertsTopic(), kafka.scoresTopic(), kafka.taggedTopic(),
                    kafka.deadLetterTopic(), config.get("topics.control"));

            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(
                    BlocwatchJob.flinkConfiguration(config, true));
            BlocwatchJob.forKafka(config).build(env);
            JobClient job = env.executeAsync("quiet-news-feed-test");
            try {
                List<String> items = Fixtures.sampleItems();
                produce(broker, kafka.inputTopic(), items.subList(0, 2));
                consumeUntil(broker, kafka.taggedTopic(), got -> got.size() == 2, Duration.ofSeconds(90));
                // Quiet for several idleness timeouts: both partitions of the news topic go idle.
                Thread.sleep(5000);
                produce(broker, kafka.inputTopic(), items.subList(3, 5));
                consumeUntil(broker, kafka.taggedTopic(), got -> got.size() == 4, Duration.ofSeconds(60));
                List<JsonNode> scores = consumeUntil(broker, kafka.scoresTopic(),
                        got -> got.stream().anyMatch(s -> s.get("items").asLong() >= 4), Duration.ofSeconds(30));
                List<JsonNode> dead = consumeUntil(broker, kafka.deadLetterTopic(), got -> false, Duration.ofSeconds(3));

                assertThat(dead).extracting(d -> d.get("reason").asText()).doesNotContain("late_event");
                assertThat(scores).extracting(s -> s.get("items").asLong()).contains(3L, 4L);
            } finally {
                job.cancel().get();
            }
        }
    }

    private static List<JsonNode> consumeUntil(EmbeddedKafkaBroker broker, String topic,
            java.util.function.Predicate<List<JsonNode>> done, Duration timeout) throws Exception {
        return TopicConsumer.readUntil(broker.bootstrapServers(), topic, done, timeout);
    }

    private static void produce(EmbeddedKafkaBroker broker, String topic, List<String> lines) {
        Properties p = new Properties();
        p.put("bootstrap.servers", broker.bootstrapServers());
        p.put("acks", "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (String line : lines) {
                producer.send(new ProducerRecord<>(topic, 0, null, line.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }
}
