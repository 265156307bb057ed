package io.blocwatch.connectors.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FeedsFileTest {

    @Test
    void theIssuesFormIsRead() {
        FeedsFile.Loaded loaded = FeedsFile.parse("""
                feeds:
                  - url: http://localhost:8080/world/rss.xml
                    name: Balkan Wire            # becomes the items' `source`
                    language: en                 # a hint; detection decides
                    poll: PT5M
                    fetch-pages: true            # fetch each entry's page for the article text
                  - url: https://example.org/atom
                """, "feeds.yaml");
        assertThat(loaded.feeds()).containsExactly(
                new FeedConfig("http://localhost:8080/world/rss.xml", "Balkan Wire", "en", Duration.ofMinutes(5), true),
                new FeedConfig("https://example.org/atom", "example.org", null, FeedConfig.DEFAULT_POLL, false));
        assertThat(loaded.unknownKeys()).isEmpty();
    }

    @Test
    void unknownKeysAreReportedWithTheirPath() {
        FeedsFile.Loaded loaded = FeedsFile.parse("""
                owner: desk
                feeds:
                  - url: http://a.example/rss
                  - url: http://b.example/rss
                    priority: high
                    auth: {user: x}
                """, "feeds.yaml");
        assertThat(loaded.feeds()).hasSize(2);
        assertThat(loaded.unknownKeys()).containsExactlyInAnyOrder("owner", "feeds[1].priority", "feeds[1].auth");
    }

    @Test
    void badValuesFailWithTheirPath() {
        assertThatThrownBy(() -> FeedsFile.parse("""
                feeds:
                  - name: no address
                  - url: ftp://x.example/rss
                  - url: http://c.example/rss
                    poll: five minutes
                """, "feeds.yaml"))
                .hasMessageContaining("feeds[0].url is missing")
                .hasMessageContaining("feeds[1].url 'ftp://x.example/rss' is not an http(s) address")
                .hasMessageContaining("feeds[2].poll 'five minutes' is not an ISO-8601 duration");
        assertThatThrownBy(() -> FeedsFile.parse("feeds: []\n", "feeds.yaml")).hasMessageContaining("lists no feeds");
        assertThatThrownBy(() -> FeedsFile.parse("feeds: [url: x\n", "feeds.yaml")).hasMessageContaining("not a valid feeds document");
    }
}
