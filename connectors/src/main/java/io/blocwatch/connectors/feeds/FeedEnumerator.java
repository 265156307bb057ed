package io.blocwatch.connectors.feeds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.connector.source.SplitsAssignment;

/**
 * Hands each feed to one reader (spread by its address) and keeps the ones not handed out yet in
 * its checkpoint. A feed added to the feeds file since the checkpoint is handed out fresh; a split
 * a failed reader gives back goes to the reader that comes up for it.
 */
final class FeedEnumerator implements SplitEnumerator<FeedSplit, FeedSplitSerializer.EnumState> {

    private final SplitEnumeratorContext<FeedSplit> context;
    private final boolean bounded;
    private final List<FeedSplit> pending;
    private final Set<String> known;

    FeedEnumerator(SplitEnumeratorContext<FeedSplit> context, List<FeedConfig> feeds, FeedSplitSerializer.EnumState restored,
            boolean bounded) {
        this.context = context;
        this.bounded = bounded;
        Set<String> listed = new java.util.HashSet<>();
        feeds.forEach(f -> listed.add(f.url()));
        this.pending = new ArrayList<>(restored == null ? List.of() : restored.pending());
        pending.removeIf(s -> !listed.contains(s.splitId()));
        this.known = new LinkedHashSet<>(restored == null ? Set.of() : restored.known());
        for (FeedConfig f : feeds) {
            if (known.add(f.url())) {
                pending.add(FeedSplit.fresh(f));
            }
        }
    }

    @Override
    public void start() {}

    @Override
    public void handleSplitRequest(int subtaskId, String requesterHostname) {}

    @Override
    public void addSplitsBack(List<FeedSplit> splits, int subtaskId) {
        pending.addAll(splits);
        if (context.registeredReaders().containsKey(subtaskId)) {
            addReader(subtaskId);
        }
    }

    @Override
    public void addReader(int subtaskId) {
        int parallelism = context.currentParallelism();
        List<FeedSplit> mine = new ArrayList<>();
        pending.removeIf(s -> {
            if (Math.floorMod(s.splitId().hashCode(), parallelism) == subtaskId) {
                mine.add(s);
                return true;
            }
            return false;
        });
        if (!mine.isEmpty()) {
            context.assignSplits(new SplitsAssignment<>(java.util.Map.of(subtaskId, mine)));
        }
        if (bounded) {
            context.signalNoMoreSplits(subtaskId);
        }
    }

    @Override
    public FeedSplitSerializer.EnumState snapshotState(long checkpointId) {
        return new FeedSplitSerializer.EnumState(List.copyOf(pending), Set.copyOf(known));
    }

    @Override
    public void close() {}
}
