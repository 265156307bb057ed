package io.blocwatch.operators;

import io.blocwatch.connectors.kafka.TopicConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.config.JobConfig;
import io.blocwatch.contracts.Json;
import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import io.blocwatch.connectors.kafka.KafkaSettings;
import io.blocwatch.job.BlocwatchJob;
import io.blocwatch.job.JobSinks;
import io.blocwatch.job.NewsInputs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A dictionary replaced through the control topic while the job runs, without a restart. */
class RuntimeUpdateTest {

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    static String item(String id, String time) {
        return Json.write(Map.of("id", id, "source", "Desk", "url", "https://example.org/" + id, "published_at", time,
                "language", "en", "title", "Forum meets",
                "body", "The Zetlandic Defence Forum warned Serbia on Monday over its troop movements."));
    }

    @Test
    void dictionaryUpdateTakesEffectWhileRunningAndABadOneIsRejected() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            JobConfig config = JobConfig.defaults().with(Map.of("kafka.bootstrap-servers", broker.bootstrapServers(),
                    "checkpoint.interval", "PT1S", "watermark.idleness", "PT1S", "job.parallelism", "2"));
            KafkaSettings kafka = config.kafkaSettings();
            broker.createTopics(2, kafka.inputTopic(), kafka.alertsTopic(), kafka.scoresTopic(), kafka.taggedTopic(), kafka.deadLetterTopic());
            broker.createTopics(1, config.get("topics.control"));

            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(
                    BlocwatchJob.flinkConfiguration(config, true));
            BlocwatchJob.forKafka(config).build(env);
            JobClient job = env.executeAsync("runtime-update-test");
            try (KafkaProducer<String, String> producer = producer(broker)) {
                producer.send(new ProducerRecord<>(kafka.inputTopic(), 0, null, item("before", "2025-05-05T08:00:00Z"))).get();
                JsonNode before = awaitTagged(broker, kafka.taggedTopic(), "before", Duration.ofSeconds(60));
                assertThat(codes(before)).containsExactly("SRB");

                producer.send(new ProducerRecord<>(config.get("topics.control"), "{\"schema\":\"blocwatch.control/v1\","
                        + "\"kind\":\"dictionary\",\"version\":\"bad\",\"document\":\"organizations: [ {code: \"}")).get();
                String update = Json.write(Map.of("schema", "blocwatch.control/v1", "kind", "dictionary", "version", "v2",
                        "document", "organizations:\n  - code: ZDF\n    aliases: [Zetlandic Defence Forum]\n"));
                producer.send(new ProducerRecord<>(config.get("topics.control"), update)).get();

                // The update and the items travel on different topics: keep sending until one is tagged with it.
                JsonNode after = null;
                for (int i = 0; i < 30 && after == null; i++) {
                    String id = "after-" + i;
                    producer.send(new ProducerRecord<>(kafka.inputTopic(), 0, null, item(id, "2025-05-05T09:" + (10 + i) + ":00Z"))).get();
                    JsonNode t = awaitTagged(broker, kafka.taggedTopic(), id, Duration.ofSeconds(30));
                    if (codes(t).contains("ZDF")) {
                        after = t;
                    }
                }
                assertThat(after).as("an item tagged with the updated dictionary").isNotNull();
                assertThat(codes(after)).contains("ZDF", "SRB");

                List<JsonNode> dead = read(broker, kafka.deadLetterTopic(), Duration.ofSeconds(10), got -> !got.isEmpty());
                assertThat(dead).extracting(d -> d.get("reason").asText()).containsExactly("invalid_update");
                assertThat(dead.get(0).get("detail").asText()).contains("version in force stays");
            } finally {
                job.cancel().get();
            }
        }
    }

    private static List<String> codes(JsonNode tagged) {
        List<String> codes = new ArrayList<>();
        tagged.get("actors").forEach(a -> codes.add(a.get("code").asText()));
        return codes;
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafkaBroker broker) {
        Properties p = new Properties();
        p.put("bootstrap.servers", broker.bootstrapServers());
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static JsonNode awaitTagged(EmbeddedKafkaBroker broker, String topic, String id, Duration timeout) throws Exception {
        List<JsonNode> got = read(broker, topic, timeout,
                list -> list.stream().anyMatch(t -> t.get("id").asText().equals(id)));
        return got.stream().filter(t -> t.get("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("item " + id + " was not tagged within " + timeout));
    }

    private static List<JsonNode> read(EmbeddedKafkaBroker broker, String topic, Duration timeout,
            java.util.function.Predicate<List<JsonNode>> done) throws Exception {
        return TopicConsumer.readUntil(broker.bootstrapServers(), topic, done, timeout);
    }
}
