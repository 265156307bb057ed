package io.blocwatch.tagging.coder;

import io.blocwatch.tagging.DictionaryMatcher;
import java.time.LocalDate;
import java.util.List;

/**
 * An item ready for coding: its text (headline, a blank line, the body without boilerplate), its
 * sentences, the day it was published and the dictionary hits in its text. Only sentences that
 * name an actor or carry an event, agreement or office word are tokenised and tagged; the others
 * keep their text and no tokens, so that the cost follows the security content. {@code localTown} is
 * the dateline's town when the dateline places it in a US state ("MEXICO, Mo. -"), else null: the
 * item's other mentions of that name are the town. [{@code datelineStart}, {@code datelineEnd}) is a leading
 * dateline ("ADDIS ABABA -"), or empty. {@code lowerText} is {@code text.toLowerCase(Locale.ROOT)}, made
 * once for every stage that searches the text regardless of case.
 */
public record Document(String id, String text, List<Sentence> sentences, LocalDate published, int datelineStart,
        int datelineEnd, List<DictionaryMatcher.Hit> hits, String localTown, String lowerText) {

    public Document(String id, String text, List<Sentence> sentences, LocalDate published, int datelineStart,
            int datelineEnd, List<DictionaryMatcher.Hit> hits, String localTown) {
        this(id, text, sentences, published, datelineStart, datelineEnd, hits, localTown,
                text.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean inDateline(int offset) {
        return offset >= datelineStart && offset < datelineEnd;
    }

    /** Whether the token is a year (1900-2099) before the item's own: "the 2015 accord", "signed in 1960". */
    public boolean earlierYear(String token) {
        return token.length() == 4 && token.matches("(19|20)\\d\\d") && Integer.parseInt(token) < published.getYear();
    }
}
