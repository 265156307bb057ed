package io.blocwatch.local;

import io.blocwatch.contracts.Alert;
import io.blocwatch.contracts.Json;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code blocwatch alerts}: follows the alert topic of a running job (read_committed, so only
 * committed alerts), filtered by scenario, type, severity and event time, printed for a person
 * ({@code --format text}) or as the Alert v1 lines themselves ({@code --format json}, for jq).
 * Notes go to stderr, so that stdout holds only alerts.
 */
@Command(name = "alerts", description = {
        "follows the committed alerts of a running job (read_committed), filtered; alerts on stdout, notes on stderr"})
final class AlertsCommand extends CliCommand {

    @Option(names = "--bootstrap-servers", required = true, paramLabel = "H:P", description = "the broker the job writes to")
    String bootstrap;
    @Option(names = "--scenario", paramLabel = "S", description = "only this scenario")
    String scenario;
    @Option(names = "--type", paramLabel = "T,...", description = "only these alert types")
    String type;
    @Option(names = "--min-severity", paramLabel = "S", description = "low < medium < high < critical")
    String minSeverity;
    @Option(names = "--since", paramLabel = "PT6H|INSTANT", description = "alerts whose event time is that late or later (PT6H, P7D, 6h, 7d or an instant)")
    String since;
    @Option(names = "--from-beginning", description = "the topic's history too, not only new alerts")
    boolean fromBeginningFlag;
    @Option(names = "--format", paramLabel = "text|json", description = "text (default) or the Alert v1 lines")
    String formatName;
    @Option(names = "--max-alerts", paramLabel = "N", description = "stop after N alerts")
    String maxAlertsText;
    @Option(names = "--max-runtime", paramLabel = "PT1M", description = "stop after this long")
    String maxRuntimeText;
    @Option(names = "--topic", paramLabel = "security.alerts", description = "the alert topic")
    String topicName;
    @Option(names = "--alerts-topic", paramLabel = "TOPIC", hidden = true, description = "the alert topic, as the dashboard names it")
    String alertsTopic;

    @Override
    int run(PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
        String topic = orDefault(alertsTopic, orDefault(topicName, "security.alerts"));
        AlertFilter filter = AlertFilter.parse(scenario, type, minSeverity, since, clock);
        boolean fromBeginning = fromBeginningFlag || filter.since() != null;
        String format = orDefault(formatName, "text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("--format " + format + ": text or json");
        }
        long maxAlerts = positive("max-alerts", maxAlertsText);
        Duration maxRuntime = duration(maxRuntimeText);

        AnalystKafka kafka = AnalystKafka.of(bootstrap, env);
        List<TopicPartition> partitions = kafka.partitionsOf(List.of(topic));
        long shown = 0;
        long deadline = maxRuntime == null ? Long.MAX_VALUE : System.nanoTime() + maxRuntime.toNanos();
        try (KafkaConsumer<String, String> consumer = kafka.consumer()) {
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position); // fix "now" before the first poll
            }
            err.println("following " + topic + " on " + kafka.bootstrapServers() + " (committed alerts only, "
                    + (fromBeginning ? "from the beginning" : "new alerts from now on")
                    + (maxRuntime == null && maxAlerts == Long.MAX_VALUE ? "; Ctrl-C to stop" : "") + ")");
            while (shown < maxAlerts && System.nanoTime() < deadline) {
                long left = Math.max(1, Math.min(500, (deadline - System.nanoTime()) / 1_000_000));
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(left))) {
                    Alert alert = parse(r, err);
                    if (alert == null || !filter.matches(alert)) {
                        continue;
                    }
                    out.println(format.equals("json") ? r.value().strip() : AlertText.format(alert));
                    out.flush();
                    if (++shown >= maxAlerts) {
                        break;
                    }
                }
            }
        }
        err.println(shown + " alert(s) shown");
        return 0;
    }

    private static Alert parse(ConsumerRecord<String, String> r, PrintStream err) {
        try {
            if (r.value() == null) {
                throw new IllegalArgumentException("no value");
            }
            Alert a = Json.read(r.value(), Alert.class);
            if (a.type() == null || a.eventTime() == null) {
                throw new IllegalArgumentException("no type or event_time");
            }
            return a;
        } catch (RuntimeException e) {
            err.println("skipped " + r.topic() + "/" + r.partition() + "@" + r.offset() + ": not an Alert v1 record ("
                    + AlertText.oneLine(String.valueOf(e.getMessage())).lines().findFirst().orElse("") + ")");
            return null;
        }
    }

    private static String orDefault(String v, String d) {
        return v == null ? d : v;
    }

    static long positive(String name, String v) {
        if (v == null) {
            return Long.MAX_VALUE;
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException("--" + name + " " + v + ": a whole number above 0");
    }

    static Duration duration(String v) {
        if (v == null) {
            return null;
        }
        try {
            Duration d = Duration.parse(v.strip());
            if (!d.isNegative() && !d.isZero()) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // below
        }
        throw new IllegalArgumentException("--max-runtime " + v + ": an ISO-8601 duration such as PT30S or PT5M");
    }
}
