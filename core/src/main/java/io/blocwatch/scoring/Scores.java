package io.blocwatch.scoring;

import java.time.Instant;

/** How scores and times are written in the outputs. */
public final class Scores {

    private Scores() {}

    /** Four decimals, as every score, component and weight is written. */
    public static double round(double x) {
        return Math.round(x * 10_000.0) / 10_000.0;
    }

    /** An event time as ISO-8601 UTC. */
    public static String iso(long time) {
        return Instant.ofEpochMilli(time).toString();
    }
}
