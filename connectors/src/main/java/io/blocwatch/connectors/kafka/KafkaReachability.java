package io.blocwatch.connectors.kafka;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Asks the brokers for their cluster id before anything starts, so that a wrong address or a dead
 * broker is a one-line message within seconds instead of a client retrying in silence.
 */
public final class KafkaReachability {

    /** How long a start waits for the brokers to answer. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private KafkaReachability() {}

    /**
     * Returns when a broker of {@code bootstrapServers} answers within {@code timeout}.
     *
     * @param clientProperties security settings and the like (may be empty), as the job's clients use them
     * @throws IllegalArgumentException naming the address, the time waited and what to check
     */
    public static void check(String bootstrapServers, Properties clientProperties, Duration timeout) {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        int ms = (int) timeout.toMillis();
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Integer.toString(ms));
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(ms));
        p.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, Integer.toString(Math.min(ms, 3000)));
        p.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, Integer.toString(Math.min(ms, 3000)));
        String failure;
        try (Admin admin = Admin.create(p)) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(ms)).clusterId().get(ms + 1000L, TimeUnit.MILLISECONDS);
            return;
        } catch (ExecutionException e) {
            failure = e.getCause() == null ? e.toString() : e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
        } catch (TimeoutException e) {
            failure = "no answer";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        } catch (RuntimeException e) {
            failure = e.getMessage();
        }
        throw new IllegalArgumentException("no Kafka broker answered at " + bootstrapServers + " within "
                + timeout.toSeconds() + " s (" + failure + "); check kafka.bootstrap-servers (--bootstrap-servers"
                + " for the demo), that the broker is running, and the kafka.client.* security settings");
    }
}
