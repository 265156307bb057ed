package io.blocwatch.scoring;

import io.blocwatch.contracts.InteractionKind;
import io.blocwatch.contracts.Polarity;
import io.blocwatch.tagging.Weights;
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
        Map<String, Double> weights,
        String signingReports) implements Serializable {

    /** {@code signing_reports}: every item that reports a signing as news counts it (the tagging conventions' rule). */
    public static final String EACH = "each";
    /** {@code signing_reports}: a signing counts once however many items report it (stricter event identity). */
    public static final String ONCE = "once";

    public ScenarioParameters {
        counterAlignmentDomains = List.copyOf(counterAlignmentDomains);
        weights = Map.copyOf(weights);
        signingReports = signingReports == null ? EACH : signingReports;
        if (!EACH.equals(signingReports) && !ONCE.equals(signingReports)) {
            throw new IllegalArgumentException("signing_reports must be 'each' or 'once', not '" + signingReports + "'");
        }
    }

    /** Whether a signing counts once across the items that report it. */
    public boolean signingsOnce() {
        return ONCE.equals(signingReports);
    }

    public static ScenarioParameters defaults() {
        return new ScenarioParameters(30, 20, 0.3, 0.02, 0.25, 0.15, 7, 0.10, 2.5, 3, -6.0, 30,
                List.of("defense"), 7, defaultWeights(), EACH);
    }

    /** The counted column of the one weight table ({@link Weights}). */
    public static Map<String, Double> defaultWeights() {
        return Weights.counted();
    }

    /**
     * The catch-all kind (a border closure, a mediation): its table weight is a magnitude that takes
     * the sign of the tag's polarity, and it is kept small because the kind says little about how
     * strong the act was.
     */
    public static final String OTHER = InteractionKind.OTHER.json();

    private static final String CONFLICTUAL = Polarity.CONFLICTUAL.json();

    public long halfLifeMs() {
        return Math.round(halfLifeDays * ScoringSettings.DAY_MS);
    }

    public long jumpWindowMs() {
        return Math.round(jumpWindowDays * ScoringSettings.DAY_MS);
    }

    /**
     * The weight of an interaction: the table wins for the kinds it lists (scores must not depend
     * on the tagger version; {@value #OTHER} is signed by the polarity); otherwise the tagger's
     * weight, clamped, with the sign of the polarity.
     */
    public double weightOf(String kind, String polarity, double taggerWeight) {
        Double w = kind == null ? null : weights.get(kind);
        if (w != null && OTHER.equals(kind)) {
            return CONFLICTUAL.equals(polarity) ? -Math.abs(w) : Math.abs(w);
        }
        if (w != null) {
            return w;
        }
        double magnitude = Math.min(10.0, Math.abs(taggerWeight));
        if (magnitude == 0.0) {
            magnitude = 1.0;
        }
        return CONFLICTUAL.equals(polarity) ? -magnitude : magnitude;
    }
}
