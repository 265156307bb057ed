package io.blocwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.blocwatch.connectors.RawRecord;
import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import io.blocwatch.contracts.Json;
import io.blocwatch.control.ControlUpdate;
import io.blocwatch.operators.ControlValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The control topic as deploy/k8s/kafka-topics.yaml ships it (compacted) on a real broker: the
 * README's control message, keyed by its kind as the README says, is accepted and reads back as an
 * update the job takes; the same message without a key is refused by the broker, which is why the
 * key is required.
 */
class ControlTopicTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().resolve("..").normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String TOPIC = "blocwatch.control";

    @Test
    void theReadmesControlMessageKeyedByItsKindIsAcceptedByTheShippedCompactedTopic() throws Exception {
        Map<String, String> configs = shippedConfig(TOPIC);
        assertThat(configs).containsEntry("cleanup.policy", "compact");
        // One broker cannot hold two in-sync replicas; every other shipped setting is applied as written.
        configs.remove("min.insync.replicas");
        String message = readmeControlMessage();
        String kind = Json.MAPPER.readTree(message).get("kind").asText();

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            broker.createTopic(TOPIC, 1, configs);
            try (KafkaProducer<String, String> producer = producer(broker)) {
                assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC, null, message)).get())
                        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(InvalidRecordException.class)
                        .hasMessageContaining("Compacted topic cannot accept message without key");
                producer.send(new ProducerRecord<>(TOPIC, kind, message)).get();
            }
            List<ConsumerRecord<String, String>> got = readAll(broker);
            assertThat(got).hasSize(1);
            assertThat(got.get(0).key()).isEqualTo("dictionary");
            ControlUpdate update = ControlValidator.validate(
                    new RawRecord(TOPIC + "/0@0", got.get(0).value().getBytes(StandardCharsets.UTF_8)),
                    Set.of("western-balkans", "great-powers"));
            assertThat(update.kind()).isEqualTo(got.get(0).key());
        }
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafkaBroker broker) {
        Properties p = new Properties();
        p.put("bootstrap.servers", broker.bootstrapServers());
        p.put("acks", "all");
        p.put("retries", "0");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> readAll(EmbeddedKafkaBroker broker) {
        Properties p = new Properties();
        p.put("bootstrap.servers", broker.bootstrapServers());
        p.put("group.id", "control-topic-test");
        p.put("auto.offset.reset", "earliest");
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (out.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(out::add);
            }
        }
        return out;
    }

    /** The topic-level config of {@code topicName} in the shipped Strimzi topic definitions. */
    static Map<String, String> shippedConfig(String topicName) throws Exception {
        for (JsonNode doc : YAML.readValues(YAML.getFactory().createParser(
                ROOT.resolve("deploy/k8s/kafka-topics.yaml").toFile()), JsonNode.class).readAll()) {
            if (doc.path("spec").path("topicName").asText().equals(topicName)) {
                Map<String, String> config = new HashMap<>();
                doc.path("spec").path("config").fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
                return config;
            }
        }
        throw new AssertionError(topicName + " is not in deploy/k8s/kafka-topics.yaml");
    }

    /** The control message the README shows (section "Run-time updates"), as one line of JSON. */
    static String readmeControlMessage() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher m = Pattern.compile("```json\\n(\\{\"schema\":\"blocwatch.control/v1\".*?)\\n```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README shows a control message").isTrue();
        return Json.MAPPER.writeValueAsString(Json.MAPPER.readTree(m.group(1)));
    }
}
