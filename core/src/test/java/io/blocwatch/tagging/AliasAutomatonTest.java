package io.blocwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The automaton reports every occurrence of every alias (against a search of each alias at every
 * offset), its 16-bit table reports the same hits in the same order as the 32-bit one, and the
 * word-end scan reports exactly those not followed by an alphabetic character.
 */
class AliasAutomatonTest {

    private static List<String> scan(AliasAutomaton a, String text) {
        List<String> out = new ArrayList<>();
        a.scan(text, (begin, end, key) -> out.add(begin + ":" + end + ":" + key));
        return out;
    }

    @Test
    void everyOccurrenceInBothTables() {
        Random random = new Random(7);
        String alphabet = "ab c-";
        for (int round = 0; round < 200; round++) {
            TreeSet<String> aliases = new TreeSet<>();
            int count = 1 + random.nextInt(30);
            while (aliases.size() < count) {
                aliases.add(randomText(random, alphabet, 1 + random.nextInt(6)));
            }
            AliasAutomaton compact = new AliasAutomaton(aliases);
            AliasAutomaton wide = new AliasAutomaton(aliases, false);
            for (int t = 0; t < 20; t++) {
                String text = randomText(random, alphabet + "xyz\u00e9\u00e9\u0301.", random.nextInt(60));
                List<String> hits = scan(compact, text);
                assertThat(hits).as(text).containsExactlyElementsOf(scan(wide, text));
                List<String> expected = new ArrayList<>();
                for (String k : aliases) {
                    for (int at = text.indexOf(k); at >= 0; at = text.indexOf(k, at + 1)) {
                        expected.add(at + ":" + (at + k.length()) + ":" + k);
                    }
                }
                assertThat(hits).as(text).containsExactlyInAnyOrderElementsOf(expected);
                // the word-end scan: the same hits but those followed by an alphabetic character
                List<String> atWordEnds = new ArrayList<>();
                for (String h : hits) {
                    int end = Integer.parseInt(h.split(":")[1]);
                    if (end == text.length() || !Character.isAlphabetic(text.charAt(end))) {
                        atWordEnds.add(h);
                    }
                }
                List<String> scanned = new ArrayList<>();
                compact.scanWordEnds(text, (begin, end, key) -> scanned.add(begin + ":" + end + ":" + key));
                assertThat(scanned).as(text).containsExactlyElementsOf(atWordEnds);
                List<String> scannedWide = new ArrayList<>();
                wide.scanWordEnds(text, (begin, end, key) -> scannedWide.add(begin + ":" + end + ":" + key));
                assertThat(scannedWide).as(text).containsExactlyElementsOf(atWordEnds);
            }
        }
    }

    @Test
    void theShippedDictionaryFitsTheCompactTable() {
        DictionaryMatcher matcher = new DictionaryMatcher(NewsTagger.withDefaults().dictionary());
        AliasAutomaton compact = new AliasAutomaton(new TreeSet<>(matcher.keys()));
        AliasAutomaton wide = new AliasAutomaton(new TreeSet<>(matcher.keys()), false);
        String text = TextFolding.fold("The United States, Japan and South Korea began their first three-way "
                + "exercise, Freedom Edge; NATO's Secretary General Mark Rutte met the president of Serbia "
                + "in Brussels with EU and OSCE envoys.");
        List<String> hits = scan(compact, text);
        assertThat(hits).hasSizeGreaterThan(5).containsExactlyElementsOf(scan(wide, text));
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
