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
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.description.Formatter;
import org.apache.flink.configuration.description.TextElement;
import org.apache.flink.util.ParameterTool;

/**
 * The job's configuration: one YAML (or properties-style "key: value") file given with
 * {@code --config FILE}, overridden by {@code --key value} arguments, then by environment variables
 * for Kafka client properties ({@code BLOCWATCH_KAFKA_CLIENT_SASL_JAAS_CONFIG} becomes
 * {@code kafka.client.sasl.jaas.config}). Every key is documented in {@link #KEYS}; unknown keys
 * and bad values fail at start with a message naming the key.
 */
public final class JobConfig implements Serializable {

    private static final long serialVersionUID = 1L;
    /** What ParameterTool gives a key that has no value. */
    private static final String NO_VALUE = "__NO_VALUE_KEY";

    public static final String CLIENT_PREFIX = "kafka.client.";
    public static final String ENV_CLIENT_PREFIX = "BLOCWATCH_KAFKA_CLIENT_";

    /** Every documented key, as Flink ConfigOptions (see {@link BlocwatchOptions}). */
    public static final List<ConfigOption<?>> KEYS = BlocwatchOptions.ALL;

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
        for (ConfigOption<?> k : KEYS) {
            if (k.hasDefaultValue()) {
                v.put(k.key(), BlocwatchOptions.text(k.defaultValue()));
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
        // "--key value" pairs are ParameterTool's; "--key=value" is taken as written, so that a value may
        // start with a dash (ParameterTool reads a separate "-x" as the next key)
        List<String> pairs = new ArrayList<>();
        Map<String, String> attached = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 2) {
                attached.put(a.substring(2, eq), a.substring(eq + 1));
            } else if (!a.startsWith("--") && (pairs.isEmpty() || !pairs.get(pairs.size() - 1).startsWith("--"))) {
                throw new IllegalArgumentException("unexpected argument '" + a + "': options are --key value (see --help)");
            } else {
                pairs.add(a);
            }
        }
        Map<String, String> given = new LinkedHashMap<>(ParameterTool.fromArgs(pairs.toArray(new String[0])).toMap());
        given.putAll(attached);
        Map<String, String> fromFile = new LinkedHashMap<>();
        Map<String, String> fromArgs = new TreeMap<>();
        given.forEach((key, value) -> {
            if (NO_VALUE.equals(value)) {
                throw new IllegalArgumentException("option --" + key + " needs a value");
            }
            if (key.equals("config")) {
                fromFile.putAll(readFile(Path.of(value)));
            } else {
                fromArgs.put(key, value);
            }
        });
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
            if (BlocwatchOptions.named(key) == null && !key.startsWith(CLIENT_PREFIX)) {
                problems.add("unknown key '" + key + "'" + suggestion(key));
            } else if (e.getValue() == null || e.getValue().isBlank()) {
                problems.add("key '" + key + "' has no value");
            }
        }
        if (problems.isEmpty()) {
            for (ConfigOption<?> option : KEYS) {
                String v = values.get(option.key());
                if (v != null && option != BlocwatchOptions.KAFKA_CLIENT) {
                    check(option, v, problems);
                }
            }
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
        for (ConfigOption<?> option : KEYS) {
            String k = option.key();
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

    /** Reads {@code value} as {@code option}'s type (Flink's parsing) and checks what the job needs of it. */
    private static void check(ConfigOption<?> option, String value, List<String> problems) {
        String key = option.key();
        Class<?> kind = kind(option);
        Object typed;
        try {
            typed = Configuration.fromMap(Map.of(key, value)).get(option);
            if (kind == Duration.class) {
                Duration.parse(value); // the job's durations are ISO-8601, as the README and the manifests write them
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            if (kind == Duration.class) {
                problems.add("key '" + key + "' must be an ISO-8601 duration such as PT10S, got '" + value + "'");
            } else if (kind == Integer.class) {
                problems.add("key '" + key + "' must be a positive integer, got '" + value + "'");
            } else if (kind == Boolean.class) {
                problems.add("key '" + key + "' must be true or false, got '" + value + "'");
            } else {
                problems.add("key '" + key + "': " + e.getMessage());
            }
            return;
        }
        if (typed instanceof Duration d && (d.isNegative() || d.isZero())) {
            problems.add("key '" + key + "' must be a positive duration, got " + value);
        } else if (typed instanceof Integer i && i <= 0) {
            problems.add("key '" + key + "' must be a positive integer, got " + value);
        } else if (key.endsWith(".file") && !Files.isRegularFile(Path.of(value))) {
            problems.add("key '" + key + "' names " + value + ", which is not a readable file");
        }
    }

    /** The Java type of an option's values (ConfigOption keeps it to itself): its default's, or what it reads "1" as. */
    private static Class<?> kind(ConfigOption<?> option) {
        Object sample = option.hasDefaultValue() ? option.defaultValue()
                : Configuration.fromMap(Map.of(option.key(), "1")).get(option);
        return sample.getClass();
    }

    public String get(String key) {
        return values.get(key);
    }

    public String require(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("key '" + key + "' is required: " + description(BlocwatchOptions.named(key)));
        }
        return v;
    }

    /** The value of {@code option}, typed (its default when not given, null when it has none). */
    public <T> T get(ConfigOption<T> option) {
        return Configuration.fromMap(values).get(option);
    }

    /** A duration key's value ({@code checkpoint.timeout}, {@code input.max-future}, ...). */
    @SuppressWarnings("unchecked")
    public Duration duration(String key) {
        ConfigOption<?> option = BlocwatchOptions.named(key);
        if (option == null || kind(option) != Duration.class) {
            throw new IllegalArgumentException("key '" + key + "' is not a duration");
        }
        return get((ConfigOption<Duration>) option);
    }

    public Duration checkpointInterval() {
        return get(BlocwatchOptions.CHECKPOINT_INTERVAL);
    }

    public Duration transactionTimeout() {
        return get(BlocwatchOptions.KAFKA_TRANSACTION_TIMEOUT);
    }

    public boolean exactlyOnce() {
        return get(BlocwatchOptions.KAFKA_EXACTLY_ONCE);
    }

    public boolean boundedReplay() {
        return get(BlocwatchOptions.INPUT_BOUNDED_REPLAY);
    }

    public Integer parallelism() {
        return get(BlocwatchOptions.JOB_PARALLELISM);
    }

    public int maxRecordBytes() {
        return get(BlocwatchOptions.INPUT_MAX_RECORD_BYTES);
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
                get("topics.control"), get("kafka.transactional-id-prefix"), exactlyOnce(),
                transactionTimeout().toMillis(), kafkaClientProperties());
    }

    /** A copy with some keys changed (validated again). */
    public JobConfig with(Map<String, String> overrides) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.putAll(overrides);
        return of(v);
    }

    /** The --help text, generated from the options: every key, its default and its meaning. */
    public static String help() {
        StringBuilder sb = new StringBuilder();
        for (ConfigOption<?> k : KEYS) {
            sb.append(String.format("  --%-30s %s%n", k.key(), description(k)));
            if (k.hasDefaultValue()) {
                sb.append(String.format("    %-30s default: %s%n", "", BlocwatchOptions.text(k.defaultValue())));
            }
        }
        return sb.toString();
    }

    /** An option's description as plain text. */
    static String description(ConfigOption<?> option) {
        return new PlainText().format(option.description());
    }

    /** Flink's option descriptions as plain text (Flink ships an HTML formatter for its documentation). */
    private static final class PlainText extends Formatter {
        @Override
        protected void formatLink(StringBuilder sb, String link, String text) {
            sb.append(text).append(" (").append(link).append(')');
        }

        @Override
        protected void formatLineBreak(StringBuilder sb) {
            sb.append(' ');
        }

        @Override
        protected void formatText(StringBuilder sb, String format, String[] elements,
                java.util.EnumSet<TextElement.TextStyle> styles) {
            sb.append(elements.length == 0 ? format : String.format(format, (Object[]) elements));
        }

        @Override
        protected void formatList(StringBuilder sb, String[] entries) {
            sb.append(String.join("; ", entries));
        }

        @Override
        protected Formatter newInstance() {
            return new PlainText();
        }
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
