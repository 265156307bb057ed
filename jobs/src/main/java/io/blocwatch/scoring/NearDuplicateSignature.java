package io.blocwatch.scoring;

/** A MinHash fingerprint of a text over word shingles, to spot syndicated copies of one story. */
public final class NearDuplicateSignature {

    private NearDuplicateSignature() {}

    public static long[] of(String text) {
        return new long[0];
    }
}
