package io.blocwatch.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.contracts.Json;
import io.blocwatch.contracts.ActorTag;
import io.blocwatch.contracts.AgreementTag;
import io.blocwatch.contracts.InteractionTag;
import io.blocwatch.contracts.NewsItem;
import io.blocwatch.contracts.PersonTag;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Precision, recall and F1 of the tagger against items that carry a {@code gold} block,
 * micro-averaged over items:
 * <ul>
 *   <li>actors: codes;</li>
 *   <li>persons: folded name + country;</li>
 *   <li>agreements: sorted parties + form (status and date accuracy over the matched ones);</li>
 *   <li>interactions: source, target, polarity (kind accuracy over the matched ones);</li>
 *   <li>ambiguity: countries found in items whose gold has no actors.</li>
 * </ul>
 */
public final class GoldEvaluation {

    private GoldEvaluation() {}

    /** Counts for one category. */
    public static final class Score {
        public long tp;
        public long fp;
        public long fn;

        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The figures of one run. */
    public static final class Report {
        public final Map<String, Score> scores = new LinkedHashMap<>();
        public int items;
        public int statusMatched;
        public int statusTotal;
        public int dateMatched;
        public int dateTotal;
        public int kindMatched;
        public int kindTotal;
        public int quietItems;
        public int quietCountries;
        /** Per gold kind and per PLOVER category: [found, total] of the gold interactions. */
        public final Map<String, int[]> recallByKind = new java.util.TreeMap<>();
        public final Map<String, int[]> recallByPlover = new java.util.TreeMap<>();
        /** Gold polarity -> found polarity (or "none") for each gold (source, target) pair. */
        public final Map<String, Map<String, Integer>> polarity = new java.util.TreeMap<>();
        /** Missed gold interactions and false found ones, counted by their likely cause (see {@link #causes}). */
        public final Map<String, Integer> missedBy = new LinkedHashMap<>();
        public final Map<String, Integer> falseBy = new LinkedHashMap<>();
        /** Missed gold agreements and false found ones, counted by their likely cause (see {@link #agreementCauses}). */
        public final Map<String, Integer> agreementsMissedBy = new LinkedHashMap<>();
        public final Map<String, Integer> agreementsFalseBy = new LinkedHashMap<>();

        Report() {
            for (String c : List.of("actors", "persons", "agreements", "interactions")) {
                scores.put(c, new Score());
            }
        }

        public Score get(String category) {
            return scores.get(category);
        }
    }

    /** Prints the report to {@code out}; returns a process exit code. */
    public static int run(Path gold, boolean diff, PrintStream out) {
        return run(gold, diff, out, NewsTagger.withDefaults());
    }

    /** As {@link #run(Path, boolean, PrintStream)} with the given tagger. */
    public static int run(Path gold, boolean diff, PrintStream out, NewsTagger tagger) {
        if (gold == null || !Files.isRegularFile(gold)) {
            out.println("evaluation: gold file not found: " + gold);
            return 2;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            out.println("evaluation: cannot read gold file " + gold + ": " + e.getMessage());
            return 2;
        }
        Report r;
        try {
            r = evaluate(lines, tagger, diff ? out : null);
        } catch (IllegalArgumentException e) {
            out.println("evaluation: " + e.getMessage());
            return 3;
        }
        if (r.items == 0) {
            out.println("evaluation: no line of " + gold + " carries a 'gold' block: nothing to score"
                    + " (each line must be a NewsItem with a \"gold\": {actors, persons, agreements, interactions} object)");
            return 2;
        }
        print(r, out);
        return 0;
    }

