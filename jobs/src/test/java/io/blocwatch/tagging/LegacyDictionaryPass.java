package io.blocwatch.tagging;

import java.util.ArrayList;
import java.util.List;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * The dictionary pass as it was before the double-array automaton (org.ahocorasick, whole words,
 * no overlaps), over the same keys: the reference the equivalence test compares with.
 */
final class LegacyDictionaryPass {

    /** One raw match in the folded text: [start, end) and the folded alias. */
    record Match(int start, int end, String key) {}

    private final Trie trie;

    LegacyDictionaryPass(Iterable<String> keys) {
        Trie.TrieBuilder b = Trie.builder().onlyWholeWords().ignoreOverlaps();
        for (String k : keys) {
            b.addKeyword(k);
        }
        trie = b.build();
    }

    List<Match> matches(String folded) {
        List<Match> out = new ArrayList<>();
        for (Emit e : trie.parseText(folded)) {
            out.add(new Match(e.getStart(), e.getEnd() + 1, e.getKeyword()));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}
