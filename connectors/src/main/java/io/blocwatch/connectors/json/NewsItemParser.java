package io.blocwatch.connectors.json;

import io.blocwatch.contracts.Json;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.connectors.RawRecord;
import io.blocwatch.contracts.DeadLetter;
import io.blocwatch.contracts.DeadLetterReason;
import io.blocwatch.contracts.NewsItem;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Turns raw bytes into a validated NewsItem v1, or into a dead letter with a reason code and a
 * human sentence. Never throws on bad input: the job must keep running whatever arrives.
 */
public final class NewsItemParser implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Largest record accepted, in bytes (the item's JSON as it arrives). */
    public static final int DEFAULT_MAX_RECORD_BYTES = 1_048_576;
    /** How much of a rejected record is kept in the dead letter. */
    public static final int RAW_COPY_LIMIT = 4_096;

    static final String[] REQUIRED_TEXT = {"id", "source", "url", "published_at", "language", "title", "body"};

    private final int maxRecordBytes;
    private final Duration maxFuture;
    private final Instant earliest;
    private final Clock clock;

    public NewsItemParser() {
        this(DEFAULT_MAX_RECORD_BYTES, Duration.ofDays(1), Instant.parse("1900-01-01T00:00:00Z"), Clock.systemUTC());
    }

    /**
     * @param maxRecordBytes records larger than this are rejected as oversized
     * @param maxFuture how far past the wall clock a published_at may lie (clock skew, time zones)
     * @param earliest the oldest published_at accepted
     */
    public NewsItemParser(int maxRecordBytes, Duration maxFuture, Instant earliest, Clock clock) {
        this.maxRecordBytes = maxRecordBytes;
        this.maxFuture = maxFuture;
        this.earliest = earliest;
        this.clock = clock;
    }

    public ParseOutcome parse(RawRecord record) {
        byte[] bytes = record.value();
        if (bytes == null) {
            return reject(record, DeadLetterReason.NULL_VALUE, "record has no value (null)", null);
        }
        if (bytes.length == 0 || isBlank(bytes)) {
            return reject(record, DeadLetterReason.EMPTY_RECORD, "record is empty", null);
        }
        if (bytes.length > maxRecordBytes) {
            return reject(record, DeadLetterReason.OVERSIZED,
                    "record is " + bytes.length + " bytes, above the limit of " + maxRecordBytes, null);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return reject(record, DeadLetterReason.INVALID_UTF8, "record is not valid UTF-8", null);
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (JsonParseException e) {
            return reject(record, DeadLetterReason.MALFORMED_JSON, "malformed JSON: " + e.getOriginalMessage(), text);
        } catch (JsonProcessingException e) {
            return reject(record, DeadLetterReason.MALFORMED_JSON, "malformed JSON: " + e.getOriginalMessage(), text);
        }
        if (node == null || node.isMissingNode()) {
            return reject(record, DeadLetterReason.EMPTY_RECORD, "record holds no JSON value", text);
        }
        if (!node.isObject()) {
            return reject(record, DeadLetterReason.WRONG_SHAPE,
                    "expected a JSON object (NewsItem v1), got " + node.getNodeType().name().toLowerCase(), text);
        }
        String[] values = new String[REQUIRED_TEXT.length];
        for (int i = 0; i < REQUIRED_TEXT.length; i++) {
            String field = REQUIRED_TEXT[i];
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return reject(record, DeadLetterReason.MISSING_FIELD, "required field '" + field + "' is missing", text);
            }
            if (!v.isTextual()) {
                return reject(record, DeadLetterReason.WRONG_TYPE,
                        "field '" + field + "' must be a string, got " + v.getNodeType().name().toLowerCase(), text);
            }
            values[i] = v.textValue();
        }
        if (values[0].isBlank()) {
            return reject(record, DeadLetterReason.MISSING_FIELD, "required field 'id' is blank", text);
        }
        for (int i = 0; i < values.length; i++) {
            if (hasForbiddenControl(values[i])) {
                return reject(record, DeadLetterReason.CONTROL_CHARACTERS,
                        "field '" + REQUIRED_TEXT[i] + "' contains control characters", text);
            }
        }
        Instant published;
        try {
            published = Instant.parse(values[3]);
        } catch (DateTimeParseException e) {
            try {
                published = java.time.OffsetDateTime.parse(values[3]).toInstant();
            } catch (DateTimeParseException e2) {
                return reject(record, DeadLetterReason.INVALID_TIMESTAMP,
                        "published_at '" + values[3] + "' is not an ISO-8601 instant", text);
            }
        }
        Instant now = clock.instant();
        if (published.isAfter(now.plus(maxFuture))) {
            return reject(record, DeadLetterReason.TIMESTAMP_OUT_OF_RANGE,
                    "published_at " + published + " lies in the future (now " + now + ")", text);
        }
        if (published.isBefore(earliest)) {
            return reject(record, DeadLetterReason.TIMESTAMP_OUT_OF_RANGE,
                    "published_at " + published + " is before " + earliest, text);
        }
        return ParseOutcome.ok(new NewsItem(values[0], values[1], values[2], published.toString(), values[4],
                values[5], values[6]));
    }

    /** Control characters other than tab, newline and carriage return have no place in news text. */
    static boolean hasForbiddenControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private ParseOutcome reject(RawRecord record, DeadLetterReason reason, String detail, String text) {
        return ParseOutcome.rejected(deadLetter(record, reason.code(), detail, text, clock.instant()));
    }

    /** A dead letter with a bounded copy of the record: text when it decodes, base64 otherwise. */
    public static DeadLetter deadLetter(RawRecord record, String reason, String detail, String text, Instant at) {
        byte[] bytes = record.value();
        long size = bytes == null ? 0 : bytes.length;
        String raw;
        if (bytes == null) {
            raw = null;
        } else if (text != null || isUtf8(bytes)) {
            String s = text != null ? text : new String(bytes, StandardCharsets.UTF_8);
            raw = s.length() > RAW_COPY_LIMIT ? s.substring(0, RAW_COPY_LIMIT) : s;
        } else {
            int n = Math.min(bytes.length, RAW_COPY_LIMIT * 3 / 4);
            byte[] head = java.util.Arrays.copyOf(bytes, n);
            raw = "base64:" + Base64.getEncoder().encodeToString(head);
        }
        return new DeadLetter(null, reason, detail, record.origin(), size, raw, at.toString());
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
