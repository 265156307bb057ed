package io.blocwatch.connectors.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.connectors.RawRecord;
import io.blocwatch.contracts.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NewsItemParserTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-01-10T12:00:00Z"), ZoneOffset.UTC);
    private final NewsItemParser parser = new NewsItemParser(1_048_576, Duration.ofDays(1),
            Instant.parse("1900-01-01T00:00:00Z"), NOW);

    static String item(String publishedAt) {
        return "{\"id\":\"n-1\",\"source\":\"Desk\",\"url\":\"https://example.org/1\",\"published_at\":\"" + publishedAt
                + "\",\"language\":\"en\",\"title\":\"Ministers meet\",\"body\":\"The ministers met in Skopje.\"}";
    }

    private ParseOutcome parse(String text) {
        return parser.parse(new RawRecord("news.items/0@7", text == null ? null : text.getBytes(StandardCharsets.UTF_8)));
    }

    private DeadLetter rejected(String text) {
        ParseOutcome outcome = parse(text);
        assertThat(outcome.isOk()).as("rejected: %s", text).isFalse();
        return outcome.deadLetter();
    }

    @Test
    void validItemIsParsedAndExtraFieldsAreIgnored() {
        ParseOutcome outcome = parse(item("2025-04-01T16:00:00Z").replace("}", ",\"gold\":{\"actors\":[]}}"));
        assertThat(outcome.isOk()).isTrue();
        assertThat(outcome.item().id()).isEqualTo("n-1");
        assertThat(outcome.item().eventTimeMillis()).isEqualTo(Instant.parse("2025-04-01T16:00:00Z").toEpochMilli());
    }

    @Test
    void offsetTimestampsAreNormalisedToUtc() {
        ParseOutcome outcome = parse(item("2025-04-01T18:00:00+02:00"));
        assertThat(outcome.item().publishedAt()).isEqualTo("2025-04-01T16:00:00Z");
    }

    @Test
    void eachKindOfBadInputGetsItsReasonAndOrigin() {
        assertThat(rejected("{\"id\": ").reason()).isEqualTo("malformed_json");
        assertThat(rejected("[1,2,3]").reason()).isEqualTo("wrong_shape");
        assertThat(rejected(item("2025-04-01T16:00:00Z").replace("\"title\":\"Ministers meet\",", "")).reason())
                .isEqualTo("missing_field");
        assertThat(rejected(item("2025-04-01T16:00:00Z").replace("\"Desk\"", "42")).reason()).isEqualTo("wrong_type");
        assertThat(rejected(item("yesterday")).reason()).isEqualTo("invalid_timestamp");
        assertThat(rejected(item("2031-01-01T00:00:00Z")).reason()).isEqualTo("timestamp_out_of_range");
        assertThat(rejected(item("1850-01-01T00:00:00Z")).reason()).isEqualTo("timestamp_out_of_range");
        assertThat(rejected(item("2025-04-01T16:00:00Z").replace("met in", "met\\u0000 in")).reason())
                .isEqualTo("control_characters");
        assertThat(rejected("").reason()).isEqualTo("empty_record");
        assertThat(rejected("   ").reason()).isEqualTo("empty_record");
        DeadLetter nul = rejected(null);
        assertThat(nul.reason()).isEqualTo("null_value");
        assertThat(nul.source()).isEqualTo("news.items/0@7");
    }

    @Test
    void invalidUtf8IsRejectedAndKeptAsBase64() {
        byte[] bytes = item("2025-04-01T16:00:00Z").getBytes(StandardCharsets.UTF_8);
        bytes[40] = (byte) 0xC3;
        bytes[41] = (byte) 0x28;
        DeadLetter dl = parser.parse(new RawRecord("f:3", bytes)).deadLetter();
        assertThat(dl.reason()).isEqualTo("invalid_utf8");
        assertThat(dl.raw()).startsWith("base64:");
        assertThat(dl.rawBytes()).isEqualTo(bytes.length);
    }

    @Test
    void oversizedRecordIsRejectedWithABoundedCopy() {
        String huge = item("2025-04-01T16:00:00Z").replace("The ministers met in Skopje.", "x".repeat(10 * 1024 * 1024));
        DeadLetter dl = rejected(huge);
        assertThat(dl.reason()).isEqualTo("oversized");
        assertThat(dl.rawBytes()).isGreaterThan(10L * 1024 * 1024);
        assertThat(dl.raw().length()).isLessThanOrEqualTo(NewsItemParser.RAW_COPY_LIMIT);
        assertThat(dl.detail()).contains("above the limit of 1048576");
    }
}
