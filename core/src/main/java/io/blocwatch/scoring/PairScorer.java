package io.blocwatch.scoring;

import io.blocwatch.alerting.AlertCandidate;
import io.blocwatch.alerting.CounterAlignmentDetector;
import io.blocwatch.alerting.CrossBlocHostilityDetector;
import io.blocwatch.alerting.Detection;
import io.blocwatch.alerting.Incidents;
import io.blocwatch.alerting.Observation;
import io.blocwatch.alerting.PolarizationJumpDetector;
import io.blocwatch.alerting.PolarizationRiseDetector;
import io.blocwatch.alerting.RealignmentDetector;
import io.blocwatch.alerting.RememberedAgreement;
import io.blocwatch.contracts.BlocScore;
import io.blocwatch.contracts.ScoreComponents;
import io.blocwatch.contracts.ScoreContribution;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The rolling polarization of one scenario and bloc pair, per event and per tick of the pair's
 * clock, as docs/scoring.md states it: lateness, de-duplication, decay, the index, when a score is
 * emitted, the five alert rules and one alert per incident. Pure: its host keeps the
 * {@link PairMemory} and runs the {@link PairOutput}'s ticks (in the job, the keyed operator
 * {@code io.blocwatch.operators.BlocPolarizationFunction}).
 */
