package io.blocwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import io.blocwatch.contracts.Alert;
import io.blocwatch.contracts.Evidence;
import io.blocwatch.contracts.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code blocwatch alerts} against a real in-process Kafka broker. */
class AlertsCommandTest {

    private static EmbeddedKafkaBroker broker;
    private static final String TOPIC = "security.alerts";

    static final Alert HOSTILITY = alert("a1", "CROSS_BLOC_HOSTILITY", "western-balkans", "high", "2023-09-29T18:00:00Z",
            "SRB -> XKX threaten (weight -7.0)", new Evidence("bw-0002", "https://news.example/bw-0002",
                    "Serbia had massed troops, tanks and artillery along its border with Kosovo."));
    static final Alert RISE = alert("a2", "POLARIZATION_RISE", "western-balkans", "medium", "2023-10-02T08:00:00Z",
            "polarization 0.19 -> 0.30", new Evidence("bw-0003", "https://news.example/bw-0003", "Kosovo warned Serbia."));
    static final Alert PACIFIC = alert("a3", "REALIGNMENT", "great-powers", "low", "2024-12-11T10:00:00Z",
            "ETH-SOM agreement signed", new Evidence("bw-0009", "https://news.example/bw-0009", "Ethiopia and Somalia signed."));

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedKafkaBroker.start();
        broker.createTopics(2, TOPIC);
        broker.createTopics(1, "empty.alerts", "live.alerts");
        produce(TOPIC, Json.write(HOSTILITY), Json.write(RISE), "not json at all", Json.write(PACIFIC));
        // An aborted transaction: a read_committed consumer never sees it.
        Properties p = producerProps();
        p.put("transactional.id", "aborting-" + System.nanoTime());
        try (KafkaProducer<String, String> tx = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            tx.initTransactions();
            tx.beginTransaction();
            tx.send(new ProducerRecord<>(TOPIC, "x", Json.write(alert("aborted", "REALIGNMENT", "western-balkans",
                    "critical", "2025-01-01T00:00:00Z", "never committed", new Evidence("bw-x", null, "x"))))).get();
            tx.flush();
            tx.abortTransaction();
        }
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void jsonFromTheBeginningPrintsEveryCommittedAlertLineAndSkipsWhatIsNotAnAlert() {
        Run r = run("--bootstrap-servers", broker.bootstrapServers(), "--from-beginning", "--format", "json",
                "--max-runtime", "PT4S");
        assertThat(r.code).isZero();
        List<String> lines = r.out.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.stream().map(l -> Json.read(l, Alert.class).alertId()))
                .containsExactlyInAnyOrder("a1", "a2", "a3");
        assertThat(lines).contains(Json.write(HOSTILITY));
        assertThat(r.err).contains("not an Alert v1 record").contains("3 alert(s) shown");
    }

    @Test
    void filtersByScenarioTypeSeverityAndEventTime() {
        assertThat(ids(run("--bootstrap-servers", broker.bootstrapServers(), "--from-beginning", "--format", "json",
                "--scenario", "western-balkans", "--max-runtime", "PT2S"))).containsExactlyInAnyOrder("a1", "a2");
        assertThat(ids(run("--bootstrap-servers", broker.bootstrapServers(), "--from-beginning", "--format", "json",
                "--type", "realignment,POLARIZATION_RISE", "--max-runtime", "PT2S"))).containsExactlyInAnyOrder("a2", "a3");
        assertThat(ids(run("--bootstrap-servers", broker.bootstrapServers(), "--from-beginning", "--format", "json",
                "--min-severity", "medium", "--max-runtime", "PT2S"))).containsExactlyInAnyOrder("a1", "a2");
        // --since reads the history and keeps alerts at or after that event time.
        assertThat(ids(run("--bootstrap-servers", broker.bootstrapServers(), "--format", "json",
                "--since", "2023-10-01T00:00:00Z", "--max-runtime", "PT2S"))).containsExactlyInAnyOrder("a2", "a3");
    }

    @Test
    void maxAlertsStopsAfterThatMany() {
        Run r = run("--bootstrap-servers", broker.bootstrapServers(), "--from-beginning", "--format", "json",
                "--max-alerts", "2", "--max-runtime", "PT30S");
        assertThat(r.code).isZero();
        assertThat(r.out.lines()).hasSize(2);
        assertThat(r.seconds).isLessThan(25);
    }

    @Test
    void textShowsTypeSeverityPairTimeSummaryAndEvidenceWithLinks() {
        Run r = run("--bootstrap-servers", broker.bootstrapServers(), "--from-beginning", "--type", "CROSS_BLOC_HOSTILITY",
                "--max-alerts", "1", "--max-runtime", "PT20S");
        assertThat(r.code).isZero();
        assertThat(r.out).isEqualTo(String.join(System.lineSeparator(),
                "ALERT CROSS_BLOC_HOSTILITY [western-balkans belgrade-budapest x tirana-zagreb-pristina] severity=high score=0.29 at 2023-09-29T18:00:00Z",
                "  SRB -> XKX threaten (weight -7.0)",
                "  - bw-0002: Serbia had massed troops, tanks and artillery along its border with Kosovo.",
                "    https://news.example/bw-0002") + System.lineSeparator());
    }

    @Test
    void withoutFromBeginningOnlyAlertsCommittedAfterTheStartAreShown() throws Exception {
        produce("live.alerts", Json.write(RISE));
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> BlocwatchCli.run(new String[] {"alerts",
                "--bootstrap-servers", broker.bootstrapServers(), "--topic", "live.alerts", "--format", "json",
                "--max-alerts", "1", "--max-runtime", "PT30S"}, out, err));
        long until = System.currentTimeMillis() + 20_000;
        while (!errBytes.toString(StandardCharsets.UTF_8).contains("following") && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("new alerts from now on");
        produce("live.alerts", Json.write(HOSTILITY));
        assertThat(code.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(outBytes.toString(StandardCharsets.UTF_8).strip()).isEqualTo(Json.write(HOSTILITY));
    }

    @Test
    void anEmptyTopicShowsNothingAndSaysSo() {
        Run r = run("--bootstrap-servers", broker.bootstrapServers(), "--topic", "empty.alerts", "--from-beginning",
                "--max-runtime", "PT2S");
        assertThat(r.code).isZero();
        assertThat(r.out).isEmpty();
        assertThat(r.err).contains("following empty.alerts").contains("0 alert(s) shown");
    }

    @Test
    void anUnreachableBrokerFailsWithinSecondsWithASentence() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run r = run("--bootstrap-servers", "127.0.0.1:" + port, "--from-beginning");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("cannot reach a Kafka broker at 127.0.0.1:" + port + " within 5 s");
        assertThat(r.seconds).isLessThan(15);
        assertThat(r.out).isEmpty();
    }

    @Test
    void aMissingTopicFailsWithASentence() {
        Run r = run("--bootstrap-servers", broker.bootstrapServers(), "--topic", "no.such.topic");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("topic 'no.such.topic' does not exist on " + broker.bootstrapServers());
    }

    @Test
    void badOptionsAreNamed() {
        assertThat(run("--bootstrap-servers", "x:1", "--min-severity", "urgent").err).contains("--min-severity urgent");
        assertThat(run("--bootstrap-servers", "x:1", "--type", "WAR").err).contains("--type WAR is not an alert type");
        assertThat(run("--bootstrap-servers", "x:1", "--since", "yesterday").err).contains("--since yesterday");
        assertThat(run("--bootstrap-servers", "x:1", "--format", "xml").err).contains("--format xml");
        assertThat(run("--from-beginning").err).contains("missing --bootstrap-servers");
    }

    static Alert alert(String id, String type, String scenario, String severity, String at, String summary, Evidence e) {
        List<String> blocs = scenario.equals("western-balkans")
                ? List.of("belgrade-budapest", "tirana-zagreb-pristina") : List.of("china-russia", "us-allies");
        return new Alert(Alert.SCHEMA, id, type, scenario, blocs, severity, 0.29, at, summary, List.of(e), at, type + "|" + id);
    }

    private static List<String> ids(Run r) {
        assertThat(r.code).as(r.err).isZero();
        return r.out.lines().map(l -> Json.read(l, Alert.class).alertId()).toList();
    }

    private static Properties producerProps() {
        Properties p = new Properties();
        p.put("bootstrap.servers", broker.bootstrapServers());
        p.put("acks", "all");
        return p;
    }

    static void produce(String topic, String... values) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(), new StringSerializer(),
                new StringSerializer())) {
            for (String v : values) {
                producer.send(new ProducerRecord<>(topic, null, v)).get();
            }
        }
    }

    record Run(int code, String out, String err, double seconds) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "alerts";
        System.arraycopy(args, 0, all, 1, args.length);
        long t0 = System.nanoTime();
        int code = BlocwatchCli.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                (System.nanoTime() - t0) / 1e9);
    }
}
