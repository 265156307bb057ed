package io.blocwatch.alerting;

import io.blocwatch.contracts.AlertType;
import io.blocwatch.contracts.Evidence;
import io.blocwatch.contracts.Severity;
import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.scoring.ScenarioParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A strong conflictual act across the pair: weight at or below {@code hostility_weight}
 * (threats and force posture). Criticism, protest, warnings and accusations weigh less and do
 * not by themselves raise it.
 *
 * <p>The incident is one bloc turning on the other: every strong act of one item from bloc X
 * towards bloc Y (a build-up aimed at three neighbours, say) makes one alert, and the same
 * direction stays quiet for the suppression window.
 */
public final class CrossBlocHostilityDetector implements AlertDetector<Void> {

    /** No memory: the rule looks at the interactions the pair counted from this event. */
    @Override
    public Detection<Void> detect(Void memory, Observation observation) {
        BlocEvent event = observation.counted();
        ScenarioParameters params = observation.params();
        Map<String, List<BlocEvent.BlocInteraction>> byDirection = new LinkedHashMap<>();
        for (BlocEvent.BlocInteraction i : event.interactions) {
            if (BlocEvent.ACROSS.equals(i.channel) && i.weight <= params.hostilityWeight()) {
                byDirection.computeIfAbsent(i.sourceBloc + ">" + i.targetBloc, k -> new ArrayList<>()).add(i);
            }
        }
        List<AlertCandidate> found = new ArrayList<>();
        byDirection.forEach((direction, acts) -> {
            double strongest = acts.stream().mapToDouble(a -> a.weight).min().orElse(0);
            Severity severity = strongest <= -9.0 ? Severity.CRITICAL : Severity.HIGH;
            Set<String> described = new LinkedHashSet<>();
            Set<String> sentences = new LinkedHashSet<>();
            acts.forEach(a -> {
                described.add(a.source + " -> " + a.target + " " + a.kind + " (weight " + a.weight + ")");
                sentences.add(a.sentence);
            });
            String summary = String.join("; ", described) + " across " + event.blocA + " x " + event.blocB;
            List<Evidence> evidence = sentences.stream().map(s -> new Evidence(event.itemId, event.url, s)).toList();
            found.add(new AlertCandidate(AlertType.CROSS_BLOC_HOSTILITY, direction,
                    direction + "|" + AlertTypes.day(event.eventTime), severity, summary, evidence,
                    params.alertSuppressionDays() * 86_400_000L));
        });
        return new Detection<>(null, found);
    }
}
