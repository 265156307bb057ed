package io.blocwatch.contracts;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * BlocScore v1: the rolling polarization of one pair of blocs in one scenario at an event time.
 * {@code polarization} is in [-1, 1]; the components explain it (see docs/scoring.md), and
 * {@code topEvents} names the events that weigh most in it now (at most three, largest decayed
 * weight first), so that an analyst can see why the index moved.
 */
@JsonPropertyOrder({"schema", "scenario", "blocs", "polarization", "components", "event_time", "items", "top_events"})
public record BlocScore(
        String schema,
        String scenario,
        List<String> blocs,
        double polarization,
        ScoreComponents components,
        String eventTime,
        long items,
        List<ScoreContribution> topEvents) {

    public static final String SCHEMA = "blocwatch.bloc-score/v1";

    /** A score without its explanation (records written before {@code top_events} existed). */
    public BlocScore(String schema, String scenario, List<String> blocs, double polarization, ScoreComponents components,
                     String eventTime, long items) {
        this(schema, scenario, blocs, polarization, components, eventTime, items, List.of());
    }

    public BlocScore {
        schema = schema == null ? SCHEMA : schema;
        blocs = blocs == null ? List.of() : List.copyOf(blocs);
        topEvents = topEvents == null ? List.of() : List.copyOf(topEvents);
    }

    /** The Kafka key: one compacted record per scenario and pair. */
    public String key() {
        return scenario + "|" + String.join("|", blocs);
    }
}
