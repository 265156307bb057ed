package io.blocwatch.alerting;

import io.blocwatch.contracts.Evidence;
import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.scoring.ScenarioParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * A strong conflictual act across the pair: weight at or below {@code hostility_weight}
 * (threats and force posture). Criticism, protest, warnings and accusations weigh less and do
 * not by themselves raise it.
 */
public final class CrossBlocHostilityDetector {

    private CrossBlocHostilityDetector() {}

    public static List<AlertCandidate> detect(BlocEvent event, ScenarioParameters params) {
        List<AlertCandidate> found = new ArrayList<>();
        for (BlocEvent.BlocInteraction i : event.interactions) {
            if (!BlocEvent.ACROSS.equals(i.channel) || i.weight > params.hostilityWeight()) {
                continue;
            }
            String incident = i.source + ">" + i.target + ":" + i.kind;
            String severity = i.weight <= -9.0 ? AlertTypes.CRITICAL : AlertTypes.HIGH;
            String summary = i.source + " -> " + i.target + " " + i.kind + " (weight " + i.weight + ") across "
                    + event.blocA + " x " + event.blocB;
            found.add(new AlertCandidate(AlertTypes.CROSS_BLOC_HOSTILITY, incident,
                    incident + "|" + AlertTypes.day(event.eventTime), severity, summary,
                    List.of(new Evidence(event.itemId, event.url, i.sentence)),
                    params.alertSuppressionDays() * 86_400_000L));
        }
        return found;
    }
}
