package io.blocwatch.contracts;

import java.util.List;

/**
 * A directed interaction {@code source -> target} between two actor codes. {@code polarity}:
 * cooperative|conflictual; {@code kind}: sign-agreement|praise|support|criticize|warn|accuse|
 * threaten|protest|military-cooperation|arms-transfer|other; {@code weight}: signed intensity on a
 * Goldstein-like scale (positive cooperative, negative conflictual).
 */
public record InteractionTag(
        String source,
        String target,
        String polarity,
        String kind,
        double weight,
        List<String> evidence) {

    public static final String COOPERATIVE = "cooperative";
    public static final String CONFLICTUAL = "conflictual";

    public InteractionTag {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
