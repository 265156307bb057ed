package io.blocwatch.tagging.coder;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The event lexicon (events.yaml): verb lemmas, multi-word verb patterns and event nouns, each
 * mapped to a PLOVER category, the contract's interaction kind and a polarity; and the agreement
 * vocabulary (forms, the verbs that make an agreement signed, planned or reported, domains).
 * Verb inflections are generated from the lemma (regular rules plus the file's irregular table).
 */
public final class EventLexicon {

    /** One lexicon entry. */
    public record Event(String id, String plover, String kind, String polarity, boolean symmetric,
            boolean reverseFrom, Set<String> blockedByObject, Set<String> needsAfter, String otherGoods,
            String otherGoodsEvent, Set<String> targetAfter, boolean hostReciprocates, Set<String> needsSubject) {
        /**
         * Meetings, talks and bare agreements to act (PLOVER CONSULT and AGREE outside a signing):
         * peer event coders code them, the gold conventions of this project do not, so the coder
         * leaves them out unless {@code blocwatch.coder.consult} is set.
         */
        public boolean consult() {
            return id.startsWith("consult") || id.startsWith("agree-");
        }
    }

    /** A pattern: words (the first one any inflection of a lemma when {@code verb}), and its event. */
    public record Pattern(List<String> words, boolean verb, Event event) {}

    private final Map<String, List<Pattern>> byFirstWord = new HashMap<>();
    private final Map<String, Event> byId = new HashMap<>();
    private final Map<String, String> forms = new LinkedHashMap<>();
    private final Map<String, String> lemmaOfForm = new HashMap<>();
    private final Set<String> signedVerbs = new LinkedHashSet<>();
    private final Set<String> plannedVerbs = new LinkedHashSet<>();
    private final Set<String> reportedVerbs = new LinkedHashSet<>();
    private final Map<String, List<String>> domains = new LinkedHashMap<>();
    private final Map<String, List<String>> irregular = new HashMap<>();
    private final int longestForm;
    private final Set<String> participles = new java.util.HashSet<>();

    EventLexicon(JsonNode root) {
        JsonNode irr = root.path("irregular_verbs");
        irr.fieldNames().forEachRemaining(k -> {
            List<String> l = new ArrayList<>();
            irr.get(k).forEach(v -> l.add(v.asText().toLowerCase(Locale.ROOT)));
            irregular.put(k.toLowerCase(Locale.ROOT), l);
            if (l.size() > 1) {
                participles.add(l.get(1));
            }
        });
        for (JsonNode e : root.path("events")) {
            Set<String> blocked = new LinkedHashSet<>();
            e.path("blocked_by_object").forEach(b -> blocked.add(b.asText().toLowerCase(Locale.ROOT)));
            Set<String> needs = new LinkedHashSet<>();
            e.path("needs_after").forEach(b -> needs.add(b.asText().toLowerCase(Locale.ROOT)));
            Event ev = new Event(e.path("id").asText(), e.path("plover").asText(), e.path("kind").asText(),
                    e.path("polarity").asText(), e.path("symmetric").asBoolean(false),
                    e.path("reverse_from").asBoolean(false), blocked, needs,
                    e.path("other_goods").path("list").asText(null), e.path("other_goods").path("event").asText(null),
                    words(e.path("target_after")), e.path("host_reciprocates").asBoolean(false),
                    words(e.path("needs_subject")));
            byId.put(ev.id(), ev);
            for (JsonNode v : e.path("verbs")) {
                addPattern(v.asText(), true, ev);
            }
            for (JsonNode n : e.path("nouns")) {
                addPattern(n.asText(), false, ev);
            }
        }
        int longest = 1;
        JsonNode f = root.path("agreement_forms");
        for (var it = f.fields(); it.hasNext();) {
            var en = it.next();
            String k = en.getKey().toLowerCase(Locale.ROOT);
            forms.put(k, en.getValue().asText());
            longest = Math.max(longest, k.split(" ").length);
        }
        longestForm = longest;
        readVerbs(root.path("agreement_signed_verbs"), signedVerbs);
        readVerbs(root.path("agreement_planned_verbs"), plannedVerbs);
        readVerbs(root.path("agreement_reported_verbs"), reportedVerbs);
        JsonNode d = root.path("agreement_domains");
        d.fieldNames().forEachRemaining(k -> {
            List<String> l = new ArrayList<>();
            d.get(k).forEach(w -> l.add(w.asText().toLowerCase(Locale.ROOT)));
            domains.put(k, l);
        });
    }

    private static Set<String> words(JsonNode list) {
        Set<String> out = new LinkedHashSet<>();
        list.forEach(b -> out.add(b.asText().toLowerCase(Locale.ROOT)));
        return out;
    }

    private void readVerbs(JsonNode list, Set<String> into) {
        for (JsonNode v : list) {
            String[] w = v.asText().toLowerCase(Locale.ROOT).trim().split("\\s+");
            for (String form : inflections(w[0])) {
                lemmaOfForm.putIfAbsent(form, w[0]);
            }
            into.add(String.join(" ", w));
        }
    }

    private void addPattern(String text, boolean verb, Event ev) {
        String[] w = text.toLowerCase(Locale.ROOT).trim().split("\\s+");
        if (w.length == 0 || w[0].isEmpty()) {
            return;
        }
        List<String> words = List.of(w);
        if (verb) {
            for (String form : inflections(w[0])) {
                lemmaOfForm.putIfAbsent(form, w[0]);
                byFirstWord.computeIfAbsent(form, k -> new ArrayList<>()).add(new Pattern(words, true, ev));
            }
        } else {
            byFirstWord.computeIfAbsent(w[0], k -> new ArrayList<>()).add(new Pattern(words, false, ev));
            if (w.length == 1 && !w[0].endsWith("s")) {
                byFirstWord.computeIfAbsent(w[0] + "s", k -> new ArrayList<>()).add(new Pattern(List.of(w[0] + "s"), false, ev));
            }
        }
    }

    /** The entry with this id, or null. */
    public Event event(String id) {
        return byId.get(id);
    }

    /** Every first word of a pattern (verb forms inflected). */
    public Set<String> firstWords() {
        return byFirstWord.keySet();
    }

    /** Patterns whose first word is {@code lower} (an inflected form for verbs). */
    public List<Pattern> startingWith(String lower) {
        return byFirstWord.getOrDefault(lower, List.of());
    }

    /** The lemma of an inflected verb form the lexicon knows, or the form itself. */
    public String lemma(String lower) {
        return lemmaOfForm.getOrDefault(lower, lower);
    }

    /** Does {@code lower} (a verb form) inflect one of the lemmas in {@code verbs}? */
    public boolean isForm(String lower, Set<String> verbs) {
        return verbs.contains(lemma(lower));
    }

    public Map<String, String> forms() {
        return Collections.unmodifiableMap(forms);
    }

    public int longestForm() {
        return longestForm;
    }

    public Set<String> signedVerbs() {
        return signedVerbs;
    }

    public Set<String> plannedVerbs() {
        return plannedVerbs;
    }

    public Set<String> reportedVerbs() {
        return reportedVerbs;
    }

    public Map<String, List<String>> domains() {
        return domains;
    }

    /** Whether {@code lower} is the past participle of an irregular verb of the table ("shot", "hit", "cut"). */
    public boolean irregularParticiple(String lower) {
        return participles.contains(lower);
    }

    /** Regular English inflections of a verb lemma, or the irregular table's forms. */
    public List<String> inflections(String lemma) {
        Set<String> out = new LinkedHashSet<>();
        out.add(lemma);
        List<String> irr = irregular.get(lemma);
        if (irr != null) {
            out.addAll(irr);
        }
        String stem = lemma;
        boolean cvc = lemma.length() >= 3 && lemma.length() <= 5 && consonant(lemma, lemma.length() - 1)
                && !consonant(lemma, lemma.length() - 2) && consonant(lemma, lemma.length() - 3)
                && "wxy".indexOf(lemma.charAt(lemma.length() - 1)) < 0;
        if (lemma.endsWith("e")) {
            out.add(lemma + "s");
            out.add(lemma + "d");
            out.add(stem.substring(0, stem.length() - 1) + "ing");
        } else if (lemma.endsWith("y") && lemma.length() > 2 && consonant(lemma, lemma.length() - 2)) {
            String base = lemma.substring(0, lemma.length() - 1);
            out.add(base + "ies");
            out.add(base + "ied");
            out.add(lemma + "ing");
        } else if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
                || lemma.endsWith("z")) {
            out.add(lemma + "es");
            out.add(lemma + "ed");
            out.add(lemma + "ing");
        } else {
            out.add(lemma + "s");
            out.add(lemma + "ed");
            out.add(lemma + "ing");
            if (cvc) {
                char c = lemma.charAt(lemma.length() - 1);
                out.add(lemma + c + "ed");
                out.add(lemma + c + "ing");
            }
        }
        return List.copyOf(out);
    }

    private static boolean consonant(String s, int i) {
        return "aeiou".indexOf(s.charAt(i)) < 0;
    }
}
