package io.blocwatch.scoring;

import io.blocwatch.tagging.TextFolding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A one-permutation MinHash fingerprint of a text over word shingles, to spot syndicated copies of
 * one story.
 *
 * <p>Shingles are word bigrams of the folded text (the tagger's own {@link TextFolding}: accents,
 * case and punctuation do not matter). Every shingle is hashed once: the top 7 bits of the hash
 * choose one of {@link #SIZE} bins, the rest is the value, and each bin keeps its smallest value.
 * Bins no shingle fell into are filled by optimal densification (each empty bin copies the bin a
 * hash sequence of its own index lands on first among the filled ones), so that two signatures
 * are compared bin by bin like a classic MinHash: the share of equal bins estimates the Jaccard
 * similarity of the two shingle sets. The classic form with 128 hash functions per shingle cost as
 * much as all of tagging; this one costs one hash per shingle.
 *
 * <p>Signatures live in checkpointed state ({@link SeenItem}), so they carry their format:
 * element 0 is {@link #FORMAT}, the bins follow ({@link #LENGTH} longs in all). A signature of the
 * earlier format (128 longs, no header) restored from an older savepoint is never similar to a new
 * one ({@link #similarity} gives 0): its values come from other hash functions and cannot be
 * compared. Two old ones are still compared as before.
 */
public final class NearDuplicateSignature {

    /** Bins of the fingerprint, of 32 bits each. */
    public static final int BINS = 256;
    /** Longs the bins take (two bins a long). */
    public static final int SIZE = BINS / 2;
    /** Longs in a signature: the format header and the bins. */
    public static final int LENGTH = SIZE + 1;
    /** Element 0 of a signature of this format ("OPH" and format 2). */
    public static final long FORMAT = 0x4F50480000000002L;
    public static final int SHINGLE_WORDS = 2;
    private static final int BIN_SHIFT = 64 - 8;
    private static final int EMPTY = -1;
    private static final long FNV_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private NearDuplicateSignature() {}

    /** The signature of a raw text: folds it, then as {@link #ofFolded}. */
    public static long[] of(String text) {
        return ofFolded(TextFolding.fold(text == null ? "" : text));
    }

    /**
     * The signature of an already folded text (words of letters and digits separated by single
     * spaces, as {@link TextFolding} writes them; leading or trailing spaces do not matter). Empty
     * for a text without words.
     */
    public static long[] ofFolded(CharSequence folded) {
        int[] bins = new int[BINS];
        Arrays.fill(bins, EMPTY);
        if (shingles(folded, h -> put(bins, h)) == 0) {
            return new long[0];
        }
        long[] sig = new long[LENGTH];
        sig[0] = FORMAT;
        for (int i = 0; i < SIZE; i++) {
            sig[i + 1] = ((bins[2 * i] & 0xFFFFFFFFL) << 32) | (bins[2 * i + 1] & 0xFFFFFFFFL);
        }
        return sig;
    }

    /**
     * Gives the FNV-1a hash of every shingle of a folded text (each pair of adjacent words joined by
     * one space; the one word of a one-word text) to {@code out}, in order; returns the word count.
     */
    static int shingles(CharSequence folded, java.util.function.LongConsumer out) {
        int words = 0;
        long first = 0;            // FNV-1a of the first word, for a one-word text
        long prevSpaced = 0;       // FNV-1a of "previous word " continued over the current word
        long cur = FNV_BASIS;      // FNV-1a of the current word
        boolean inWord = false;
        int n = folded.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? folded.charAt(i) : ' ';
            if (c != ' ') {
                cur = (cur ^ c) * FNV_PRIME;
                prevSpaced = (prevSpaced ^ c) * FNV_PRIME;
                inWord = true;
                continue;
            }
            if (!inWord) {
                continue;
            }
            words++;
            if (words == 1) {
                first = cur;
            } else {
                out.accept(prevSpaced);
            }
            prevSpaced = (cur ^ ' ') * FNV_PRIME;
            cur = FNV_BASIS;
            inWord = false;
        }
        if (words == 1) {
            out.accept(first);
        }
        return words;
    }

    private static void put(int[] bins, long shingle) {
        long h = mix(shingle);
        int bin = (int) (h >>> BIN_SHIFT);
        int v = (int) h;
        if (v == EMPTY) {
            v = EMPTY - 1;
        }
        if (Integer.compareUnsigned(v, bins[bin]) < 0) {
            bins[bin] = v;
        }
    }

    /**
     * The estimate of the Jaccard similarity of two signatures: the share of equal bins; 0 if either
     * is empty or they are of different formats.
     */
    public static double similarity(long[] a, long[] b) {
        if (a == null || b == null || a.length == 0 || a.length != b.length) {
            return 0.0;
        }
        int from = a.length == LENGTH && a[0] == FORMAT ? 1 : 0;
        if (from == 1 && b[0] != FORMAT) {
            return 0.0;
        }
        if (from == 0) {
            int same = 0;
            for (int i = 0; i < a.length; i++) {
                if (a[i] == b[i]) {
                    same++;
                }
            }
            return same / (double) a.length;
        }
        int same = 0;
        int used = 0;
        for (int i = 1; i < a.length; i++) {
            for (int shift = 32; shift >= 0; shift -= 32) {
                int x = (int) (a[i] >>> shift);
                int y = (int) (b[i] >>> shift);
                if (x != EMPTY || y != EMPTY) {
                    used++;
                    if (x == y) {
                        same++;
                    }
                }
            }
        }
        return used == 0 ? 0.0 : same / (double) used;
    }

    /** The words of a text as the signature sees them (for tests). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : TextFolding.fold(text).split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * FNV-1a of {@code words[from..to)} joined by single spaces (the shingle hash {@link #ofFolded}
     * computes while it scans, without building the joined string).
     */
    static long shingleHash(List<String> words, int from, int to) {
        long h = FNV_BASIS;
        for (int w = from; w < to; w++) {
            if (w > from) {
                h ^= ' ';
                h *= FNV_PRIME;
            }
            String s = words.get(w);
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= FNV_PRIME;
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
