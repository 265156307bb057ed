package io.blocwatch.operators;

import io.blocwatch.alerting.RememberedAgreement;
import io.blocwatch.contracts.Alert;
import io.blocwatch.contracts.BlocScore;
import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.scoring.BlocScenarios;
import io.blocwatch.scoring.CountedEvent;
import io.blocwatch.scoring.PairMemory;
import io.blocwatch.scoring.PairOutput;
import io.blocwatch.scoring.PairScorer;
import io.blocwatch.scoring.PairState;
import io.blocwatch.scoring.ScoringSettings;
import io.blocwatch.scoring.SeenItem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Rolling polarization per scenario and bloc pair (key {@code scenario|blocA|blocB}), on event
 * time: the Flink shell of {@link PairScorer}, which holds the rules of docs/scoring.md. This
 * operator keeps the pair's memory in keyed state, runs its ticks as event-time timers and counts
 * what the scorer drops. Scores go to the main output, alerts to {@link #ALERTS}, too-late events
 * to {@link #LATE}.
 *
 * <p>A job restored from a checkpoint or savepoint starts its watermark from scratch, so the
 * watermark each instance had reached is kept in operator state ({@value #EVENT_TIME_FLOOR}) and is
 * the lateness floor after a restore: until the new watermark passes it, events older than it
 * (minus the allowed lateness) are too late, as they were before the snapshot. A savepoint of an
 * earlier layout has no floor; then each pair's latest counted event time is its floor.
 */
public class BlocPolarizationFunction extends KeyedProcessFunction<String, BlocEvent, BlocScore>
        implements CheckpointedFunction {

    private static final long serialVersionUID = 1L;

    public static final OutputTag<Alert> ALERTS = new OutputTag<>("alerts") {};
    /** Events later than the allowed lateness; they do not change any score. */
    public static final OutputTag<BlocEvent> LATE = new OutputTag<>("late-bloc-events") {};

    public static final String LATE_COUNTER = "lateBlocEvents";
    public static final String DUPLICATE_COUNTER = "duplicateBlocEvents";
    public static final String UNKNOWN_SCENARIO_COUNTER = "unknownScenarioBlocEvents";
    /** Interactions left out because the pair had counted the same event from another item, or because they are history. */
    public static final String REPEATED_EVENT_COUNTER = "repeatedEvents";
    /** Operator state: the watermark each instance had seen when the snapshot was taken. */
    public static final String EVENT_TIME_FLOOR = "event-time-floor";

    private final PairScorer scorer;

    private transient ValueState<PairState> pairState;
    private transient ListState<SeenItem> recentItems;
    private transient ListState<RememberedAgreement> intraBlocAgreements;
    private transient MapState<String, Long> emittedIncidents;
    private transient ListState<CountedEvent> countedEvents;
    private transient ListState<RememberedAgreement> crossBlocSignings;
    private transient PairMemory memory;
    private transient Counter lateEvents;
    private transient Counter repeatedEvents;
    private transient Counter duplicateEvents;
    private transient Counter unknownScenarioEvents;
    private transient ListState<Long> floorState;
    /** The restored lateness floor (the watermark before the snapshot), or MIN_VALUE. */
    private transient long floor = Long.MIN_VALUE;
    /** The highest watermark this instance has seen since it started (or was restored). */
    private transient long seenWatermark = Long.MIN_VALUE;
    /** Restored from a savepoint written before the floor was kept: each pair's own progress is its floor. */
    private transient boolean legacyRestore;

    public BlocPolarizationFunction(BlocScenarios scenarios) {
        this(scenarios, scenarios.settings());
    }

    public BlocPolarizationFunction(BlocScenarios scenarios, ScoringSettings settings) {
        this.scorer = new PairScorer(scenarios, settings);
    }

    @Override
    public void open(OpenContext openContext) {
        pairState = getRuntimeContext().getState(
                new ValueStateDescriptor<>("pair-state", TypeInformation.of(PairState.class)));
        recentItems = getRuntimeContext().getListState(
                new ListStateDescriptor<>("recent-items", TypeInformation.of(SeenItem.class)));
        intraBlocAgreements = getRuntimeContext().getListState(
                new ListStateDescriptor<>("intra-bloc-agreements", TypeInformation.of(RememberedAgreement.class)));
        emittedIncidents = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("emitted-incidents", Types.STRING, Types.LONG));
        countedEvents = getRuntimeContext().getListState(
                new ListStateDescriptor<>("counted-events", TypeInformation.of(CountedEvent.class)));
        crossBlocSignings = getRuntimeContext().getListState(
                new ListStateDescriptor<>("cross-bloc-signings", TypeInformation.of(RememberedAgreement.class)));
        repeatedEvents = getRuntimeContext().getMetricGroup().counter(REPEATED_EVENT_COUNTER);
        lateEvents = getRuntimeContext().getMetricGroup().counter(LATE_COUNTER);
        duplicateEvents = getRuntimeContext().getMetricGroup().counter(DUPLICATE_COUNTER);
        unknownScenarioEvents = getRuntimeContext().getMetricGroup().counter(UNKNOWN_SCENARIO_COUNTER);
        memory = new KeyedMemory();
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        floorState = context.getOperatorStateStore().getUnionListState(
                new ListStateDescriptor<>(EVENT_TIME_FLOOR, Types.LONG));
        floor = Long.MIN_VALUE;
        boolean any = false;
        if (context.isRestored()) {
            // Every instance wrote the watermark it had seen; all of them had reached the lowest.
            long lowest = Long.MAX_VALUE;
            for (Long w : floorState.get()) {
                any = true;
                lowest = Math.min(lowest, w);
            }
            floor = any ? lowest : Long.MIN_VALUE;
        }
        legacyRestore = context.isRestored() && !any;
        seenWatermark = floor;
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        floorState.update(List.of(Math.max(seenWatermark, floor)));
    }

    /** The watermark, never below what the restored state had reached. */
    private long effectiveWatermark(long current) {
        seenWatermark = Math.max(seenWatermark, current);
        return Math.max(current, floor);
    }

    @Override
    public void processElement(BlocEvent event, Context ctx, Collector<BlocScore> out) throws Exception {
        long watermark = effectiveWatermark(ctx.timerService().currentWatermark());
        PairScorer.Outcome outcome = scorer.onEvent(event, watermark, legacyRestore, memory, new Output(ctx, out));
        switch (outcome.verdict()) {
            case LATE -> {
                lateEvents.inc();
                ctx.output(LATE, event);
            }
            case UNKNOWN_SCENARIO -> unknownScenarioEvents.inc();
            case DUPLICATE -> duplicateEvents.inc();
            case COUNTED -> repeatedEvents.inc(outcome.leftOut());
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<BlocScore> out) throws Exception {
        effectiveWatermark(ctx.timerService().currentWatermark());
        scorer.onTick(ctx.getCurrentKey(), timestamp, memory, new Output(ctx, out));
    }

    /** Events sent to {@link #LATE} by this instance (the {@value #LATE_COUNTER} metric). */
    long lateEventCount() {
        return lateEvents == null ? 0 : lateEvents.getCount();
    }

    /** Events dropped as duplicates by this instance (the {@value #DUPLICATE_COUNTER} metric). */
    long duplicateEventCount() {
        return duplicateEvents == null ? 0 : duplicateEvents.getCount();
    }

    private static <T> List<T> list(Iterable<T> values) throws Exception {
        List<T> list = new ArrayList<>();
        if (values != null) {
            values.forEach(list::add);
        }
        return list;
    }

    /** The scorer's results to the collector and the side output; its ticks as event-time timers. */
    private static final class Output implements PairOutput {
        private final Context ctx;
        private final Collector<BlocScore> out;

        Output(Context ctx, Collector<BlocScore> out) {
            this.ctx = ctx;
            this.out = out;
        }

        @Override
        public void score(BlocScore score) {
            out.collect(score);
        }

        @Override
        public void alert(Alert alert) {
            ctx.output(ALERTS, alert);
        }

        @Override
        public void registerTick(long time) {
            ctx.timerService().registerEventTimeTimer(time);
        }

        @Override
        public void cancelTick(long time) {
            ctx.timerService().deleteEventTimeTimer(time);
        }
    }

    /** The pair's memory in the keyed state of the current key; a state failure fails the task. */
    private final class KeyedMemory implements PairMemory, PairMemory.IncidentMemory {

        @Override
        public PairState pair() {
            return read(() -> pairState.value());
        }

        @Override
        public void pair(PairState state) {
            write(() -> pairState.update(state));
        }

        @Override
        public List<SeenItem> recentItems() {
            return read(() -> list(recentItems.get()));
        }

        @Override
        public void recentItems(List<SeenItem> items) {
            write(() -> recentItems.update(items));
        }

        @Override
        public List<CountedEvent> countedEvents() {
            return read(() -> list(countedEvents.get()));
        }

        @Override
        public void countedEvents(List<CountedEvent> events) {
            write(() -> countedEvents.update(events));
        }

        @Override
        public List<RememberedAgreement> intraBlocAgreements() {
            return read(() -> list(intraBlocAgreements.get()));
        }

        @Override
        public void intraBlocAgreements(List<RememberedAgreement> agreements) {
            write(() -> intraBlocAgreements.update(agreements));
        }

        @Override
        public List<RememberedAgreement> crossBlocSignings() {
            return read(() -> list(crossBlocSignings.get()));
        }

        @Override
        public void crossBlocSignings(List<RememberedAgreement> signings) {
            write(() -> crossBlocSignings.update(signings));
        }

        @Override
        public IncidentMemory incidents() {
            return this;
        }

        @Override
        public Long until(String key) {
            return read(() -> emittedIncidents.get(key));
        }

        @Override
        public void remember(String key, long until) {
            write(() -> emittedIncidents.put(key, until));
        }

        @Override
        public void forgetBefore(long time) {
            write(() -> {
                for (Iterator<Map.Entry<String, Long>> it = emittedIncidents.iterator(); it.hasNext(); ) {
                    if (it.next().getValue() < time) {
                        it.remove();
                    }
                }
            });
        }

        @Override
        public void clear() {
            pairState.clear();
            recentItems.clear();
            intraBlocAgreements.clear();
            emittedIncidents.clear();
            countedEvents.clear();
            crossBlocSignings.clear();
        }
    }

    private interface StateRead<T> {
        T get() throws Exception;
    }

    private interface StateWrite {
        void run() throws Exception;
    }

    private static <T> T read(StateRead<T> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the pair's keyed state", e);
        }
    }

    private static void write(StateWrite write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the pair's keyed state", e);
        }
    }
}
