package io.blocwatch.alerting;

import io.blocwatch.contracts.Alert;
import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.scoring.PairMemory;
import io.blocwatch.scoring.Scores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One alert per incident (docs/scoring.md): a candidate whose incident was alerted inside its
 * suppression window is dropped, and an alert id is emitted once, for as long as the pair's state
 * lives.
 */
public final class Incidents {

    /** Prefix of the entries that remember an emitted alert id. */
    public static final String ALERT_ID_PREFIX = "alert-id|";

    private Incidents() {}

    /**
     * The alerts to emit for the candidates of {@code event} (event time {@code t}, the pair's time
     * {@code now}, the index {@code score} after it); remembers them in {@code memory}.
     */
    public static List<Alert> admit(List<AlertCandidate> candidates, BlocEvent event, long t, long now, double score,
                                    PairMemory.IncidentMemory memory, long rememberIdsMs) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        memory.forgetBefore(now);
        String at = Instant.ofEpochMilli(t).toString();
        List<Alert> alerts = new ArrayList<>();
        for (AlertCandidate c : candidates) {
            String incidentKey = c.type().json() + "|" + c.incident();
            Long until = memory.until(incidentKey);
            if (until != null && until >= t) {
                continue;
            }
            String id = AlertTypes.alertId(event.scenario, c.type(), event.blocA, event.blocB, c.idPart());
            // An alert id is emitted once: the same incident found again after its suppression
            // window (a late report, items replayed after a restore) keeps the id it had.
            if (memory.until(ALERT_ID_PREFIX + id) != null) {
                continue;
            }
            memory.remember(incidentKey, t + c.suppressMs());
            memory.remember(ALERT_ID_PREFIX + id, t + rememberIdsMs);
            alerts.add(new Alert(null, id, c.type().json(), event.scenario, List.of(event.blocA, event.blocB),
                    c.severity().json(), Scores.round(score), at, c.summary(), c.evidence(), at,
                    c.type().json() + "|" + c.idPart()));
        }
        return alerts;
    }
}
