package io.blocwatch.tagging.text;

import java.util.Map;

/**
 * Small integer flags per word, looked up by a range of characters of a text without making a
 * String of it: for loops that check every word of an item against word lists. Open addressing
 * over the words' own characters; the characters must match exactly (give it lower-case text to
 * look lower-case words up). Immutable once built, so one table serves every thread.
 */
public final class WordTable {

    private final String[] keys;
    private final int[] values;
    private final int mask;

    /** A table of {@code flags}' words with their values (every value must be non-zero). */
    public WordTable(Map<String, Integer> flags) {
        int capacity = Integer.highestOneBit(Math.max(4, flags.size() * 2 + 1)) << 1;
        keys = new String[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, Integer> e : flags.entrySet()) {
            if (e.getValue() == 0) {
                throw new IllegalArgumentException("flag 0 means absent: " + e.getKey());
            }
            String k = e.getKey();
            int at = hash(k, 0, k.length()) & mask;
            while (keys[at] != null) {
                at = (at + 1) & mask;
            }
            keys[at] = k;
            values[at] = e.getValue();
        }
    }

    /** The value of the word {@code s.substring(from, to)}, or 0 if the table does not hold it. */
    public int get(String s, int from, int to) {
        int len = to - from;
        int at = hash(s, from, to) & mask;
        for (String k = keys[at]; k != null; k = keys[at]) {
            if (k.length() == len && k.regionMatches(0, s, from, len)) {
                return values[at];
            }
            at = (at + 1) & mask;
        }
        return 0;
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ (h >>> 16);
    }
}
