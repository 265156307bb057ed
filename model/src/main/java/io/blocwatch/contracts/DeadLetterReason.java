package io.blocwatch.contracts;

/** Stable reason codes for dead letters; metrics are counted per code. */
public enum DeadLetterReason {
    EMPTY_RECORD,
    NULL_VALUE,
    INVALID_UTF8,
    OVERSIZED,
    MALFORMED_JSON,
    WRONG_SHAPE,
    MISSING_FIELD,
    WRONG_TYPE,
    INVALID_TIMESTAMP,
    TIMESTAMP_OUT_OF_RANGE,
    CONTROL_CHARACTERS,
    LATE_EVENT,
    INVALID_UPDATE,
    // Feeds (io.blocwatch.connectors.feeds): a poll of one feed that yielded nothing, and why.
    FEED_UNREACHABLE,
    MALFORMED_FEED,
    NOT_A_FEED,
    ROBOTS_DISALLOWED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
