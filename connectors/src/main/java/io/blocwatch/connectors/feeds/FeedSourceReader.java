package io.blocwatch.connectors.feeds;

import io.blocwatch.connectors.json.ParseOutcome;
import io.blocwatch.contracts.NewsItem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.SourceOutput;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.core.io.InputStatus;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/**
 * Polls its feeds, each on its own interval, on background threads (fetching blocks; the task
 * thread never does), and emits their new items on the task thread, each split with its own
 * watermark. An item's id is remembered when it is emitted, so that the checkpoint holds exactly
 * what went out: after a restart, a re-listed entry is skipped and one fetched but not yet emitted
 * is fetched again. A poll's validators (ETag, Last-Modified) are kept only once its items are all
 * out, for the same reason. A failed poll emits its dead letter and the feed is tried again at its
 * next interval; the other feeds go on.
 */
final class FeedSourceReader implements SourceReader<ParseOutcome, FeedSplit> {

    /** A feed's live state; the task thread owns it, except {@code seen}, which pollers only read. */
    private static final class Feed {
        final FeedConfig config;
        final SeenIds seen;
        volatile String etag;
        volatile String lastModified;
        volatile long nextPollAt;
        volatile boolean inFlight;
        boolean polledOnce;

        Feed(FeedSplit split, FeedConfig current) {
            this.config = current;
            this.seen = new SeenIds(split.seen());
            this.etag = split.etag();
            this.lastModified = split.lastModified();
        }

        FeedSplit snapshot() {
            return new FeedSplit(config, etag, lastModified, seen.snapshot());
        }
    }

    private record Batch(Feed feed, FeedPoller.Result result) {}

    private final SourceReaderContext context;
    private final FeedPoller poller;
    private final boolean bounded;
    private final long maxAgeMillis;
    private final int maxRemembered;
    private final Set<String> emittedBefore;
    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();
    private final Map<String, FeedConfig> configured = new HashMap<>();
    private final Map<String, SourceOutput<ParseOutcome>> outputs = new HashMap<>();
    private final ConcurrentLinkedQueue<Batch> ready = new ConcurrentLinkedQueue<>();
    private final Object lock = new Object();
    private CompletableFuture<Void> available = new CompletableFuture<>();
    private ScheduledExecutorService scheduler;
    private ExecutorService fetchers;
    private Batch current;
    private ArrayDeque<Object> pendingRecords;
    private boolean noMoreSplits;

    private Counter polls;
    private Counter failures;
    private Counter notModified;
    private Counter itemsOut;
    private Counter pagesExtracted;
    private Counter summariesKept;
    private Counter tooOld;
    private Counter withoutId;
    private MetricGroup failureGroup;
    private final Map<String, Counter> failuresByReason = new HashMap<>();

    FeedSourceReader(SourceReaderContext context, FeedPoller poller, boolean bounded, Duration maxAge, int maxRemembered,
            List<FeedConfig> configured, Set<String> emittedBefore) {
        this.context = context;
        this.emittedBefore = emittedBefore;
        for (FeedConfig f : configured) {
            this.configured.put(f.url(), f);
        }
        this.poller = poller;
        this.bounded = bounded;
        this.maxAgeMillis = maxAge.toMillis();
        this.maxRemembered = maxRemembered;
    }

