package io.blocwatch.tagging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One Aho–Corasick automaton ({@link AliasAutomaton}) over every folded alias of the dictionary.
 * {@link #find} makes one pass over the folded text, keeps whole words only (no letter just before
 * or after), then the longest matches first, the leftmost of equally long ones, none overlapping
 * a kept one, and maps every match back to offsets in the original text.
 */
public final class DictionaryMatcher {

    /** What an alias stands for. */
    public enum Kind { COUNTRY, DEMONYM, SEAT, SUBNATIONAL, ORGANIZATION, ORG_SEAT, PERSON, SURNAME, STOP }

    /** One meaning of an alias. {@code surface} is the alias as written in the dictionary. */
    public record Entry(Kind kind, String code, String person, String surface, boolean ambiguous) {}

    /** A dictionary hit in the original text: [start, end) and the candidate meanings. */
    public record Hit(int start, int end, String text, List<Entry> entries) {}

    private final Map<String, List<Entry>> entries = new HashMap<>();
    private final AliasAutomaton automaton;

    public DictionaryMatcher(Dictionary d) {
        for (Dictionary.Country c : d.countries().values()) {
            for (String a : c.aliases()) {
                add(a, new Entry(Kind.COUNTRY, c.code(), null, a, c.ambiguous().contains(a)));
            }
            for (String a : c.ambiguous()) {
                if (!c.seats().contains(a) && !c.demonyms().contains(a)) {
                    add(a, new Entry(Kind.COUNTRY, c.code(), null, a, true));
                }
            }
            for (String a : c.demonyms()) {
                add(a, new Entry(Kind.DEMONYM, c.code(), null, a, c.ambiguous().contains(a)));
            }
            for (String a : c.seats()) {
                add(a, new Entry(Kind.SEAT, c.code(), null, a, c.ambiguous().contains(a)));
            }
            for (String a : c.subnational()) {
                add(a, new Entry(Kind.SUBNATIONAL, c.code(), null, a, c.ambiguous().contains(a)));
            }
        }
        for (Dictionary.Organization o : d.organizations().values()) {
            for (String a : o.aliases()) {
                add(a, new Entry(Kind.ORGANIZATION, o.code(), null, a, false));
            }
            for (String a : o.seats()) {
                add(a, new Entry(Kind.ORG_SEAT, o.code(), null, a, false));
            }
        }
        for (Dictionary.Person p : d.persons().values()) {
            add(p.name(), new Entry(Kind.PERSON, null, p.name(), p.name(), false));
            for (String a : p.aliases()) {
                boolean single = !TextFolding.fold(a).contains(" ") || a.equals(p.surname());
                add(a, new Entry(single ? Kind.SURNAME : Kind.PERSON, null, p.name(), a, false));
            }
            add(p.surname(), new Entry(Kind.SURNAME, null, p.name(), p.surname(), false));
        }
        for (String s : d.stopPhrases()) {
            add(s, new Entry(Kind.STOP, null, null, s, false));
        }
        automaton = new AliasAutomaton(new TreeSet<>(entries.keySet()));
    }

    /** The folded aliases the automaton holds. */
    public java.util.Set<String> keys() {
        return entries.keySet();
    }

    /** One match in a folded text: [start, end) and the folded alias. */
    record Match(int start, int end, String key) {}

