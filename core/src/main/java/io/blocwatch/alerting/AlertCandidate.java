package io.blocwatch.alerting;

import io.blocwatch.contracts.AlertType;
import io.blocwatch.contracts.Evidence;
import io.blocwatch.contracts.Severity;
import java.util.List;

/**
 * What a detector found, before de-duplication: {@code incident} identifies the fact (the same
 * incident reported again inside {@code suppressMs} is not alerted twice), {@code idPart} is
 * what goes into the deterministic alert id beside it.
 */
public record AlertCandidate(
        AlertType type,
        String incident,
        String idPart,
        Severity severity,
        String summary,
        List<Evidence> evidence,
        long suppressMs) {

    public AlertCandidate {
        evidence = List.copyOf(evidence);
    }
}
