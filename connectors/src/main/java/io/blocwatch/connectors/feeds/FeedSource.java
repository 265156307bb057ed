package io.blocwatch.connectors.feeds;

import io.blocwatch.connectors.json.ParseOutcome;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * RSS and Atom feeds as a Flink source (FLIP-27): one split per feed, each reader polling its
 * feeds on their own intervals, emitting NewsItems (and a dead letter per failed poll) as
 * {@link ParseOutcome}s, exactly once across restarts (the emitted ids are in the checkpoint,
 * bounded by {@code maxAge} and {@code maxRemembered} per feed). Bounded ({@link #once}): one poll
 * of every feed, then the end of input.
 */
public final class FeedSource implements Source<ParseOutcome, FeedSplit, FeedSplitSerializer.EnumState>,
        ResultTypeQueryable<ParseOutcome> {

    private static final long serialVersionUID = 1L;
    public static final int DEFAULT_MAX_REMEMBERED = 20_000;

    private final List<FeedConfig> feeds;
    private final FetchSettings fetch;
    private final boolean bounded;
    private final Duration maxAge;
    private final int maxRemembered;
    private final HashSet<String> emittedBefore;

    private FeedSource(List<FeedConfig> feeds, FetchSettings fetch, boolean bounded, Duration maxAge, int maxRemembered,
            Set<String> emittedBefore) {
        this.feeds = List.copyOf(feeds);
        this.fetch = fetch;
        this.bounded = bounded;
        this.maxAge = maxAge;
        this.maxRemembered = maxRemembered;
        this.emittedBefore = new HashSet<>(emittedBefore);
    }

    /** Polls every feed on its interval, for ever. */
    public static FeedSource continuous(List<FeedConfig> feeds, FetchSettings fetch) {
        return new FeedSource(feeds, fetch, false, FeedPoller.DEFAULT_MAX_AGE, DEFAULT_MAX_REMEMBERED, Set.of());
    }

    /** Polls every feed once, then ends. */
    public static FeedSource once(List<FeedConfig> feeds, FetchSettings fetch) {
        return new FeedSource(feeds, fetch, true, FeedPoller.DEFAULT_MAX_AGE, DEFAULT_MAX_REMEMBERED, Set.of());
    }

    /** The same source with another memory: ids are forgotten after {@code age}, entries published before it are skipped. */
    public FeedSource remembering(Duration age, int maxIdsPerFeed) {
        return new FeedSource(feeds, fetch, bounded, age, maxIdsPerFeed, emittedBefore);
    }

    /**
     * The same source, told which item ids an earlier run already wrote (read back from where it
     * wrote them): they are never emitted again, whichever feed lists them. For a fresh start that
     * has no checkpoint to restore, such as each {@code ingest} process.
     */
    public FeedSource skipping(Set<String> alreadyEmitted) {
        Set<String> all = new HashSet<>(emittedBefore);
        all.addAll(alreadyEmitted);
        return new FeedSource(feeds, fetch, bounded, maxAge, maxRemembered, all);
    }

    @Override
    public Boundedness getBoundedness() {
        return bounded ? Boundedness.BOUNDED : Boundedness.CONTINUOUS_UNBOUNDED;
    }

    @Override
    public SplitEnumerator<FeedSplit, FeedSplitSerializer.EnumState> createEnumerator(SplitEnumeratorContext<FeedSplit> context) {
        return new FeedEnumerator(context, feeds, null, bounded);
    }

    @Override
    public SplitEnumerator<FeedSplit, FeedSplitSerializer.EnumState> restoreEnumerator(
            SplitEnumeratorContext<FeedSplit> context, FeedSplitSerializer.EnumState checkpoint) {
        return new FeedEnumerator(context, feeds, checkpoint, bounded);
    }

    @Override
    public SimpleVersionedSerializer<FeedSplit> getSplitSerializer() {
        return new FeedSplitSerializer();
    }

    @Override
    public SimpleVersionedSerializer<FeedSplitSerializer.EnumState> getEnumeratorCheckpointSerializer() {
        return new FeedSplitSerializer.EnumStateSerializer();
    }

    @Override
    public SourceReader<ParseOutcome, FeedSplit> createReader(SourceReaderContext readerContext) {
        return new FeedSourceReader(readerContext, new FeedPoller(new HttpFetcher(fetch), maxAge), bounded, maxAge, maxRemembered,
                feeds, emittedBefore);
    }

    @Override
    public TypeInformation<ParseOutcome> getProducedType() {
        return TypeInformation.of(ParseOutcome.class);
    }
}
