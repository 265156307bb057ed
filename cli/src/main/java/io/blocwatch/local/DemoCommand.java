package io.blocwatch.local;

import io.blocwatch.config.JobConfig;
import io.blocwatch.contracts.Json;
import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import io.blocwatch.connectors.kafka.KafkaReachability;
import io.blocwatch.contracts.Alert;
import io.blocwatch.job.BlocwatchJob;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The main job's local run: a real Kafka broker in this JVM (or an existing one), the job on a
 * MiniCluster reading the input topic, the sample items produced to it, and alerts printed as
 * they are committed to the alert topic.
 */
@Command(name = "demo", aliases = "run", description = {
        "the main job on a local MiniCluster with an in-process Kafka broker (or an existing one); produces the",
        "sample items, prints alerts as they arrive, serves the live dashboard; takes every job option below"})
final class DemoCommand extends CliCommand {

    /** The demo's own consumer group and transactional-id prefix, so that it never fences a production job. */
    static final String DEMO_GROUP_ID = "blocwatch-demo";
    static final String DEMO_TRANSACTIONAL_ID_PREFIX = "blocwatch-demo";

    @Option(names = "--bootstrap-servers", paramLabel = "H:P", description = "an existing broker instead of an in-process one")
    String bootstrap;
    @Option(names = "--input", paramLabel = "F", description = "NewsItem v1 lines to produce instead of the samples")
    String inputFile;
    @Option(names = "--max-runtime", paramLabel = "PT2M", description = "stop after this long (default: Ctrl-C)")
    String maxRuntime;
    @Option(names = "--dashboard-port", paramLabel = "N", description = "the dashboard's port (default 8088, or a free one)")
    String dashboardPort;
    @Option(names = "--config", paramLabel = "FILE", description = "job options from a YAML file (--key value over it)")
    String configFile;
    @Unmatched
    List<String> jobOptions = new ArrayList<>();
    @Spec
    CommandSpec spec;