    /** Evaluates JSON lines (NewsItem + gold); writes per-item differences to {@code diff} when not null. */
    public static Report evaluate(List<String> lines, NewsTagger tagger, PrintStream diff) {
        Report r = new Report();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            NewsItem item;
            try {
                node = Json.MAPPER.readTree(line);
                item = Json.MAPPER.treeToValue(node, NewsItem.class);
            } catch (IOException e) {
                throw new IllegalArgumentException("line " + lineNo + " is not a JSON news item: " + e.getMessage());
            }
            JsonNode g = node.get("gold");
            if (g == null || !g.isObject()) {
                continue;
            }
            r.items++;
            TaggedItem t = tagger.tag(item);
            List<String> notes = new ArrayList<>();

            Set<String> goldActors = new TreeSet<>();
            g.path("actors").forEach(a -> goldActors.add(a.asText()));
            Set<String> actors = new TreeSet<>();
            for (ActorTag a : t.actors()) {
                actors.add(a.code());
            }
            compare("actors", goldActors, actors, r, notes);
            if (goldActors.isEmpty()) {
                r.quietItems++;
                r.quietCountries += (int) t.actors().stream().filter(a -> ActorTag.COUNTRY.equals(a.kind())).count();
            }

            Set<String> goldPersons = new TreeSet<>();
            g.path("persons").forEach(p -> goldPersons.add(p.path("name").asText() + "/" + p.path("country").asText()));
            Set<String> persons = new TreeSet<>();
            for (PersonTag p : t.persons()) {
                persons.add(p.name() + "/" + p.country());
            }
            compare("persons", goldPersons, persons, r, notes);

            Map<String, JsonNode> goldAg = new LinkedHashMap<>();
            g.path("agreements").forEach(a -> goldAg.put(agKey(a), a));
            Map<String, AgreementTag> ags = new LinkedHashMap<>();
            for (AgreementTag a : t.agreements()) {
                ags.put(String.join("-", a.parties()) + " " + a.form(), a);
            }
            compare("agreements", goldAg.keySet(), ags.keySet(), r, notes);
            agreementCauses(goldAg.keySet(), ags.keySet(), actors, r.agreementsMissedBy, true, notes);
            agreementCauses(ags.keySet(), goldAg.keySet(), goldActors, r.agreementsFalseBy, false, notes);
            for (Map.Entry<String, JsonNode> e : goldAg.entrySet()) {
                AgreementTag a = ags.get(e.getKey());
                if (a == null) {
                    continue;
                }
                r.statusTotal++;
                r.dateTotal++;
                String gs = e.getValue().path("status").asText();
                String gd = e.getValue().path("date").isNull() ? null : e.getValue().path("date").asText(null);
                if (gs.equals(a.status())) {
                    r.statusMatched++;
                } else {
                    notes.add("  status " + e.getKey() + ": gold " + gs + ", found " + a.status());
                }
                if (java.util.Objects.equals(gd, a.date())) {
                    r.dateMatched++;
                } else {
                    notes.add("  date " + e.getKey() + ": gold " + gd + ", found " + a.date());
                }
            }

            Map<String, Set<String>> goldIx = new LinkedHashMap<>();
            g.path("interactions").forEach(i -> goldIx.computeIfAbsent(i.path("source").asText() + ">"
                    + i.path("target").asText() + " " + i.path("polarity").asText(), k -> new TreeSet<>())
                    .add(i.path("kind").asText()));
            Map<String, Set<String>> ix = new LinkedHashMap<>();
            for (InteractionTag i : t.interactions()) {
                ix.computeIfAbsent(i.source() + ">" + i.target() + " " + i.polarity(), k -> new TreeSet<>()).add(i.kind());
            }
            compare("interactions", goldIx.keySet(), ix.keySet(), r, notes);
            causes(goldIx.keySet(), ix.keySet(), actors, r.missedBy, true, notes);
            causes(ix.keySet(), goldIx.keySet(), goldActors, r.falseBy, false, notes);
            Map<String, Set<String>> foundPolarity = new LinkedHashMap<>();
            for (InteractionTag i : t.interactions()) {
                foundPolarity.computeIfAbsent(i.source() + ">" + i.target(), k -> new TreeSet<>()).add(i.polarity());
            }
            for (JsonNode gi : g.path("interactions")) {
                String pair = gi.path("source").asText() + ">" + gi.path("target").asText();
                String pol = gi.path("polarity").asText();
                boolean found = ix.containsKey(pair + " " + pol);
                String kind = gi.path("kind").asText();
                String plover = gi.hasNonNull("plover") ? gi.get("plover").asText() : PLOVER_OF_KIND.getOrDefault(kind, "OTHER");
                tally(r.recallByKind, kind, found);
                tally(r.recallByPlover, plover, found);
                Set<String> fp = foundPolarity.getOrDefault(pair, Set.of());
                String seen = fp.contains(pol) ? pol : fp.isEmpty() ? "none" : fp.iterator().next();
                r.polarity.computeIfAbsent(pol, k -> new java.util.TreeMap<>()).merge(seen, 1, Integer::sum);
            }
            for (Map.Entry<String, Set<String>> e : goldIx.entrySet()) {
                Set<String> found = ix.get(e.getKey());
                if (found == null) {
                    continue;
                }
                for (String k : e.getValue()) {
                    r.kindTotal++;
                    if (found.contains(k)) {
                        r.kindMatched++;
                    } else {
                        notes.add("  kind " + e.getKey() + ": gold " + k + ", found " + found);
                    }
                }
            }
            if (diff != null && !notes.isEmpty()) {
                diff.println(item.id() + ":");
                notes.forEach(diff::println);
            }
        }
        return r;
    }

