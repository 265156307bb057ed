package io.blocwatch.local;

import io.blocwatch.config.JobConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Kafka access for the analyst's commands (alerts, dashboard): read_committed consumers without a
 * consumer group (they commit nothing and disturb no one), and a check at start that the broker
 * answers and the topics exist, so that a wrong address fails in seconds with a sentence instead
 * of a consumer that waits forever.
 */
final class AnalystKafka {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final String bootstrapServers;
    private final Properties clientProperties;

    private AnalystKafka(String bootstrapServers, Properties clientProperties) {
        this.bootstrapServers = bootstrapServers;
        this.clientProperties = clientProperties;
    }

    /** Client security settings come from BLOCWATCH_KAFKA_CLIENT_* variables, as for the job. */
    static AnalystKafka of(String bootstrapServers, Map<String, String> env) {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("missing --bootstrap-servers HOST:PORT (the broker the job writes to)");
        }
        Properties p = new Properties();
        p.putAll(JobConfig.fromArgs(new String[0], env).kafkaClientProperties());
        p.put("bootstrap.servers", bootstrapServers);
        return new AnalystKafka(bootstrapServers, p);
    }

    /** The job's own client properties (bootstrap.servers among them), as the demo has them. */
    static AnalystKafka of(Properties clientProperties) {
        Properties p = new Properties();
        p.putAll(clientProperties);
        return new AnalystKafka(p.getProperty("bootstrap.servers"), p);
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * The partitions of each topic, after checking that the broker answers within
     * {@link #CONNECT_TIMEOUT} and that every topic exists; otherwise an error that says which.
     */
    List<TopicPartition> partitionsOf(Collection<String> topics) {
        Properties p = copy();
        int ms = (int) CONNECT_TIMEOUT.toMillis();
        p.put("request.timeout.ms", String.valueOf(ms));
        p.put("default.api.timeout.ms", String.valueOf(ms));
        p.put("socket.connection.setup.timeout.ms", "2000");
        p.put("socket.connection.setup.timeout.max.ms", "2000");
        p.put("reconnect.backoff.max.ms", "1000");
        Admin admin;
        try {
            admin = Admin.create(p);
        } catch (KafkaException e) {
            throw new IllegalArgumentException("cannot use Kafka broker address '" + bootstrapServers + "': "
                    + rootMessage(e));
        }
        try (admin) {
            Map<String, TopicDescription> found;
            try {
                found = admin.describeTopics(topics).allTopicNames().get(ms + 1000L, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                    List<String> missing = missingTopics(admin, topics);
                    throw new IllegalArgumentException("topic " + String.join(", ", missing) + " does not exist on "
                            + bootstrapServers + ": no Blocwatch job has written there yet (start one with "
                            + "'deploy/local/blocwatch demo', or name the job's topics with the --*-topic options)");
                }
                if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                    throw unreachable();
                }
                throw new IllegalArgumentException("Kafka broker at " + bootstrapServers + " refused: " + rootMessage(e));
            } catch (TimeoutException e) {
                throw unreachable();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while connecting to " + bootstrapServers, e);
            }
            List<TopicPartition> out = new ArrayList<>();
            for (String topic : topics) {
                found.get(topic).partitions().forEach(info -> out.add(new TopicPartition(topic, info.partition())));
            }
            return out;
        } finally {
            // closing an Admin that never connected must not wait for its default 30 s
            admin.close(Duration.ofSeconds(1));
        }
    }

    private List<String> missingTopics(Admin admin, Collection<String> topics) {
        try {
            var names = admin.listTopics().names().get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<String> missing = topics.stream().filter(t -> !names.contains(t)).map(t -> "'" + t + "'").toList();
            return missing.isEmpty() ? topics.stream().map(t -> "'" + t + "'").toList() : missing;
        } catch (Exception e) {
            return topics.stream().map(t -> "'" + t + "'").toList();
        }
    }

    private IllegalArgumentException unreachable() {
        return new IllegalArgumentException("cannot reach a Kafka broker at " + bootstrapServers + " within "
                + CONNECT_TIMEOUT.toSeconds() + " s: is the job's broker running there ('deploy/local/blocwatch demo' "
                + "prints its address), and is the address host:port?");
    }

    /** A read_committed consumer without a group: it is assigned partitions, it commits nothing. */
    KafkaConsumer<String, String> consumer() {
        Properties p = copy();
        p.put("isolation.level", "read_committed");
        p.put("enable.auto.commit", "false");
        p.put("auto.offset.reset", "earliest");
        p.put("client.id", "blocwatch-analyst-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    private Properties copy() {
        Properties p = new Properties();
        p.putAll(clientProperties);
        return p;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
