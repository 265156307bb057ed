package io.blocwatch.alerting;

import io.blocwatch.contracts.Severity;
import io.blocwatch.scoring.ScenarioParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * The pair's own baseline for POLARIZATION_JUMP (Flink POJO, part of the pair's state): at each
 * event, the change over the window is the index after the event minus the lowest index recorded in
 * the window; the baseline is an EWMA of the absolute window changes at past events. A jump is a
 * window change well above the baseline, after a minimum history, then one quiet window.
 */
public class JumpBaseline {

    /** Smoothing of the EWMA of absolute window changes. */
    public static final double SMOOTHING = 0.3;
    static final int MAX_SAMPLES = 32;

    public double meanAbsChange;
    public int history;
    public long quietUntil = Long.MIN_VALUE;
    public List<PolarizationSample> samples = new ArrayList<>();

    public JumpBaseline() {}

    /**
     * Observes an event that moved the index from {@code before} to {@code after} at {@code now};
     * returns the change over the window if it is a jump, else NaN. Updates the baseline either way.
     */
    public double observe(long now, double before, double after, ScenarioParameters params) {
        long window = params.jumpWindowMs();
        samples.removeIf(s -> s.time < now - window);
        double low = before;
        for (PolarizationSample s : samples) {
            low = Math.min(low, s.polarization);
        }
        double rise = after - low;
        boolean jump = history >= params.jumpMinHistory()
                && now >= quietUntil
                && rise >= params.jumpMinDelta()
                && rise >= params.jumpFactor() * meanAbsChange;
        double change = Math.abs(rise);
        meanAbsChange = history == 0 ? change : SMOOTHING * change + (1 - SMOOTHING) * meanAbsChange;
        history = Math.min(history + 1, 1_000_000);
        samples.add(new PolarizationSample(now, before));
        samples.add(new PolarizationSample(now, after));
        while (samples.size() > MAX_SAMPLES) {
            samples.remove(0);
        }
        if (jump) {
            quietUntil = now + window;
            return rise;
        }
        return Double.NaN;
    }

    public static Severity severity(double rise) {
        if (rise >= 0.35) {
            return Severity.CRITICAL;
        }
        return rise >= 0.2 ? Severity.HIGH : Severity.MEDIUM;
    }
}
