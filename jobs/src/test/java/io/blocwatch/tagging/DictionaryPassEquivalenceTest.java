package io.blocwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blocwatch.samples.NewsItemGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The double-array dictionary pass finds exactly what the earlier org.ahocorasick pass (whole
 * words, no overlaps) found, match for match, on the benchmark workload, the project's gold sets
 * and the sample items, and on texts made to trip the whole-word and overlap rules.
 */
class DictionaryPassEquivalenceTest {

    static DictionaryMatcher matcher;
    static LegacyDictionaryPass legacy;

    @BeforeAll
    static void automata() {
        matcher = new DictionaryMatcher(Dictionary.defaults());
        legacy = new LegacyDictionaryPass(matcher.keys());
    }

    static long compare(List<String> texts) {
        long matches = 0;
        for (String text : texts) {
            TextFolding.Folded f = TextFolding.foldWithOffsets(text);
            TextFolding.Folded reference = LegacyFolding.fold(text);
            assertThat(f.text()).isEqualTo(reference.text());
            assertThat(f.origin()).isEqualTo(reference.origin());
            String folded = f.text();
            List<DictionaryMatcher.Match> now = matcher.matches(folded);
            List<DictionaryMatcher.Match> before = new ArrayList<>();
            for (LegacyDictionaryPass.Match m : legacy.matches(folded)) {
                before.add(new DictionaryMatcher.Match(m.start(), m.end(), m.key()));
            }
            assertThat(now).as("matches in %s", folded.length() > 120 ? folded.substring(0, 120) + "..." : folded)
                    .isEqualTo(before);
            matches += now.size();
        }
        return matches;
    }

    @Test
    void sameMatchesOnTheBenchmarkWorkload() {
        // the benchmark's generator and seed (bench/Workload.SEED), 600 items of 3-5 KB
        NewsItemGenerator g = new NewsItemGenerator(20_261_125L, Instant.parse("2020-01-01T00:00:00Z"), Duration.ofMinutes(10));
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            texts.add(g.next().fullText());
        }
        assertThat(compare(texts)).isGreaterThan(10_000);
    }

    @Test
    void sameMatchesOnTheGoldSetsAndTheSampleItems() throws IOException {
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> gold = Files.list(Path.of("../core/src/test/resources/gold"))) {
            gold.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
        }
        files.add(Path.of("../testkit/src/main/resources/samples/news-items.jsonl"));
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    texts.add(n.path("title").asText("") + "\n\n" + n.path("body").asText(""));
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(6);
        assertThat(texts).hasSizeGreaterThan(100);
        assertThat(compare(texts)).isGreaterThan(1_000);
    }

    @Test
    void sameMatchesWhereWordsTouchOverlapAndNest() {
        compare(List.of(
                "South Korea and North Korea; Korea. The Korean peninsula, Koreas",
                "United States Secretary of State; the US and U.S. forces; USA2 us9 9us",
                "European Union Commission president; the EU's European Council in Brussels",
                "Bosnia and Herzegovina's Republika Srpska; Serbia-Kosovo; Kosovar Serbs",
                "Xi Jinping met Vladimir Putin and Putin met Xi; Jinping",
                "Đurić, Vučić and Støre: Straße Ærø; ﬁ ½ Ⅻ Ǆ İstanbul ŁÓDŹ Þór Œuvre — «Kyiv»…",
                "\u0301leading mark, trailing ß", "ßßßßßßßßßßßßßßßßßßßß", "Ça-va?! x̌",
                "", " ", "a", "united united states states of america america"));
    }
}
