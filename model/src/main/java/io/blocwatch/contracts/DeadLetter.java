package io.blocwatch.contracts;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * DeadLetter v1: a record the job could not use, with the reason. {@code reason} is a stable code
 * (see {@link DeadLetterReason}), {@code detail} a human sentence, {@code raw} a bounded copy of
 * the input (UTF-8 text, or base64 prefixed with "base64:" when the bytes were not valid UTF-8),
 * {@code rawBytes} the input's full size, {@code source} where it came from (topic/partition@offset
 * or file:line), {@code at} when it was rejected.
 */
@JsonPropertyOrder({"schema", "reason", "detail", "source", "raw_bytes", "raw", "at"})
public record DeadLetter(
        String schema,
        String reason,
        String detail,
        String source,
        long rawBytes,
        String raw,
        String at) {

    public static final String SCHEMA = "blocwatch.dead-letter/v1";

    public DeadLetter {
        schema = schema == null ? SCHEMA : schema;
    }
}
