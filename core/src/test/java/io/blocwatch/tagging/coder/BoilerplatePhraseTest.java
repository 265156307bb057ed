package io.blocwatch.tagging.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A plain boilerplate phrase is found in a line exactly where its case-insensitive pattern is. */
class BoilerplatePhraseTest {

    @Test
    void findsWhatTheCaseInsensitivePatternFinds() {
        Random random = new Random(3);
        String alphabet = "allRIGHTSrightsreserved ALL  \u00c0\u00e0\u0130\u0131\u212a k1";
        int found = 0;
        for (String phrase : List.of("all rights reserved", "ok", "a 1", "1 a", " ri")) {
            Pattern p = Pattern.compile(phrase, Pattern.CASE_INSENSITIVE);
            for (int n = 0; n < 30_000; n++) {
                StringBuilder b = new StringBuilder();
                int len = random.nextInt(30);
                for (int i = 0; i < len; i++) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                if (random.nextInt(4) == 0) {
                    b.insert(random.nextInt(b.length() + 1), random.nextBoolean() ? phrase.toUpperCase() : phrase);
                }
                String line = b.toString();
                boolean expected = p.matcher(line).find();
                assertThat(DocumentReader.containsIgnoringAsciiCase(line, phrase)).as("'%s' in '%s'", phrase, line)
                        .isEqualTo(expected);
                found += expected ? 1 : 0;
            }
        }
        assertThat(found).isGreaterThan(25_000);
        // the Kelvin sign folds to k only with UNICODE_CASE, which the boilerplate patterns do not use
        assertThat(DocumentReader.containsIgnoringAsciiCase("o\u212a", "ok")).isFalse();
        assertThat(DocumentReader.containsIgnoringAsciiCase("\u00a9 2024 Reuters. All Rights Reserved.",
                "all rights reserved")).isTrue();
    }
}
