package io.blocwatch.contracts;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Alert v1. {@code alertId} is deterministic (a re-run yields the same id); {@code type} is one of
 * COUNTER_ALIGNMENT, POLARIZATION_RISE, POLARIZATION_JUMP, CROSS_BLOC_HOSTILITY, REALIGNMENT;
 * {@code severity} is low|medium|high|critical.
 */
@JsonPropertyOrder({"schema", "alert_id", "type", "scenario", "blocs", "severity", "score", "event_time",
        "summary", "evidence", "emitted_at"})
public record Alert(
        String schema,
        String alertId,
        String type,
        String scenario,
        List<String> blocs,
        String severity,
        double score,
        String eventTime,
        String summary,
        List<Evidence> evidence,
        String emittedAt) {

    public static final String SCHEMA = "blocwatch.alert/v1";

    public Alert {
        schema = schema == null ? SCHEMA : schema;
        blocs = blocs == null ? List.of() : List.copyOf(blocs);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
