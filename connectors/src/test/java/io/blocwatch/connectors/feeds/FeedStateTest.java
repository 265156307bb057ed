package io.blocwatch.connectors.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a feed remembers across restarts: bounded, aged, and read back as written. */
class FeedStateTest {

    @Test
    void seenIdsForgetTheOldestBeyondTheirAgeAndCount() {
        SeenIds seen = new SeenIds();
        assertThat(seen.add("a", 1_000)).isTrue();
        assertThat(seen.add("a", 2_000)).isFalse();
        seen.add("b", 5_000);
        seen.add("c", 9_000);
        seen.add("d", 9_500);

        seen.expire(10_000, 6_000, 10); // "a" was first seen more than 6 s before
        assertThat(seen.contains("a")).isFalse();
        assertThat(seen.snapshot().keySet()).containsExactly("b", "c", "d");

        seen.expire(10_000, 60_000, 2); // at most two: the oldest goes
        assertThat(seen.snapshot().keySet()).containsExactly("c", "d");
    }

    @Test
    void splitsAndEnumeratorStateSurviveSerialization() throws Exception {
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("feed-1", 10L);
        ids.put("feed-2", 20L);
        FeedSplit split = new FeedSplit(new FeedConfig("http://a.example/rss", "A", null, Duration.ofMinutes(2), true),
                "\"e1\"", "Tue, 01 Dec 2026 10:00:00 GMT", ids);
        FeedSplitSerializer s = new FeedSplitSerializer();
        FeedSplit back = s.deserialize(s.getVersion(), s.serialize(split));
        assertThat(back).isEqualTo(split);
        assertThat(back.seen().keySet()).containsExactly("feed-1", "feed-2");

        FeedSplitSerializer.EnumState state = new FeedSplitSerializer.EnumState(List.of(split), Set.of("http://a.example/rss"));
        FeedSplitSerializer.EnumStateSerializer es = new FeedSplitSerializer.EnumStateSerializer();
        assertThat(es.deserialize(es.getVersion(), es.serialize(state))).isEqualTo(state);
    }

    @Test
    void idsIgnoreTrackingParametersCaseOfHostAndFragments() {
        assertThat(ItemIds.of(null, "HTTPS://News.Example:443/a/b?id=4&utm_source=x#top"))
                .isEqualTo(ItemIds.of(null, "https://news.example/a/b?id=4"))
                .isNotEqualTo(ItemIds.of(null, "https://news.example/a/b?id=5"));
        assertThat(ItemIds.of("tag:wire,2026:1", "https://news.example/x")).isEqualTo(ItemIds.of("tag:wire,2026:1", "https://other.example/y"));
        assertThat(ItemIds.of(null, null)).isNull();
    }
}
