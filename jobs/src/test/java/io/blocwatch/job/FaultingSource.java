package io.blocwatch.job;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceEvent;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SourceSplit;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.core.io.InputStatus;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * A source exactly like the one it wraps (same splits, enumerator, state and serializers), whose
 * readers call a hook while a checkpoint is taken ({@link #CHECKPOINT}: in {@code snapshotState},
 * with the checkpoint's id) and when one completes ({@link #CHECKPOINT_COMPLETE}: while the sinks
 * commit). The hook may throw, to make the job fail there. For recovery tests: the faults go in
 * through the job's input, so the graph between input and sinks stays the production one.
 */
final class FaultingSource<T, S extends SourceSplit, E> implements Source<T, S, E>, ResultTypeQueryable<T> {

    static final String CHECKPOINT = "checkpoint";
    static final String CHECKPOINT_COMPLETE = "checkpoint-complete";

    /** Called at each place; throwing fails the reader's task. */
    @FunctionalInterface
    interface Hook extends Serializable {
        void hit(String place);
    }

    private static final long serialVersionUID = 1L;
    private final Source<T, S, E> inner;
    private final Hook hook;

    FaultingSource(Source<T, S, E> inner, Hook hook) {
        this.inner = inner;
        this.hook = hook;
    }

    @Override
    public Boundedness getBoundedness() {
        return inner.getBoundedness();
    }

    @Override
    public SplitEnumerator<S, E> createEnumerator(SplitEnumeratorContext<S> context) throws Exception {
        return inner.createEnumerator(context);
    }

    @Override
    public SplitEnumerator<S, E> restoreEnumerator(SplitEnumeratorContext<S> context, E checkpoint) throws Exception {
        return inner.restoreEnumerator(context, checkpoint);
    }

    @Override
    public SimpleVersionedSerializer<S> getSplitSerializer() {
        return inner.getSplitSerializer();
    }

    @Override
    public SimpleVersionedSerializer<E> getEnumeratorCheckpointSerializer() {
        return inner.getEnumeratorCheckpointSerializer();
    }

    @Override
    @SuppressWarnings("unchecked")
    public TypeInformation<T> getProducedType() {
        return ((ResultTypeQueryable<T>) inner).getProducedType();
    }

    @Override
    public SourceReader<T, S> createReader(SourceReaderContext context) throws Exception {
        SourceReader<T, S> reader = inner.createReader(context);
        return new SourceReader<>() {
            @Override
            public void start() {
                reader.start();
            }

            @Override
            public InputStatus pollNext(ReaderOutput<T> output) throws Exception {
                return reader.pollNext(output);
            }

            @Override
            public List<S> snapshotState(long checkpointId) {
                hook.hit(CHECKPOINT);
                return reader.snapshotState(checkpointId);
            }

            @Override
            public CompletableFuture<Void> isAvailable() {
                return reader.isAvailable();
            }

            @Override
            public void addSplits(List<S> splits) {
                reader.addSplits(splits);
            }

            @Override
            public void notifyNoMoreSplits() {
                reader.notifyNoMoreSplits();
            }

            @Override
            public void handleSourceEvents(SourceEvent event) {
                reader.handleSourceEvents(event);
            }

            @Override
            public void notifyCheckpointComplete(long checkpointId) throws Exception {
                hook.hit(CHECKPOINT_COMPLETE);
                reader.notifyCheckpointComplete(checkpointId);
            }

            @Override
            public void notifyCheckpointAborted(long checkpointId) throws Exception {
                reader.notifyCheckpointAborted(checkpointId);
            }

            @Override
            public void pauseOrResumeSplits(Collection<String> toPause, Collection<String> toResume) {
                reader.pauseOrResumeSplits(toPause, toResume);
            }

            @Override
            public void close() throws Exception {
                reader.close();
            }
        };
    }
}
