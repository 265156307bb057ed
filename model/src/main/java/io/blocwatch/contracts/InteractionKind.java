package io.blocwatch.contracts;

import com.fasterxml.jackson.annotation.JsonValue;

/** The closed set of {@link InteractionTag#kind()} values; {@link #json()} is the contract value. */
public enum InteractionKind {
    ARMS_TRANSFER("arms-transfer"),
    MILITARY_COOPERATION("military-cooperation"),
    SIGN_AGREEMENT("sign-agreement"),
    SUPPORT("support"),
    PRAISE("praise"),
    CRITICIZE("criticize"),
    PROTEST("protest"),
    WARN("warn"),
    ACCUSE("accuse"),
    THREATEN("threaten"),
    /** The catch-all kind (a border closure, a mediation), signed by the tag's polarity. */
    OTHER("other");

    private final String json;

    InteractionKind(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    /** The kind named by a contract value, or null when it names none. */
    public static InteractionKind fromJson(String value) {
        for (InteractionKind k : values()) {
            if (k.json.equals(value)) {
                return k;
            }
        }
        return null;
    }

    /** Whether a contract value names this kind. */
    public boolean is(String value) {
        return json.equals(value);
    }
}
