package io.blocwatch.connectors.feeds;

import java.io.Serializable;
import java.time.Duration;

/**
 * How politely and how patiently pages are fetched: timeouts, attempts and the backoff between
 * them, the least time between two requests to one host, the largest body read, the User-Agent.
 */
public record FetchSettings(Duration connectTimeout, Duration requestTimeout, int maxAttempts, Duration backoff,
        Duration perHostInterval, int maxBodyBytes, String userAgent) implements Serializable {

    public static final String USER_AGENT = "Blocwatch/0.1 (news feed reader of the Blocwatch early-warning project)";

    /** The robots.txt agent name the fetcher obeys. */
    public static final String ROBOT_NAME = "blocwatch";

    public static FetchSettings defaults() {
        return new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 3, Duration.ofSeconds(2),
                Duration.ofSeconds(1), 8 << 20, USER_AGENT);
    }

    public FetchSettings withTimeouts(Duration connect, Duration request) {
        return new FetchSettings(connect, request, maxAttempts, backoff, perHostInterval, maxBodyBytes, userAgent);
    }

    public FetchSettings withRetries(int attempts, Duration firstBackoff) {
        return new FetchSettings(connectTimeout, requestTimeout, attempts, firstBackoff, perHostInterval, maxBodyBytes, userAgent);
    }

    public FetchSettings withPerHostInterval(Duration interval) {
        return new FetchSettings(connectTimeout, requestTimeout, maxAttempts, backoff, interval, maxBodyBytes, userAgent);
    }
}
