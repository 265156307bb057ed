package io.blocwatch.scoring;

import java.util.Arrays;
import java.util.List;

/**
 * The signature of format 1 (128 hash functions per shingle), kept in the tests only: the
 * syndication test compares its estimates with the current format's, and the state test builds
 * the signatures an older savepoint holds.
 */
final class LegacyMinHash {

    private static final long[] SEEDS = new long[128];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SEEDS.length; i++) {
            s = mix(s + 0x632BE59BD9B4E019L * (i + 1));
            SEEDS[i] = s;
        }
    }

    private LegacyMinHash() {}

    static long[] of(String text) {
        List<String> words = NearDuplicateSignature.words(text == null ? "" : text);
        if (words.isEmpty()) {
            return new long[0];
        }
        long[] sig = new long[SEEDS.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        int shingles = Math.max(1, words.size() - 1);
        for (int i = 0; i < shingles; i++) {
            long base = NearDuplicateSignature.shingleHash(words, i, Math.min(words.size(), i + 2));
            for (int k = 0; k < SEEDS.length; k++) {
                long h = mix(base ^ SEEDS[k]);
                if (Long.compareUnsigned(h, sig[k]) < 0) {
                    sig[k] = h;
                }
            }
        }
        return sig;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
