package io.blocwatch.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.blocwatch.connectors.kafka.KafkaSettings;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The job's configuration: one YAML (or properties-style "key: value") file given with
 * {@code --config FILE}, overridden by {@code --key value} arguments, then by environment variables
 * for Kafka client properties ({@code BLOCWATCH_KAFKA_CLIENT_SASL_JAAS_CONFIG} becomes
 * {@code kafka.client.sasl.jaas.config}). Every key is documented in {@link #KEYS}; unknown keys
 * and bad values fail at start with a message naming the key.
 */
public final class JobConfig implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String CLIENT_PREFIX = "kafka.client.";
    public static final String ENV_CLIENT_PREFIX = "BLOCWATCH_KAFKA_CLIENT_";

    public static final List<ConfigKey> KEYS = List.of(
            new ConfigKey("kafka.bootstrap-servers", null, "Kafka brokers, host:port[,host:port] (required for the Kafka job)"),
            new ConfigKey("kafka.group-id", "blocwatch", "consumer group of the news source (offsets are also kept in Flink state)"),
            new ConfigKey("kafka.exactly-once", "true", "true: transactional exactly-once sinks (consumers read read_committed); false: at-least-once"),
            new ConfigKey("kafka.transactional-id-prefix", "blocwatch", "prefix of the sinks' transactional ids; unique per job on a cluster"),
            new ConfigKey("kafka.transaction-timeout", "PT10M", "producer transaction timeout; must exceed checkpoint.interval plus checkpoint.timeout and stay within the broker's transaction.max.timeout.ms (15 min by default)"),
            new ConfigKey("kafka.client.*", null, "any Kafka client property passed through to the source and sinks, e.g. kafka.client.security.protocol=SASL_SSL (secrets are never logged)"),
            new ConfigKey("topics.input", "news.items", "topic of NewsItem v1 records"),
            new ConfigKey("topics.alerts", "security.alerts", "topic of Alert v1 records"),
            new ConfigKey("topics.scores", "bloc.scores", "topic of BlocScore v1 records, keyed by scenario and pair (compaction-friendly)"),
            new ConfigKey("topics.tagged", "news.tagged", "topic of TaggedItem v1 records"),
            new ConfigKey("topics.deadletter", "news.deadletter", "topic of DeadLetter v1 records"),
            new ConfigKey("topics.control", "blocwatch.control", "topic of run-time dictionary and scenario updates"),
            new ConfigKey("job.name", "blocwatch", "the Flink job name"),
            new ConfigKey("job.parallelism", null, "operator parallelism (default: the cluster's)"),
            new ConfigKey("checkpoint.interval", "PT10S", "checkpoint interval; exactly-once output becomes visible at each checkpoint"),
            new ConfigKey("checkpoint.timeout", "PT5M", "a checkpoint taking longer is abandoned"),
            new ConfigKey("input.max-record-bytes", "1048576", "records larger than this go to dead letters as oversized"),
            new ConfigKey("input.max-future", "PT24H", "items published further than this past the wall clock go to dead letters"),
            new ConfigKey("watermark.out-of-orderness", "PT10M", "how far out of published_at order items may arrive before counting as late"),
            new ConfigKey("watermark.idleness", "PT1M", "a partition silent this long no longer holds back event time"),
            new ConfigKey("input.bounded-replay", "false", "true for a bounded backfill in any order: no watermark until the input ends, events re-ordered by published_at per bloc pair before scoring"),
            new ConfigKey("scenarios.file", null, "YAML file of bloc scenarios (default: the scenarios shipped in the jar)"),
            new ConfigKey("dictionary.file", null, "extra actor/person dictionary merged over the shipped one"),
            new ConfigKey("input.feeds.file", null, "YAML file of RSS/Atom feeds to poll (feeds: - url, name, language, poll, fetch-pages); their items join the Kafka input"),
            new ConfigKey("input.feeds.only", "false", "true: the feeds replace the Kafka input topic instead of joining it"),
            new ConfigKey("input.feeds.remember", "P30D", "how long a feed's emitted ids are remembered; entries published before that are skipped"));

    private static final Map<String, ConfigKey> BY_NAME = new LinkedHashMap<>();

    static {
        KEYS.forEach(k -> BY_NAME.put(k.name(), k));
    }

    private final TreeMap<String, String> values;

    private JobConfig(Map<String, String> values) {
        this.values = new TreeMap<>(values);
    }

    public static JobConfig defaults() {
        return of(Map.of());
    }

    /** A validated configuration from explicit values (defaults fill the rest). */
    public static JobConfig of(Map<String, String> explicit) {
        Map<String, String> v = new LinkedHashMap<>();
        for (ConfigKey k : KEYS) {
            if (k.defaultValue() != null) {
                v.put(k.name(), k.defaultValue());
            }
        }
        v.putAll(explicit);
        JobConfig config = new JobConfig(v);
        config.validate();
        return config;
    }

    /**
     * Parses {@code [--config FILE] [--key value | --key=value]...}. Environment variables named
     * {@code BLOCWATCH_KAFKA_CLIENT_*} add Kafka client properties.
     */
    public static JobConfig fromArgs(String[] args, Map<String, String> env) {
        Map<String, String> fromFile = new LinkedHashMap<>();
        Map<String, String> fromArgs = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "': options are --key value (see --help)");
            }
            String key;
            String value;
            int eq = a.indexOf('=');
            if (eq > 0) {
                key = a.substring(2, eq);
                value = a.substring(eq + 1);
            } else {
                key = a.substring(2);
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option --" + key + " needs a value");
                }
                value = args[++i];
            }
            if (key.equals("config")) {
                fromFile.putAll(readFile(Path.of(value)));
            } else {
                fromArgs.put(key, value);
            }
        }
        Map<String, String> merged = new LinkedHashMap<>(fromFile);
        merged.putAll(fromArgs);
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_CLIENT_PREFIX)) {
                String prop = name.substring(ENV_CLIENT_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
                merged.putIfAbsent(CLIENT_PREFIX + prop, value);
            }
        });
        return of(merged);
    }

    /** Reads a YAML file; nested maps become dotted keys ({@code kafka: {group-id: x}} is kafka.group-id). */
    public static Map<String, String> readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("configuration file " + file + " does not exist");
        }
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            Map<String, String> out = new LinkedHashMap<>();
            if (root != null && !root.isMissingNode() && !root.isNull()) {
                if (!root.isObject()) {
                    throw new IllegalArgumentException("configuration file " + file + " must hold a map of keys");
                }
                flatten("", root, out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException("configuration file " + file + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (e.getValue().isObject()) {
                flatten(key, e.getValue(), out);
            } else {
                out.put(key, e.getValue().isNull() ? null : e.getValue().asText());
            }
        }
    }

    private void validate() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String key = e.getKey();
            if (!BY_NAME.containsKey(key) && !key.startsWith(CLIENT_PREFIX)) {
                problems.add("unknown key '" + key + "'" + suggestion(key));
            } else if (e.getValue() == null || e.getValue().isBlank()) {
                problems.add("key '" + key + "' has no value");
            }
        }
        if (problems.isEmpty()) {
            checkDuration("checkpoint.interval", problems);
            checkDuration("checkpoint.timeout", problems);
            checkDuration("kafka.transaction-timeout", problems);
            checkDuration("input.max-future", problems);
            checkDuration("watermark.out-of-orderness", problems);
            checkDuration("watermark.idleness", problems);
            checkPositiveInt("input.max-record-bytes", problems);
            if (values.containsKey("job.parallelism")) {
                checkPositiveInt("job.parallelism", problems);
            }
            checkBoolean("kafka.exactly-once", problems);
            checkBoolean("input.bounded-replay", problems);
            checkFile("scenarios.file", problems);
            checkFile("dictionary.file", problems);
            checkFile("input.feeds.file", problems);
            checkBoolean("input.feeds.only", problems);
            checkDuration("input.feeds.remember", problems);
            // A transaction stays open from the checkpoint before until the one that covers it
            // completes: up to an interval plus a whole checkpoint. The broker aborts it after the
            // timeout, and a completed checkpoint's output would then be lost.
            if (problems.isEmpty() && exactlyOnce()
                    && transactionTimeout().compareTo(checkpointInterval().plus(duration("checkpoint.timeout"))) <= 0) {
                problems.add("key 'kafka.transaction-timeout' (" + transactionTimeout()
                        + ") must be longer than 'checkpoint.interval' (" + checkpointInterval()
                        + ") plus 'checkpoint.timeout' (" + duration("checkpoint.timeout") + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid configuration: " + String.join("; ", problems));
        }
    }

    private static String suggestion(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : BY_NAME.keySet()) {
            int d = distance(key, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= 4 ? " (did you mean '" + best + "'?)" : " (see --help)";
    }

    /** Levenshtein distance between two keys or option names (also the local command line's suggestions). */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private void checkDuration(String key, List<String> problems) {
        try {
            Duration d = Duration.parse(values.get(key));
            if (d.isNegative() || d.isZero()) {
                problems.add("key '" + key + "' must be a positive duration, got " + values.get(key));
            }
        } catch (DateTimeParseException e) {
            problems.add("key '" + key + "' must be an ISO-8601 duration such as PT10S, got '" + values.get(key) + "'");
        }
    }

    private void checkPositiveInt(String key, List<String> problems) {
        try {
            if (Integer.parseInt(values.get(key)) <= 0) {
                problems.add("key '" + key + "' must be a positive integer, got " + values.get(key));
            }
        } catch (NumberFormatException e) {
            problems.add("key '" + key + "' must be a positive integer, got '" + values.get(key) + "'");
        }
    }

    private void checkBoolean(String key, List<String> problems) {
        String v = values.get(key);
        if (!"true".equalsIgnoreCase(v) && !"false".equalsIgnoreCase(v)) {
            problems.add("key '" + key + "' must be true or false, got '" + v + "'");
        }
    }

    private void checkFile(String key, List<String> problems) {
        String v = values.get(key);
        if (v != null && !Files.isRegularFile(Path.of(v))) {
            problems.add("key '" + key + "' names " + v + ", which is not a readable file");
        }
    }

    public String get(String key) {
        return values.get(key);
    }

    public String require(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("key '" + key + "' is required: " + BY_NAME.get(key).description());
        }
        return v;
    }

    public Duration duration(String key) {
        return Duration.parse(values.get(key));
    }

    public Duration checkpointInterval() {
        return duration("checkpoint.interval");
    }

    public Duration transactionTimeout() {
        return duration("kafka.transaction-timeout");
    }

    public boolean exactlyOnce() {
        return Boolean.parseBoolean(values.get("kafka.exactly-once"));
    }

    public boolean boundedReplay() {
        return Boolean.parseBoolean(values.get("input.bounded-replay"));
    }

    public Integer parallelism() {
        String v = values.get("job.parallelism");
        return v == null ? null : Integer.valueOf(v);
    }

    public int maxRecordBytes() {
        return Integer.parseInt(values.get("input.max-record-bytes"));
    }

    public Path scenariosFile() {
        String v = values.get("scenarios.file");
        return v == null ? null : Path.of(v);
    }

    public Path dictionaryFile() {
        String v = values.get("dictionary.file");
        return v == null ? null : Path.of(v);
    }

    /** Kafka client properties given as kafka.client.* keys, without the prefix. */
    public Map<String, String> kafkaClientProperties() {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(CLIENT_PREFIX)) {
                out.put(k.substring(CLIENT_PREFIX.length()), v);
            }
        });
        return out;
    }

    public KafkaSettings kafkaSettings() {
        return new KafkaSettings(require("kafka.bootstrap-servers"), get("kafka.group-id"), get("topics.input"),
                get("topics.alerts"), get("topics.scores"), get("topics.tagged"), get("topics.deadletter"),
                get("kafka.transactional-id-prefix"), exactlyOnce(), transactionTimeout().toMillis(),
                kafkaClientProperties());
    }

    /** A copy with some keys changed (validated again). */
    public JobConfig with(Map<String, String> overrides) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.putAll(overrides);
        return of(v);
    }

    /** The --help text: every key, its default and its meaning. */
    public static String help() {
        StringBuilder sb = new StringBuilder();
        for (ConfigKey k : KEYS) {
            sb.append(String.format("  --%-30s %s%n", k.name(), k.description()));
            if (k.defaultValue() != null) {
                sb.append(String.format("    %-30s default: %s%n", "", k.defaultValue()));
            }
        }
        return sb.toString();
    }

    /** The values in force, with secret client properties masked. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("JobConfig{");
        values.forEach((k, v) -> {
            boolean secret = k.startsWith(CLIENT_PREFIX) && KafkaSettings.isSecret(k);
            sb.append(k).append('=').append(secret ? "******" : v).append(", ");
        });
        if (sb.length() > 10) {
            sb.setLength(sb.length() - 2);
        }
        return sb.append('}').toString();
    }
}
