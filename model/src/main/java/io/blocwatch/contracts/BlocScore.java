package io.blocwatch.contracts;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * BlocScore v1: the rolling polarization of one pair of blocs in one scenario at an event time.
 * {@code polarization} is in [-1, 1]; the components explain it (see docs/scoring.md).
 */
@JsonPropertyOrder({"schema", "scenario", "blocs", "polarization", "components", "event_time", "items"})
public record BlocScore(
        String schema,
        String scenario,
        List<String> blocs,
        double polarization,
        ScoreComponents components,
        String eventTime,
        long items) {

    public static final String SCHEMA = "blocwatch.bloc-score/v1";

    public BlocScore {
        schema = schema == null ? SCHEMA : schema;
        blocs = blocs == null ? List.of() : List.copyOf(blocs);
    }

    /** The Kafka key: one compacted record per scenario and pair. */
    public String key() {
        return scenario + "|" + String.join("|", blocs);
    }
}
