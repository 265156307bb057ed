package io.blocwatch.connectors.kafka;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Everything the Kafka source and sinks need: the brokers, the topics, the transactional id prefix,
 * and client properties passed through unchanged (security.protocol, sasl.*, ssl.*...). Secrets
 * in the client properties never appear in {@link #toString()}.
 */
public final class KafkaSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Broker-side default for transaction.max.timeout.ms is 15 minutes; stay below it. */
    public static final long DEFAULT_TRANSACTION_TIMEOUT_MS = 600_000L;

    public final String bootstrapServers;
    public final String groupId;
    public final String inputTopic;
    public final String alertsTopic;
    public final String scoresTopic;
    public final String taggedTopic;
    public final String deadLetterTopic;
    public final String transactionalIdPrefix;
    public final boolean exactlyOnce;
    public final long transactionTimeoutMs;
    private final TreeMap<String, String> clientProperties;

    public KafkaSettings(String bootstrapServers, String groupId, String inputTopic, String alertsTopic,
            String scoresTopic, String taggedTopic, String deadLetterTopic, String transactionalIdPrefix,
            boolean exactlyOnce, long transactionTimeoutMs, Map<String, String> clientProperties) {
        this.bootstrapServers = bootstrapServers;
        this.groupId = groupId;
        this.inputTopic = inputTopic;
        this.alertsTopic = alertsTopic;
        this.scoresTopic = scoresTopic;
        this.taggedTopic = taggedTopic;
        this.deadLetterTopic = deadLetterTopic;
        this.transactionalIdPrefix = transactionalIdPrefix;
        this.exactlyOnce = exactlyOnce;
        this.transactionTimeoutMs = transactionTimeoutMs;
        this.clientProperties = new TreeMap<>(clientProperties);
    }

    /** Client properties (security and tuning) to hand to every Kafka client, a fresh copy. */
    public Properties clientProperties() {
        Properties p = new Properties();
        p.putAll(clientProperties);
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
        clientProperties.forEach((k, v) -> out.put(k, isSecret(k) ? "******" : v));
        return out;
    }

    @Override
    public String toString() {
        return "KafkaSettings{bootstrapServers=" + bootstrapServers + ", groupId=" + groupId
                + ", inputTopic=" + inputTopic + ", alertsTopic=" + alertsTopic + ", scoresTopic=" + scoresTopic
                + ", taggedTopic=" + taggedTopic + ", deadLetterTopic=" + deadLetterTopic
                + ", transactionalIdPrefix=" + transactionalIdPrefix + ", exactlyOnce=" + exactlyOnce
                + ", transactionTimeoutMs=" + transactionTimeoutMs
                + ", clientProperties=" + redactedClientProperties() + "}";
    }
}
