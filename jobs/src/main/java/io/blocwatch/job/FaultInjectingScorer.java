package io.blocwatch.job;

import io.blocwatch.contracts.BlocScore;
import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.operators.BlocPolarizationFunction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The scorer with a {@link FaultInjector} around it: same state, timers and outputs (it hands its
 * runtime context to the wrapped function), plus a chance to fail before each event, while a
 * checkpoint is taken, and when one completes. Only used when a test passes an injector.
 */
final class FaultInjectingScorer extends KeyedProcessFunction<String, BlocEvent, BlocScore>
        implements CheckpointedFunction, CheckpointListener {

    private static final long serialVersionUID = 1L;
    private final BlocPolarizationFunction scorer;
    private final FaultInjector faults;
    private transient long events;

    FaultInjectingScorer(BlocPolarizationFunction scorer, FaultInjector faults) {
        this.scorer = scorer;
        this.faults = faults;
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        scorer.setRuntimeContext(getRuntimeContext());
        scorer.open(openContext);
    }

    @Override
    public void close() throws Exception {
        scorer.close();
    }

    @Override
    public void processElement(BlocEvent event, Context ctx, Collector<BlocScore> out) throws Exception {
        faults.maybeFail(FaultInjector.SCORE, ++events);
        scorer.processElement(event, ctx, out);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<BlocScore> out) throws Exception {
        scorer.onTimer(timestamp, ctx, out);
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        faults.maybeFail(FaultInjector.CHECKPOINT, context.getCheckpointId());
        scorer.snapshotState(context);
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        // The wrapped scorer keeps its keyed state (opened in open()) and its lateness floor (operator state).
        scorer.initializeState(context);
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) throws Exception {
        faults.maybeFail(FaultInjector.CHECKPOINT_COMPLETE, checkpointId);
    }
}
