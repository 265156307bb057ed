package io.blocwatch.contracts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The closed set of {@link Alert#severity()} values, lowest first, as the alert schema lists them;
 * {@link #json()} is the contract value. No detector raises {@link #LOW} today; the schema and the
 * command line's filters accept it.
 */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
