package io.blocwatch.tagging.coder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every word list of the event coder, read from data files: the event lexicon
 * ({@code /lexicon/events.yaml}), the context words ({@code /lexicon/context.yaml}: negation,
 * modality, reporting verbs, background markers, institutions, things, names...) and the office
 * titles ({@code /dictionary/roles.yaml}).
 */
public final class Vocabulary {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static volatile Vocabulary defaults;

    private final EventLexicon lexicon;
    private final Map<String, Set<String>> words = new HashMap<>();
    private final Map<String, List<String>> raw = new HashMap<>();
    private final List<Pattern> backgroundRegexes = new ArrayList<>();
    private final Map<String, String> roleOfTitle = new HashMap<>();
    private final Set<String> honorifics = new LinkedHashSet<>();
    private final int longestTitle;

    private final JsonNode context;

    private Vocabulary(JsonNode events, JsonNode context, JsonNode roles) {
        this.lexicon = new EventLexicon(events);
        this.context = context;
        context.fieldNames().forEachRemaining(k -> {
            JsonNode v = context.get(k);
            Set<String> s = new LinkedHashSet<>();
            List<String> r = new ArrayList<>();
            if (v.isArray()) {
                v.forEach(w -> r.add(w.asText()));
                v.forEach(w -> s.add(w.asText().toLowerCase(Locale.ROOT).trim()));
            } else if (v.isObject()) {
                v.fieldNames().forEachRemaining(f -> s.add(f.toLowerCase(Locale.ROOT).trim()));
            }
            words.put(k, s);
            raw.put(k, List.copyOf(r));
        });
        for (JsonNode r : context.path("background_regexes")) {
            backgroundRegexes.add(Pattern.compile(r.asText(), Pattern.CASE_INSENSITIVE));
        }
        int longest = 1;
        for (JsonNode r : roles.path("roles")) {
            String role = r.path("role").asText();
            for (JsonNode t : r.path("titles")) {
                String title = t.asText().toLowerCase(Locale.ROOT).trim();
                roleOfTitle.putIfAbsent(title, role);
                longest = Math.max(longest, title.split("\\s+").length);
            }
            roleOfTitle.putIfAbsent(role.toLowerCase(Locale.ROOT), role);
        }
        longestTitle = longest;
        for (JsonNode h : roles.path("honorifics")) {
            honorifics.add(h.asText().toLowerCase(Locale.ROOT).replace(".", ""));
        }
        deFactoGovernments = readDeFactoGovernments(context);
        int n = 0;
        for (String line : raw.getOrDefault("pattern_word_classes", List.of())) {
            n++;
            for (String w : line.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                wordClass.put(w, n);
            }
        }
    }

    /** context.yaml de_facto_governments, read once, longest names first. */
    private final List<DeFactoGovernment> deFactoGovernments;

    /** A movement that governs a state in fact: its name's words, the state, and the day it took power (or null). */
    public record DeFactoGovernment(List<String> words, String code, java.time.LocalDate since) {}

    private static List<DeFactoGovernment> readDeFactoGovernments(JsonNode context) {
        List<DeFactoGovernment> out = new ArrayList<>();
        context.path("de_facto_governments").fields().forEachRemaining(e -> {
            String[] v = e.getValue().asText().trim().split("\\s+since\\s+");
            out.add(new DeFactoGovernment(List.of(e.getKey().split(" ")), v[0], v.length < 2 ? null : java.time.LocalDate.parse(v[1])));
        });
        out.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
        return List.copyOf(out);
    }

    public List<DeFactoGovernment> deFactoGovernments() {
        return deFactoGovernments;
    }

    /** Agreements known by name with their parties (lexicon/named_agreements.yaml). */
    private final List<NamedAgreement> namedAgreements = readNamedAgreements();

    /** A well-known agreement: its names (lower case) and parties. */
    public record NamedAgreement(Set<String> names, java.util.SortedSet<String> parties, String domain,
            java.time.LocalDate signed) {}

    private static List<NamedAgreement> readNamedAgreements() {
        List<NamedAgreement> out = new ArrayList<>();
        for (JsonNode e : resource("/lexicon/named_agreements.yaml").path("named_agreements")) {
            Set<String> names = new LinkedHashSet<>();
            e.path("names").forEach(n -> names.add(n.asText().toLowerCase(Locale.ROOT)));
            java.util.SortedSet<String> parties = new java.util.TreeSet<>();
            e.path("parties").forEach(n -> parties.add(n.asText()));
            String signed = e.path("signed").asText("");
            out.add(new NamedAgreement(Set.copyOf(names), java.util.Collections.unmodifiableSortedSet(parties),
                    e.path("domain").asText("other"), signed.isEmpty() ? null : java.time.LocalDate.parse(signed)));
        }
        return List.copyOf(out);
    }

    /** The known agreements called {@code name} (any case). */
    public List<NamedAgreement> namedAgreements(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return namedAgreements.stream().filter(a -> a.names().contains(n)).toList();
    }

