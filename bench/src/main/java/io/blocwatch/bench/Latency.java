package io.blocwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.config.JobConfig;
import io.blocwatch.contracts.Json;
import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import io.blocwatch.connectors.kafka.KafkaSettings;
import io.blocwatch.job.BlocwatchJob;
import io.blocwatch.job.JobSinks;
import io.blocwatch.job.NewsInputs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Item-to-alert latency through a real broker: generated items produced to the input topic at a
 * fixed rate, the job (Kafka source, Kafka sinks) on a MiniCluster, the alert topic read
 * read_committed. An alert's event_time is the published_at of the item that raised it, and item i
 * is published at START + i * SPACING, so every alert maps back to the wall-clock time its item was
 * sent: latency = when the alert became visible to the consumer − when the item was sent.
 */
public final class Latency {

    /**
     * Event time between consecutive items of the latency run: a day, so that alerts keep coming
     * (an incident is alerted once per seven days of event time) and the run's items are spread
     * over years of news, starting early enough never to lie in the future.
     */
    static final Duration SPACING = Duration.ofDays(1);
    static final Instant START = Instant.parse("1950-01-01T00:00:00Z");

    /** Latencies of one run, in milliseconds, and what was sent and received. */
    public record Result(boolean exactlyOnce, int targetRate, double sentRate, int items, int alerts,
            double p50, double p99, double max, long checkpointMs, String checkpoints) {}

    private Latency() {}

    public static Result run(EmbeddedKafkaBroker broker, boolean exactlyOnce, int rate, int seconds, int warmupSeconds,
            int parallelism, long checkpointMs) throws Exception {
        String run = (exactlyOnce ? "eo" : "alo") + "-" + System.currentTimeMillis();
        JobConfig config = JobConfig.defaults().with(Map.ofEntries(
                Map.entry("kafka.bootstrap-servers", broker.bootstrapServers()),
                Map.entry("kafka.exactly-once", Boolean.toString(exactlyOnce)),
                Map.entry("kafka.group-id", "bench-" + run),
                Map.entry("kafka.transactional-id-prefix", "bench-" + run),
                Map.entry("topics.input", "bench.items." + run),
                Map.entry("topics.alerts", "bench.alerts." + run),
                Map.entry("topics.scores", "bench.scores." + run),
                Map.entry("topics.tagged", "bench.tagged." + run),
                Map.entry("topics.deadletter", "bench.deadletter." + run),
                Map.entry("checkpoint.interval", Duration.ofMillis(checkpointMs).toString()),
                Map.entry("watermark.idleness", "PT2S"),
                Map.entry("watermark.out-of-orderness", "P2D"),
                Map.entry("job.parallelism", Integer.toString(parallelism)),
                Map.entry("job.name", "bench-latency-" + run)));
        KafkaSettings kafka = config.kafkaSettings();
        broker.createTopics(parallelism, kafka.inputTopic());
        broker.createTopics(1, kafka.alertsTopic(), kafka.scoresTopic(), kafka.taggedTopic(), kafka.deadLetterTopic(),
                config.get("topics.control"));

        int total = rate * seconds;
        byte[][] records = Workload.records(Workload.SEED + 2, total, START, SPACING);
        AtomicLongArray sentNanos = new AtomicLongArray(total);

        org.apache.flink.configuration.Configuration flink = BlocwatchJob.flinkConfiguration(config, true);
        int restPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            restPort = socket.getLocalPort();
        }
        flink.setString("rest.port", Integer.toString(restPort));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, flink);
        BlocwatchJob.forKafka(config).build(env);
        JobClient job = env.executeAsync(config.get("job.name"));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (job.getJobStatus().get() != JobStatus.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(3000); // tasks deployed and the source's partitions assigned

        List<Double> latencies = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        AtomicBoolean stop = new AtomicBoolean();
        long warmupEnd = warmupSeconds * (long) rate;
        Thread consumer = new Thread(() -> consume(broker, kafka.alertsTopic(), sentNanos, warmupEnd, latencies, seen, stop),
                "bench-alert-consumer");
        consumer.start();

        double sentRate;
        try (KafkaProducer<byte[], byte[]> producer = producer(broker)) {
            long period = 1_000_000_000L / rate;
            long t0 = System.nanoTime();
            for (int i = 0; i < total; i++) {
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
            }
            producer.flush();
            sentRate = total / ((System.nanoTime() - t0) / 1e9);
        }
        // Let the last items through: a few checkpoints for exactly-once.
        Thread.sleep(Math.max(5_000, 6 * checkpointMs));
        stop.set(true);
        consumer.join();
        String checkpoints = checkpointSummary(restPort, job.getJobID().toHexString());
        job.cancel().get();

        synchronized (latencies) {
            double[] l = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Result(exactlyOnce, rate, sentRate, total, l.length,
                    percentile(l, 0.50), percentile(l, 0.99), l.length == 0 ? Double.NaN : l[l.length - 1], checkpointMs,
                    checkpoints);
        }
    }

    private static void consume(EmbeddedKafkaBroker broker, String topic, AtomicLongArray sentNanos, long warmupEnd,
            List<Double> latencies, Set<String> seen, AtomicBoolean stop) {
        Properties p = new Properties();
        p.put("bootstrap.servers", broker.bootstrapServers());
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

    /** Completed checkpoints and their end-to-end duration, from the MiniCluster's REST API. */
    static String checkpointSummary(int restPort, String jobId) {
        try {
            var client = java.net.http.HttpClient.newHttpClient();
            var response = client.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + restPort + "/jobs/" + jobId + "/checkpoints")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            JsonNode c = Json.MAPPER.readTree(response.body());
            JsonNode d = c.path("summary").path("end_to_end_duration");
            String failure = c.path("latest").path("failed").path("failure_message").asText("");
            return String.format(java.util.Locale.ROOT, "%d checkpoints completed, %d failed; duration p50 %s ms, p99 %s ms, max %s ms%s",
                    c.path("counts").path("completed").asLong(), c.path("counts").path("failed").asLong(),
                    d.path("p50").asText("?"), d.path("p99").asText("?"), d.path("max").asText("?"),
                    failure.isEmpty() ? "" : "; last failure: " + failure.lines().findFirst().orElse(""));
        } catch (Exception e) {
            return "checkpoint statistics unavailable: " + e.getMessage();
        }
    }

    private static KafkaProducer<byte[], byte[]> producer(EmbeddedKafkaBroker broker) {
        Properties p = new Properties();
        p.put("bootstrap.servers", broker.bootstrapServers());
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
        return String.format("%s: %d items at %.0f/s (target %d), %d alerts, p50 %.0f ms, p99 %.0f ms, max %.0f ms",
                r.exactlyOnce() ? "exactly-once" : "at-least-once", r.items(), r.sentRate(), r.targetRate(), r.alerts(),
                r.p50(), r.p99(), r.max()) + "; " + r.checkpoints();
    }
}
