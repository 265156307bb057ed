package io.blocwatch.tagging.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The runs walked in place are the words {@code split("[^\\p{L}-]+")} gives, on awkward texts too. */
class LetterRunsTest {

    private static final String[] TEXTS = {"", ",", " ,; ", "a", "-", ",,Serbia", "Serbia,,", " Kosovo's pro-EU  bloc. ",
        "co-operation -- 2024 talks", "Vučić and Đurić in Niš", "Ελλάδα ΟΔΟΣ και Τουρκία", "İstanbul DİYANET",
        "𝐀𝐁 math letters", "lone \uD800 surrogate \uDC00 here", "Straße 12 Øresund", "x\u0301y combining"};

    private static List<String> walked(String s) {
        List<String> out = new ArrayList<>();
        if (LetterRuns.splitHasEmpty(s)) {
            out.add("");
        }
        for (int a = LetterRuns.start(s, 0); a >= 0; a = LetterRuns.start(s, LetterRuns.end(s, a))) {
            out.add(s.substring(a, LetterRuns.end(s, a)));
        }
        return out;
    }

    @Test
    void walksTheWordsSplitFinds() {
        for (String s : TEXTS) {
            assertThat(walked(s)).as(s).containsExactlyElementsOf(Arrays.asList(s.split("[^\\p{L}-]+")));
        }
    }

    @Test
    void aLatin1TextKeepsItsWordsAtTheSameOffsetsInLowerCase() {
        String s = "Straße ÀÉÎÕÜ Øresund and the U.S.-EU µ-ÿ talks";
        assertThat(LetterRuns.latin1(s)).isTrue();
        String lower = s.toLowerCase(Locale.ROOT);
        assertThat(lower).hasSameSizeAs(s);
        for (int a = LetterRuns.start(s, 0); a >= 0; a = LetterRuns.start(s, LetterRuns.end(s, a))) {
            int b = LetterRuns.end(s, a);
            assertThat(LetterRuns.end(lower, a)).isEqualTo(b);
            assertThat(lower.substring(a, b)).isEqualTo(s.substring(a, b).toLowerCase(Locale.ROOT));
        }
        assertThat(LetterRuns.latin1("İstanbul")).isFalse();
    }

    @Test
    void wordTableFindsWordsByTheirCharacters() {
        WordTable t = new WordTable(java.util.Map.of("pact", 1, "treaty", 2, "", 4, "talks", 3));
        String text = "the pact, a treaty; talks-pacts";
        assertThat(t.get(text, 4, 8)).isEqualTo(1);
        assertThat(t.get(text, 12, 18)).isEqualTo(2);
        assertThat(t.get(text, 20, 25)).isEqualTo(3);
        assertThat(t.get(text, 26, 30)).isEqualTo(1);
        assertThat(t.get(text, 26, 31)).isZero();
        assertThat(t.get(text, 0, 3)).isZero();
        assertThat(t.get(text, 3, 3)).isEqualTo(4);
    }

    @Test
    void wordTableAnswersAsAMapOfTheWords() {
        java.util.Random random = new java.util.Random(9);
        java.util.Map<String, Integer> words = new java.util.HashMap<>();
        for (int i = 0; i < 700; i++) {
            words.put(word(random, 2 + random.nextInt(9)), 1 + random.nextInt(15));
        }
        WordTable t = new WordTable(words);
        java.util.List<String> probes = new java.util.ArrayList<>(words.keySet());
        for (int i = 0; i < 20_000; i++) {
            probes.add(word(random, random.nextInt(14)));
        }
        for (String w : probes) {
            String text = "<" + w + ">";
            assertThat(t.get(text, 1, 1 + w.length())).as(w).isEqualTo(words.getOrDefault(w, 0));
        }
    }

    private static String word(java.util.Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append((char) ('a' + random.nextInt(4)));
        }
        return b.toString();
    }
}
