package io.blocwatch.tagging.coder;

import io.blocwatch.tagging.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a lexicon entry asks of the words around its match (events.yaml {@code needs_after},
 * {@code blocked_by_object}, the goods of a transfer): one reading for the coder's interaction pass
 * and for the political gate, so that a verb makes an item political exactly when it could be coded.
 */
final class EntryConditions {

    private EntryConditions() {}


    /** The judgement an evaluative verb needs, before the clause ends: "called the move dangerous". */
    static boolean judgementAfter(Sentence s, int end, Set<String> words) {
        // the judgement may follow an apposition: "called the drills, coming two days after ..., very aggressive"
        for (int k = end + 1; k < s.size() && k <= end + 16; k++) {
            Token t = s.token(k);
            boolean quote = t.text().equals("\"") || t.text().equals("\u201C") || t.text().equals("\u201D");
            if (Syntax.boundary(t) && !quote) {
                return false; // (quotes around the judgement are the speaker's words: called it "extremely dangerous")
            }
            if (words.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** A blocking word right after the match, past determiners, adjectives and possessives: "struck a deal". */
    static boolean blocked(Sentence s, int end, Set<String> words) {
        for (int k = end + 1; k < s.size() && k <= end + 3; k++) {
            String w = s.token(k).lower();
            if (words.contains(w)) {
                return true;
            }
            if (!(s.token(k).pos().equals("DET") || s.token(k).pos().equals("ADJ") || Vocabulary.POSSESSIVES.contains(w))) {
                return false;
            }
        }
        return false;
    }

    /** Goods of one to three words from the match's first token to twelve after its end; a hyphen joins nothing. */
    static boolean goodsNear(Sentence s, int i, int end, Set<String> goods) {
        List<String> words = new ArrayList<>();
        for (int k = i; k < s.size() && k <= end + 12; k++) {
            if (!s.token(k).text().equals("-")) {
                words.add(s.token(k).lower()); // "air-defence system" is "air defence system"
            }
        }
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (goods.contains(w) || k + 1 < words.size() && goods.contains(w + " " + words.get(k + 1))
                    || k + 2 < words.size() && goods.contains(w + " " + words.get(k + 1) + " " + words.get(k + 2))) {
                return true;
            }
        }
        return false;
    }
}
