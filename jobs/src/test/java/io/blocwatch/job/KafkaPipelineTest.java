package io.blocwatch.job;

import io.blocwatch.connectors.kafka.TopicConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.config.JobConfig;
import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import io.blocwatch.connectors.kafka.EmbeddedKafkaExtension;
import io.blocwatch.connectors.kafka.KafkaSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
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
 * Items produced to a real Kafka KAFKA.broker(), the job on a MiniCluster with exactly-once sinks, alerts
 * and dead letters consumed read_committed from their topics.
 */
class KafkaPipelineTest {

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    @Test
    void alertsArriveOnceOnTheAlertTopicAndBadRecordsOnTheDeadLetterTopic() throws Exception {
        JobConfig config = JobConfig.defaults().with(Map.of(
                "kafka.bootstrap-servers", KAFKA.broker().bootstrapServers(),
                "topics.input", "it.items", "topics.alerts", "it.alerts", "topics.scores", "it.scores",
                "topics.tagged", "it.tagged", "topics.deadletter", "it.deadletter",
                "checkpoint.interval", "PT1S", "watermark.idleness", "PT2S", "job.parallelism", "2"));
        KafkaSettings kafka = config.kafkaSettings();
        KAFKA.broker().createTopics(2, kafka.inputTopic(), kafka.alertsTopic(), kafka.scoresTopic(), kafka.taggedTopic(), kafka.deadLetterTopic());
        KAFKA.broker().createTopics(1, config.get("topics.control"));

        // All items on partition 0; partition 1 stays silent and must not hold alerts back.
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            List<String> items = Fixtures.sampleItems();
            for (int i = 0; i < items.size(); i++) {
                producer.send(new ProducerRecord<>(kafka.inputTopic(), 0, null, items.get(i).getBytes(StandardCharsets.UTF_8)));
                if (i == 2) {
                    producer.send(new ProducerRecord<>(kafka.inputTopic(), 0, null, "{\"id\":".getBytes(StandardCharsets.UTF_8)));
                    producer.send(new ProducerRecord<>(kafka.inputTopic(), 0, null, null));
                }
            }
        }

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(
                BlocwatchJob.flinkConfiguration(config, true));
        BlocwatchJob.forKafka(config).build(env);
        JobClient job = env.executeAsync("kafka-pipeline-test");
        try {
            List<JsonNode> alerts = consumeUntil(kafka.alertsTopic(),
                    got -> got.stream().anyMatch(a -> a.get("type").asText().equals("COUNTER_ALIGNMENT")), Duration.ofSeconds(90));
            List<JsonNode> dead = consumeUntil(kafka.deadLetterTopic(), got -> got.size() >= 2, Duration.ofSeconds(30));
            // Let a few more checkpoints pass: nothing may be written twice.
            Thread.sleep(3000);
            alerts = consumeUntil(kafka.alertsTopic(), got -> false, Duration.ofSeconds(3));

            assertThat(alerts).extracting(a -> a.get("type").asText())
                    .filteredOn(t -> !t.startsWith("POLARIZATION_"))
                    .containsExactlyInAnyOrder("CROSS_BLOC_HOSTILITY", "COUNTER_ALIGNMENT");
            assertThat(alerts).extracting(a -> a.get("alert_id").asText()).doesNotHaveDuplicates();
            assertThat(dead).extracting(d -> d.get("reason").asText())
                    .containsExactlyInAnyOrder("malformed_json", "null_value");
            assertThat(dead).allSatisfy(d -> assertThat(d.get("source").asText()).startsWith(kafka.inputTopic() + "/0@"));
        } finally {
            job.cancel().get();
        }
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Properties p = new Properties();
        p.put("bootstrap.servers", KAFKA.broker().bootstrapServers());
        p.put("acks", "all");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Reads the topic from the start, read_committed, until the condition holds or time runs out. */
    static List<JsonNode> consumeUntil(String topic, Predicate<List<JsonNode>> done, Duration timeout) throws Exception {
        return TopicConsumer.readUntil(KAFKA.broker().bootstrapServers(), topic, done, timeout);
    }
}
