package io.blocwatch.scoring;

import io.blocwatch.alerting.AlertCandidate;
import io.blocwatch.alerting.AlertTypes;
import io.blocwatch.alerting.CounterAlignmentDetector;
import io.blocwatch.alerting.CrossBlocHostilityDetector;
import io.blocwatch.alerting.JumpBaseline;
import io.blocwatch.alerting.PolarizationRiseDetector;
import io.blocwatch.alerting.RealignmentDetector;
import io.blocwatch.alerting.RememberedAgreement;
import io.blocwatch.contracts.Alert;
import io.blocwatch.contracts.BlocScore;
import io.blocwatch.contracts.Evidence;
import io.blocwatch.contracts.ScoreComponents;
import io.blocwatch.contracts.ScoreContribution;
import java.time.Instant;
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
 * time, with the formula, emission, de-duplication, lateness and alert rules of docs/scoring.md.
 * Scores go to the main output, alerts to {@link #ALERTS}, too-late events to {@link #LATE}.
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
    /** The smallest change the cadence timer bothers to emit. */
    static final double HEARTBEAT_MIN_CHANGE = 0.001;
    /** Operator state: the watermark each instance had seen when the snapshot was taken. */
    public static final String EVENT_TIME_FLOOR = "event-time-floor";
    /** Prefix of the emitted-incidents entries that remember an emitted alert id. */
    static final String ALERT_ID_PREFIX = "alert-id|";

    private final BlocScenarios scenarios;
    private final ScoringSettings settings;

    private transient ValueState<PairState> pairState;
    private transient ListState<SeenItem> recentItems;
    private transient ListState<RememberedAgreement> intraBlocAgreements;
    private transient MapState<String, Long> emittedIncidents;
    private transient ListState<CountedEvent> countedEvents;
    private transient ListState<RememberedAgreement> crossBlocSignings;
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
        this.scenarios = scenarios;
        this.settings = settings;
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

    /** The lateness floor restored from the last snapshot (the watermark it had reached), or MIN_VALUE. */
    long restoredFloor() {
        return floor;
    }

    /** The watermark, never below what the restored state had reached. */
    private long effectiveWatermark(long current) {
        seenWatermark = Math.max(seenWatermark, current);
        return Math.max(current, floor);
    }

    @Override
    public void processElement(BlocEvent event, Context ctx, Collector<BlocScore> out) throws Exception {
        long t = event.eventTime;
        long watermark = effectiveWatermark(ctx.timerService().currentWatermark());
        PairState s = pairState.value();
        if (legacyRestore && s != null && s.lastEventTime > watermark) {
            watermark = s.lastEventTime;
        }
        if (watermark != Long.MIN_VALUE && t < watermark - settings.allowedLatenessMs()) {
            lateEvents.inc();
            ctx.output(LATE, event);
            return;
        }
        Scenario scenario = scenarios.find(event.scenario);
        if (scenario == null) {
            // Routed under a scenario this instance does not know (configurations out of step): ignore.
            unknownScenarioEvents.inc();
            return;
        }
        ScenarioParameters params = scenario.parameters();
        if (s == null) {
            s = new PairState();
        }
        if (isDuplicate(event, s)) {
            duplicateEvents.inc();
            return;
        }

        long halfLife = params.halfLifeMs();
        long now = s.lastUpdate == Long.MIN_VALUE ? t : Math.max(s.lastUpdate, t);
        s.decayTo(now, halfLife);
        double before = PolarizationFormula.polarization(s, params);
        EventIdentity.Outcome sifted = EventIdentity.sift(list(countedEvents.get()), event, params.signingsOnce());
        countedEvents.update(sifted.memory());
        repeatedEvents.inc(sifted.repeated() + sifted.history());
        BlocEvent fresh = event.withInteractions(sifted.counted());
        for (BlocEvent.BlocInteraction i : fresh.interactions) {
            s.add(i.channel, i.weight, t, halfLife);
            Contribution c = new Contribution();
            c.kind = i.kind;
            c.source = i.source;
            c.target = i.target;
            c.channel = i.channel;
            c.weight = i.weight;
            c.time = t;
            c.itemIds.add(event.itemId);
            s.remember(c, now, halfLife);
        }
        for (EventIdentity.Repeat r : sifted.repeats()) {
            s.reportedAgain(r, event.itemId);
        }
        ScoreComponents components = PolarizationFormula.components(s, params);
        double after = PolarizationFormula.polarization(components, params);
        s.items++;
        s.lastEventTime = Math.max(s.lastEventTime, t);

        List<AlertCandidate> candidates = new ArrayList<>();
        CounterAlignmentDetector.Result counter =
                CounterAlignmentDetector.detect(list(intraBlocAgreements.get()), event, params);
        intraBlocAgreements.update(counter.memory());
        candidates.addAll(counter.candidates());
        RealignmentDetector.Result realignment = RealignmentDetector.detect(list(crossBlocSignings.get()), event, params);
        crossBlocSignings.update(realignment.memory());
        candidates.addAll(realignment.candidates());
        candidates.addAll(CrossBlocHostilityDetector.detect(fresh, params));
        PolarizationRiseDetector.Outcome rise = PolarizationRiseDetector.observe(s.riseArmed, before, after, params);
        s.riseArmed = rise.armed();
        if (rise.fired()) {
            candidates.add(new AlertCandidate(AlertTypes.POLARIZATION_RISE, "rise|" + iso(now),
                    "rise|" + iso(now), PolarizationRiseDetector.severity(after),
                    String.format(java.util.Locale.ROOT, "polarization %.3f crossed %.2f (was %.3f)",
                            after, params.riseThreshold(), before),
                    eventEvidence(event), 0));
        }
        double baseline = s.jump.meanAbsChange;
        double jump = s.jump.observe(now, before, after, params);
        if (!Double.isNaN(jump)) {
            candidates.add(new AlertCandidate(AlertTypes.POLARIZATION_JUMP, "jump|" + iso(now),
                    "jump|" + iso(now), JumpBaseline.severity(jump),
                    String.format(java.util.Locale.ROOT, "polarization rose %.3f in %s days (baseline change %.3f)",
                            jump, fmt(params.jumpWindowDays()), baseline),
                    eventEvidence(event), 0));
        }
        emitAlerts(candidates, event, t, now, after, ctx);

        if (!s.emitted || Math.abs(after - s.lastEmittedPolarization) > params.scoreStep()) {
            emitScore(event.scenario, event.blocA, event.blocB, components, after, now, s, halfLife, out);
        }
        if (s.cadenceTimer == Long.MIN_VALUE) {
            s.cadenceTimer = nextTick(now);
            ctx.timerService().registerEventTimeTimer(s.cadenceTimer);
        }
        long clearAt = s.lastEventTime + settings.clearAfterMs();
        if (clearAt != s.clearTimer) {
            if (s.clearTimer != Long.MIN_VALUE) {
                ctx.timerService().deleteEventTimeTimer(s.clearTimer);
            }
            s.clearTimer = clearAt;
            ctx.timerService().registerEventTimeTimer(clearAt);
        }
        pairState.update(s);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<BlocScore> out) throws Exception {
        effectiveWatermark(ctx.timerService().currentWatermark());
        PairState s = pairState.value();
        if (s == null) {
            return;
        }
        if (timestamp == s.clearTimer) {
            clearAll(s, timestamp, ctx);
            return;
        }
        if (timestamp != s.cadenceTimer) {
            return;
        }
        String[] key = ctx.getCurrentKey().split("\\|");
        Scenario scenario = scenarios.find(key[0]);
        if (scenario == null) {
            // The scenario was removed by a configuration update while its state lived on: drop it.
            clearAll(s, timestamp, ctx);
            return;
        }
        ScenarioParameters params = scenario.parameters();
        s.decayTo(timestamp, params.halfLifeMs());
        ScoreComponents components = PolarizationFormula.components(s, params);
        double polarization = PolarizationFormula.polarization(components, params);
        if (!s.riseArmed && polarization < params.riseRearm()) {
            s.riseArmed = true;
        }
        boolean quiet = s.lastEmittedTime <= timestamp - settings.emitCadenceMs();
        if (quiet && Math.abs(polarization - s.lastEmittedPolarization) >= HEARTBEAT_MIN_CHANGE) {
            emitScore(key[0], key[1], key[2], components, polarization, timestamp, s, params.halfLifeMs(), out);
        }
        long next = timestamp + settings.emitCadenceMs();
        if (next < s.clearTimer) {
            s.cadenceTimer = next;
            ctx.timerService().registerEventTimeTimer(next);
        } else {
            s.cadenceTimer = Long.MIN_VALUE;
        }
        pairState.update(s);
    }

    /** Clears every piece of state of the current key and its other timer. */
    private void clearAll(PairState s, long timestamp, OnTimerContext ctx) {
        if (s.cadenceTimer != Long.MIN_VALUE && s.cadenceTimer != timestamp) {
            ctx.timerService().deleteEventTimeTimer(s.cadenceTimer);
        }
        if (s.clearTimer != Long.MIN_VALUE && s.clearTimer != timestamp) {
            ctx.timerService().deleteEventTimeTimer(s.clearTimer);
        }
        pairState.clear();
        recentItems.clear();
        intraBlocAgreements.clear();
        emittedIncidents.clear();
        countedEvents.clear();
        crossBlocSignings.clear();
    }

    /** Events sent to {@link #LATE} by this instance (the {@value #LATE_COUNTER} metric). */
    long lateEventCount() {
        return lateEvents == null ? 0 : lateEvents.getCount();
    }

    /** Events dropped as duplicates by this instance (the {@value #DUPLICATE_COUNTER} metric). */
    long duplicateEventCount() {
        return duplicateEvents == null ? 0 : duplicateEvents.getCount();
    }

    /** Same item id, or a MinHash near-duplicate of a recent item: count once, alert once. */
    private boolean isDuplicate(BlocEvent event, PairState s) throws Exception {
        long newest = Math.max(s.lastEventTime, event.eventTime);
        List<SeenItem> kept = new ArrayList<>();
        boolean duplicate = false;
        for (SeenItem seen : list(recentItems.get())) {
            if (seen.eventTime < newest - settings.nearDuplicateMaxAgeMs()) {
                continue;
            }
            kept.add(seen);
            if (seen.itemId != null && seen.itemId.equals(event.itemId)) {
                duplicate = true;
            } else if (NearDuplicateSignature.similarity(seen.signature, event.signature)
                    >= settings.nearDuplicateThreshold()) {
                duplicate = true;
            }
        }
        if (!duplicate && settings.nearDuplicateMemory() > 0) {
            kept.add(new SeenItem(event.itemId, event.eventTime, event.signature));
            while (kept.size() > settings.nearDuplicateMemory()) {
                kept.remove(0);
            }
        }
        recentItems.update(kept);
        return duplicate;
    }

    private void emitAlerts(List<AlertCandidate> candidates, BlocEvent event, long t, long now, double score,
                            Context ctx) throws Exception {
        if (candidates.isEmpty()) {
            return;
        }
        for (Iterator<Map.Entry<String, Long>> it = emittedIncidents.iterator(); it.hasNext(); ) {
            if (it.next().getValue() < now) {
                it.remove();
            }
        }
        String at = iso(t);
        for (AlertCandidate c : candidates) {
            String incidentKey = c.type() + "|" + c.incident();
            Long until = emittedIncidents.get(incidentKey);
            if (until != null && until >= t) {
                continue;
            }
            String id = AlertTypes.alertId(event.scenario, c.type(), event.blocA, event.blocB, c.idPart());
            // An alert id is emitted once: the same incident found again after its suppression
            // window (a late report, items replayed after a restore) keeps the id it had.
            if (emittedIncidents.contains(ALERT_ID_PREFIX + id)) {
                continue;
            }
            emittedIncidents.put(incidentKey, t + c.suppressMs());
            emittedIncidents.put(ALERT_ID_PREFIX + id, t + settings.clearAfterMs());
            ctx.output(ALERTS, new Alert(null, id, c.type(), event.scenario, List.of(event.blocA, event.blocB),
                    c.severity(), round(score), at, c.summary(), c.evidence(), at, c.type() + "|" + c.idPart()));
        }
    }

    private static void emitScore(String scenario, String a, String b, ScoreComponents c, double polarization,
                                  long time, PairState s, long halfLifeMs, Collector<BlocScore> out) {
        ScoreComponents rounded = new ScoreComponents(round(c.cohesionA()), round(c.cohesionB()),
                round(c.crossCooperation()), round(c.crossHostility()), round(c.evidenceMass()));
        List<ScoreContribution> top = new ArrayList<>();
        for (Contribution x : s.top(3, time, halfLifeMs)) {
            top.add(new ScoreContribution(x.kind, x.source, x.target, x.channel, round(x.weightAt(time, halfLifeMs)),
                    iso(x.time), x.itemIds));
        }
        out.collect(new BlocScore(null, scenario, List.of(a, b), round(polarization), rounded, iso(time), s.items, top));
        s.emitted = true;
        s.lastEmittedPolarization = polarization;
        s.lastEmittedTime = time;
    }

    /** Up to three sentences behind an event, cross-bloc interactions first. */
    private static List<Evidence> eventEvidence(BlocEvent event) {
        List<Evidence> evidence = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (BlocEvent.BlocInteraction i : event.interactions) {
            if (BlocEvent.ACROSS.equals(i.channel) && i.sentence != null && !sentences.contains(i.sentence)) {
                sentences.add(i.sentence);
            }
        }
        for (BlocEvent.BlocInteraction i : event.interactions) {
            if (i.sentence != null && !sentences.contains(i.sentence)) {
                sentences.add(i.sentence);
            }
        }
        for (BlocEvent.BlocAgreement a : event.agreements) {
            if (a.sentence != null && !sentences.contains(a.sentence)) {
                sentences.add(a.sentence);
            }
        }
        for (String sentence : sentences.subList(0, Math.min(3, sentences.size()))) {
            evidence.add(new Evidence(event.itemId, event.url, sentence));
        }
        if (evidence.isEmpty()) {
            evidence.add(new Evidence(event.itemId, event.url, null));
        }
        return evidence;
    }

    private long nextTick(long time) {
        long cadence = settings.emitCadenceMs();
        return (Math.floorDiv(time, cadence) + 1) * cadence;
    }

    private static <T> List<T> list(Iterable<T> values) {
        List<T> list = new ArrayList<>();
        if (values != null) {
            values.forEach(list::add);
        }
        return list;
    }

    static double round(double x) {
        return Math.round(x * 10_000.0) / 10_000.0;
    }

    private static String fmt(double days) {
        return days == Math.rint(days) ? Long.toString((long) days) : Double.toString(days);
    }

    private static String iso(long time) {
        return Instant.ofEpochMilli(time).toString();
    }
}