    /** Words a lexicon pattern lets stand for each other (context.yaml pattern_word_classes). */
    private final Map<String, Integer> wordClass = new java.util.HashMap<>();

    /**
     * Whether a token stands for a pattern's word: the same word, its plural or singular, a word of
     * the same class of pattern_word_classes ("relations" for "ties"), or another possessive.
     */
    public boolean sameWord(String token, String word) {
        Integer a;
        return token.equals(word) || (a = wordClass.get(token)) != null && a.equals(wordClass.get(word))
                || token.length() > 3 && (token.equals(word + "s") || word.equals(token + "s"))
                || POSSESSIVES.contains(token) && POSSESSIVES.contains(word);
    }

    /** Possessive pronouns, which stand for each other inside a pattern ("withdrew its / their ambassador"). */
    static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her");

    /** The vocabulary shipped in the jar (read once per JVM). */
    public static Vocabulary defaults() {
        Vocabulary v = defaults;
        if (v == null) {
            synchronized (Vocabulary.class) {
                v = defaults;
                if (v == null) {
                    v = new Vocabulary(resource("/lexicon/events.yaml"), resource("/lexicon/context.yaml"),
                            resource("/dictionary/roles.yaml"));
                    defaults = v;
                }
            }
        }
        return v;
    }

    /** The shipped vocabulary with the event lexicon replaced by {@code eventsFile} (YAML or JSON). */
    public static Vocabulary withLexicon(Path eventsFile) {
        try {
            JsonNode events = YAML.readTree(Files.readString(eventsFile));
            if (events == null || !events.path("events").isArray()) {
                throw new IllegalArgumentException("lexicon file " + eventsFile + " has no 'events' list");
            }
            return new Vocabulary(events, resource("/lexicon/context.yaml"), resource("/dictionary/roles.yaml"));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read lexicon file " + eventsFile + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode resource(String name) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private volatile Set<String> cueWords;

    /**
     * Words that make a sentence worth a syntactic analysis even when it names no actor: the first
     * words of event patterns (every inflection), agreement forms, office titles and reference
     * words ("the pact", "it said").
     */
    public Set<String> cueWords() {
        Set<String> c = cueWords;
        if (c == null) {
            Set<String> s = new java.util.HashSet<>(lexicon.firstWords());
            for (String f : lexicon.forms().keySet()) {
                s.add(f.split(" ")[0]);
            }
            for (String t : roleOfTitle.keySet()) {
                s.add(t.split(" ")[0]);
            }
            s.addAll(lexicon.signedVerbs().stream().flatMap(v -> lexicon.inflections(v.split(" ")[0]).stream()).toList());
            s.addAll(lexicon.plannedVerbs().stream().flatMap(v -> lexicon.inflections(v.split(" ")[0]).stream()).toList());
            s.addAll(lexicon.reportedVerbs().stream().flatMap(v -> lexicon.inflections(v.split(" ")[0]).stream()).toList());
            s.addAll(List.of("deal", "pact", "document", "initiative"));
            c = Set.copyOf(s);
            cueWords = c;
        }
        return c;
    }

    public EventLexicon lexicon() {
        return lexicon;
    }

    /** The lower-case words of a context list ("negators", "thing_nouns"...); empty when absent. */
    private final Map<String, Set<String>> verbForms = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Whether {@code lowerForm} is a form of a verb in the context list {@code key} ("allowed" of
     * permission_verbs' "allow"): the list's lemmas inflected by the lexicon's rules and irregular table.
     */
    public boolean verbIn(String key, String lowerForm) {
        if (in(key, lowerForm) || in(key, lexicon.lemma(lowerForm))) {
            return true;
        }
        return verbForms.computeIfAbsent(key, k -> {
            Set<String> forms = new java.util.HashSet<>();
            for (String lemma : list(k)) {
                if (!lemma.contains(" ")) {
                    forms.addAll(lexicon.inflections(lemma));
                }
            }
            return forms;
        }).contains(lowerForm);
    }

    /** A structured entry of the context words (a list of objects), or a missing node. */
    public JsonNode node(String key) {
        return context.path(key);
    }

    public Set<String> list(String key) {
        return words.getOrDefault(key, Set.of());
    }

    /** A list as written (for regular expressions). */
    public List<String> raw(String key) {
        return raw.getOrDefault(key, List.of());
    }

    public boolean in(String key, String lower) {
        return list(key).contains(lower);
    }

    public List<Pattern> backgroundRegexes() {
        return backgroundRegexes;
    }

    /** The canonical role for an office title ("top diplomat" -> "foreign minister"), or null. */
    public String role(String lowerTitle) {
        return roleOfTitle.get(lowerTitle);
    }

    public int longestTitle() {
        return longestTitle;
    }

    public boolean honorific(String lower) {
        return honorifics.contains(lower.replace(".", ""));
    }
}
