package io.blocwatch.tagging.text;

import java.util.Map;

/**
 * Small integer flags per word, looked up by a range of characters of a text without making a
 * String of it: for loops that check every word of an item against word lists. Open addressing
 * over the words' own characters; the characters must match exactly (give it lower-case text to
 * look lower-case words up). A probe reads one array of hash codes and values, and a word's own
 * characters only when the hash codes agree; a word longer or shorter than every key is not hashed
 * at all. Immutable once built, so one table serves every thread.
 */
public final class WordTable {

    private final String[] keys;
    /** {@code slots[2i]}: the hash of {@code keys[i]}; {@code slots[2i + 1]}: its value (0: an empty slot). */
    private final int[] slots;
    private final int mask;
    private final int shortest;
    private final int longest;

    /** A table of {@code flags}' words with their values (every value must be non-zero). */
    public WordTable(Map<String, Integer> flags) {
        int capacity = Integer.highestOneBit(Math.max(4, flags.size() * 2 + 1)) << 1;
        keys = new String[capacity];
        slots = new int[capacity * 2];
        mask = capacity - 1;
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (Map.Entry<String, Integer> e : flags.entrySet()) {
            if (e.getValue() == 0) {
                throw new IllegalArgumentException("flag 0 means absent: " + e.getKey());
            }
            String k = e.getKey();
            int h = hash(k, 0, k.length());
            int at = h & mask;
            while (keys[at] != null) {
                at = (at + 1) & mask;
            }
            keys[at] = k;
            slots[2 * at] = h;
            slots[2 * at + 1] = e.getValue();
            min = Math.min(min, k.length());
            max = Math.max(max, k.length());
        }
        shortest = min;
        longest = max;
    }

    /** The value of the word {@code s.substring(from, to)}, or 0 if the table does not hold it. */
    public int get(String s, int from, int to) {
        int len = to - from;
        if (len > longest || len < shortest) {
            return 0;
        }
        int h = hash(s, from, to);
        int at = h & mask;
        for (int v = slots[2 * at + 1]; v != 0; v = slots[2 * at + 1]) {
            if (slots[2 * at] == h) {
                String k = keys[at];
                if (k.length() == len && k.regionMatches(0, s, from, len)) {
                    return v;
                }
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
