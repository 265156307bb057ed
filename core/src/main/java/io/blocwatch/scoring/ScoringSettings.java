package io.blocwatch.scoring;

import java.io.Serializable;

/**
 * Settings of the scorer ({@link PairScorer}), shared by all scenarios (YAML section
 * {@code settings}). Durations are in milliseconds of event time.
 */
public record ScoringSettings(
        long allowedLatenessMs,
        long emitCadenceMs,
        long clearAfterMs,
        double nearDuplicateThreshold,
        int nearDuplicateMemory,
        long nearDuplicateMaxAgeMs) implements Serializable {

    public static final long HOUR_MS = 3_600_000L;
    public static final long DAY_MS = 24 * HOUR_MS;

    public static ScoringSettings defaults() {
        return new ScoringSettings(24 * HOUR_MS, DAY_MS, 180 * DAY_MS, 0.25, 64, 7 * DAY_MS);
    }
}
