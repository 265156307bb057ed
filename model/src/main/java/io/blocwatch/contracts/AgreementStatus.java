package io.blocwatch.contracts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The closed set of {@link AgreementTag#status()} values; {@link #json()} is the contract value. */
public enum AgreementStatus {
    SIGNED,
    PLANNED,
    REPORTED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a contract value names this status. */
    public boolean is(String value) {
        return json().equals(value);
    }
}
