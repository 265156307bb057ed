package io.blocwatch.scoring;

import io.blocwatch.alerting.JumpBaseline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rolling state of one scenario and bloc pair (Flink POJO, so it can evolve): decayed masses
 * per channel as of {@link #lastUpdate}, emission bookkeeping, alert baselines and timers.
 */
public class PairState {
    /** Event time the masses are decayed to. */
    public long lastUpdate = Long.MIN_VALUE;

    // Decayed cooperative mass, conflictual mass and count, per channel.
    public double coopA;
    public double conflictA;
    public double countA;
    public double coopB;
    public double conflictB;
    public double countB;
    public double coopX;
    public double conflictX;
    public double countX;

    /** Distinct items counted since the state was last cleared. */
    public long items;
    public long lastEventTime = Long.MIN_VALUE;

    public double lastEmittedPolarization;
    public long lastEmittedTime = Long.MIN_VALUE;
    public boolean emitted;

    public boolean riseArmed = true;
    public JumpBaseline jump = new JumpBaseline();

    /** The counted interactions that weigh most, to explain the score (at most {@link #CONTRIBUTIONS}). */
    public List<Contribution> contributions = new ArrayList<>();

    public long cadenceTimer = Long.MIN_VALUE;
    public long clearTimer = Long.MIN_VALUE;

    /** Contributions kept per pair. */
    public static final int CONTRIBUTIONS = 12;

    public PairState() {}

    /** Keeps {@code c} among the contributions, dropping the one that weighs least at {@code now} beyond the limit. */
    public void remember(Contribution c, long now, long halfLifeMs) {
        contributions.add(c);
        if (contributions.size() > CONTRIBUTIONS) {
            contributions.sort(byWeightAt(now, halfLifeMs));
            contributions.remove(contributions.size() - 1);
        }
    }

    /** Names {@code itemId} among the reports of the kept contribution that {@code repeat} repeats, if kept. */
    public void reportedAgain(EventIdentity.Repeat repeat, String itemId) {
        for (Contribution c : contributions) {
            if (c.isEventOf(repeat.first(), repeat.interaction())) {
                c.reportedBy(itemId);
                return;
            }
        }
    }

    /** The contributions that weigh most at {@code now}, heaviest first (ties: the newer first). */
    public List<Contribution> top(int n, long now, long halfLifeMs) {
        List<Contribution> sorted = new ArrayList<>(contributions);
        sorted.sort(byWeightAt(now, halfLifeMs));
        return sorted.subList(0, Math.min(n, sorted.size()));
    }

    private static Comparator<Contribution> byWeightAt(long now, long halfLifeMs) {
        return Comparator.comparingDouble((Contribution c) -> -Math.abs(c.weightAt(now, halfLifeMs)))
                .thenComparing(c -> -c.time)
                .thenComparing(c -> c.itemIds.isEmpty() ? "" : c.itemIds.get(0))
                .thenComparing(c -> c.source + ">" + c.target + ":" + c.kind);
    }

    /** Decays the masses forward to {@code t}; never backwards. */
    public void decayTo(long t, long halfLifeMs) {
        if (lastUpdate == Long.MIN_VALUE) {
            lastUpdate = t;
            return;
        }
        if (t <= lastUpdate) {
            return;
        }
        double f = PolarizationFormula.decay(t - lastUpdate, halfLifeMs);
        coopA *= f;
        conflictA *= f;
        countA *= f;
        coopB *= f;
        conflictB *= f;
        countB *= f;
        coopX *= f;
        conflictX *= f;
        countX *= f;
        lastUpdate = t;
    }

    /**
     * Adds one interaction of event time {@code t}; a late one (t before lastUpdate) is decayed to
     * lastUpdate first, i.e. it contributes exactly what it would have in order.
     */
    public void add(String channel, double weight, long t, long halfLifeMs) {
        decayTo(t, halfLifeMs);
        double f = t >= lastUpdate ? 1.0 : PolarizationFormula.decay(lastUpdate - t, halfLifeMs);
        double coop = Math.max(weight, 0) * f;
        double conflict = Math.max(-weight, 0) * f;
        switch (channel) {
            case BlocEvent.WITHIN_A -> {
                coopA += coop;
                conflictA += conflict;
                countA += f;
            }
            case BlocEvent.WITHIN_B -> {
                coopB += coop;
                conflictB += conflict;
                countB += f;
            }
            case BlocEvent.ACROSS -> {
                coopX += coop;
                conflictX += conflict;
                countX += f;
            }
            default -> throw new IllegalArgumentException("unknown channel " + channel);
        }
    }
}
