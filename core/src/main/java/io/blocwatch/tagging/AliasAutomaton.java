package io.blocwatch.tagging;

import java.util.Arrays;
import java.util.SortedSet;

/**
 * An Aho–Corasick automaton over folded aliases, compiled to a full transition table: the folded
 * alphabet is small (the characters of the aliases, plus one class for every other character), so
 * each character of the text costs one table lookup, with no failure links to follow while
 * scanning. Reports every occurrence of every alias, overlapping or not; {@link DictionaryMatcher}
 * applies the whole-word and longest-first rules.
 */
final class AliasAutomaton {

    /** Receives one occurrence: the text's [begin, end) and the alias. */
    interface Hits {
        void hit(int begin, int end, String key);
    }

    private final char[] classOf = new char[Character.MAX_VALUE + 1];
    private final int width;
    /**
     * {@code delta[row + class]}: the row of the next state ({@code state * width}), with the sign
     * bit set when aliases end in that state, so the scan reads one array per character.
     */
    private final int[] delta;
    /**
     * The same table with states of 16 bits, for an automaton of at most 65,536 states (the shipped
     * dictionary has about 39,000): {@code compact[state * width + class]} is the next state, and
     * {@link #ends} says which states end aliases. Half the memory of {@link #delta}, so more of it
     * stays in the cache while the rest of the tagger runs; null (and {@link #delta} used) otherwise.
     */
    private final char[] compact;
    /** Bit s: aliases end in state s (with {@link #compact}). */
    private final long[] ends;
    /** The aliases ending in a state: {@code outKeys[outStart[s] .. outStart[s + 1])}. */
    private final int[] outStart;
    private final int[] outKeys;
    private final String[] keys;

    AliasAutomaton(SortedSet<String> aliases) {
        this(aliases, true);
    }

    /** {@code allowCompact} false: the 32-bit table whatever the size (tests compare the two). */
    AliasAutomaton(SortedSet<String> aliases, boolean allowCompact) {
        keys = aliases.toArray(new String[0]);
        char classes = 1; // 0: a character no alias has
        for (String k : keys) {
            for (int i = 0; i < k.length(); i++) {
                if (classOf[k.charAt(i)] == 0) {
                    classOf[k.charAt(i)] = classes++;
                }
            }
        }
        width = classes;
        int[] table = new int[width * 64];
        Arrays.fill(table, -1);
        int[] terminal = new int[64];
        Arrays.fill(terminal, -1);
        int states = 1;
        for (int k = 0; k < keys.length; k++) {
            int s = 0;
            for (int i = 0; i < keys[k].length(); i++) {
                int slot = s * width + classOf[keys[k].charAt(i)];
                if (table[slot] < 0) {
                    if ((states + 1) * width > table.length) {
                        int old = table.length;
                        table = Arrays.copyOf(table, old * 2);
                        Arrays.fill(table, old, table.length, -1);
                    }
                    if (states >= terminal.length) {
                        int old = terminal.length;
                        terminal = Arrays.copyOf(terminal, old * 2);
                        Arrays.fill(terminal, old, terminal.length, -1);
                    }
                    table[slot] = states++;
                }
                s = table[slot];
            }
            terminal[s] = k;
        }
        // breadth first: a state's failure state is shallower, so its row is complete when needed
        int[] fail = new int[states];
        int[] order = new int[states];
        int head = 0;
        int tail = 0;
        order[tail++] = 0;
        while (head < tail) {
            int s = order[head++];
            for (int a = 0; a < width; a++) {
                int slot = s * width + a;
                int t = table[slot];
                int viaFail = s == 0 ? 0 : table[fail[s] * width + a];
                if (t >= 0 && a != 0) {
                    fail[t] = s == 0 ? 0 : viaFail;
                    order[tail++] = t;
                } else {
                    table[slot] = viaFail;
                }
            }
        }
        // states are numbered breadth first in the compiled table, so that the shallow states, where a
        // scan spends most of its characters, lie together at its start (insertion order spreads them
        // over the whole table, and nearly every character would then read a row far from the last)
        int[] rank = new int[states];
        for (int r = 0; r < states; r++) {
            rank[order[r]] = r;
        }
        // every state's aliases: its own, then those of its failure state
        int[][] byState = new int[states][];
        byState[0] = new int[0];
        int total = 0;
        for (int i = 1; i < states; i++) {
            int s = order[i];
            int[] inherited = byState[fail[s]];
            int[] own = terminal[s] >= 0 ? new int[inherited.length + 1] : inherited;
            if (terminal[s] >= 0) {
                own[0] = terminal[s];
                System.arraycopy(inherited, 0, own, 1, inherited.length);
            }
            byState[s] = own;
            total += own.length;
        }
        outStart = new int[states + 1];
        outKeys = new int[total];
        int at = 0;
        for (int r = 0; r < states; r++) {
            int[] own = byState[order[r]];
            outStart[r] = at;
            System.arraycopy(own, 0, outKeys, at, own.length);
            at += own.length;
        }
        outStart[states] = at;
        if (allowCompact && states <= 1 << 16) {
            compact = new char[states * width];
            ends = new long[(states + 63) >>> 6];
            for (int r = 0; r < states; r++) {
                int from = order[r] * width;
                for (int a = 0; a < width; a++) {
                    compact[r * width + a] = (char) rank[table[from + a]];
                }
                if (outStart[r + 1] > outStart[r]) {
                    ends[r >>> 6] |= 1L << r;
                }
            }
            delta = null;
        } else {
            compact = null;
            ends = null;
            delta = new int[states * width];
            for (int r = 0; r < states; r++) {
                int from = order[r] * width;
                for (int a = 0; a < width; a++) {
                    int t = rank[table[from + a]];
                    delta[r * width + a] = t * width | (outStart[t + 1] > outStart[t] ? Integer.MIN_VALUE : 0);
                }
            }
        }
    }

