package io.blocwatch.alerting;

import io.blocwatch.contracts.AlertType;
import io.blocwatch.scoring.ScenarioParameters;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A rise of the index over {@code jump_window_days} well above the pair's own baseline of change
 * ({@link JumpBaseline}, the memory, updated at every event).
 */
public final class PolarizationJumpDetector implements AlertDetector<JumpBaseline> {

    @Override
    public Detection<JumpBaseline> detect(JumpBaseline baseline, Observation o) {
        ScenarioParameters params = o.params();
        double before = baseline.meanAbsChange;
        double jump = baseline.observe(o.now(), o.before(), o.after(), params);
        if (Double.isNaN(jump)) {
            return Detection.none(baseline);
        }
        String at = Instant.ofEpochMilli(o.now()).toString();
        return new Detection<>(baseline, List.of(new AlertCandidate(AlertType.POLARIZATION_JUMP, "jump|" + at,
                "jump|" + at, JumpBaseline.severity(jump),
                String.format(Locale.ROOT, "polarization rose %.3f in %s days (baseline change %.3f)",
                        jump, days(params.jumpWindowDays()), before),
                EventEvidence.of(o.event()), 0)));
    }

    private static String days(double days) {
        return days == Math.rint(days) ? Long.toString((long) days) : Double.toString(days);
    }
}