public final class PairScorer implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The smallest change the cadence tick bothers to emit. */
    public static final double HEARTBEAT_MIN_CHANGE = 0.001;
    /** Contributions shown with each score. */
    static final int TOP_CONTRIBUTIONS = 3;

    /** What became of one event. */
    public enum Verdict {
        /** Later than the allowed lateness: it changes no score. */
        LATE,
        /** Routed under a scenario these scenarios do not know (configurations out of step). */
        UNKNOWN_SCENARIO,
        /** The same item, or a near-duplicate of a recent one: counted once already. */
        DUPLICATE,
        COUNTED
    }

    /** The verdict, and how many of the event's interactions were left out as repeats or history. */
    public record Outcome(Verdict verdict, int leftOut) {}

    private static final CounterAlignmentDetector COUNTER_ALIGNMENT = new CounterAlignmentDetector();
    private static final RealignmentDetector REALIGNMENT = new RealignmentDetector();
    private static final CrossBlocHostilityDetector HOSTILITY = new CrossBlocHostilityDetector();
    private static final PolarizationRiseDetector RISE = new PolarizationRiseDetector();
    private static final PolarizationJumpDetector JUMP = new PolarizationJumpDetector();

    private final BlocScenarios scenarios;
    private final ScoringSettings settings;

    public PairScorer(BlocScenarios scenarios, ScoringSettings settings) {
        this.scenarios = scenarios;
        this.settings = settings;
    }

    public ScoringSettings settings() {
        return settings;
    }

    /**
     * Scores one event of the pair. {@code watermark} is the event-time progress (MIN_VALUE before
     * any); with {@code pairProgressIsFloor} the pair's latest counted event time is a floor under it
     * (a restore from a savepoint that kept no watermark).
     */
    public Outcome onEvent(BlocEvent event, long watermark, boolean pairProgressIsFloor, PairMemory memory,
                           PairOutput out) {
        long t = event.eventTime;
        PairState s = memory.pair();
        if (pairProgressIsFloor && s != null && s.lastEventTime > watermark) {
            watermark = s.lastEventTime;
        }
        if (watermark != Long.MIN_VALUE && t < watermark - settings.allowedLatenessMs()) {
            return new Outcome(Verdict.LATE, 0);
        }
        Scenario scenario = scenarios.find(event.scenario);
        if (scenario == null) {
            return new Outcome(Verdict.UNKNOWN_SCENARIO, 0);
        }
        ScenarioParameters params = scenario.parameters();
        if (s == null) {
            s = new PairState();
        }
        if (isDuplicate(event, s, memory)) {
            return new Outcome(Verdict.DUPLICATE, 0);
        }

        long halfLife = params.halfLifeMs();
        long now = s.lastUpdate == Long.MIN_VALUE ? t : Math.max(s.lastUpdate, t);
        s.decayTo(now, halfLife);
        double before = PolarizationFormula.polarization(s, params);
        EventIdentity.Outcome sifted = EventIdentity.sift(memory.countedEvents(), event, params.signingsOnce());
        memory.countedEvents(sifted.memory());
        BlocEvent counted = event.withInteractions(sifted.counted());
        for (BlocEvent.BlocInteraction i : counted.interactions) {
            s.add(i.channel, i.weight, t, halfLife);
            s.remember(Contribution.of(i, t, event.itemId), now, halfLife);
        }
        for (EventIdentity.Repeat r : sifted.repeats()) {
            s.reportedAgain(r, event.itemId);
        }
        ScoreComponents components = PolarizationFormula.components(s, params);
        double after = PolarizationFormula.polarization(components, params);
        s.items++;
        s.lastEventTime = Math.max(s.lastEventTime, t);

        Observation observation = new Observation(event, counted, now, before, after, params);
        List<AlertCandidate> candidates = new ArrayList<>();
        Detection<List<RememberedAgreement>> counter = COUNTER_ALIGNMENT.detect(memory.intraBlocAgreements(), observation);
        memory.intraBlocAgreements(counter.memory());
        candidates.addAll(counter.candidates());
        Detection<List<RememberedAgreement>> realignment = REALIGNMENT.detect(memory.crossBlocSignings(), observation);
        memory.crossBlocSignings(realignment.memory());
        candidates.addAll(realignment.candidates());
        candidates.addAll(HOSTILITY.detect(null, observation).candidates());
        Detection<Boolean> rise = RISE.detect(s.riseArmed, observation);
        s.riseArmed = rise.memory();
        candidates.addAll(rise.candidates());
        candidates.addAll(JUMP.detect(s.jump, observation).candidates());
        Incidents.admit(candidates, event, t, now, after, memory.incidents(), settings.clearAfterMs()).forEach(out::alert);

        if (!s.emitted || Math.abs(after - s.lastEmittedPolarization) > params.scoreStep()) {
            out.score(score(event.scenario, event.blocA, event.blocB, components, after, now, s, halfLife));
        }
        if (s.cadenceTimer == Long.MIN_VALUE) {
            s.cadenceTimer = nextTick(now);
            out.registerTick(s.cadenceTimer);
        }
        long clearAt = s.lastEventTime + settings.clearAfterMs();
        if (clearAt != s.clearTimer) {
            if (s.clearTimer != Long.MIN_VALUE) {
                out.cancelTick(s.clearTimer);
            }
            s.clearTimer = clearAt;
            out.registerTick(clearAt);
        }
        memory.pair(s);
        return new Outcome(Verdict.COUNTED, sifted.repeated() + sifted.history());
    }

    /**
     * A tick of the pair's clock at {@code time} for the pair {@code scenario|blocA|blocB}: clears
     * the pair when it has been silent for {@code clear_after_days}, else emits the decayed score
     * when it moved and no score was emitted for a cadence, and asks for the next tick.
     */
    public void onTick(String key, long time, PairMemory memory, PairOutput out) {
        PairState s = memory.pair();
        if (s == null) {
            return;
        }
        if (time == s.clearTimer) {
            clear(s, time, memory, out);
            return;
        }
        if (time != s.cadenceTimer) {
            return;
        }
        String[] pair = key.split("\\|");
        Scenario scenario = scenarios.find(pair[0]);
        if (scenario == null) {
            // The scenario was removed by a configuration update while its state lived on: drop it.
            clear(s, time, memory, out);
            return;
        }
        ScenarioParameters params = scenario.parameters();
        s.decayTo(time, params.halfLifeMs());
        ScoreComponents components = PolarizationFormula.components(s, params);
        double polarization = PolarizationFormula.polarization(components, params);
        s.riseArmed = PolarizationRiseDetector.rearm(s.riseArmed, polarization, params);
        boolean quiet = s.lastEmittedTime <= time - settings.emitCadenceMs();
        if (quiet && Math.abs(polarization - s.lastEmittedPolarization) >= HEARTBEAT_MIN_CHANGE) {
            out.score(score(pair[0], pair[1], pair[2], components, polarization, time, s, params.halfLifeMs()));
        }
        long next = time + settings.emitCadenceMs();
        if (next < s.clearTimer) {
            s.cadenceTimer = next;
            out.registerTick(next);
        } else {
            s.cadenceTimer = Long.MIN_VALUE;
        }
        memory.pair(s);
    }

    /** Clears every part of the pair's memory and its other tick. */
    private static void clear(PairState s, long time, PairMemory memory, PairOutput out) {
        if (s.cadenceTimer != Long.MIN_VALUE && s.cadenceTimer != time) {
            out.cancelTick(s.cadenceTimer);
        }
        if (s.clearTimer != Long.MIN_VALUE && s.clearTimer != time) {
            out.cancelTick(s.clearTimer);
        }
        memory.clear();
    }

    /** Same item id, or a MinHash near-duplicate of a recent item: count once, alert once. */
    private boolean isDuplicate(BlocEvent event, PairState s, PairMemory memory) {
        long newest = Math.max(s.lastEventTime, event.eventTime);
        List<SeenItem> kept = new ArrayList<>();
        boolean duplicate = false;
        for (SeenItem seen : memory.recentItems()) {
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
        memory.recentItems(kept);
        return duplicate;
    }

    /** The score of the pair at {@code time}; records it as the last emitted. */
    private static BlocScore score(String scenario, String a, String b, ScoreComponents c, double polarization,
                                   long time, PairState s, long halfLifeMs) {
        ScoreComponents rounded = new ScoreComponents(Scores.round(c.cohesionA()), Scores.round(c.cohesionB()),
                Scores.round(c.crossCooperation()), Scores.round(c.crossHostility()), Scores.round(c.evidenceMass()));
        List<ScoreContribution> top = new ArrayList<>();
        for (Contribution x : s.top(TOP_CONTRIBUTIONS, time, halfLifeMs)) {
            top.add(new ScoreContribution(x.kind, x.source, x.target, x.channel,
                    Scores.round(x.weightAt(time, halfLifeMs)), Scores.iso(x.time), x.itemIds));
        }
        s.emitted = true;
        s.lastEmittedPolarization = polarization;
        s.lastEmittedTime = time;
        return new BlocScore(null, scenario, List.of(a, b), Scores.round(polarization), rounded, Scores.iso(time),
                s.items, top);
    }

    private long nextTick(long time) {
        long cadence = settings.emitCadenceMs();
        return (Math.floorDiv(time, cadence) + 1) * cadence;
    }
}
