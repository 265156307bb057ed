package io.blocwatch.local;

import io.blocwatch.config.JobConfig;
import java.util.Collection;

/** "unknown option --inptu (did you mean --input?)": the closest known option to a mistyped one. */
final class OptionHints {

    /** How many edits a mistyped option may be from the one it is taken for. */
    private static final int MAX_EDITS = 2;

    private OptionHints() {}

    /** The known option nearest to {@code given} within {@value #MAX_EDITS} edits (not {@code given} itself), or null. */
    static String closest(String given, Collection<String> known) {
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (String k : known) {
            int d = JobConfig.distance(given, k);
            if (d > 0 && d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    /** The message for an option the command does not take. */
    static String unknown(String given, Collection<String> known) {
        String best = closest(given, known);
        return "unknown option --" + given + (best == null
                ? known.isEmpty() ? "" : " (options: --" + String.join(", --", known.stream().sorted().toList()) + ")"
                : " (did you mean --" + best + "?)");
    }
}
