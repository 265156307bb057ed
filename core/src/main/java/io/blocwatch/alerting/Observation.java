package io.blocwatch.alerting;

import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.scoring.ScenarioParameters;

/**
 * One event as the detectors see it: the event as routed ({@code event}, every agreement and
 * interaction of the item that concerns the pair), the same event with only the interactions the
 * pair counted ({@code counted}, repeats and history left out), the pair's time after the event
 * ({@code now}), its index just before the event (decayed to it) and after it, and the scenario's
 * parameters.
 */
public record Observation(BlocEvent event, BlocEvent counted, long now, double before, double after,
                          ScenarioParameters params) {

    /** An event seen on its own: every interaction counted, at its own time, the index unchanged at 0. */
    public static Observation of(BlocEvent event, ScenarioParameters params) {
        return new Observation(event, event, event.eventTime, 0, 0, params);
    }

    /** This observation with the index moving from {@code newBefore} to {@code newAfter} at {@code newNow}. */
    public Observation withIndex(long newNow, double newBefore, double newAfter) {
        return new Observation(event, counted, newNow, newBefore, newAfter, params);
    }
}
