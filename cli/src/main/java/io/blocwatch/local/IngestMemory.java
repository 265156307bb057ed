package io.blocwatch.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blocwatch.connectors.feeds.ItemIds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What earlier {@code ingest} runs already wrote, read back from where they wrote it, so that a new
 * run (a new process, without a checkpoint) never writes an item twice: the ids of the items on
 * the target topic (committed records only, written within the memory's age limit), or the ids
 * of the lines already in the output file.
 */
final class IngestMemory {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private IngestMemory() {}

    /**
     * The keys (item ids) of the committed feed items of {@code topic} written since {@code now - remember}
     * (a record without a key: the {@code id} of its JSON value). Reads up to the end the topic has
     * now, without a consumer group.
     */
    static Set<String> onTopic(Properties clientProperties, String topic, Duration remember, Instant now) {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put("isolation.level", "read_committed");
        p.put("enable.auto.commit", "false");
        p.put("default.api.timeout.ms", String.valueOf(READ_TIMEOUT.toMillis()));
        p.put("request.timeout.ms", String.valueOf(READ_TIMEOUT.toMillis()));
        p.remove("group.id");
        Set<String> ids = new HashSet<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic);
            if (infos == null || infos.isEmpty()) {
                return ids;
            }
            List<TopicPartition> partitions = new ArrayList<>();
            infos.forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
            consumer.assign(partitions);
            // read_committed: the end is the last stable offset, so nothing still in flight is counted.
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            Map<TopicPartition, Long> since = new HashMap<>();
            partitions.forEach(tp -> since.put(tp, now.minus(remember).toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> start = consumer.offsetsForTimes(since);
            for (TopicPartition tp : partitions) {
                OffsetAndTimestamp o = start.get(tp);
                consumer.seek(tp, o == null ? end.get(tp) : o.offset());
            }
            end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (!end.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read the item ids already on " + topic + " within 5 minutes");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    String id = r.key() != null ? new String(r.key(), StandardCharsets.UTF_8) : idOf(r.value());
                    // Only feed items matter: other producers' items on a shared input topic are never emitted by feeds.
                    if (id != null && id.startsWith(ItemIds.PREFIX)) {
                        ids.add(id);
                    }
                }
                end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
            }
        }
        return ids;
    }

    /** The ids of the NewsItem lines of {@code file} (none when it does not exist); a line that is not one is named on {@code err}. */
    static Set<String> inFile(Path file, PrintStream err) throws IOException {
        Set<String> ids = new HashSet<>();
        if (!Files.exists(file)) {
            return ids;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String id = idOf(line.getBytes(StandardCharsets.UTF_8));
                if (id == null) {
                    err.println("blocwatch ingest: " + file + " line " + n + " is not a NewsItem with an id; kept as it is");
                } else {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static String idOf(byte[] json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode id = JSON.readTree(json).get("id");
            return id != null && id.isTextual() && !id.asText().isBlank() ? id.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
