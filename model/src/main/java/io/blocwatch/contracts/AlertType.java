package io.blocwatch.contracts;

import com.fasterxml.jackson.annotation.JsonValue;

/** The closed set of {@link Alert#type()} values; {@link #json()} is the value in the contract. */
public enum AlertType {
    COUNTER_ALIGNMENT,
    POLARIZATION_RISE,
    POLARIZATION_JUMP,
    CROSS_BLOC_HOSTILITY,
    REALIGNMENT;

    @JsonValue
    public String json() {
        return name();
    }
}
