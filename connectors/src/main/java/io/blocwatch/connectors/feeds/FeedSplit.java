package io.blocwatch.connectors.feeds;

import java.util.Map;
import org.apache.flink.api.connector.source.SourceSplit;

/**
 * One feed as a split of the {@link FeedSource}, with what its reader must remember across
 * restarts: the validators of the last response (ETag, Last-Modified) and the ids already emitted
 * with when each was first emitted. The split id is the feed's address.
 */
public record FeedSplit(FeedConfig feed, String etag, String lastModified, Map<String, Long> seen) implements SourceSplit {

    public static FeedSplit fresh(FeedConfig feed) {
        return new FeedSplit(feed, null, null, Map.of());
    }

    @Override
    public String splitId() {
        return feed.url();
    }
}
