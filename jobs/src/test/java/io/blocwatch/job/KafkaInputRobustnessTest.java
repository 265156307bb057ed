package io.blocwatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blocwatch.config.JobConfig;
import io.blocwatch.contracts.Json;
import io.blocwatch.connectors.json.NewsItemParser;
import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import io.blocwatch.connectors.kafka.EmbeddedKafkaExtension;
import io.blocwatch.connectors.kafka.KafkaSettings;
import io.blocwatch.contracts.ContractSchemas;
import io.blocwatch.contracts.NewsItem;
import io.blocwatch.samples.NewsItemGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What arrives on the input topic of a real broker cannot stop the job: bad records become dead
 * letters with their reason, the good ones around them are tagged, nothing restarts; and a silent
 * partition does not hold back event time.
 */
class KafkaInputRobustnessTest {

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder()
                    .setConfiguration(InMemoryMetricReporter.register(new Configuration()))
                    .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    /** One bad record: a label, its bytes (null for a null value) and the dead-letter reason it must get. */
    record BadCase(String label, byte[] value, String reason) {}

    @Test
    void everyKindOfBadRecordIsDeadLetteredWithItsReasonAndTheJobNeverRestarts() throws Exception {
        String job = "bad-input";
        JobConfig config = config(job, "bad", Map.of(
                // A 10 MB record must reach the parser to be rejected as oversized.
                "kafka.client.max.partition.fetch.bytes", Integer.toString(16 << 20),
                "kafka.client.fetch.max.bytes", Integer.toString(32 << 20)));
        KafkaSettings kafka = config.kafkaSettings();
        KAFKA.broker().createTopic(kafka.inputTopic(), 2, Map.of("max.message.bytes", Integer.toString(16 << 20)));
        KAFKA.broker().createTopics(2, kafka.alertsTopic(), kafka.scoresTopic(), kafka.taggedTopic(), kafka.deadLetterTopic());
        KAFKA.broker().createTopics(1, config.get("topics.control"));

        NewsItemGenerator generator = new NewsItemGenerator(11, Instant.parse("2025-06-01T08:00:00Z"), Duration.ofMinutes(20));
        List<BadCase> bad = badCases(generator);
        Map<String, BadCase> expectedBySource = new LinkedHashMap<>();
        Set<String> goodIds = new HashSet<>();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            int partition = 0;
            for (BadCase c : bad) {
                for (int i = 0; i < 3; i++) {
                    NewsItem good = generator.next();
                    goodIds.add(good.id());
                    byte[] key = i == 0 ? null : good.id().getBytes(StandardCharsets.UTF_8); // null keys are fine
                    producer.send(new ProducerRecord<>(kafka.inputTopic(), partition, key, NewsItemGenerator.toJson(good).getBytes(StandardCharsets.UTF_8)));
                }
                RecordMetadata m = producer.send(new ProducerRecord<>(kafka.inputTopic(), partition, null, c.value())).get();
                expectedBySource.put(m.topic() + "/" + m.partition() + "@" + m.offset(), c);
                partition = 1 - partition;
            }
        }

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flinkConfiguration(config));
        BlocwatchJob.forKafka(config).build(env);
        JobClient client = env.executeAsync(job);
        List<ConsumerRecord<byte[], byte[]>> dead;
        List<ConsumerRecord<byte[], byte[]>> tagged;
        long restarts;
        try {
            // Offsets at the end of the input are committed with a completed checkpoint: by then
            // every dead letter and tagged item is committed to its topic.
            TopicReader.awaitGroupAtEnd(KAFKA.broker().bootstrapServers(), kafka.groupId(), kafka.inputTopic(), Duration.ofMinutes(3));
            Thread.sleep(2_000);
            dead = TopicReader.readCommitted(KAFKA.broker().bootstrapServers(), kafka.deadLetterTopic());
            tagged = TopicReader.readCommitted(KAFKA.broker().bootstrapServers(), kafka.taggedTopic());
            restarts = InMemoryMetricReporter.restarts(job);
        } finally {
            client.cancel().get();
        }

        Map<String, JsonNode> deadBySource = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> r : dead) {
            JsonNode d = Json.MAPPER.readTree(r.value());
            ContractSchemas.assertValid("dead-letter.v1.json", d);
            deadBySource.put(d.get("source").asText(), d);
        }
        Map<String, Long> counters = InMemoryMetricReporter.countersAfter(job, "deadLettered.reason.");
        System.out.println("==== bad input ====");
        expectedBySource.forEach((source, c) -> {
            JsonNode d = deadBySource.get(source);
            System.out.printf("%-28s %-24s -> %s (%s bytes, copy %s chars)%n", c.label(), source,
                    d == null ? "MISSING" : d.get("reason").asText(), d == null ? "?" : d.get("raw_bytes").asText(),
                    d == null || d.get("raw").isNull() ? "null" : Integer.toString(d.get("raw").asText().length()));
        });
        System.out.println("counters " + counters + ", itemsIn " + InMemoryMetricReporter.counterSum(job, "itemsIn")
                + ", tagged " + tagged.size() + " of " + goodIds.size() + ", restarts " + restarts);
        System.out.println("===================");

        assertThat(dead).hasSize(bad.size());
        expectedBySource.forEach((source, c) -> {
            JsonNode d = deadBySource.get(source);
            assertThat(d).as(c.label()).isNotNull();
            assertThat(d.get("reason").asText()).as(c.label()).isEqualTo(c.reason());
            assertThat(d.get("detail").asText()).as(c.label()).isNotBlank();
            long size = c.value() == null ? 0 : c.value().length;
            assertThat(d.get("raw_bytes").asLong()).as(c.label()).isEqualTo(size);
            if (c.value() == null) {
                assertThat(d.get("raw").isNull()).as(c.label()).isTrue();
            } else {
                assertThat(d.get("raw").asText().length()).as(c.label()).isLessThanOrEqualTo(NewsItemParser.RAW_COPY_LIMIT + 7);
            }
        });
        assertThat(deadBySource.values().stream().filter(d -> d.get("reason").asText().equals("invalid_utf8")))
                .allSatisfy(d -> assertThat(d.get("raw").asText()).startsWith("base64:"));
        assertThat(tagged).extracting(r -> Json.MAPPER.readTree(r.value()).get("id").asText())
                .containsExactlyInAnyOrderElementsOf(goodIds);
        assertThat(restarts).as("numRestarts").isZero();
        Map<String, Long> expectedCounters = new TreeMap<>();
        bad.forEach(c -> expectedCounters.merge("deadLettered.reason." + c.reason() + ".count", 1L, Long::sum));
        assertThat(counters).isEqualTo(expectedCounters);
        assertThat(InMemoryMetricReporter.counterSum(job, "itemsIn")).isEqualTo(goodIds.size());
    }

    @Test
    void aSilentPartitionHoldsBackNeitherAlertsNorTheScorersEventTimeTimers() throws Exception {
        String job = "idle-partition";
        JobConfig config = config(job, "idle", Map.of(
                "watermark.idleness", "PT2S", "watermark.out-of-orderness", "PT1M"));
        KafkaSettings kafka = config.kafkaSettings();
        KAFKA.broker().createTopics(2, kafka.inputTopic(), kafka.alertsTopic(), kafka.scoresTopic(), kafka.taggedTopic(), kafka.deadLetterTopic());
        KAFKA.broker().createTopics(1, config.get("topics.control"));

        // Three days of news, every 30 minutes at :03 and :33, then one item six days later: the
        // scorer's daily heartbeat (timers at UTC midnight) must fire for the quiet days between.
        NewsItemGenerator generator = new NewsItemGenerator(5, Instant.parse("2025-02-01T00:03:00Z"), Duration.ofMinutes(30));
        Set<String> publishedAt = new HashSet<>();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flinkConfiguration(config));
        BlocwatchJob.forKafka(config).build(env);
        JobClient client = env.executeAsync(job);
        long produced;
        long firstAlertMs;
        long firstHeartbeatMs;
        List<JsonNode> heartbeats = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (int i = 0; i < 144; i++) {
                NewsItem item = generator.next();
                publishedAt.add(item.publishedAt());
                producer.send(new ProducerRecord<>(kafka.inputTopic(), 0, null, NewsItemGenerator.toJson(item).getBytes(StandardCharsets.UTF_8)));
            }
            NewsItem last = generator.next();
            NewsItem later = new NewsItem(last.id(), last.source(), last.url(),
                    Instant.parse(last.publishedAt()).plus(Duration.ofDays(6)).toString(), "en", last.title(), last.body());
            publishedAt.add(later.publishedAt());
            producer.send(new ProducerRecord<>(kafka.inputTopic(), 0, null, NewsItemGenerator.toJson(later).getBytes(StandardCharsets.UTF_8)));
            producer.flush();
            produced = System.nanoTime();
        }
        try {
            firstAlertMs = -1;
            firstHeartbeatMs = -1;
            long deadline = produced + Duration.ofSeconds(90).toNanos();
            while ((firstAlertMs < 0 || firstHeartbeatMs < 0) && System.nanoTime() < deadline) {
                Thread.sleep(500);
                long now = (System.nanoTime() - produced) / 1_000_000;
                if (firstAlertMs < 0 && !TopicReader.readCommitted(KAFKA.broker().bootstrapServers(), kafka.alertsTopic()).isEmpty()) {
                    firstAlertMs = now;
                }
                if (firstHeartbeatMs < 0) {
                    for (ConsumerRecord<byte[], byte[]> r : TopicReader.readCommitted(KAFKA.broker().bootstrapServers(), kafka.scoresTopic())) {
                        JsonNode score = Json.MAPPER.readTree(r.value());
                        if (!publishedAt.contains(score.get("event_time").asText())) {
                            heartbeats.add(score);
                        }
                    }
                    if (!heartbeats.isEmpty()) {
                        firstHeartbeatMs = now;
                    }
                }
            }
        } finally {
            client.cancel().get();
        }
        System.out.printf("==== idle partition ====%nfirst alert after %d ms, first heartbeat score after %d ms: %s%n========================%n",
                firstAlertMs, firstHeartbeatMs, heartbeats.stream().map(h -> h.get("event_time").asText() + " " + h.get("polarization")).toList());
        assertThat(firstAlertMs).as("an alert arrives while partition 1 is silent").isBetween(0L, 60_000L);
        assertThat(firstHeartbeatMs).as("an event-time heartbeat score arrives while partition 1 is silent").isBetween(0L, 60_000L);
        assertThat(heartbeats).allSatisfy(h -> assertThat(h.get("event_time").asText()).endsWith("T00:00:00Z"));
    }

    static List<BadCase> badCases(NewsItemGenerator generator) {
        List<BadCase> cases = new ArrayList<>();
        cases.add(bad("malformed JSON", "{\"id\": \"x\", \"title\": ", "malformed_json"));
        cases.add(bad("not JSON at all", "<html>502 Bad Gateway</html>", "malformed_json"));
        cases.add(bad("JSON array", "[\"not\", \"an\", \"item\"]", "wrong_shape"));
        cases.add(bad("JSON number", "42", "wrong_shape"));
        cases.add(bad("missing body", without(generator.next(), "body"), "missing_field"));
        cases.add(bad("null id", with(generator.next(), "id", null), "missing_field"));
        cases.add(bad("published_at a number", with(generator.next(), "published_at", 1_700_000_000), "wrong_type"));
        cases.add(bad("title an object", with(generator.next(), "title", Map.of("en", "x")), "wrong_type"));
        cases.add(bad("published_at not a date", with(generator.next(), "published_at", "last Tuesday"), "invalid_timestamp"));
        cases.add(bad("published_at in 2999", with(generator.next(), "published_at", "2999-01-01T00:00:00Z"), "timestamp_out_of_range"));
        cases.add(bad("published_at in 1850", with(generator.next(), "published_at", "1850-06-01T00:00:00Z"), "timestamp_out_of_range"));
        cases.add(bad("bell character in title", with(generator.next(), "title", "Breaking\u0007 news"), "control_characters"));
        cases.add(bad("NUL in body", with(generator.next(), "body", "text\u0000more"), "control_characters"));
        cases.add(new BadCase("invalid UTF-8", withLoneByte(NewsItemGenerator.toJson(generator.next())
                .getBytes(StandardCharsets.UTF_8)), "invalid_utf8"));
        cases.add(bad("10 MB body", with(generator.next(), "body", "x".repeat(10 << 20)), "oversized"));
        cases.add(new BadCase("empty record", new byte[0], "empty_record"));
        cases.add(bad("whitespace only", "  \n\t ", "empty_record"));
        cases.add(new BadCase("null value", null, "null_value"));
        return cases;
    }

    private static BadCase bad(String label, String text, String reason) {
        return new BadCase(label, text.getBytes(StandardCharsets.UTF_8), reason);
    }

    private static byte[] withLoneByte(byte[] json) {
        // Put a byte that can never start or continue valid UTF-8 inside the title.
        String s = new String(json, StandardCharsets.ISO_8859_1);
        int at = s.indexOf("\"title\"") + 10;
        byte[] out = json.clone();
        out[at] = (byte) 0xFF;
        return out;
    }

    private static ObjectNode node(NewsItem item) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(NewsItemGenerator.toJson(item));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String without(NewsItem item, String field) {
        ObjectNode n = node(item);
        n.remove(field);
        return n.toString();
    }

    private static String with(NewsItem item, String field, Object value) {
        ObjectNode n = node(item);
        n.set(field, Json.MAPPER.valueToTree(value));
        return n.toString();
    }

    static JobConfig config(String job, String prefix, Map<String, String> extra) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kafka.bootstrap-servers", KAFKA.broker().bootstrapServers());
        values.put("kafka.group-id", prefix);
        values.put("kafka.transactional-id-prefix", prefix);
        for (String topic : List.of("input", "alerts", "scores", "tagged", "deadletter")) {
            values.put("topics." + topic, prefix + "." + topic);
        }
        values.put("checkpoint.interval", "PT1S");
        values.put("job.parallelism", "2");
        values.put("job.name", job);
        values.putAll(extra);
        return JobConfig.defaults().with(values);
    }

    static Configuration flinkConfiguration(JobConfig config) {
        Configuration flink = BlocwatchJob.flinkConfiguration(config, true);
        // A restart would show in numRestarts; input must never cause one.
        flink.setString("restart-strategy.type", "fixed-delay");
        flink.setString("restart-strategy.fixed-delay.attempts", "3");
        flink.setString("restart-strategy.fixed-delay.delay", "100 ms");
        return flink;
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        Properties p = new Properties();
        p.put("bootstrap.servers", KAFKA.broker().bootstrapServers());
        p.put("acks", "all");
        p.put("max.request.size", Integer.toString(16 << 20));
        p.put("buffer.memory", Integer.toString(64 << 20));
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
