package io.blocwatch.connectors.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.contracts.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads an output topic the way analysts must: from the start, read_committed, as JSON. */
public final class TopicConsumer {

    private TopicConsumer() {}

    /** Reads until {@code done} holds for what was read so far, or the time runs out; returns what was read. */
    public static List<JsonNode> readUntil(String bootstrapServers, String topic, Predicate<List<JsonNode>> done,
            Duration timeout) throws IOException {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("group.id", "test-reader-" + System.nanoTime());
        p.put("auto.offset.reset", "earliest");
        p.put("isolation.level", "read_committed");
        List<JsonNode> got = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (System.nanoTime() < deadline && !done.test(got)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    got.add(Json.MAPPER.readTree(r.value()));
                }
            }
        }
        return got;
    }
}
