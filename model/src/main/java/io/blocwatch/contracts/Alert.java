package io.blocwatch.contracts;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Alert v1. {@code alertId} is deterministic (a re-run yields the same id); {@code type} is one of
 * COUNTER_ALIGNMENT, POLARIZATION_RISE, POLARIZATION_JUMP, CROSS_BLOC_HOSTILITY, REALIGNMENT;
 * {@code severity} is low|medium|high|critical. {@code incident} (optional) names what the alert is
 * about, per type (docs/scoring.md, "One alert per incident"): a second report of the same incident
 * raises no second alert.
 */
@JsonPropertyOrder({"schema", "alert_id", "type", "scenario", "blocs", "severity", "score", "event_time",
        "summary", "evidence", "emitted_at", "incident"})
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
        String emittedAt,
        String incident) {

    public static final String SCHEMA = "blocwatch.alert/v1";

    /** An alert without its incident key (alerts written before the field existed). */
    public Alert(String schema, String alertId, String type, String scenario, List<String> blocs, String severity,
                 double score, String eventTime, String summary, List<Evidence> evidence, String emittedAt) {
        this(schema, alertId, type, scenario, blocs, severity, score, eventTime, summary, evidence, emittedAt, null);
    }

    public Alert {
        schema = schema == null ? SCHEMA : schema;
        blocs = blocs == null ? List.of() : List.copyOf(blocs);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
