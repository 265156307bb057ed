package io.blocwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import io.blocwatch.tagging.coder.Document;
import io.blocwatch.tagging.coder.DocumentReader;
import io.blocwatch.tagging.coder.Sentence;
import io.blocwatch.tagging.coder.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextProcessingTest {

    @Test
    void foldsDiacriticsCaseAndPunctuation() {
        assertThat(TextFolding.fold("Aleksandar Vučić")).isEqualTo("aleksandar vucic");
        assertThat(TextFolding.fold("Marko Đurić, Łódź; Ørsted")).isEqualTo("marko duric lodz orsted");
        assertThat(TextFolding.fold("Szalay-Bobrovniczky")).isEqualTo("szalay bobrovniczky");
        assertThat(TextFolding.fold("Kosovo's  U.S.")).isEqualTo("kosovo s u s");
    }

    @Test
    void foldsDiacriticsOfNamesButKeepsTheirCase() {
        assertThat(TextFolding.foldDiacritics("Aleksandar Vučić")).isEqualTo("Aleksandar Vucic");
        assertThat(TextFolding.foldDiacritics("Marko Đurić, Łódź; Jonas Gahr Støre ")).isEqualTo("Marko Duric, Lodz; Jonas Gahr Store");
    }

    @Test
    void keepsOffsetsIntoTheOriginal() {
        String s = "Sa Vučićem, u Beogradu";
        TextFolding.Folded f = TextFolding.foldWithOffsets(s);
        int at = f.text().indexOf("beogradu");
        assertThat(s.substring(f.originStart(at))).startsWith("Beogradu");
    }

    @Test
    void matcherFindsLongestWholeWordsWithOriginalOffsets() {
        DictionaryMatcher m = new DictionaryMatcher(Dictionary.defaults());
        String text = "Officials in Republika Srpska and Bosnia-Herzegovina met Kristof Szalay-Bobrovniczky.";
        List<DictionaryMatcher.Hit> hits = m.find(text);
        assertThat(hits).extracting(DictionaryMatcher.Hit::text)
                .contains("Republika Srpska", "Bosnia-Herzegovina", "Kristof Szalay-Bobrovniczky");
        assertThat(m.find("Serbiana and Hungaryx")).isEmpty();
    }

    @Test
    void splitsSentencesAroundAbbreviationsAndQuotes() {
        String body = "The U.S. envoy met Gen. Charles Q. Brown in Washington. \u201CWe agree,\u201D he said. "
                + "Talks end today! Then what?";
        Document doc = new DocumentReader(Vocabulary.defaults(), NewsTagger.withDefaults().matcher())
                .read(TaggerFixtures.item("s", "2025-04-03T10:00:00Z", "Envoy meets general", body));
        assertThat(doc.sentences()).extracting(Sentence::text).containsExactly("Envoy meets general",
                "The U.S. envoy met Gen. Charles Q. Brown in Washington.", "\u201CWe agree,\u201D he said.",
                "Talks end today!", "Then what?");
        assertThat(doc.sentences().get(0).headline()).isTrue();
    }

    @Test
    void dropsBoilerplateLinesButKeepsCaptions() {
        String body = "By Jane Roe\nSerbia and Hungary signed a pact on Tuesday.\nRead more: Hungary's energy deals\n"
                + "Photo: the two ministers in Belgrade.\n\u00A9 2025 Example Wire. All rights reserved.";
        Document doc = new DocumentReader(Vocabulary.defaults(), NewsTagger.withDefaults().matcher())
                .read(TaggerFixtures.item("b", "2025-04-03T10:00:00Z", "", body));
        assertThat(doc.sentences()).extracting(Sentence::text).containsExactly(
                "Serbia and Hungary signed a pact on Tuesday.", "Photo: the two ministers in Belgrade.");
    }

    @Test
    void resolvesDatesAgainstPublication() {
        LocalDate thursday = LocalDate.of(2025, 4, 3);
        assertThat(DateResolver.resolve(List.of("on", "tuesday"), thursday)).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(DateResolver.resolve(List.of("on", "thursday"), thursday)).isEqualTo(thursday);
        assertThat(DateResolver.resolve(List.of("march", "18", "in"), thursday)).isEqualTo(LocalDate.of(2025, 3, 18));
        assertThat(DateResolver.resolve(List.of("on", "18", "march"), thursday)).isEqualTo(LocalDate.of(2025, 3, 18));
        assertThat(DateResolver.resolve(List.of("december", "30"), LocalDate.of(2025, 1, 5)))
                .isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(DateResolver.resolve(List.of("yesterday"), thursday)).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(DateResolver.resolve(List.of("last", "week"), thursday)).isNull();
        assertThat(DateResolver.resolve(List.of("in", "2020"), thursday)).isNull();
        assertThat(DateResolver.resolve(List.of("may", "be"), thursday)).isNull();
    }
}