    @Override
    int run(PrintStream out, PrintStream err, Map<String, String> variables, Clock clock) throws Exception {
        Map<String, String> keys = demoKeys(configFile, JobOptions.parse(jobOptions, BlocwatchCli.optionNames(spec)));
        // Everything the user gave is checked before anything starts: options, keys, the input file.
        JobConfig.of(withBootstrap(keys, bootstrap == null ? "localhost:9092" : bootstrap));
        Duration runtime = maxRuntime == null ? null : ReplayCommand.duration("max-runtime", maxRuntime);
        List<byte[]> items = inputFile == null ? sampleItems() : JsonLines.read(ReplayCommand.existingInput("input", inputFile));
        if (bootstrap != null) {
            KafkaReachability.check(bootstrap, JobConfig.fromArgs(new String[0], System.getenv())
                    .with(withBootstrap(keys, bootstrap)).kafkaSettings().clientProperties(), KafkaReachability.DEFAULT_TIMEOUT);
        }

        EmbeddedKafkaBroker broker = null;
        if (bootstrap == null) {
            out.println("starting an in-process Kafka broker (KRaft)...");
            broker = EmbeddedKafkaBroker.start();
            bootstrap = broker.bootstrapServers();
        }
        JobConfig config = JobConfig.fromArgs(new String[0], System.getenv()).with(withBootstrap(keys, bootstrap));
        var kafka = config.kafkaSettings();
        EmbeddedKafkaBroker.createTopics(bootstrap, 2, kafka.inputTopic(), kafka.alertsTopic(), kafka.scoresTopic(),
                kafka.taggedTopic(), kafka.deadLetterTopic());
        EmbeddedKafkaBroker.createTopics(bootstrap, 1, config.get("topics.control"));

        out.println("Kafka broker: " + bootstrap);
        out.println("  topics: " + kafka.inputTopic() + " (in), " + kafka.alertsTopic() + ", " + kafka.scoresTopic() + ", "
                + kafka.taggedTopic() + ", " + kafka.deadLetterTopic() + " (out; read them with isolation.level=read_committed), "
                + config.get("topics.control") + " (run-time dictionary and scenario updates)");
        out.println("  e.g. kafka-console-consumer.sh --bootstrap-server " + bootstrap + " --topic " + kafka.alertsTopic()
                + " --from-beginning --isolation-level read_committed");
        out.println("  or: deploy/local/blocwatch alerts --bootstrap-servers " + bootstrap + " --from-beginning");

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(
                BlocwatchJob.flinkConfiguration(config, true));
        BlocwatchJob.forKafka(config).build(env);
        JobClient job = env.executeAsync(config.get("job.name"));
        out.println("job " + job.getJobID() + " running on a local MiniCluster");
        DashboardCommand.Running dashboard = DashboardCommand.startForDemo(kafka, dashboardPort, out, err);

        out.println("  consumer group " + config.get("kafka.group-id") + ", transactional ids "
                + config.get("kafka.transactional-id-prefix") + "-* (the demo's own, not the job's production defaults)");
        AtomicBoolean running = new AtomicBoolean(true);
        Thread printer = new Thread(() -> printAlerts(config, running, out), "alert-printer");
        printer.setDaemon(true);
        printer.start();

        produce(bootstrap, kafka.inputTopic(), items);
        out.println("produced " + items.size() + " item(s) to " + kafka.inputTopic() + "; alerts follow as checkpoints commit them");

        EmbeddedKafkaBroker ownBroker = broker;
        Runnable stop = () -> {
            running.set(false);
            if (dashboard != null) {
                dashboard.close();
            }
            try {
                job.cancel().get();
            } catch (Exception ignored) {
                // already stopped
            }
            if (ownBroker != null) {
                ownBroker.close();
            }
        };
        if (runtime != null) {
            try {
                Thread.sleep(runtime.toMillis());
                out.println("max runtime reached, stopping");
            } finally {
                stop.run(); // also when interrupted: nothing of the stack is left running
            }
            return 0;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (running.get()) {
                out.println("stopping the demo: cancelling the job" + (ownBroker != null ? " and closing the in-process broker" : "")
                        + ". Goodbye.");
                out.flush();
                try {
                    stop.run();
                } catch (Throwable ignored) {
                    // the JVM is going down; nothing more to say
                }
            }
        }, "demo-stop"));
        out.println("press Ctrl-C to stop");
        try {
            job.getJobExecutionResult().get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (!running.get()) {
                // Ctrl-C: the shutdown hook cancelled the job and says goodbye.
                return 0;
            }
            throw new IllegalStateException("the job failed: " + rootMessage(e), e);
        }
        return 0;
    }

    /**
     * The job options of the demo: its own defaults (checkpoints every 2 s, parallelism 2, its own
     * consumer group and transactional ids), then the {@code --config} file's keys, then {@code --key value}.
     */
    static Map<String, String> demoKeys(String configFile, Map<String, String> jobOptions) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("checkpoint.interval", "PT2S");
        keys.put("job.parallelism", "2");
        keys.put("kafka.group-id", DEMO_GROUP_ID);
        keys.put("kafka.transactional-id-prefix", DEMO_TRANSACTIONAL_ID_PREFIX);
        if (configFile != null) {
            keys.putAll(JobConfig.readFile(ReplayCommand.existingInput("config", configFile)));
        }
        keys.putAll(jobOptions);
        return keys;
    }

    private static Map<String, String> withBootstrap(Map<String, String> keys, String bootstrap) {
        Map<String, String> k = new LinkedHashMap<>(keys);
        k.put("kafka.bootstrap-servers", bootstrap);
        return k;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** The sample items (testkit, on the command line's classpath, never in the cluster jar) (written for the project), as they are in the file. */
    static byte[] sampleFile() throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream("/samples/news-items.jsonl")) {
            return in.readAllBytes();
        }
    }

    static List<byte[]> sampleItems() throws IOException {
        return JsonLines.split(sampleFile());
    }

    static void produce(String bootstrap, String topic, List<byte[]> items) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("acks", "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            for (byte[] item : items) {
                if (!JsonLines.isBlank(item)) {
                    // One partition for the sample keeps it in publication order.
                    producer.send(new ProducerRecord<>(topic, 0, null, item));
                }
            }
            producer.flush();
        }
    }

    private static void printAlerts(JobConfig config, AtomicBoolean running, PrintStream out) {
        Properties p = config.kafkaSettings().clientProperties();
        p.put("group.id", "blocwatch-demo-printer-" + System.nanoTime());
        p.put("auto.offset.reset", "earliest");
        p.put("isolation.level", "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(config.get("topics.alerts")));
            while (running.get()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    out.println(describe(r.value()));
                }
            }
        } catch (Exception e) {
            if (running.get()) {
                out.println("alert printer stopped: " + e);
            }
        }
    }

    static String describe(String json) {
        Alert a = Json.read(json, Alert.class);
        List<String> lines = new ArrayList<>();
        lines.add("ALERT " + a.type() + " [" + a.scenario() + " " + String.join(" x ", a.blocs()) + "] severity="
                + a.severity() + " score=" + String.format("%.2f", a.score()) + " at " + a.eventTime());
        if (a.summary() != null) {
            lines.add("  " + a.summary());
        }
        a.evidence().stream().limit(3).forEach(e -> lines.add("  - " + e.itemId() + ": " + e.sentence()));
        lines.add("  " + json);
        return String.join(System.lineSeparator(), lines);
    }
}
