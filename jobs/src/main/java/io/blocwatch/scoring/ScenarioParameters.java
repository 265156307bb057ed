package io.blocwatch.scoring;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The tunable parameters of one scenario (YAML {@code defaults}, overridden per scenario under
 * {@code parameters}). See docs/scoring.md for what each one does.
 */
public record ScenarioParameters(
        double halfLifeDays,
        double priorMass,
        double cohesionWeight,
        double scoreStep,
        double riseThreshold,
        double riseRearm,
        double jumpWindowDays,
        double jumpMinDelta,
        double jumpFactor,
        int jumpMinHistory,
        double hostilityWeight,
        int counterAlignmentDays,
        List<String> counterAlignmentDomains,
        int alertSuppressionDays,
        Map<String, Double> weights) implements Serializable {

    public ScenarioParameters {
        counterAlignmentDomains = List.copyOf(counterAlignmentDomains);
        weights = Map.copyOf(weights);
    }

    public static ScenarioParameters defaults() {
        return new ScenarioParameters(30, 20, 0.3, 0.02, 0.25, 0.15, 7, 0.10, 2.5, 3, -6.0, 30,
                List.of("defense"), 7, defaultWeights());
    }

    public static Map<String, Double> defaultWeights() {
        return Map.of(
                "arms-transfer", 6.5,
                "military-cooperation", 6.0,
                "sign-agreement", 5.0,
                "support", 3.5,
                "praise", 2.5,
                "criticize", -2.2,
                "protest", -2.4,
                "warn", -3.0,
                "accuse", -3.4,
                "threaten", -7.0);
    }

    public long halfLifeMs() {
        return Math.round(halfLifeDays * ScoringSettings.DAY_MS);
    }

    public long jumpWindowMs() {
        return Math.round(jumpWindowDays * ScoringSettings.DAY_MS);
    }

    /**
     * The weight of an interaction: the table wins for the kinds it lists (scores must not depend
     * on the tagger version); otherwise the tagger's weight, clamped, with the sign of the polarity.
     */
    public double weightOf(String kind, String polarity, double taggerWeight) {
        Double w = kind == null ? null : weights.get(kind);
        if (w != null) {
            return w;
        }
        double magnitude = Math.min(10.0, Math.abs(taggerWeight));
        if (magnitude == 0.0) {
            magnitude = 1.0;
        }
        return "conflictual".equals(polarity) ? -magnitude : magnitude;
    }
}
