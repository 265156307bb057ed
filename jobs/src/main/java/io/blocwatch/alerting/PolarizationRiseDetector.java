package io.blocwatch.alerting;

import io.blocwatch.scoring.ScenarioParameters;

/**
 * Threshold crossing with hysteresis: fires when the index reaches {@code rise_threshold} while
 * armed, then stays silent until the index has fallen below {@code rise_rearm}.
 */
public final class PolarizationRiseDetector {

    /** The new armed flag, and whether the observation fired. */
    public record Outcome(boolean armed, boolean fired) {}

    private PolarizationRiseDetector() {}

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
