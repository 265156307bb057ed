package io.blocwatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.config.JobConfig;
import io.blocwatch.contracts.Json;
import io.blocwatch.connectors.json.ParseOutcome;
import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import io.blocwatch.connectors.kafka.EmbeddedKafkaExtension;
import io.blocwatch.connectors.kafka.JsonValueSchema;
import io.blocwatch.connectors.kafka.KafkaEndpoints;
import io.blocwatch.connectors.kafka.KafkaSettings;
import io.blocwatch.connectors.kafka.ParsingDeserializer;
import io.blocwatch.contracts.Alert;
import io.blocwatch.contracts.BlocScore;
import io.blocwatch.contracts.DeadLetter;
import io.blocwatch.contracts.NewsItem;
import io.blocwatch.contracts.TaggedItem;
import io.blocwatch.samples.NewsItemGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production job graph ({@link BlocwatchJob#forKafka}, as {@code main} runs it) on a MiniCluster
 * (parallelism 2, a checkpoint a second) against a real Kafka broker, made to fail at seven places —
 * the source's reader at two records, while a checkpoint is taken, when a checkpoint completes
 * (while the sinks commit), and the tagged, score and alert sink writers — must leave the same
 * output as a failure-free run over the same 10,000 items: every alert exactly once, every score
 * record exactly once with the same values.
 *
 * <p>The faults enter only through the graph's input and sinks, the two things every run passes in:
 * the Kafka source is wrapped ({@link FaultingSource}: its records, its snapshots, its checkpoint
 * notifications) and the sinks' value serializers are; every operator between them, with its state
 * and uid, is exactly the one the cluster runs.
 *
 * <p>Determinism needs two things the test pins: every item that can reach the scorer on one
 * partition (everyday news, which the tagger finds nothing in, on the other), so that each bloc
 * pair sees its events in one order in both runs; and no score heartbeat, whose event-time timers
 * fire at watermark moments that depend on processing speed, not on the data.
 */
class FailureRecoveryTest {

    static final int ITEMS = 10_000;

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder()
                    .setConfiguration(InMemoryMetricReporter.register(new Configuration()))
                    .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    /** Where to fail and at which JVM-wide count of calls; each fires once. */
    static final Map<String, Long> PLAN = new LinkedHashMap<>();

    static {
        PLAN.put(FaultingSource.CHECKPOINT, 5L);          // 5th source snapshot (3rd checkpoint)
        PLAN.put("source", 2_000L);                       // 2,000th record deserialized by the source
        PLAN.put("source-late", 6_500L);                  // 6,500th record, after the restarts before it
        PLAN.put(FaultingSource.CHECKPOINT_COMPLETE, 30L); // while sinks commit a later checkpoint
        PLAN.put("sink-scores", 60L);                     // 60th score written (of about 130)
        PLAN.put("sink-alerts", 40L);                     // 40th alert written
        PLAN.put("sink-tagged", 8_000L);                  // 8,000th tagged item written
    }

    @Test
    void failuresAtSevenPlacesLoseAndDuplicateNoAlertAndLeaveTheSameScores(@TempDir Path dir) throws Exception {
        long started = System.nanoTime();
        Path scenarios = scenariosWithoutHeartbeat(dir);
        List<byte[]> items = new ArrayList<>(ITEMS);
        NewsItemGenerator generator = new NewsItemGenerator(2026, Instant.parse("2025-01-01T00:03:00Z"), Duration.ofMinutes(10));
        for (int i = 0; i < ITEMS; i++) {
            items.add(generator.nextJson().getBytes(StandardCharsets.UTF_8));
        }

        Faults.arm(PLAN);
        // Both runs at once on one MiniCluster (4 slots): only the second one's injector is armed.
        Started ref = start("ref", scenarios, items, new Faults(false));
        Started ft = start("ft", scenarios, items, new Faults(true));
        Output reference = finish(ref);
        Output recovered = finish(ft);
        Map<String, Long> fired = Faults.firedAt();

        Set<String> expected = reference.alertsById.keySet();
        Set<String> seen = new HashSet<>(recovered.alertsById.keySet());
        Set<String> lost = new HashSet<>(expected);
        lost.removeAll(seen);
        Set<String> extra = new HashSet<>(seen);
        extra.removeAll(expected);
        long duplicated = recovered.alertRecords - recovered.alertsById.size();
        int scoreKeys = reference.lastScoreByKey.size();
        long scoresEqual = reference.lastScoreByKey.entrySet().stream()
                .filter(e -> e.getValue().equals(recovered.lastScoreByKey.get(e.getKey()))).count();

        System.out.println("""
                ==== failure recovery (exactly-once) ====
                items produced           %d (%d KB); security news on partition 0, everyday news on 1
                failures injected        %d: %s
                restarts (numRestarts)   reference %d, with failures %d
                tagged items seen        reference %d, with failures %d (distinct %d)
                alerts expected          %d
                alerts seen              %d records, %d distinct; lost %d, unexpected %d, duplicated %d
                alert records identical  %s
                score records            reference %d, with failures %d; per-key sequences identical %s
                final scores compared    %d keys, %d equal field by field
                run times                reference %d s, with failures %d s (concurrently), test %d s
                =========================================""".formatted(
                ITEMS, items.stream().mapToLong(b -> b.length).sum() / 1024, fired.size(), fired,
                reference.restarts, recovered.restarts,
                reference.taggedRecords, recovered.taggedRecords, recovered.taggedDistinct,
                expected.size(), recovered.alertRecords, recovered.alertsById.size(), lost.size(), extra.size(), duplicated,
                reference.alertsById.equals(recovered.alertsById),
                reference.scoreRecords, recovered.scoreRecords, reference.scoresByKey.equals(recovered.scoresByKey),
                scoreKeys, scoresEqual, reference.seconds, recovered.seconds, (System.nanoTime() - started) / 1_000_000_000));

        assertThat(fired.keySet()).containsExactlyInAnyOrderElementsOf(PLAN.keySet());
        // Every planned fault fired (above). Two of them can land in one failover (a second task throws
        // while the first failure is being handled), so Flink may count one restart fewer than faults;
        // the issue asks for at least five failures, and every failover here is a real restart.
        assertThat(recovered.restarts).isGreaterThanOrEqualTo(Math.min(5, PLAN.size()));
        assertThat(reference.restarts).isZero();
        assertThat(expected).isNotEmpty();
        assertThat(reference.alertRecords).isEqualTo(expected.size());
        assertThat(recovered.taggedRecords).isEqualTo(ITEMS);
        assertThat(recovered.taggedDistinct).isEqualTo(ITEMS);
        assertThat(lost).isEmpty();
        assertThat(extra).isEmpty();
        assertThat(duplicated).isZero();
        assertThat(recovered.alertsById).isEqualTo(reference.alertsById);
        assertThat(scoreKeys).isGreaterThan(0);
        assertThat(recovered.lastScoreByKey).isEqualTo(reference.lastScoreByKey);
        assertThat(recovered.scoresByKey).isEqualTo(reference.scoresByKey);
    }

    /** What one run left on its topics, read read_committed. */
    record Output(Map<String, JsonNode> alertsById, long alertRecords, Map<String, List<JsonNode>> scoresByKey,
                  Map<String, JsonNode> lastScoreByKey, long scoreRecords, long taggedRecords, long taggedDistinct,
                  long restarts, long seconds) {}

    record Started(String name, JobConfig config, JobClient job, long started) {}

    private Started start(String name, Path scenarios, List<byte[]> items, Faults faults) throws Exception {
        long started = System.nanoTime();
        JobConfig config = JobConfig.defaults().with(Map.ofEntries(
                Map.entry("kafka.bootstrap-servers", KAFKA.broker().bootstrapServers()),
                Map.entry("kafka.group-id", name),
                Map.entry("kafka.transactional-id-prefix", "recovery-" + name),
                Map.entry("topics.input", name + ".items"), Map.entry("topics.alerts", name + ".alerts"),
                Map.entry("topics.scores", name + ".scores"), Map.entry("topics.tagged", name + ".tagged"),
                Map.entry("topics.deadletter", name + ".deadletter"), Map.entry("topics.control", name + ".control"),
                Map.entry("checkpoint.interval", "PT1S"), Map.entry("watermark.idleness", "PT2S"),
                Map.entry("job.parallelism", "2"), Map.entry("job.name", "recovery-" + name),
                Map.entry("scenarios.file", scenarios.toString())));
        KafkaSettings kafka = config.kafkaSettings();
        KAFKA.broker().createTopics(2, kafka.inputTopic(), kafka.alertsTopic(), kafka.scoresTopic(), kafka.taggedTopic(), kafka.deadLetterTopic());
        KAFKA.broker().createTopics(1, config.get("topics.control"));
        List<java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata>> sent = new ArrayList<>(items.size());
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (byte[] item : items) {
                // Every item that can reach the scorer goes through one partition, so each bloc pair
                // sees its events in the same order in both runs; everyday news is tagged in parallel.
                boolean everyday = NewsItemGenerator.isEverydayNews(Json.read(new String(item, StandardCharsets.UTF_8), NewsItem.class));
                sent.add(producer.send(new ProducerRecord<>(kafka.inputTopic(), everyday ? 1 : 0, null, item)));
            }
            producer.flush();
            for (var f : sent) {
                f.get(); // a send the broker refused fails the test here, as a broken input, not as lost output
            }
        }
        // The input itself, read back: every item once, before the job starts.
        List<ConsumerRecord<byte[], byte[]>> written = TopicReader.readCommitted(KAFKA.broker().bootstrapServers(), kafka.inputTopic());
        assertThat(written).as("records on %s before the job starts", kafka.inputTopic()).hasSize(items.size());

        Configuration flink = BlocwatchJob.flinkConfiguration(config, true);
        flink.setString("restart-strategy.type", "fixed-delay");
        flink.setString("restart-strategy.fixed-delay.attempts", "20");
        flink.setString("restart-strategy.fixed-delay.delay", "100 ms");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flink);
        var parser = BlocwatchJob.parser(config);
        // The Kafka input and sinks of forKafka, with the faults inside them (same topics, uids, settings).
        NewsInput input = (e, watermarks) -> e.fromSource(
                        new FaultingSource<>(KafkaEndpoints.newsSource(kafka,
                                new FaultingDeserializer(new ParsingDeserializer(parser), faults)), faults::maybeHit),
                        watermarks, "news-items")
                .uid("source-news-items");
        JobSinks sinks = new JobSinks(
                KafkaEndpoints.sink(kafka, kafka.taggedTopic(), new FaultingSchema<>(TaggedItem.class, "sink-tagged", faults), TaggedItem::id),
                KafkaEndpoints.sink(kafka, kafka.scoresTopic(), new FaultingSchema<>(BlocScore.class, "sink-scores", faults), BlocScore::key),
                KafkaEndpoints.sink(kafka, kafka.alertsTopic(), new FaultingSchema<>(Alert.class, "sink-alerts", faults), Alert::alertId),
                KafkaEndpoints.jsonSink(kafka, kafka.deadLetterTopic(), DeadLetter.class, DeadLetter::source),
                false);
        BlocwatchJob.forKafka(config).withNews(input).withSinks(sinks).build(env);
        return new Started(name, config, env.executeAsync(config.get("job.name")), started);
    }

    private Output finish(Started run) throws Exception {
        JobConfig config = run.config();
        KafkaSettings kafka = config.kafkaSettings();
        JobClient job = run.job();
        long restarts;
        try {
            // The source commits its offsets when a checkpoint completes: once they reach the end of
            // the input, the output of every item is committed (or lost, which the reads below show).
            TopicReader.awaitGroupAtEnd(KAFKA.broker().bootstrapServers(), kafka.groupId(), kafka.inputTopic(), Duration.ofMinutes(8));
            Thread.sleep(3_000);
            awaitTagged(kafka.taggedTopic(), Duration.ofSeconds(20));
            restarts = InMemoryMetricReporter.restarts(config.get("job.name"));
        } finally {
            job.cancel().get();
        }

        Map<String, JsonNode> alerts = new TreeMap<>();
        List<ConsumerRecord<byte[], byte[]>> alertRecords = TopicReader.readCommitted(KAFKA.broker().bootstrapServers(), kafka.alertsTopic());
        for (ConsumerRecord<byte[], byte[]> r : alertRecords) {
            JsonNode a = Json.MAPPER.readTree(r.value());
            alerts.put(a.get("alert_id").asText(), a);
        }
        Map<String, List<JsonNode>> scores = new TreeMap<>();
        List<ConsumerRecord<byte[], byte[]>> scoreRecords = TopicReader.readCommitted(KAFKA.broker().bootstrapServers(), kafka.scoresTopic());
        for (ConsumerRecord<byte[], byte[]> r : scoreRecords) {
            scores.computeIfAbsent(new String(r.key(), StandardCharsets.UTF_8), k -> new ArrayList<>()).add(Json.MAPPER.readTree(r.value()));
        }
        Map<String, JsonNode> last = new TreeMap<>();
        scores.forEach((k, v) -> last.put(k, v.get(v.size() - 1)));
        List<ConsumerRecord<byte[], byte[]>> tagged = TopicReader.readCommitted(KAFKA.broker().bootstrapServers(), kafka.taggedTopic());
        long distinct = tagged.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).distinct().count();
        return new Output(alerts, alertRecords.size(), scores, last, scoreRecords.size(), tagged.size(), distinct, restarts,
                (System.nanoTime() - run.started()) / 1_000_000_000);
    }

    /** Waits until a read_committed consumer has seen every item on the tagged topic. */
    private void awaitTagged(String topic, Duration timeout) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", KAFKA.broker().bootstrapServers());
        p.put("group.id", "await-" + System.nanoTime());
        p.put("auto.offset.reset", "earliest");
        p.put("isolation.level", "read_committed");
        Set<String> ids = new HashSet<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<byte[], byte[]>(p,
                new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (ids.size() < ITEMS) {
                if (System.nanoTime() > deadline) {
                    List<String> missing = new ArrayList<>();
                    for (int i = 1; i <= ITEMS; i++) {
                        if (!ids.contains("gen-" + i)) {
                            missing.add("gen-" + i);
                        }
                    }
                    throw new AssertionError("only " + ids.size() + " of " + ITEMS + " items reached " + topic + " in " + timeout
                            + " (read_committed); missing " + missing.subList(0, Math.min(40, missing.size()))
                            + (missing.size() > 40 ? " ..." : "") + " — records lost or deleted (see docs/guarantees.md, Record timestamps and retention)");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(r -> ids.add(new String(r.key(), StandardCharsets.UTF_8)));
            }
        }
    }

    /**
     * The test's own input producer. With 1 MB batches (the broker's record-batch limit) of 4 KB
     * items, the first batch to one partition was rejected over and over as out of sequence
     * (OutOfOrderSequenceException in the broker log) and dropped: 246 items never reached the
     * input topic, which the test then reported as output lost by the job. Batches now stay well
     * below the limit, one request is in flight per partition, every send is checked, and the topic
     * is read back before the job starts (docs/guarantees.md, Limits).
     */
    private static KafkaProducer<byte[], byte[]> producer() {
        Properties p = new Properties();
        p.put("bootstrap.servers", KAFKA.broker().bootstrapServers());
        p.put("acks", "all");
        p.put("enable.idempotence", "true");
        p.put("max.in.flight.requests.per.connection", "1");
        p.put("linger.ms", "20");
        p.put("batch.size", Integer.toString(256 << 10));
        p.put("request.timeout.ms", "120000");
        p.put("delivery.timeout.ms", "600000");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** The shipped scenarios with the daily score heartbeat pushed out of reach (see the class comment). */
    private static Path scenariosWithoutHeartbeat(Path dir) throws IOException {
        String yaml;
        try (InputStream in = FailureRecoveryTest.class.getResourceAsStream("/scenarios/default.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = yaml.replaceFirst("emit_cadence_hours: 24", "emit_cadence_hours: 1000000");
        assertThat(changed).isNotEqualTo(yaml);
        Path file = dir.resolve("scenarios.yaml");
        Files.writeString(file, changed);
        return file;
    }

    /** A JVM-wide fault plan: counts calls per place across all subtasks and restarts, fails once at each planned count. */
    static final class Faults implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final boolean armed;

        Faults(boolean armed) {
            this.armed = armed;
        }

        void maybeHit(String place) {
            if (armed) {
                hit(place);
            }
        }

        private static final Map<String, AtomicLong> CALLS = new ConcurrentHashMap<>();
        private static final Map<String, Long> FIRED = new ConcurrentHashMap<>();
        private static volatile Map<String, Long> plan = Map.of();

        static void arm(Map<String, Long> newPlan) {
            CALLS.clear();
            FIRED.clear();
            plan = Map.copyOf(newPlan);
        }

        /** Place → the count it fired at. */
        static Map<String, Long> firedAt() {
            Map<String, Long> out = new LinkedHashMap<>();
            plan.keySet().stream().filter(FIRED::containsKey).forEach(k -> out.put(k, FIRED.get(k)));
            return out;
        }

        static void hit(String place) {
            Long at = plan.get(place);
            if (at == null) {
                return;
            }
            long n = CALLS.computeIfAbsent(place, k -> new AtomicLong()).incrementAndGet();
            if (n == at && FIRED.putIfAbsent(place, n) == null) {
                throw new InjectedFault(place, n);
            }
        }
    }

    static final class InjectedFault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedFault(String place, long n) {
            super("injected failure at " + place + " #" + n);
        }
    }

    /** The job's parsing deserializer, failing once at the planned record. */
    static final class FaultingDeserializer implements KafkaRecordDeserializationSchema<ParseOutcome> {
        private static final long serialVersionUID = 1L;
        private final ParsingDeserializer inner;
        private final Faults faults;

        FaultingDeserializer(ParsingDeserializer inner, Faults faults) {
            this.inner = inner;
            this.faults = faults;
        }

        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<ParseOutcome> out) throws IOException {
            faults.maybeHit("source");
            faults.maybeHit("source-late");
            inner.deserialize(record, out);
        }

        @Override
        public TypeInformation<ParseOutcome> getProducedType() {
            return inner.getProducedType();
        }
    }

    /** The job's JSON value schema inside the sink writer, failing once at the planned record. */
    static final class FaultingSchema<T> implements SerializationSchema<T>, ResultTypeQueryable<T> {
        private static final long serialVersionUID = 1L;
        private final JsonValueSchema<T> inner;
        private final String place;
        private final Faults faults;

        FaultingSchema(Class<T> type, String place, Faults faults) {
            this.inner = new JsonValueSchema<>(type);
            this.place = place;
            this.faults = faults;
        }

        @Override
        public byte[] serialize(T element) {
            faults.maybeHit(place);
            return inner.serialize(element);
        }

        @Override
        public TypeInformation<T> getProducedType() {
            return inner.getProducedType();
        }
    }
}
