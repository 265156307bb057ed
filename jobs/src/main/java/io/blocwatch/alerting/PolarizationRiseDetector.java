package io.blocwatch.alerting;

import io.blocwatch.scoring.ScenarioParameters;

/**
 * Threshold crossing with hysteresis: fires when the index reaches {@code rise_threshold} while
 * armed, then stays silent until the index has fallen below {@code rise_rearm}. The fall is judged
 * on the decayed index just before each event as well as after it, so re-arming does not wait for a
 * timer: a replay that processes a year of news before the first watermark re-arms exactly as a live
 * stream does.
 */
public final class PolarizationRiseDetector {

    /** The new armed flag, and whether the observation fired. */
    public record Outcome(boolean armed, boolean fired) {}

    private PolarizationRiseDetector() {}

    /** One event that moved the index from {@code before} (decayed to the event's time) to {@code polarization}. */
    public static Outcome observe(boolean armed, double before, double polarization, ScenarioParameters params) {
        return observe(armed || before < params.riseRearm(), polarization, params);
    }

    public static Outcome observe(boolean armed, double polarization, ScenarioParameters params) {
        if (armed && polarization >= params.riseThreshold()) {
            return new Outcome(false, true);
        }
        if (!armed && polarization < params.riseRearm()) {
            return new Outcome(true, false);
        }
        return new Outcome(armed, false);
    }

    public static String severity(double polarization) {
        if (polarization >= 0.65) {
            return AlertTypes.CRITICAL;
        }
        return polarization >= 0.45 ? AlertTypes.HIGH : AlertTypes.MEDIUM;
    }
}
