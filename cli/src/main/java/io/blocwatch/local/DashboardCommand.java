package io.blocwatch.local;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code blocwatch dashboard --bootstrap-servers H:P [--port 8088] [--bind 127.0.0.1]}: the live
 * analyst page over a running job's topics, until Ctrl-C or {@code --max-runtime}.
 */
@Command(name = "dashboard", description = {
        "the live analyst page (charts, alerts, evidence) over a running job's topics"})
final class DashboardCommand extends CliCommand {

    static final int DEFAULT_PORT = 8088;

    @Option(names = "--bootstrap-servers", required = true, paramLabel = "H:P", description = "the broker the job writes to")
    String bootstrap;
    @Option(names = "--port", paramLabel = "8088", description = "the page's port (0: any free one)")
    String portNumber;
    @Option(names = "--bind", paramLabel = "ADDRESS", description = "the address to listen on (default 127.0.0.1)")
    String bind;
    @Option(names = "--max-runtime", paramLabel = "PT10M", description = "stop after this long")
    String maxRuntimeText;
    @Option(names = "--scores-topic", paramLabel = "TOPIC", description = "default bloc.scores")
    String scoresTopic;
    @Option(names = "--alerts-topic", paramLabel = "TOPIC", description = "default security.alerts")
    String alertsTopic;
    @Option(names = "--tagged-topic", paramLabel = "TOPIC", description = "default news.tagged")
    String taggedTopic;
    @Option(names = "--items-topic", paramLabel = "TOPIC", description = "default news.items")
    String itemsTopic;

    /** A running dashboard: the page's data, the reader of the topics and the web server. */
    record Running(DashboardData data, DashboardFeed feed, DashboardServer server) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            feed.close();
        }
    }

    @Override
    int run(PrintStream out, PrintStream err, Map<String, String> env, Clock clock) throws Exception {
        int port = port(portNumber);
        DashboardFeed.Topics topics = new DashboardFeed.Topics(or(scoresTopic, "bloc.scores"),
                or(alertsTopic, "security.alerts"), or(taggedTopic, "news.tagged"), or(itemsTopic, "news.items"));
        Duration maxRuntime = AlertsCommand.duration(maxRuntimeText);
        try (Running r = start(AnalystKafka.of(bootstrap, env), topics, bind, port, err)) {
            out.println("dashboard: " + r.server().url() + " (read-only; reading " + topics.scores() + ", "
                    + topics.alerts() + ", " + topics.tagged() + " from the beginning)");
            out.flush();
            if (maxRuntime != null) {
                Thread.sleep(maxRuntime.toMillis());
                return 0;
            }
            out.println("press Ctrl-C to stop");
            Thread.currentThread().join();
        }
        return 0;
    }

    /** Starts the feed and the server; {@code bind} null means loopback only. */
    static Running start(AnalystKafka kafka, DashboardFeed.Topics topics, String bind, int port, PrintStream err)
            throws java.io.IOException {
        DashboardData data = new DashboardData();
        DashboardFeed feed = DashboardFeed.start(kafka, topics, data, err);
        String host = bind == null ? "127.0.0.1" : bind;
        DashboardServer server;
        try {
            server = DashboardServer.start(data, host, port);
        } catch (RuntimeException | java.io.IOException e) {
            feed.close();
            throw e;
        }
        if (!server.url().contains("127.0.0.1") && !server.url().contains("[::1]")) {
            err.println("dashboard: listening on " + host + ": anyone who can reach this machine can read the page "
                    + "(it is read-only and shows no Kafka settings)");
        }
        return new Running(data, feed, server);
    }

    /**
     * The demo's dashboard: on {@code port} (default {@link #DEFAULT_PORT}, any free port when that
     * one is taken), over the job's topics; null, with the reason printed, when it cannot start.
     */
    static Running startForDemo(io.blocwatch.connectors.kafka.KafkaSettings kafka, String port, PrintStream out,
                                PrintStream err) {
        DashboardFeed.Topics topics = new DashboardFeed.Topics(kafka.scoresTopic(), kafka.alertsTopic(), kafka.taggedTopic(),
                kafka.inputTopic());
        AnalystKafka analyst = AnalystKafka.of(kafka.clientProperties());
        int p = port(port);
        try {
            Running r;
            try {
                r = start(analyst, topics, null, p, err);
            } catch (IllegalArgumentException taken) {
                if (port != null) {
                    throw taken;
                }
                r = start(analyst, topics, null, 0, err);
            }
            out.println("dashboard: " + r.server().url() + " (charts, alerts and their evidence, live)");
            return r;
        } catch (Exception e) {
            err.println("dashboard not started: " + e.getMessage());
            return null;
        }
    }

    static int port(String v) {
        if (v == null) {
            return DEFAULT_PORT;
        }
        try {
            int p = Integer.parseInt(v.strip());
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException("--port " + v + ": a port number (0 for any free port)");
    }

    private static String or(String v, String d) {
        return v == null ? d : v;
    }
}
