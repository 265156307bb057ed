package io.blocwatch.connectors.kafka;

import java.io.Serializable;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Everything the Kafka source, control input and sinks need: the brokers, the topics (the control
 * topic too), the transactional id prefix, and client properties passed through unchanged
 * (security.protocol, sasl.*, ssl.*...). Checked when made: no blank name, a positive transaction
 * timeout. Secrets in the client properties never appear in {@link #toString()}.
 *
 * @param client Kafka client properties as given (without the {@code kafka.client.} prefix);
 *               {@link #clientProperties()} adds the brokers
 */
public record KafkaSettings(String bootstrapServers, String groupId, String inputTopic, String alertsTopic,
        String scoresTopic, String taggedTopic, String deadLetterTopic, String controlTopic,
        String transactionalIdPrefix, boolean exactlyOnce, long transactionTimeoutMs, Map<String, String> client)
        implements Serializable {

    private static final long serialVersionUID = 2L;

    /** Broker-side default for transaction.max.timeout.ms is 15 minutes; stay below it. */
    public static final long DEFAULT_TRANSACTION_TIMEOUT_MS = 600_000L;

    public KafkaSettings {
        named("bootstrap servers", bootstrapServers);
        named("consumer group id", groupId);
        named("input topic", inputTopic);
        named("alert topic", alertsTopic);
        named("score topic", scoresTopic);
        named("tagged topic", taggedTopic);
        named("dead-letter topic", deadLetterTopic);
        named("control topic", controlTopic);
        named("transactional id prefix", transactionalIdPrefix);
        if (transactionTimeoutMs <= 0) {
            throw new IllegalArgumentException("Kafka settings: the transaction timeout must be positive, got "
                    + transactionTimeoutMs + " ms");
        }
        client = Collections.unmodifiableSortedMap(new TreeMap<>(client == null ? Map.of() : client));
    }

    private static void named(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Kafka settings: the " + what + " is missing");
        }
    }

    /** Client properties (security and tuning) to hand to every Kafka client, a fresh copy. */
    public Properties clientProperties() {
        Properties p = new Properties();
        p.putAll(client);
        p.put("bootstrap.servers", bootstrapServers);
        return p;
    }

    /** Whether a client property holds a secret (passwords, JAAS configs, keys, tokens). */
    public static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password") || k.contains("jaas") || k.contains("secret") || k.contains("token")
                || k.endsWith(".key") || k.contains("credentials");
    }

    /** The client properties with secret values masked, for logs and --help output. */
    public Map<String, String> redactedClientProperties() {
        TreeMap<String, String> out = new TreeMap<>();
        client.forEach((k, v) -> out.put(k, isSecret(k) ? "******" : v));
        return out;
    }

    @Override
    public String toString() {
        return "KafkaSettings{bootstrapServers=" + bootstrapServers + ", groupId=" + groupId
                + ", inputTopic=" + inputTopic + ", alertsTopic=" + alertsTopic + ", scoresTopic=" + scoresTopic
                + ", taggedTopic=" + taggedTopic + ", deadLetterTopic=" + deadLetterTopic
                + ", controlTopic=" + controlTopic
                + ", transactionalIdPrefix=" + transactionalIdPrefix + ", exactlyOnce=" + exactlyOnce
                + ", transactionTimeoutMs=" + transactionTimeoutMs
                + ", clientProperties=" + redactedClientProperties() + "}";
    }
}