    /** Every occurrence of every alias in {@code text}, in order of where it ends. */
    void scan(String text, Hits hits) {
        scan(text, hits, false);
    }

    /**
     * As {@link #scan(String, Hits)}, but only the occurrences that end where a word may end: at the
     * end of the text or before a character that is not alphabetic ({@link Character#isAlphabetic}).
     * Short aliases end inside many words ("un" in "under"): a whole-word search skips them here,
     * once per position, instead of rejecting each of them in {@code hit}.
     */
    void scanWordEnds(String text, Hits hits) {
        scan(text, hits, true);
    }

    private void scan(String text, Hits hits, boolean wordEnds) {
        final char[] classOf = this.classOf;
        int n = text.length();
        if (compact != null) {
            final char[] compact = this.compact;
            final long[] ends = this.ends;
            final int width = this.width;
            int s = 0;
            for (int i = 0; i < n; i++) {
                s = compact[s * width + classOf[text.charAt(i)]];
                if ((ends[s >>> 6] & (1L << s)) != 0 && (!wordEnds || wordEndsAfter(text, i))) {
                    report(s, i, hits);
                }
            }
            return;
        }
        final int[] delta = this.delta;
        int row = 0;
        for (int i = 0; i < n; i++) {
            int next = delta[row + classOf[text.charAt(i)]];
            row = next & Integer.MAX_VALUE;
            if (next < 0 && (!wordEnds || wordEndsAfter(text, i))) {
                report(row / width, i, hits);
            }
        }
    }

    /** Whether no alphabetic character follows {@code text[i]}. */
    private static boolean wordEndsAfter(String text, int i) {
        if (i + 1 >= text.length()) {
            return true;
        }
        char c = text.charAt(i + 1);
        if (c < 128) {
            return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'); // the ASCII alphabetic characters
        }
        return !Character.isAlphabetic(c);
    }

    /** The aliases of state {@code s}, ending at character {@code i}. */
    private void report(int s, int i, Hits hits) {
        for (int o = outStart[s], e = outStart[s + 1]; o < e; o++) {
            String k = keys[outKeys[o]];
            hits.hit(i + 1 - k.length(), i + 1, k);
        }
    }
}