    @Override
    public void start() {
        MetricGroup g = context.metricGroup().addGroup("feeds");
        polls = g.counter("polls");
        failures = g.counter("failures");
        failureGroup = g.addGroup("failed");
        notModified = g.counter("notModified");
        itemsOut = g.counter("itemsOut");
        pagesExtracted = g.counter("pagesExtracted");
        summariesKept = g.counter("summariesKept");
        tooOld = g.counter("entriesTooOld");
        withoutId = g.counter("entriesWithoutId");
        fetchers = Executors.newFixedThreadPool(4, r -> daemon(r, "feed-fetcher"));
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "feed-scheduler"));
        scheduler.scheduleWithFixedDelay(this::scheduleDue, 0, 100, TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Starts a poll of every feed that is due and not being polled. */
    private void scheduleDue() {
        long now = System.currentTimeMillis();
        for (Feed f : feeds.values()) {
            if (!f.inFlight && f.nextPollAt <= now) {
                f.inFlight = true;
                fetchers.execute(() -> {
                    FeedPoller.Result r;
                    try {
                        r = poller.poll(f.config, f.etag, f.lastModified, id -> emittedBefore.contains(id) || f.seen.contains(id),
                                Instant.now());
                    } catch (RuntimeException e) {
                        r = new FeedPoller.Result(List.of(), FeedPoller.deadLetter(f.config,
                                new FeedFailure(FeedFailure.UNREACHABLE, "poll failed: " + e, null, e), Instant.now()),
                                false, f.etag, f.lastModified, 0, 0, 0, 0);
                    }
                    synchronized (lock) {
                        ready.add(new Batch(f, r));
                        available.complete(null);
                    }
                });
            }
        }
    }

    @Override
    public InputStatus pollNext(ReaderOutput<ParseOutcome> output) {
        while (true) {
            if (current == null) {
                current = ready.poll();
                if (current == null) {
                    return finished() ? InputStatus.END_OF_INPUT : InputStatus.NOTHING_AVAILABLE;
                }
                startBatch(current);
            }
            Object next = pendingRecords.poll();
            if (next == null) {
                finishBatch(current);
                current = null;
                continue;
            }
            SourceOutput<ParseOutcome> out = outputs.computeIfAbsent(current.feed().config.url(), output::createOutputForSplit);
            if (next instanceof NewsItem item) {
                if (emittedBefore.contains(item.id()) || !current.feed().seen.add(item.id(), System.currentTimeMillis())) {
                    continue;
                }
                itemsOut.inc();
                out.collect(ParseOutcome.ok(item));
            } else {
                out.collect(ParseOutcome.rejected((io.blocwatch.contracts.DeadLetter) next));
            }
            return InputStatus.MORE_AVAILABLE;
        }
    }

    private void startBatch(Batch b) {
        FeedPoller.Result r = b.result();
        polls.inc();
        pendingRecords = new ArrayDeque<>(r.items());
        if (r.failure() != null) {
            failures.inc();
            failuresByReason.computeIfAbsent(r.failure().reason(), reason -> failureGroup.addGroup("reason", reason).counter("count")).inc();
            pendingRecords.add(r.failure());
        }
        if (r.notModified()) {
            notModified.inc();
        }
        pagesExtracted.inc(r.pagesExtracted());
        summariesKept.inc(r.summariesKept());
        tooOld.inc(r.entriesTooOld());
        withoutId.inc(r.entriesWithoutId());
    }

    private void finishBatch(Batch b) {
        Feed f = b.feed();
        FeedPoller.Result r = b.result();
        if (r.failure() == null) {
            f.etag = r.etag();
            f.lastModified = r.lastModified();
        }
        long now = System.currentTimeMillis();
        f.seen.expire(now, maxAgeMillis, maxRemembered);
        f.polledOnce = true;
        f.nextPollAt = bounded ? Long.MAX_VALUE : now + f.config.poll().toMillis();
        f.inFlight = false;
    }

    private boolean finished() {
        if (!bounded || !noMoreSplits || !ready.isEmpty()) {
            return false;
        }
        for (Feed f : feeds.values()) {
            if (!f.polledOnce) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<FeedSplit> snapshotState(long checkpointId) {
        List<FeedSplit> out = new ArrayList<>();
        for (Feed f : feeds.values()) {
            out.add(f.snapshot());
        }
        return out;
    }

    @Override
    public CompletableFuture<Void> isAvailable() {
        synchronized (lock) {
            if (!ready.isEmpty() || current != null || finished()) {
                return CompletableFuture.completedFuture(null);
            }
            if (available.isDone()) {
                available = new CompletableFuture<>();
            }
            return available;
        }
    }

    @Override
    public void addSplits(List<FeedSplit> splits) {
        for (FeedSplit s : splits) {
            // A restored feed takes its settings from the feeds file as it is now (a new name or
            // interval applies); one no longer listed there is dropped, with its memory.
            FeedConfig current = configured.get(s.splitId());
            if (current != null) {
                feeds.put(s.splitId(), new Feed(s, current));
            }
        }
        synchronized (lock) {
            available.complete(null);
        }
    }

    @Override
    public void notifyNoMoreSplits() {
        noMoreSplits = true;
        synchronized (lock) {
            available.complete(null);
        }
    }

    @Override
    public void close() throws Exception {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (fetchers != null) {
            fetchers.shutdownNow();
        }
    }
}
