package io.blocwatch.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A MinHash fingerprint of a text over word shingles, to spot syndicated copies of one story.
 *
 * <p>Shingles are word bigrams of the lower-cased, accent-folded text: on the development set
 * two rewrites of one wire story share about 43% of their bigrams, two different stories at most
 * 5% (see docs/scoring.md), which the default threshold of 0.25 separates with a wide margin.
 */
public final class NearDuplicateSignature {

    public static final int SIZE = 128;
    public static final int SHINGLE_WORDS = 2;
    private static final long[] SEEDS = new long[SIZE];
    // Compiled once: String.replaceAll/split with these expressions would compile them per item.

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            s = mix(s + 0x632BE59BD9B4E019L * (i + 1));
            SEEDS[i] = s;
        }
    }

    private NearDuplicateSignature() {}

    public static long[] of(String text) {
        List<String> words = words(text == null ? "" : text);
        if (words.isEmpty()) {
            return new long[0];
        }
        long[] sig = new long[SIZE];
        Arrays.fill(sig, Long.MAX_VALUE);
        int shingles = Math.max(1, words.size() - SHINGLE_WORDS + 1);
        for (int i = 0; i < shingles; i++) {
            long base = shingleHash(words, i, Math.min(words.size(), i + SHINGLE_WORDS));
            for (int k = 0; k < SIZE; k++) {
                long h = mix(base ^ SEEDS[k]);
                if (Long.compareUnsigned(h, sig[k]) < 0) {
                    sig[k] = h;
                }
            }
        }
        return sig;
    }

    /** The MinHash estimate of the Jaccard similarity of two signatures; 0 if either is empty. */
    public static double similarity(long[] a, long[] b) {
        if (a == null || b == null || a.length == 0 || a.length != b.length) {
            return 0.0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) a.length;
    }

    static List<String> words(String text) {
        // the tagger's own folding (diacritics, case, every run of non-letters one space)
        String folded = io.blocwatch.tagging.TextFolding.fold(text);
        List<String> words = new ArrayList<>();
        for (String w : folded.split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * FNV-1a of {@code words[from..to)} joined by single spaces, without building the joined
     * string (the same value as hashing {@code String.join(" ", ...)}).
     */
    static long shingleHash(List<String> words, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int w = from; w < to; w++) {
            if (w > from) {
                h ^= ' ';
                h *= 0x100000001b3L;
            }
            String s = words.get(w);
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
        }
        return h;
    }

    /** SplitMix64 finaliser: a cheap, well-spread 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
