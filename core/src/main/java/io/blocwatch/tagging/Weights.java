package io.blocwatch.tagging;

/**
 * Interaction weights on a Goldstein-like scale from -10 (most conflictual) to +10 (most
 * cooperative). Values follow Goldstein (1992), "A Conflict-Cooperation Scale for WEIS Events
 * Data", Journal of Conflict Resolution 36(2), rounded to the WEIS event class each kind maps to:
 *
 * <pre>
 * kind                  weight  WEIS class (Goldstein value)
 * arms-transfer          +8.3   extend military assistance (8.3)
 * military-cooperation   +7.4   military cooperation / joint exercises, between military aid (8.3) and
 *                               economic aid (7.4): taken at the lower bound
 * sign-agreement         +6.5   sign formal agreement (ratify/sign ~4.8..8.0, taken 6.5)
 * support                +3.6   endorse others' policy or position, give verbal support (3.6)
 * praise                 +3.4   praise, hail, applaud, thank (3.4)
 * other (cooperative)    +1.0   minor cooperative contact (between 0 and 1.9)
 * criticize              -2.2   charge, criticize, blame, disapprove (-2.2)
 * accuse                 -2.9   denounce, denigrate, accuse (-2.2..-3.4, taken -2.9)
 * warn                   -3.0   give warning (-3.0)
 * protest                -4.0   formal protest, demand explanation (-2.4..-4.4 range, taken -4.0)
 * other (conflictual)    -4.5   non-military sanctions / expulsions (-4.5..-5.8, lower bound)
 * threaten               -7.0   threaten with force, military mobilisation (-7.0; show of force -7.6)
 * </pre>
 */
public final class Weights {

    private Weights() {}

    public static double of(String kind, String polarity) {
        return switch (kind) {
            case "arms-transfer" -> 8.3;
            case "military-cooperation" -> 7.4;
            case "sign-agreement" -> 6.5;
            case "support" -> 3.6;
            case "praise" -> 3.4;
            case "criticize" -> -2.2;
            case "accuse" -> -2.9;
            case "warn" -> -3.0;
            case "protest" -> -4.0;
            case "threaten" -> -7.0;
            default -> "conflictual".equals(polarity) ? -4.5 : 1.0;
        };
    }
}
