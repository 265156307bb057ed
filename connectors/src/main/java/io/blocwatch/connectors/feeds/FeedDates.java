package io.blocwatch.connectors.feeds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Dates that Rome's parser does not take but feeds and pages still write: ISO 8601 with a space
 * instead of the 'T', without seconds or without a zone (taken as UTC), a date alone (midnight
 * UTC), and RFC 1123 as the JDK reads it.
 */
final class FeedDates {

    private static final List<DateTimeFormatter> WITH_ZONE = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            pattern("yyyy-MM-dd HH:mm[:ss][.SSS][XXX][XX][X]"),
            DateTimeFormatter.RFC_1123_DATE_TIME);
    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            pattern("yyyy-MM-dd HH:mm[:ss][.SSS]"),
            pattern("yyyy/MM/dd HH:mm[:ss]"));

    private FeedDates() {}

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ROOT);
    }

    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String v = text.strip();
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException ignored) {
            // other forms below
        }
        for (DateTimeFormatter f : WITH_ZONE) {
            try {
                return f == DateTimeFormatter.RFC_1123_DATE_TIME ? ZonedDateTime.parse(v, f).toInstant() : OffsetDateTime.parse(v, f).toInstant();
            } catch (DateTimeParseException ignored) {
                // next
            }
        }
        for (DateTimeFormatter f : LOCAL) {
            try {
                return LocalDateTime.parse(v, f).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // next
            }
        }
        try {
            return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }
}