    /**
     * The matches kept in a folded text, in order of their start: whole words, longest first
     * (leftmost among equally long), none overlapping a longer or earlier kept one.
     */
    List<Match> matches(String folded) {
        Collector c = new Collector(folded);
        automaton.scanWordEnds(folded, c); // the collector keeps whole words only: skip the rest at once
        int n = c.count;
        if (n == 0) {
            return List.of();
        }
        int[] st = c.starts;
        int[] en = c.ends;
        // longest first, then leftmost: one primitive sort of (65535 - length, start, index)
        long[] order = new long[n];
        boolean packed = n <= 0xFFFF;
        for (int i = 0; i < n && packed; i++) {
            int len = en[i] - st[i];
            packed = len <= 0xFFFF && st[i] <= Integer.MAX_VALUE >>> 1;
            order[i] = ((long) (0xFFFF - len) << 47) | ((long) st[i] << 16) | i;
        }
        int[] byOrder = new int[n];
        if (packed) {
            Arrays.sort(order);
            for (int i = 0; i < n; i++) {
                byOrder[i] = (int) (order[i] & 0xFFFF);
            }
        } else {
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (x, y) -> {
                int bySize = (en[y] - st[y]) - (en[x] - st[x]);
                return bySize != 0 ? bySize : Integer.compare(st[x], st[y]);
            });
            for (int i = 0; i < n; i++) {
                byOrder[i] = boxed[i];
            }
        }
        boolean[] taken = new boolean[folded.length()];
        List<Match> kept = new ArrayList<>();
        for (int i : byOrder) {
            boolean free = true;
            for (int p = st[i]; p < en[i] && free; p++) {
                free = !taken[p];
            }
            if (free) {
                Arrays.fill(taken, st[i], en[i], true);
                kept.add(new Match(st[i], en[i], c.keys[i]));
            }
        }
        kept.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return kept;
    }

    /** Gathers the whole-word hits of one pass. */
    private static final class Collector implements AliasAutomaton.Hits {
        private final String text;
        int count;
        int[] starts = new int[16];
        int[] ends = new int[16];
        String[] keys = new String[16];

        Collector(String text) {
            this.text = text;
        }

        @Override
        public void hit(int begin, int end, String key) {
            if ((begin > 0 && Character.isAlphabetic(text.charAt(begin - 1)))
                    || (end < text.length() && Character.isAlphabetic(text.charAt(end)))) {
                return;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                keys = Arrays.copyOf(keys, count * 2);
            }
            starts[count] = begin;
            ends[count] = end;
            keys[count] = key;
            count++;
        }
    }

    private void add(String alias, Entry e) {
        String k = TextFolding.fold(alias);
        if (k.isEmpty()) {
            return;
        }
        List<Entry> l = entries.computeIfAbsent(k, x -> new ArrayList<>());
        if (!l.contains(e)) {
            l.add(e);
        }
    }

    /** Every hit in {@code text}, in order; stop phrases are returned too (their entries say STOP). */
    public List<Hit> find(String text) {
        TextFolding.Folded f = TextFolding.foldWithOffsets(text);
        FoldCapture c = CAPTURE.get();
        if (c != null && c.first == null) {
            c.first = f;
        }
        return find(text, f);
    }

    private static final ThreadLocal<FoldCapture> CAPTURE = new ThreadLocal<>();

    /**
     * Keeps, on this thread and until closed, the first text that {@link #find(String)} folds: the
     * tag stage takes the document the tagger folded for its dictionary pass to compute the
     * near-duplicate signature, instead of folding the item a second time.
     */
    public static FoldCapture captureFirstFold() {
        FoldCapture c = new FoldCapture(CAPTURE.get());
        CAPTURE.set(c);
        return c;
    }

    /** See {@link #captureFirstFold()}. */
    public static final class FoldCapture implements AutoCloseable {
        private final FoldCapture outer;
        private TextFolding.Folded first;

        private FoldCapture(FoldCapture outer) {
            this.outer = outer;
        }

        /** The first folded text since this capture began; null if nothing was folded. */
        public TextFolding.Folded first() {
            return first;
        }

        @Override
        public void close() {
            if (outer == null) {
                CAPTURE.remove();
            } else {
                CAPTURE.set(outer);
            }
        }
    }

    /** As {@link #find(String)}, over an already folded copy of {@code text}. */
    public List<Hit> find(String text, TextFolding.Folded f) {
        List<Hit> out = new ArrayList<>();
        for (Match e : matches(f.text())) {
            int s = f.origin()[e.start()];
            int end = f.origin()[e.end() - 1] + 1;
            // extend over the rest of a folded multi-char (ß -> ss) or trailing marks
            while (end < text.length() && Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK) {
                end++;
            }
            String surface = text.substring(s, end);
            List<Entry> candidates = new ArrayList<>();
            for (Entry en : entries.getOrDefault(e.key(), List.of())) {
                if (caseFits(en.surface(), surface)) {
                    candidates.add(en);
                }
            }
            if (!candidates.isEmpty()) {
                out.add(new Hit(s, end, surface, candidates));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Short all-capital aliases (US, UK, EU, UN) match only in capitals; capitalised ones need a capital. */
    static boolean caseFits(String alias, String surface) {
        String al = letters(alias);
        if (al.length() <= 4 && !al.isEmpty() && al.equals(al.toUpperCase()) && al.length() >= 2) {
            return letters(surface).equals(al);
        }
        char a0 = alias.charAt(0);
        if (Character.isUpperCase(a0)) {
            return Character.isUpperCase(surface.charAt(0)) || Character.isDigit(surface.charAt(0));
        }
        return true;
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
