package io.blocwatch.tagging;

import io.blocwatch.contracts.InteractionKind;
import io.blocwatch.contracts.Polarity;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one interaction weight table, on a Goldstein-like scale from -10 (most conflictual) to +10
 * (most cooperative), with its two columns:
 *
 * <ul>
 *   <li><b>reported</b>: the weight a tag carries ({@code TaggedItem} interactions' {@code weight},
 *       from the tagger and from {@code gold-to-tagged}). Goldstein (1992), "A Conflict-Cooperation
 *       Scale for WEIS Events Data", Journal of Conflict Resolution 36(2), rounded to the WEIS event
 *       class each kind maps to.</li>
 *   <li><b>counted</b>: the weight scoring counts for the kind (the scenarios' default
 *       {@code weights}, which a scenario file may override per kind). Scores must not depend on
 *       the tagger version, so scoring does not take the reported weight of the kinds listed here;
 *       the counted weights are the scoring model's own calibration (docs/scoring.md).</li>
 * </ul>
 *
 * <pre>
 * kind                  reported  counted  WEIS class (Goldstein value)
 * arms-transfer           +8.3     +6.5    extend military assistance (8.3)
 * military-cooperation    +7.4     +6.0    military cooperation / joint exercises, between military aid (8.3)
 *                                          and economic aid (7.4): taken at the lower bound
 * sign-agreement          +6.5     +5.0    sign formal agreement (ratify/sign ~4.8..8.0, taken 6.5)
 * support                 +3.6     +3.5    endorse others' policy or position, give verbal support (3.6)
 * praise                  +3.4     +2.5    praise, hail, applaud, thank (3.4)
 * criticize               -2.2     -2.2    charge, criticize, blame, disapprove (-2.2)
 * protest                 -4.0     -2.4    formal protest, demand explanation (-2.4..-4.4 range, taken -4.0)
 * warn                    -3.0     -3.0    give warning (-3.0)
 * accuse                  -2.9     -3.4    denounce, denigrate, accuse (-2.2..-3.4, taken -2.9)
 * threaten                -7.0     -7.0    threaten with force, military mobilisation (-7.0; show of force -7.6)
 * other (cooperative)     +1.0     +1.0    minor cooperative contact (between 0 and 1.9)
 * other (conflictual)     -4.5     -1.0    non-military sanctions / expulsions (-4.5..-5.8, lower bound);
 *                                          counted: the magnitude 1.0 with the tag's polarity's sign
 * </pre>
 */
public final class Weights {

    /** One row: the weight a tag of the kind reports, and the weight scoring counts for it. */
    public record Row(double reported, double counted) {}

    private static final Map<InteractionKind, Row> TABLE = new EnumMap<>(InteractionKind.class);
    /** The reported weight of a conflictual {@code other} (the table row is the cooperative one). */
    static final double OTHER_CONFLICTUAL_REPORTED = -4.5;

    static {
        TABLE.put(InteractionKind.ARMS_TRANSFER, new Row(8.3, 6.5));
        TABLE.put(InteractionKind.MILITARY_COOPERATION, new Row(7.4, 6.0));
        TABLE.put(InteractionKind.SIGN_AGREEMENT, new Row(6.5, 5.0));
        TABLE.put(InteractionKind.SUPPORT, new Row(3.6, 3.5));
        TABLE.put(InteractionKind.PRAISE, new Row(3.4, 2.5));
        TABLE.put(InteractionKind.CRITICIZE, new Row(-2.2, -2.2));
        TABLE.put(InteractionKind.PROTEST, new Row(-4.0, -2.4));
        TABLE.put(InteractionKind.WARN, new Row(-3.0, -3.0));
        TABLE.put(InteractionKind.ACCUSE, new Row(-2.9, -3.4));
        TABLE.put(InteractionKind.THREATEN, new Row(-7.0, -7.0));
        // counted: a magnitude, signed by the tag's polarity (ScenarioParameters.weightOf).
        TABLE.put(InteractionKind.OTHER, new Row(1.0, 1.0));
    }

    private Weights() {}

    /** The row of a kind. */
    public static Row row(InteractionKind kind) {
        return TABLE.get(kind);
    }

    /**
     * The reported weight of a tag of {@code kind} and {@code polarity}; a kind outside the table
     * weighs as {@code other}.
     */
    public static double of(String kind, String polarity) {
        InteractionKind k = InteractionKind.fromJson(kind);
        if (k == null || k == InteractionKind.OTHER) {
            return Polarity.CONFLICTUAL.json().equals(polarity) ? OTHER_CONFLICTUAL_REPORTED : TABLE.get(InteractionKind.OTHER).reported();
        }
        return TABLE.get(k).reported();
    }

    /** The counted column, by kind as tags name it: the scenarios' default {@code weights}. */
    public static Map<String, Double> counted() {
        Map<String, Double> counted = new LinkedHashMap<>();
        TABLE.forEach((kind, row) -> counted.put(kind.json(), row.counted()));
        return counted;
    }
}
