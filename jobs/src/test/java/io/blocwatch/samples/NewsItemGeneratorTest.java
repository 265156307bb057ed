package io.blocwatch.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.connectors.RawRecord;
import io.blocwatch.connectors.json.NewsItemParser;
import io.blocwatch.connectors.json.ParseOutcome;
import io.blocwatch.contracts.NewsItem;
import io.blocwatch.contracts.TaggedItem;
import io.blocwatch.operators.BlocEventRouter;
import io.blocwatch.scoring.BlocScenarios;
import io.blocwatch.scoring.NearDuplicateSignature;
import io.blocwatch.tagging.NewsTagger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewsItemGeneratorTest {

    @Test
    void sameSeedSameItemsValidBodiesStrictlyIncreasingTimeAndTaggableSecurityNews() {
        Instant start = Instant.parse("2025-03-01T00:00:00Z");
        NewsItemGenerator a = new NewsItemGenerator(42, start, Duration.ofMinutes(7));
        NewsItemGenerator b = new NewsItemGenerator(42, start, Duration.ofMinutes(7));
        NewsItemParser parser = new NewsItemParser();
        NewsTagger tagger = NewsTagger.withDefaults();
        BlocEventRouter router = new BlocEventRouter(BlocScenarios.loadDefault());
        Set<String> bodies = new HashSet<>();
        Instant previous = Instant.MIN;
        int n = 1000;
        int withInteractions = 0;
        int withAgreements = 0;
        int events = 0;
        int everyday = 0;
        long started = System.nanoTime();
        java.util.List<NewsItem> all = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            String json = a.nextJson();
            assertThat(b.nextJson()).isEqualTo(json);
            ParseOutcome outcome = parser.parse(new RawRecord("gen:" + i, json.getBytes(StandardCharsets.UTF_8)));
            assertThat(outcome.isOk()).as(json).isTrue();
            NewsItem item = outcome.item();
            assertThat(item.body().length()).isBetween(2_500, 5_500);
            Instant published = Instant.parse(item.publishedAt());
            assertThat(published).isAfter(previous);
            previous = published;
            bodies.add(item.title() + item.body().substring(0, 400));
            all.add(item);
            TaggedItem tagged = tagger.tag(item);
            withInteractions += tagged.interactions().isEmpty() ? 0 : 1;
            withAgreements += tagged.agreements().isEmpty() ? 0 : 1;
            int routed = router.route(tagged).size();
            events += routed;
            if (NewsItemGenerator.isEverydayNews(item)) {
                everyday++;
                assertThat(tagged.interactions()).as(item.body()).isEmpty();
                assertThat(routed).isZero();
            }
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        // Different stories look different to the scorer's near-duplicate check; syndicated copies do not.
        int similarPairs = 0;
        int pairs = 0;
        double max = 0;
        for (int i = 0; i < 200; i++) {
            for (int j = i + 1; j < 200; j++) {
                double sim = NearDuplicateSignature.similarity(NearDuplicateSignature.of(all.get(i).fullText()),
                        NearDuplicateSignature.of(all.get(j).fullText()));
                pairs++;
                if (sim >= 0.25) {
                    similarPairs++;
                } else {
                    max = Math.max(max, sim);
                }
            }
        }
        System.out.printf("generator: %d of %d item pairs are near-duplicates (>= 0.25); highest other similarity %.3f%n",
                similarPairs, pairs, max);
        assertThat(similarPairs).isLessThan(pairs / 100);
        System.out.printf("generator: %d items, %d with interactions, %d with agreements, %d bloc events, %d distinct openings, tagged in %d ms%n",
                n, withInteractions, withAgreements, events, bodies.size(), ms);
        assertThat(withInteractions).isBetween(n / 5, n / 2);
        assertThat(everyday).isBetween(n / 2, n * 3 / 4);
        assertThat(withAgreements).isGreaterThan(n / 50);
        assertThat(events).isGreaterThan(n / 10);
        // About 5% are syndicated near-copies of an earlier story.
        assertThat(n - bodies.size()).isBetween(n / 50, n / 10);
    }
}
