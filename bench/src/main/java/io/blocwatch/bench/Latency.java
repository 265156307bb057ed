package io.blocwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.config.JobConfig;
import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import io.blocwatch.connectors.kafka.KafkaSettings;
import io.blocwatch.contracts.Json;
import io.blocwatch.job.BlocwatchJob;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Item-to-alert latency through a real broker: generated items produced to the input topic at a
 * fixed rate, the production job (Kafka source, Kafka sinks) on a MiniCluster in this JVM or on a
 * standalone Flink cluster ({@link Target}), the alert topic read read_committed. An alert's
 * event_time is the published_at of the item that raised it, and item i is published at START + i *
 * SPACING, so every alert maps back to the wall-clock time its item was sent: latency = when the
 * alert became visible to the consumer − when the item was sent.
 *
 * <p>While items are sent, the harness also samples, once a second, the job's consumer lag on the
 * input topic (end offsets minus the offsets the source commits at each checkpoint) and the job's
 * checkpoint history (REST {@code /jobs/ID/checkpoints}, so that no checkpoint is missed whatever
 * the cluster's {@code web.checkpoints.history}).
 */
public final class Latency {

    /**
     * Event time between consecutive items of the latency run: a day, so that alerts keep coming
     * (an incident is alerted once per seven days of event time) and the run's items are spread
     * over years of news, starting early enough never to lie in the future.
     */
    static final Duration SPACING = Duration.ofDays(1);
    static final Instant START = Instant.parse("1950-01-01T00:00:00Z");

    /**
     * Latencies of one run, in milliseconds, and what was sent and received.
     *
     * @param processedRate items per second the job's source committed over the measured window
     * @param lagAtEnd input records not yet committed by the job when the last item was sent
     * @param failedAtStart checkpoints that failed to trigger because not all tasks were running yet
     * @param failedRunning checkpoints that failed once triggered (their causes in {@code checkpoints})
     */
    public record Result(boolean exactlyOnce, int targetRate, double sentRate, int items, int alerts,
            double p50, double p99, double max, long checkpointMs, String checkpoints, String where,
            double processedRate, long lagAtWarmup, long lagAtEnd, long completed, long failedAtStart,
            long failedRunning, String load) {
        /**
         * Whether the job kept up: its lag grew by less than a second plus two checkpoint intervals of
         * input from the end of the warm-up to the last item (offsets are committed per checkpoint, so
         * one reading is up to a checkpoint's duration late).
         */
        boolean keptUp() {
            return lagAtEnd - lagAtWarmup <= (long) (targetRate * (1.0 + 2 * checkpointMs / 1000.0));
        }
    }

    /** Where the job runs: a MiniCluster in this JVM, or a standalone cluster reached over REST. */
    public interface Target {
        /** Starts the job; returns its REST base URL and id. */
        Running start(JobConfig config, Map<String, String> entries, int parallelism) throws Exception;

        String describe();
    }

    /** A started job. */
    public interface Running {
        String restUrl();

        String jobId();

        void cancel() throws Exception;
    }

    /** The job on a MiniCluster in this JVM (the harness's default). */
    public static Target miniCluster() {
        return miniCluster(Map.of());
    }

    /** The job on a MiniCluster in this JVM, with Flink settings over the job's own (for comparisons). */
    public static Target miniCluster(Map<String, String> flinkOverrides) {
        return new Target() {
            @Override
            public Running start(JobConfig config, Map<String, String> entries, int parallelism) throws Exception {
                org.apache.flink.configuration.Configuration flink = BlocwatchJob.flinkConfiguration(config, true);
                int restPort;
                try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                    restPort = socket.getLocalPort();
                }
                flink.setString("rest.port", Integer.toString(restPort));
                flinkOverrides.forEach(flink::setString);
                StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, flink);
                BlocwatchJob.forKafka(config).build(env);
                JobClient job = env.executeAsync(config.get("job.name"));
                return new Running() {
                    @Override
                    public String restUrl() {
                        return "http://127.0.0.1:" + restPort;
                    }

                    @Override
                    public String jobId() {
                        return job.getJobID().toHexString();
                    }

                    @Override
                    public void cancel() throws Exception {
                        job.cancel().get();
                    }
                };
            }

            @Override
            public String describe() {
                return "MiniCluster in the harness's JVM" + (flinkOverrides.isEmpty() ? "" : " with " + flinkOverrides);
            }
        };
    }

    /**
     * The job jar on a standalone cluster: submitted with {@code submitCommand submit --rest -- ARGS}
     * (deploy/local/flink, which prints {@code JOB_ID=…}), cancelled through the REST API.
     */
    public static Target standalone(String restUrl, String submitCommand) {
        return new Target() {
            @Override
            public Running start(JobConfig config, Map<String, String> entries, int parallelism) throws Exception {
                List<String> command = new ArrayList<>(List.of(submitCommand, "submit", "--rest", "--"));
                entries.forEach((k, v) -> {
                    command.add("--" + k);
                    command.add(v);
                });
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (p.waitFor() != 0 || !out.contains("JOB_ID=")) {
                    throw new IllegalStateException("job submission failed: " + out);
                }
                String id = out.substring(out.indexOf("JOB_ID=") + 7).trim().split("\\s+")[0];
                return new Running() {
                    @Override
                    public String restUrl() {
                        return restUrl;
                    }

                    @Override
                    public String jobId() {
                        return id;
                    }

                    @Override
                    public void cancel() throws Exception {
                        java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(restUrl + "/jobs/" + id + "?mode=cancel"))
                                        .method("PATCH", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                                java.net.http.HttpResponse.BodyHandlers.discarding());
                        for (int i = 0; i < 100 && !"CANCELED".equals(rest(restUrl, "/jobs/" + id).path("state").asText()); i++) {
                            Thread.sleep(100);
                        }
                    }
                };
            }

            @Override
            public String describe() {
                return "standalone cluster at " + restUrl;
            }
        };
    }

    private Latency() {}

    /** One run on a MiniCluster against the in-process broker (the default harness). */
    public static Result run(EmbeddedKafkaBroker broker, boolean exactlyOnce, int rate, int seconds, int warmupSeconds,
            int parallelism, long checkpointMs) throws Exception {
        return run(broker.bootstrapServers(), miniCluster(), exactlyOnce, rate, seconds, warmupSeconds, parallelism,
                checkpointMs);
    }

    /**
     * One run: {@code rate} items/s for {@code seconds}, of which the first {@code warmupSeconds}
     * are left out of the latency figures and of the processed rate.
     */
    public static Result run(String bootstrapServers, Target target, boolean exactlyOnce, int rate, int seconds,
            int warmupSeconds, int parallelism, long checkpointMs) throws Exception {
        return run(bootstrapServers, target, Map.of(), exactlyOnce, rate, seconds, warmupSeconds, parallelism, checkpointMs);
    }

    /** One run with job options over the harness's ({@code checkpoint.aligned-timeout}, say). */
    public static Result run(String bootstrapServers, Target target, Map<String, String> jobOptions, boolean exactlyOnce,
            int rate, int seconds, int warmupSeconds, int parallelism, long checkpointMs) throws Exception {
        String run = (exactlyOnce ? "eo" : "alo") + "-" + System.currentTimeMillis();
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("kafka.bootstrap-servers", bootstrapServers);
        entries.put("kafka.exactly-once", Boolean.toString(exactlyOnce));
        entries.put("kafka.group-id", "bench-" + run);
        entries.put("kafka.transactional-id-prefix", "bench-" + run);
        entries.put("topics.input", "bench.items." + run);
        entries.put("topics.alerts", "bench.alerts." + run);
        entries.put("topics.scores", "bench.scores." + run);
        entries.put("topics.tagged", "bench.tagged." + run);
        entries.put("topics.deadletter", "bench.deadletter." + run);
        entries.put("topics.control", "bench.control." + run);
        entries.put("checkpoint.interval", Duration.ofMillis(checkpointMs).toString());
        entries.put("watermark.idleness", "PT2S");
        entries.put("watermark.out-of-orderness", "P2D");
        entries.put("job.parallelism", Integer.toString(parallelism));
        entries.put("job.name", "bench-latency-" + run);
        entries.putAll(jobOptions);
        JobConfig config = JobConfig.defaults().with(entries);
        KafkaSettings kafka = config.kafkaSettings();
        EmbeddedKafkaBroker.createTopics(bootstrapServers, parallelism, kafka.inputTopic());
        EmbeddedKafkaBroker.createTopics(bootstrapServers, 1, kafka.alertsTopic(), kafka.scoresTopic(), kafka.taggedTopic(),
                kafka.deadLetterTopic(), kafka.controlTopic());

        int total = rate * seconds;
        byte[][] records = Workload.records(Workload.SEED + 2, total, START, SPACING);
        AtomicLongArray sentNanos = new AtomicLongArray(total);

        String load0 = loadAverage();
        Running job = target.start(config, entries, parallelism);
        awaitAllTasksRunning(job, Duration.ofSeconds(120));
        Thread.sleep(1000); // the source's partitions assigned

        List<Double> latencies = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        AtomicBoolean stop = new AtomicBoolean();
        long warmupEnd = warmupSeconds * (long) rate;
        Thread consumer = new Thread(() -> consume(bootstrapServers, kafka.alertsTopic(), sentNanos, warmupEnd, latencies, seen, stop),
                "bench-alert-consumer");
        consumer.start();
        Checkpoints checkpoints = new Checkpoints(job);

        double sentRate;
        long lagAtEnd;
        long committedAtWarmup = -1;
        long lagAtWarmup = 0;
        long warmupNanos = 0;
        long committedAtEnd;
        long endNanos;
        try (KafkaProducer<byte[], byte[]> producer = producer(bootstrapServers);
                Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            long period = 1_000_000_000L / rate;
            long t0 = System.nanoTime();
            long nextSample = t0 + 1_000_000_000L;
            for (int i = 0; i < total; i++) {
                if (i == warmupEnd && i > 0) {
                    // End of the warm-up: wait until the job has caught up with it (its code ran cold at
                    // first, on a cluster in every new job's class loader), then send the measured items
                    // at the rate from a clean start.
                    producer.flush();
                    long catchUpEnd = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                    while (committed(admin, kafka.groupId(), kafka.inputTopic(), parallelism) < warmupEnd
                            && System.nanoTime() < catchUpEnd) {
                        checkpoints.poll();
                        Thread.sleep(200);
                    }
                    committedAtWarmup = committed(admin, kafka.groupId(), kafka.inputTopic(), parallelism);
                    lagAtWarmup = i - committedAtWarmup;
                    warmupNanos = System.nanoTime();
                    checkpoints.measureFrom(System.currentTimeMillis());
                    t0 = warmupNanos - i * period;
                    nextSample = warmupNanos + 1_000_000_000L;
                } else if (i == 0 && warmupEnd == 0) {
                    committedAtWarmup = 0;
                    warmupNanos = t0;
                    checkpoints.measureFrom(System.currentTimeMillis());
                }
                long due = t0 + i * period;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    if (wait > 1_000_000) {
                        Thread.sleep(wait / 1_000_000);
                    } else {
                        Thread.onSpinWait();
                    }
                }
                sentNanos.set(i, System.nanoTime());
                producer.send(new ProducerRecord<>(kafka.inputTopic(), i % parallelism, null, records[i]));
                if (System.nanoTime() >= nextSample) {
                    checkpoints.poll();
                    nextSample += 1_000_000_000L;
                }
            }
            producer.flush();
            sentRate = (total - warmupEnd) / ((System.nanoTime() - warmupNanos) / 1e9);
            committedAtEnd = committed(admin, kafka.groupId(), kafka.inputTopic(), parallelism);
            endNanos = System.nanoTime();
            lagAtEnd = total - committedAtEnd;
            // Let the last items through: a few checkpoints for exactly-once.
            long drainEnd = System.nanoTime() + Duration.ofMillis(Math.max(5_000, 6 * checkpointMs)).toNanos();
            while (System.nanoTime() < drainEnd) {
                checkpoints.poll();
                Thread.sleep(500);
            }
        }
        stop.set(true);
        consumer.join();
        checkpoints.poll();
        job.cancel();
        double processedRate = committedAtWarmup < 0 ? Double.NaN
                : (committedAtEnd - committedAtWarmup) / ((endNanos - warmupNanos) / 1e9);
        String load = load0 + " → " + loadAverage();

        synchronized (latencies) {
            double[] l = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Result(exactlyOnce, rate, sentRate, (int) (total - warmupEnd), l.length,
                    percentile(l, 0.50), percentile(l, 0.99), l.length == 0 ? Double.NaN : l[l.length - 1], checkpointMs,
                    checkpoints.summary(), target.describe() + (jobOptions.isEmpty() ? "" : ", " + jobOptions), processedRate, lagAtWarmup, lagAtEnd, checkpoints.completed(),
                    checkpoints.failedAtStart(), checkpoints.failedRunning(), load);
        }
    }

    /** Waits until every task of the job is RUNNING (the checkpoints before that fail to trigger). */
    static void awaitAllTasksRunning(Running job, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                JsonNode j = rest(job.restUrl(), "/jobs/" + job.jobId());
                boolean all = j.path("vertices").size() > 0;
                for (JsonNode v : j.path("vertices")) {
                    all &= "RUNNING".equals(v.path("status").asText());
                }
                if (all && "RUNNING".equals(j.path("state").asText())) {
                    return;
                }
            } catch (Exception e) {
                // not there yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("job " + job.jobId() + " not running after " + timeout);
    }

    /** Sum of the offsets the job's source committed on the input topic (0 for a partition without one). */
    private static long committed(Admin admin, String group, String topic, int partitions) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        long sum = 0;
        for (int p = 0; p < partitions; p++) {
            OffsetAndMetadata o = offsets.get(new TopicPartition(topic, p));
            sum += o == null ? 0 : o.offset();
        }
        return sum;
    }

    /** Every checkpoint of a job seen through repeated reads of its REST statistics. */
    static final class Checkpoints {
        private final Running job;
        private final TreeMap<Long, JsonNode> byId = new TreeMap<>();
        private JsonNode counts = Json.MAPPER.createObjectNode();
        private long from = Long.MIN_VALUE;

        Checkpoints(Running job) {
            this.job = job;
        }

        /** Durations and failures are reported for the checkpoints triggered from this time on. */
        void measureFrom(long epochMillis) {
            from = epochMillis;
        }

        private java.util.stream.Stream<JsonNode> measured(String status) {
            return byId.values().stream().filter(h -> status.equals(h.path("status").asText())
                    && h.path("trigger_timestamp").asLong() >= from);
        }

        void poll() {
            try {
                JsonNode c = rest(job.restUrl(), "/jobs/" + job.jobId() + "/checkpoints");
                counts = c.path("counts");
                for (JsonNode h : c.path("history")) {
                    String status = h.path("status").asText();
                    if (!"IN_PROGRESS".equals(status)) {
                        byId.put(h.path("id").asLong(), h);
                    }
                }
            } catch (Exception e) {
                // statistics are best effort; the next poll may answer
            }
        }

        long completed() {
            return measured("COMPLETED").count();
        }

        long failedRunning() {
            return measured("FAILED").count();
        }

        /**
         * Failed checkpoints with no history entry: a trigger refused before the checkpoint existed,
         * which Flink counts as failed (here: tasks still starting when the first intervals passed).
         */
        long failedAtStart() {
            return Math.max(0, counts.path("failed").asLong()
                    - byId.values().stream().filter(h -> "FAILED".equals(h.path("status").asText())).count());
        }

        String summary() {
            double[] d = measured("COMPLETED").mapToDouble(h -> h.path("end_to_end_duration").asDouble()).sorted().toArray();
            TreeMap<String, Integer> causes = new TreeMap<>();
            for (JsonNode h : measured("FAILED").toList()) {
                String m = h.path("failure_message").asText("(no message)").lines().findFirst().orElse("");
                causes.merge(m.length() > 160 ? m.substring(0, 160) : m, 1, Integer::sum);
            }
            return String.format(Locale.ROOT,
                    "%d checkpoints completed and %d failed once triggered while measured, %d failed to trigger while tasks were starting; "
                            + "duration p50 %.0f ms, p99 %.0f ms, max %.0f ms%s",
                    completed(), failedRunning(), failedAtStart(), percentile(d, 0.5), percentile(d, 0.99),
                    d.length == 0 ? Double.NaN : d[d.length - 1], causes.isEmpty() ? "" : "; failures: " + causes);
        }
    }

    static JsonNode rest(String base, String path) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).timeout(Duration.ofSeconds(5)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return Json.MAPPER.readTree(response.body());
    }

    /** The 1, 5 and 15 minute load averages of the machine. */
    static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "?";
        }
    }

    private static void consume(String bootstrapServers, String topic, AtomicLongArray sentNanos, long warmupEnd,
            List<Double> latencies, Set<String> seen, AtomicBoolean stop) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("group.id", "bench-consumer-" + System.nanoTime());
        p.put("auto.offset.reset", "earliest");
        p.put("isolation.level", "read_committed");
        p.put("fetch.max.wait.ms", "20");
        long start = START.toEpochMilli();
        long spacing = SPACING.toMillis();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            while (!stop.get()) {
                var records = c.poll(Duration.ofMillis(20));
                long now = System.nanoTime();
                for (ConsumerRecord<String, String> r : records) {
                    JsonNode a = Json.MAPPER.readTree(r.value());
                    if (!seen.add(a.get("alert_id").asText())) {
                        continue; // at-least-once may repeat an alert
                    }
                    long t = Instant.parse(a.get("event_time").asText()).toEpochMilli();
                    long i = (t - start) / spacing;
                    if (i < warmupEnd || i >= sentNanos.length()) {
                        continue;
                    }
                    long sent = sentNanos.get((int) i);
                    if (sent != 0) {
                        synchronized (latencies) {
                            latencies.add((now - sent) / 1e6);
                        }
                        if (System.getenv("BENCH_DEBUG") != null) {
                            System.err.printf("[bench] alert of item %d (sent %.1f s in) visible after %.0f ms%n",
                                    i, (sent - sentNanos.get(0)) / 1e9, (now - sent) / 1e6);
                        }
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrapServers) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("acks", "all");
        p.put("linger.ms", "2");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static String describe(Result r) {
        return String.format(Locale.ROOT,
                "%s on the %s: %d items at %.0f/s (target %d), job's source committed %.0f items/s after warm-up, "
                        + "%d behind at the end of the warm-up, %d when the last was sent (%s); %d alerts, p50 %.0f ms, p99 %.0f ms, max %.0f ms; load %s",
                r.exactlyOnce() ? "exactly-once" : "at-least-once", r.where(), r.items(), r.sentRate(), r.targetRate(),
                r.processedRate(), r.lagAtWarmup(), r.lagAtEnd(), r.keptUp() ? "kept up" : "FELL BEHIND", r.alerts(), r.p50(), r.p99(),
                r.max(), r.load()) + "; " + r.checkpoints();
    }
}
