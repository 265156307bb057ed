package io.blocwatch.contracts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The closed set of {@link InteractionTag#polarity()} values; {@link #json()} is the contract value. */
public enum Polarity {
    COOPERATIVE,
    CONFLICTUAL;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The polarity named by a contract value, or null when it names none. */
    public static Polarity fromJson(String value) {
        for (Polarity p : values()) {
            if (p.json().equals(value)) {
                return p;
            }
        }
        return null;
    }
}
