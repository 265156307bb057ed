package io.blocwatch.local;

import io.blocwatch.connectors.kafka.TopicProducer;
import io.blocwatch.connectors.kafka.TopicConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shaded job jar on a real standalone Flink cluster (deploy/local/flink-cluster: a JobManager and
 * a TaskManager process) against a Kafka broker, upgraded twice with stop-with-savepoint: submitted
 * through the REST API, resumed through the REST API with a changed scenarios file, resumed again
 * through Flink's CLI front end. The sample storyline is fed in three parts, one per run; the
 * counter-alignment alert of the last part needs an agreement remembered from the second.
 * Runs in {@code mvn verify} (failsafe, after the jobs module has built target/blocwatch-job.jar).
 */
class FlinkClusterIT {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path ROOT = MODULE.resolve("..").normalize();
    private static final Path WORK = MODULE.resolve("target/flink-cluster-it");
    private static final String WESTERN_BALKANS = "western-balkans|belgrade-budapest|tirana-zagreb-pristina";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static EmbeddedKafkaBroker broker;
    static String restUrl;

    @BeforeAll
    static void startClusterAndBroker() throws Exception {
        deleteRecursively(WORK);
        // Should the test JVM be stopped from outside (Ctrl-C, a build timeout), leave no cluster behind.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                script("flink-cluster", "stop");
            } catch (Exception e) {
                // best effort: the processes' pids are in target/flink-cluster-it
            }
        }));
        broker = EmbeddedKafkaBroker.start();
        broker.createTopics(2, "news.items", "security.alerts", "bloc.scores", "news.tagged", "news.deadletter",
                "blocwatch.control");
        script("flink-cluster", "start");
        restUrl = Files.readString(WORK.resolve("rest-url")).trim();
    }

    @AfterAll
    static void stopClusterAndBroker() throws Exception {
        try {
            script("flink-cluster", "stop");
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }

    @Test
    void jobResumesFromSavepointsThroughRestAndCliWithStateAndWithoutRepeatingOutput() throws Exception {
        List<String> items = sampleItems();
        Path scenarios = scenariosWithNewMember();

        // Run 1, submitted through the REST API: items 1-4.
        String job1 = value(script("flink", plus(List.of("submit", "--rest", "--"), jobArgs())), "JOB_ID");
        produce(items.subList(0, 4));
        awaitTopic("news.tagged", got -> got.size() == 4);
        List<JsonNode> alerts1 = awaitTopic("security.alerts", got -> types(got).contains("CROSS_BLOC_HOSTILITY"));
        awaitTopic("bloc.scores", got -> !itemsOf(WESTERN_BALKANS, got).isEmpty());
        assertThat(prometheusSum("flink_taskmanager_job_task_operator_itemsIn", 4)).isEqualTo(4);
        String savepoint1 = value(script("flink", "stop-with-savepoint", job1, WORK.resolve("savepoints").toUri().toString()), "SAVEPOINT");
        List<Long> wbItems1 = itemsOf(WESTERN_BALKANS, readTopic("bloc.scores"));

        // Run 2, resumed through the REST API with a bloc member added: items 5-6.
        String job2 = value(script("flink", plus(List.of("run-from-savepoint", savepoint1, "--rest", "--"),
                jobArgs("--scenarios.file", scenarios.toString()))), "JOB_ID");
        produce(items.subList(4, 6));
        awaitTopic("news.tagged", got -> got.size() == 6);
        // Belgrade's condemnation of the Tirana declaration (item 6) lifts the pair over the rise threshold.
        awaitTopic("security.alerts", got -> got.stream().anyMatch(a -> a.get("type").asText().equals("POLARIZATION_RISE")
                && a.get("evidence").findValuesAsText("item_id").contains("bw-0006")));
        assertRestoredFrom(job2, savepoint1);
        String savepoint2 = value(script("flink", "stop-with-savepoint", job2, WORK.resolve("savepoints").toUri().toString()), "SAVEPOINT");
        List<Long> wbItems2 = itemsOf(WESTERN_BALKANS, readTopic("bloc.scores"));

        // Run 3, resumed through Flink's CLI front end: items 7-8.
        String job3 = value(script("flink", plus(List.of("run-from-savepoint", savepoint2, "--cli", "--"),
                jobArgs("--scenarios.file", scenarios.toString()))), "JOB_ID");
        produce(items.subList(6, 8));
        awaitTopic("news.tagged", got -> got.size() == 8);
        List<JsonNode> alerts = awaitTopic("security.alerts", got -> types(got).contains("COUNTER_ALIGNMENT"));
        // The pact may move the index less than score_step: then the pair's next score is the daily heartbeat
        // once the watermark passes midnight, so wait for a score that counts run 3's item before stopping.
        long lastOfRun2 = wbItems2.isEmpty() ? 0 : wbItems2.get(wbItems2.size() - 1);
        awaitTopic("bloc.scores", got -> itemsOf(WESTERN_BALKANS, got).stream().anyMatch(n -> n > lastOfRun2));
        assertRestoredFrom(job3, savepoint2);
        script("flink", "cancel", job3);

        // Every item tagged exactly once across three runs: the source resumed from its offsets.
        assertThat(readTopic("news.tagged")).extracting(t -> t.get("id").asText()).containsExactlyInAnyOrder(
                "bw-0001", "bw-0002", "bw-0003", "bw-0004", "bw-0005", "bw-0006", "bw-0007", "bw-0008");
        // No alert repeats, and the counter-alignment of run 3 rests on an agreement seen in run 2.
        assertThat(alerts).extracting(a -> a.get("alert_id").asText()).doesNotHaveDuplicates();
        assertThat(alerts1).extracting(a -> a.get("type").asText()).doesNotContain("COUNTER_ALIGNMENT", "REALIGNMENT");
        assertThat(alerts).extracting(a -> a.get("type").asText()).doesNotContain("REALIGNMENT");
        JsonNode counter = alerts.stream().filter(a -> a.get("type").asText().equals("COUNTER_ALIGNMENT")).findFirst().orElseThrow();
        assertThat(counter.get("evidence").findValuesAsText("item_id")).contains("bw-0005", "bw-0007");
        // Scores continue: each run's item counts for the pair carry on from the previous run's.
        List<Long> wbItems3 = itemsOf(WESTERN_BALKANS, readTopic("bloc.scores"));
        assertContinues(wbItems1, wbItems2);
        assertContinues(wbItems2, wbItems3);
    }

    /** {@code after} repeats {@code before} and then only goes on from its last count, higher. */
    private static void assertContinues(List<Long> before, List<Long> after) {
        assertThat(before).isNotEmpty();
        assertThat(after.subList(0, before.size())).isEqualTo(before);
        List<Long> added = after.subList(before.size(), after.size());
        long last = before.get(before.size() - 1);
        assertThat(added).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(last));
        assertThat(added).anySatisfy(n -> assertThat(n).isGreaterThan(last));
    }

    private static void assertRestoredFrom(String jobId, String savepoint) throws Exception {
        JsonNode restored = getJson("/jobs/" + jobId + "/checkpoints").path("latest").path("restored");
        assertThat(restored.path("is_savepoint").asBoolean()).isTrue();
        assertThat(restored.path("external_path").asText()).isEqualTo(savepoint);
    }

    private static List<String> plus(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> jobArgs(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--kafka.bootstrap-servers", broker.bootstrapServers(),
                "--job.parallelism", "2",
                "--checkpoint.interval", "PT2S",
                "--watermark.idleness", "PT2S",
                "--kafka.transactional-id-prefix", "blocwatch-it"));
        args.addAll(List.of(extra));
        return args;
    }

    /** The shipped scenarios with Montenegro added to the Tirana-Zagreb-Pristina bloc. */
    private static Path scenariosWithNewMember() throws IOException {
        String yaml = Files.readString(ROOT.resolve("core/src/main/resources/scenarios/default.yaml"));
        String changed = yaml.replace("members: [ALB, HRV, XKX]", "members: [ALB, HRV, XKX, MNE]");
        assertThat(changed).isNotEqualTo(yaml);
        Path file = WORK.resolve("scenarios-with-mne.yaml");
        Files.writeString(file, changed);
        return file;
    }

    // --- processes ---------------------------------------------------------------------------

    /** Runs deploy/local/NAME with the test's cluster directory; fails on a non-zero exit. */
    private static String script(String name, String... args) throws Exception {
        return script(name, List.of(args));
    }

    private static String script(String name, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("deploy/local").resolve(name).toString()));
        command.addAll(args);
        Files.createDirectories(WORK);
        Path log = Files.createTempFile(WORK, name, ".out");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("FLINK_CLUSTER_DIR", WORK.toString());
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in 5 minutes");
        }
        String out = Files.readString(log);
        if (p.exitValue() != 0) {
            throw new AssertionError(command + " failed (exit " + p.exitValue() + "):\n" + out);
        }
        return out;
    }

    private static String value(String output, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + "=(\\S+)$").matcher(output);
        assertThat(m.find()).as("%s= in:%n%s", key, output).isTrue();
        return m.group(1);
    }

    // --- REST and Prometheus -----------------------------------------------------------------

    private static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(restUrl + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** Sums a metric over the TaskManager's Prometheus endpoint, waiting until it reaches {@code expected}. */
    private static long prometheusSum(String metric, long expected) throws Exception {
        Matcher port = Pattern.compile("Started PrometheusReporter HTTP server on port (\\d+)")
                .matcher(Files.readString(WORK.resolve("log/taskmanager.log")));
        assertThat(port.find()).as("the TaskManager's Prometheus port in its log").isTrue();
        URI uri = URI.create("http://127.0.0.1:" + port.group(1) + "/metrics");
        long sum = -1;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (sum != expected && System.nanoTime() < deadline) {
            String body = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
            sum = body.lines().filter(l -> l.startsWith(metric + "{"))
                    .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
            if (sum != expected) {
                Thread.sleep(1000);
            }
        }
        return sum;
    }

    // --- Kafka -------------------------------------------------------------------------------

    /** Items on partition 0 in publication order (partition 1 stays idle, as a quiet feed would). */
    private static void produce(List<String> lines) {
        TopicProducer.sendInOrder(broker.bootstrapServers(), "news.items", 0, lines);
    }

    private static List<JsonNode> readTopic(String topic) throws Exception {
        return consume(topic, got -> false, Duration.ofSeconds(4));
    }

    private static List<JsonNode> awaitTopic(String topic, Predicate<List<JsonNode>> done) throws Exception {
        List<JsonNode> got = consume(topic, done, Duration.ofSeconds(120));
        assertThat(done.test(got)).as("expected records on %s, got %s", topic, got).isTrue();
        return got;
    }

    /** Reads the topic from the start, read_committed, until the condition holds or time runs out. */
    private static List<JsonNode> consume(String topic, Predicate<List<JsonNode>> done, Duration timeout) throws Exception {
        return TopicConsumer.readUntil(broker.bootstrapServers(), topic, done, timeout);
    }

    private static List<String> types(List<JsonNode> alerts) {
        return alerts.stream().map(a -> a.get("type").asText()).toList();
    }

    /** The {@code items} counts of one scenario and pair's scores, in the order written (one partition). */
    private static List<Long> itemsOf(String key, List<JsonNode> scores) {
        Map<String, List<Long>> byKey = new HashMap<>();
        for (JsonNode s : scores) {
            List<String> parts = new ArrayList<>();
            parts.add(s.get("scenario").asText());
            s.get("blocs").forEach(b -> parts.add(b.asText()));
            byKey.computeIfAbsent(String.join("|", parts), k -> new ArrayList<>()).add(s.get("items").asLong());
        }
        return byKey.getOrDefault(key, List.of());
    }

    private static List<String> sampleItems() throws IOException {
        return Files.readAllLines(ROOT.resolve("testkit/src/main/resources/samples/news-items.jsonl"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).toList();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
