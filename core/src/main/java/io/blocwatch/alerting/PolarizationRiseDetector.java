package io.blocwatch.alerting;

import io.blocwatch.contracts.AlertType;
import io.blocwatch.contracts.Severity;
import io.blocwatch.scoring.ScenarioParameters;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Threshold crossing with hysteresis: fires when the index reaches {@code rise_threshold} while
 * armed, then stays silent until the index has fallen below {@code rise_rearm}. The fall is judged
 * on the decayed index just before each event as well as after it, so re-arming does not wait for a
 * timer: a replay that processes a year of news before the first watermark re-arms exactly as a live
 * stream does. Memory: whether the rule is armed.
 */
public final class PolarizationRiseDetector implements AlertDetector<Boolean> {

    @Override
    public Detection<Boolean> detect(Boolean armed, Observation o) {
        ScenarioParameters params = o.params();
        boolean ready = armed || o.before() < params.riseRearm();
        if (ready && o.after() >= params.riseThreshold()) {
            String at = Instant.ofEpochMilli(o.now()).toString();
            return new Detection<>(false, List.of(new AlertCandidate(AlertType.POLARIZATION_RISE, "rise|" + at,
                    "rise|" + at, severity(o.after()),
                    String.format(Locale.ROOT, "polarization %.3f crossed %.2f (was %.3f)",
                            o.after(), params.riseThreshold(), o.before()),
                    EventEvidence.of(o.event()), 0)));
        }
        return Detection.none(rearm(ready, o.after(), params));
    }

    /** The armed flag once the index stands at {@code polarization} (an event, or a tick of the pair's clock). */
    public static boolean rearm(boolean armed, double polarization, ScenarioParameters params) {
        return armed || polarization < params.riseRearm();
    }

    public static Severity severity(double polarization) {
        if (polarization >= 0.65) {
            return Severity.CRITICAL;
        }
        return polarization >= 0.45 ? Severity.HIGH : Severity.MEDIUM;
    }
}
