package io.blocwatch.tagging.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The search for a match score ("beat Ireland 28-24") answers as the pattern run over the whole text does. */
class MentionFinderScoreTest {

    /** The pattern as written in MentionFinder. */
    private static final Pattern SCORE = Pattern.compile("(?<![\\d-])\\d{1,2}\\s?[-\u2013]\\s?\\d{1,2}(?![\\d-])");

    @Test
    void findsWhatThePatternFinds() {
        String alphabet = "0123456789--\u2013\u2014  \t\na.:";
        Random random = new Random(2026);
        int found = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(16);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            boolean expected = SCORE.matcher(text).find();
            assertThat(MentionFinder.hasScore(text)).as("'%s'", text).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).isGreaterThan(10_000);
    }

    @Test
    void scoresInText() {
        assertThat(MentionFinder.hasScore("morocco beat portugal 1-0 in the quarter-final")).isTrue();
        assertThat(MentionFinder.hasScore("they won 28 \u2013 24 on saturday")).isTrue();
        assertThat(MentionFinder.hasScore("the 2014-2018 plan, the 12-month deal, a 3-0-1 record")).isFalse();
        assertThat(MentionFinder.hasScore("-1-2")).isFalse();
        assertThat(MentionFinder.hasScore("")).isFalse();
    }
}
