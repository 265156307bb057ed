package io.blocwatch.evaluation;

import io.blocwatch.contracts.InteractionTag;
import io.blocwatch.contracts.NewsItem;
import io.blocwatch.contracts.TaggedItem;
import io.blocwatch.tagging.NewsTagger;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores the coder on a probe battery: one wire sentence per line with the dyads it reports,
 * {@code SRC>TGT:p;...<TAB>SENTENCE} ({@code p} is {@code c} cooperative or {@code x} conflictual,
 * {@code -} for a line that reports no event). Each sentence is tagged as an item's body and its
 * interactions are reduced to the same dyads. The lines fall into two fixed halves by the parity of
 * the sentence's {@link String#hashCode()}: even lines are the half rules may be tuned on, odd lines
 * the blind half, so that a battery keeps a blind half however often it is scored. A sentence written on
 * several lines (one dyad each) is scored once, against the union of their dyads.
 */
public final class DyadBattery {

    /** Dyad counts of one half. */
    public static final class Half {
        public int lines;
        public final GoldEvaluation.Score dyads = new GoldEvaluation.Score();

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "lines=%d tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f",
                    lines, dyads.tp, dyads.fp, dyads.fn, dyads.precision(), dyads.recall(), dyads.f1());
        }
    }

    /** The two halves of a battery. */
    public record Result(Half tune, Half blind) {
    }

    private DyadBattery() {
    }

    /** True for the lines of the blind half. */
    public static boolean blind(String sentence) {
        return (sentence.hashCode() & 1) != 0;
    }

    /** Scores the lines of a battery; misses and false hits go to {@code diff} when it is not null. */
    public static Result score(List<String> lines, NewsTagger tagger, PrintStream diff) {
        Result r = new Result(new Half(), new Half());
        // A sentence may stand on several lines, one dyad each: its gold is the union of its lines.
        Map<String, Set<String>> golds = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException("line " + n + " has no tab between the codes and the sentence");
            }
            String codes = line.substring(0, tab).trim();
            String sentence = line.substring(tab + 1).trim();
            Set<String> gold = golds.computeIfAbsent(sentence, k -> new TreeSet<>());
            firstLine.putIfAbsent(sentence, n);
            if (!codes.equals("-")) {
                for (String c : codes.split(";")) {
                    if (!c.isBlank()) {
                        gold.add(c.trim());
                    }
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : golds.entrySet()) {
            String sentence = e.getKey();
            Set<String> gold = e.getValue();
            n = firstLine.get(sentence);
            TaggedItem t = tagger.tag(new NewsItem("battery-" + n, "battery", "https://example.org/battery/" + n,
                    "2020-01-01T12:00:00Z", "en", "", sentence));
            Set<String> found = new TreeSet<>();
            for (InteractionTag i : t.interactions()) {
                found.add(i.source() + ">" + i.target() + ":" + ("cooperative".equals(i.polarity()) ? "c" : "x"));
            }
            Half h = blind(sentence) ? r.blind() : r.tune();
            h.lines++;
            List<String> notes = new ArrayList<>();
            for (String g : gold) {
                if (found.contains(g)) {
                    h.dyads.tp++;
                } else {
                    h.dyads.fn++;
                    notes.add("missed " + g);
                }
            }
            for (String f : found) {
                if (!gold.contains(f)) {
                    h.dyads.fp++;
                    notes.add("false " + f);
                }
            }
            if (diff != null && !notes.isEmpty() && !blind(sentence)) {
                diff.println(n + ": " + String.join(", ", notes) + "  | " + sentence);
            }
        }
        return r;
    }

    /** Scores a battery file and prints both halves; 2 when the file cannot be read, 3 when a line is malformed. */
    public static int run(Path file, boolean diff, PrintStream out, NewsTagger tagger) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.println("battery: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        Result r;
        try {
            r = score(lines, tagger, diff ? out : null);
        } catch (IllegalArgumentException e) {
            out.println("battery: " + file + ": " + e.getMessage());
            return 3;
        }
        out.println("dyads, tune half  " + r.tune());
        out.println("dyads, blind half " + r.blind());
        return 0;
    }

    /** {@code DyadBattery FILE.tsv [--diff]}: prints both halves' dyad figures (the diff lists the tuning half only). */
    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        boolean diff = args.length > 1 && args[1].equals("--diff");
        Result r = score(lines, NewsTagger.withDefaults(), diff ? System.out : null);
        System.out.println("tune  " + r.tune());
        System.out.println("blind " + r.blind());
    }
}
