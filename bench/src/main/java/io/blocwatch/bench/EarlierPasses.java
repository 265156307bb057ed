package io.blocwatch.bench;

import io.blocwatch.tagging.DictionaryMatcher;
import io.blocwatch.tagging.TextFolding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ahocorasick.trie.Trie;

/**
 * The near-duplicate signature and the dictionary automaton as they were before issue 17 (a
 * 128-function MinHash per bigram; org.ahocorasick with whole words and no overlaps), kept here
 * only so that the benchmarks measure before and after in one run.
 */
final class EarlierPasses {

    private static final long[] SEEDS = new long[128];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SEEDS.length; i++) {
            s = mix(s + 0x632BE59BD9B4E019L * (i + 1));
            SEEDS[i] = s;
        }
    }

    private final Trie trie;

    EarlierPasses(DictionaryMatcher matcher) {
        Trie.TrieBuilder b = Trie.builder().onlyWholeWords().ignoreOverlaps();
        for (String k : matcher.keys()) {
            b.addKeyword(k);
        }
        trie = b.build();
    }

    /** The earlier automaton over an already folded text. */
    Object dictionaryPass(String folded) {
        return trie.parseText(folded);
    }

    /** The earlier signature of a raw text (it folded the text itself). */
    static long[] signature(String text) {
        List<String> words = new ArrayList<>();
        for (String w : TextFolding.fold(text).split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return new long[0];
        }
        long[] sig = new long[SEEDS.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        int shingles = Math.max(1, words.size() - 1);
        for (int i = 0; i < shingles; i++) {
            long base = shingleHash(words, i, Math.min(words.size(), i + 2));
            for (int k = 0; k < SEEDS.length; k++) {
                long h = mix(base ^ SEEDS[k]);
                if (Long.compareUnsigned(h, sig[k]) < 0) {
                    sig[k] = h;
                }
            }
        }
        return sig;
    }

    private static long shingleHash(List<String> words, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int w = from; w < to; w++) {
            if (w > from) {
                h = (h ^ ' ') * 0x100000001b3L;
            }
            String s = words.get(w);
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * 0x100000001b3L;
            }
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

}
