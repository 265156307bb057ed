package io.blocwatch.contracts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The closed set of {@link ActorTag#kind()} values; {@link #json()} is the contract value. */
public enum ActorKind {
    COUNTRY,
    ORGANIZATION;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