    /** The PLOVER category a gold kind usually codes, for gold lines without a {@code plover} field. */
    static final Map<String, String> PLOVER_OF_KIND = Map.ofEntries(Map.entry("sign-agreement", "AGREE"),
            Map.entry("praise", "SUPPORT"), Map.entry("support", "SUPPORT"),
            Map.entry("military-cooperation", "COOPERATE"), Map.entry("arms-transfer", "AID"),
            Map.entry("criticize", "DISAPPROVE"), Map.entry("accuse", "DISAPPROVE"), Map.entry("warn", "THREATEN"),
            Map.entry("protest", "PROTEST"), Map.entry("threaten", "THREATEN"));

    /**
     * Counts each key of {@code keys} ({@code "SRC>TGT polarity"}) missing from {@code other} by its likely cause: an
     * actor absent from {@code otherActors} (not tagged, for a missed one; not in the gold, for a false one), the
     * same pair the other way round, the same pair with the other polarity, one side right and the other wrong, or
     * none of these. A user sees whether the coder misses actors, events or roles.
     */
    static void causes(Set<String> keys, Set<String> other, Set<String> otherActors, Map<String, Integer> by,
            boolean missed, List<String> notes) {
        for (String k : keys) {
            if (other.contains(k)) {
                continue;
            }
            int gt = k.indexOf('>');
            int sp = k.indexOf(' ');
            String src = k.substring(0, gt);
            String tgt = k.substring(gt + 1, sp);
            String pol = k.substring(sp + 1);
            String cause;
            if (!otherActors.contains(src) || !otherActors.contains(tgt)) {
                cause = missed ? "an actor not tagged" : "an actor not in the gold";
            } else if (other.contains(tgt + ">" + src + " " + pol)) {
                cause = "source and target swapped";
            } else if (other.stream().anyMatch(o -> o.startsWith(src + ">" + tgt + " "))) {
                cause = "other polarity";
            } else if (other.stream().anyMatch(o -> o.startsWith(src + ">") && o.endsWith(" " + pol))) {
                cause = "source right, target wrong";
            } else if (other.stream().anyMatch(o -> o.contains(">" + tgt + " ") && o.endsWith(" " + pol))) {
                cause = "target right, source wrong";
            } else if (other.isEmpty()) {
                cause = missed ? "no interaction found in the item" : "no interaction in the item's gold";
            } else {
                cause = missed ? "pair not found" : "pair not in the gold";
            }
            by.merge(cause, 1, Integer::sum);
            notes.add("  why " + (missed ? "missed " : "false ") + k + ": " + cause);
        }
    }

    /**
     * Counts each agreement key ({@code "A-B form"}) missing from {@code other} by its likely cause: a party absent
     * from {@code otherActors}, the same parties under another form, the same form with some parties in common, or
     * nothing alike in the item.
     */
    static void agreementCauses(Set<String> keys, Set<String> other, Set<String> otherActors,
            Map<String, Integer> by, boolean missed, List<String> notes) {
        for (String k : keys) {
            if (other.contains(k)) {
                continue;
            }
            int sp = k.lastIndexOf(' ');
            String parties = k.substring(0, sp);
            String form = k.substring(sp + 1);
            Set<String> ps = new TreeSet<>(List.of(parties.split("-")));
            String cause;
            if (!otherActors.containsAll(ps)) {
                cause = missed ? "a party not tagged" : "a party not in the gold";
            } else if (other.stream().anyMatch(o -> o.substring(0, o.lastIndexOf(' ')).equals(parties))) {
                cause = "same parties, other form";
            } else if (other.stream().anyMatch(o -> o.endsWith(" " + form) && overlaps(o, ps))) {
                cause = "same form, other parties";
            } else if (other.stream().anyMatch(o -> overlaps(o, ps))) {
                cause = "other form and parties";
            } else {
                cause = missed ? "nothing alike found" : "nothing alike in the gold";
            }
            by.merge(cause, 1, Integer::sum);
            notes.add("  why " + (missed ? "missed " : "false ") + k + ": " + cause);
        }
    }

