package io.blocwatch.connectors.feeds;

import java.io.Serializable;
import java.time.Duration;

/**
 * One feed of the feeds file: where it is, the name its items carry as {@code source}, a language
 * hint (detection decides), how often it is polled, and whether each entry's page is fetched for
 * the article text.
 */
public record FeedConfig(String url, String name, String language, Duration poll, boolean fetchPages)
        implements Serializable {

    public static final Duration DEFAULT_POLL = Duration.ofMinutes(5);
}
