package io.blocwatch.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A directed interaction {@code source -> target} between two actor codes. {@code polarity}:
 * cooperative|conflictual; {@code kind}: sign-agreement|praise|support|criticize|warn|accuse|
 * threaten|protest|military-cooperation|arms-transfer|other; {@code plover}: the act's PLOVER
 * category (AGREE, CONSULT, ... ASSAULT) when the coder knows it, else absent; {@code weight}:
 * signed intensity on a Goldstein-like scale (positive cooperative, negative conflictual).
 */
@JsonPropertyOrder({"source", "target", "polarity", "kind", "plover", "weight", "evidence"})
public record InteractionTag(
        String source,
        String target,
        String polarity,
        String kind,
        double weight,
        List<String> evidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) String plover) {

    public static final String COOPERATIVE = Polarity.COOPERATIVE.json();
    public static final String CONFLICTUAL = Polarity.CONFLICTUAL.json();

    public InteractionTag {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** An interaction without a PLOVER category. */
    public InteractionTag(String source, String target, String polarity, String kind, double weight, List<String> evidence) {
        this(source, target, polarity, kind, weight, evidence, null);
    }
}
