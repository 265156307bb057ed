package io.blocwatch.local;

import io.blocwatch.contracts.Alert;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which alerts an analyst asked for: a scenario, some types, a lowest severity, and a start in
 * event time. Plain Java, no Kafka; each part left out lets every alert through.
 */
record AlertFilter(String scenario, Set<String> types, String minSeverity, Instant since) {

    static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");
    static final List<String> TYPES = List.of("COUNTER_ALIGNMENT", "POLARIZATION_RISE", "POLARIZATION_JUMP",
            "CROSS_BLOC_HOSTILITY", "REALIGNMENT");

    /** Reads the options; {@code since} is an ISO-8601 instant or a duration back from now (PT6H, P7D, 6h, 7d). */
    static AlertFilter parse(String scenario, String types, String minSeverity, String since, Clock clock) {
        Set<String> typeSet = Set.of();
        if (types != null) {
            typeSet = Arrays.stream(types.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> s.toUpperCase(Locale.ROOT).replace('-', '_')).collect(Collectors.toUnmodifiableSet());
            for (String t : typeSet) {
                if (!TYPES.contains(t)) {
                    throw new IllegalArgumentException("--type " + t + " is not an alert type; one of " + String.join(", ", TYPES));
                }
            }
        }
        String min = null;
        if (minSeverity != null) {
            min = minSeverity.strip().toLowerCase(Locale.ROOT);
            if (!SEVERITIES.contains(min)) {
                throw new IllegalArgumentException("--min-severity " + minSeverity + " is not a severity; one of "
                        + String.join(", ", SEVERITIES));
            }
        }
        return new AlertFilter(scenario, typeSet, min, since == null ? null : sinceInstant(since, clock));
    }

    static Instant sinceInstant(String value, Clock clock) {
        String v = value.strip();
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException notAnInstant) {
            // a duration then
        }
        Duration d = null;
        try {
            d = Duration.parse(v.toUpperCase(Locale.ROOT).startsWith("P") ? v.toUpperCase(Locale.ROOT) : "P" + shortForm(v));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            d = null;
        }
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException("--since " + value + " is neither an ISO-8601 instant (2025-04-01T00:00:00Z) "
                    + "nor a duration back from now (PT6H, P7D, 90m, 6h, 7d)");
        }
        return clock.instant().minus(d);
    }

    private static String shortForm(String v) {
        String s = v.toLowerCase(Locale.ROOT);
        if (s.matches("\\d+d")) {
            return s.toUpperCase(Locale.ROOT);
        }
        if (s.matches("\\d+[hms]")) {
            return "T" + s.toUpperCase(Locale.ROOT);
        }
        throw new IllegalArgumentException(v);
    }

    boolean matches(Alert a) {
        if (scenario != null && !scenario.equals(a.scenario())) {
            return false;
        }
        if (!types.isEmpty() && !types.contains(a.type())) {
            return false;
        }
        if (minSeverity != null && rank(a.severity()) < rank(minSeverity)) {
            return false;
        }
        if (since != null) {
            try {
                return !Instant.parse(a.eventTime()).isBefore(since);
            } catch (RuntimeException e) {
                return false;
            }
        }
        return true;
    }

    static int rank(String severity) {
        return severity == null ? -1 : SEVERITIES.indexOf(severity.toLowerCase(Locale.ROOT));
    }
}
