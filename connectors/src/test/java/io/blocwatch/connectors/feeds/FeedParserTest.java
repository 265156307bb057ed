package io.blocwatch.connectors.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Publication dates written the ways feeds write them. */
class FeedParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Tue, 01 Dec 2026 10:00:00 GMT|2026-12-01T10:00:00Z",
            "Tue, 1 Dec 2026 10:00:00 +0000|2026-12-01T10:00:00Z",
            "Tue, 01 Dec 2026 11:00:00 +0100|2026-12-01T10:00:00Z",
            "01 Dec 2026 05:00:00 EST|2026-12-01T10:00:00Z",
            "Tue, 01 Dec 2026 10:00 GMT|2026-12-01T10:00:00Z",
            "2026-12-01T11:00:00+01:00|2026-12-01T10:00:00Z",
            "2026-12-01T10:00:00Z|2026-12-01T10:00:00Z",
            "2026-12-01T10:00:00.000Z|2026-12-01T10:00:00Z",
            "  Tue, 01 Dec 2026 10:00:00 GMT  |2026-12-01T10:00:00Z",
            "2026-12-01 10:00:00|2026-12-01T10:00:00Z",
            "Tue, 01 Dec 2026 10:00:00 UT|2026-12-01T10:00:00Z",
            "Tue, 01 Dec 2026 10:00:00 Z|2026-12-01T10:00:00Z",
            "Tuesday, 01 December 2026 10:00:00 GMT|2026-12-01T10:00:00Z",
            "2026-12-01|2026-12-01T00:00:00Z",
            "2026-12-01 11:00+01:00|2026-12-01T10:00:00Z",
            "2026-12-01T10:00:00|2026-12-01T10:00:00Z",
    })
    void rssDates(String written, String expected) throws Exception {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>http://x.example/</link>"
                + "<description>d</description><item><title>a</title><link>http://x.example/a</link><pubDate>" + written
                + "</pubDate></item></channel></rss>";
        List<FeedEntry> entries = FeedParser.parse(rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml",
                URI.create("http://x.example/rss"));
        assertThat(entries.get(0).published()).isEqualTo(Instant.parse(expected));
    }
}