    private static boolean overlaps(String key, Set<String> parties) {
        for (String p : key.substring(0, key.lastIndexOf(' ')).split("-")) {
            if (parties.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static void tally(Map<String, int[]> m, String key, boolean found) {
        int[] c = m.computeIfAbsent(key, k -> new int[2]);
        if (found) {
            c[0]++;
        }
        c[1]++;
    }

    private static String agKey(JsonNode a) {
        List<String> parties = new ArrayList<>();
        a.path("parties").forEach(p -> parties.add(p.asText()));
        parties.sort(null);
        return String.join("-", parties) + " " + a.path("form").asText();
    }

    private static void compare(String category, Set<String> gold, Set<String> found, Report r, List<String> notes) {
        Score s = r.scores.get(category);
        for (String x : found) {
            if (gold.contains(x)) {
                s.tp++;
            } else {
                s.fp++;
                notes.add("  false " + category + ": " + x);
            }
        }
        for (String x : gold) {
            if (!found.contains(x)) {
                s.fn++;
                notes.add("  missed " + category + ": " + x);
            }
        }
    }

    public static void print(Report r, PrintStream out) {
        out.println("items         " + r.items);
        for (Map.Entry<String, Score> e : r.scores.entrySet()) {
            Score s = e.getValue();
            out.println(String.format(Locale.ROOT, "%-13s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", e.getKey(),
                    s.precision(), s.recall(), s.f1(), s.tp, s.fp, s.fn));
        }
        out.println(String.format(Locale.ROOT, "agreement status accuracy %.3f (%d/%d), date accuracy %.3f (%d/%d)",
                ratio(r.statusMatched, r.statusTotal), r.statusMatched, r.statusTotal,
                ratio(r.dateMatched, r.dateTotal), r.dateMatched, r.dateTotal));
        out.println(String.format(Locale.ROOT, "interaction kind accuracy %.3f (%d/%d)",
                ratio(r.kindMatched, r.kindTotal), r.kindMatched, r.kindTotal));
        out.println(String.format(Locale.ROOT, "ambiguity     quiet_items=%d countries_found=%d", r.quietItems,
                r.quietCountries));
        out.println("interaction recall by kind:");
        r.recallByKind.forEach((k, c) -> out.println(String.format(Locale.ROOT, "  %-22s %.3f (%d/%d)", k,
                ratio(c[0], c[1]), c[0], c[1])));
        out.println("interaction recall by PLOVER category (gold kind's usual category where the gold has none):");
        r.recallByPlover.forEach((k, c) -> out.println(String.format(Locale.ROOT, "  %-22s %.3f (%d/%d)", k,
                ratio(c[0], c[1]), c[0], c[1])));
        out.println("polarity confusion (gold -> found for the same source and target):");
        r.polarity.forEach((g, m) -> out.println("  " + g + " -> " + m));
        printCounts(out, "missed agreements by cause:", r.agreementsMissedBy);
        printCounts(out, "false agreements by cause:", r.agreementsFalseBy);
        printCounts(out, "missed interactions by cause:", r.missedBy);
        printCounts(out, "false interactions by cause:", r.falseBy);
    }

    private static void printCounts(PrintStream out, String title, Map<String, Integer> counts) {
        out.println(title);
        counts.forEach((c, n) -> out.println(String.format(Locale.ROOT, "  %-34s %d", c, n)));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    /** Command line: {@code GoldEvaluation <gold.jsonl> [--diff]}. */
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: GoldEvaluation <gold.jsonl> [--diff]");
            System.exit(2);
        }
        boolean diff = args.length > 1 && args[1].equals("--diff");
        System.exit(run(Path.of(args[0]), diff, System.out));
    }
}
