package io.blocwatch.tagging.coder;

import io.blocwatch.tagging.Dictionary;
import io.blocwatch.tagging.DictionaryMatcher;
import io.blocwatch.tagging.DictionaryMatcher.Entry;
import io.blocwatch.tagging.DictionaryMatcher.Hit;
import io.blocwatch.tagging.DictionaryMatcher.Kind;
import io.blocwatch.tagging.text.LetterRuns;
import io.blocwatch.tagging.text.Token;
import io.blocwatch.tagging.text.WordTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Second stage: the actors a document names. Dictionary hits (countries, demonyms, seats of power,
 * sub-national entities, organisations, office holders in office on the item's day) become
 * mentions when their context says they are political actors: not in a dateline, not part of a
 * person's or a thing's name ("Jordan Pickford", "France 24", "the Monaco Grand Prix"), not a
 * product, dish or breed ("Turkish coffee"), not a town ("Lebanon, Ohio"), a capital only when it
 * stands for its government, and nothing at all in an item that is not about politics. One
 * instance reads one document (it remembers the last actor it accepted).
 */
public final class MentionFinder {

    private static final List<String> STYLES = List.of("-style", "-themed", "-inspired", "-flavoured", "-flavored");
    private static final Set<String> BACKED = Set.of("backed", "recognised", "recognized", "supported", "sponsored", "funded");
    private static final Set<String> WATERS = Set.of("gulf", "sea", "strait", "straits", "bay", "horn", "port",
            "isthmus", "bight", "channel", "sound", "lake", "river");
    private static final Set<String> PEOPLE = Set.of("officials", "official", "sources", "diplomats", "aides",
            "authorities", "leaders", "ministers", "policymakers", "lawmakers", "spokesman", "spokeswoman",
            "spokesperson", "envoys", "commanders", "planners");

    private static final Set<String> EMBASSIES = Set.of("embassy", "embassies", "consulate", "consulates");
    /** Parts of speech the gate lets stand between a pattern's words, as the coder does ("sent the first 400 police to"). */
    private static final Set<String> BETWEEN_PATTERN_WORDS = Set.of("DET", "NUM", "ADJ", "PRON", "NOUN");
    /** A match score: "28-24", "2-1", "3–0" (not a year range). */
    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("(?<![\\d-])\\d{1,2}\\s?[-\u2013]\\s?\\d{1,2}(?![\\d-])");

    /**
     * {@code SCORE.matcher(text).find()}, trying the pattern only around each dash that has a digit
     * just before it (or a digit and a space): every match is a dash with at most three characters
     * on either side, so the answer is the same, without running the pattern from every position.
     */
    static boolean hasScore(String text) {
        java.util.regex.Matcher m = null;
        int n = text.length();
        for (int d = 1; d < n; d++) {
            char c = text.charAt(d);
            if (c != '-' && c != '\u2013') {
                continue;
            }
            if (!asciiDigit(text.charAt(d - 1)) && !(d >= 2 && asciiDigit(text.charAt(d - 2)))) {
                continue;
            }
            if (m == null) {
                m = SCORE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (m.region(Math.max(0, d - 3), Math.min(n, d + 4)).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private final Dictionary dictionary;
    private final DictionaryMatcher matcher;
    private final Vocabulary vocabulary;

    private final WordTable politicalWords;

    public MentionFinder(Dictionary dictionary, DictionaryMatcher matcher, Vocabulary vocabulary) {
        this(dictionary, matcher, vocabulary, politicalWords(vocabulary));
    }

    /** With the table of {@link #politicalWords(Vocabulary)} built once for the vocabulary. */
    MentionFinder(Dictionary dictionary, DictionaryMatcher matcher, Vocabulary vocabulary, WordTable politicalWords) {
        this.dictionary = dictionary;
        this.matcher = matcher;
        this.vocabulary = vocabulary;
        this.politicalWords = politicalWords;
    }

    private static final int POLITICAL_CUE = 1;
    private static final int ARMS_NOUN = 2;
    private static final int FORM = 4;
    private static final int SPORTS_CUE = 8;

    /**
     * The words {@link #political} looks for, each with what it is: a political cue, an arms noun,
     * an agreement form of the lexicon, a sports cue (one table, one look-up per word of the item).
     */
    static WordTable politicalWords(Vocabulary vocabulary) {
        java.util.Map<String, Integer> flags = new java.util.HashMap<>();
        vocabulary.list("political_cues").forEach(w -> flags.merge(w, POLITICAL_CUE, (a, b) -> a | b));
        vocabulary.list("arms_nouns").forEach(w -> flags.merge(w, ARMS_NOUN, (a, b) -> a | b));
        vocabulary.lexicon().forms().keySet().forEach(w -> flags.merge(w, FORM, (a, b) -> a | b));
        vocabulary.list("sports_cues").forEach(w -> flags.merge(w, SPORTS_CUE, (a, b) -> a | b));
        return new WordTable(flags);
    }

    /** Set by {@link #political} when only an event verb, not a political word, made the item political. */
    private boolean verbOnly;

    public List<Mention> find(Document doc) {
        List<Hit> hits = doc.hits();
        verbOnly = false;
        if (!political(doc, hits)) {
            return List.of();
        }
        acceptedInItem = Set.of();
        doubted = new HashSet<>();
        List<Mention> out = withDeFactoGovernments(doc, withSharedNames(doc, pass(doc, hits)));
        if (verbOnly) {
            // the event verb must share its sentence with a name that is still an actor in context: "guests
            // praised the Italian chef" names a cook, not Italy
            List<Mention> kept = out;
            if (!eventVerb(doc, hits, s -> kept.stream().anyMatch(m -> m.sentence() == s.index()))) {
                return List.of();
            }
            // and some actor must be named as one: a state, an organisation, a seat, a person, or a people's
            // institution ("the Philippine coast guard"); adjectives alone are cuisine, breeds and species
            // ("Thai iced tea", "Hungarian paprika", "Argentine tegus")
            if (out.stream().allMatch(m -> m.type() == Mention.Type.DEMONYM
                    && !institutionAfterList(doc.sentences().get(m.sentence()), m.last() + 1))) {
                return List.of();
            }
        }
        Set<String> accepted = new HashSet<>();
        out.forEach(m -> accepted.add(m.code()));
        doubted.retainAll(accepted);
        if (doubted.isEmpty()) {
            return out;
        }
        // one sense per item: a look-alike name doubted in a sentence without cues ("Peru turned to its
        // neighbours") is the state the item names as an actor elsewhere
        acceptedInItem = accepted;
        return withDeFactoGovernments(doc, withSharedNames(doc, pass(doc, hits)));
    }

    /**
     * A name two states share ("Congo", "Congolese"), which the dictionary leaves out, resolved by the
     * item: the alternative state when the item names one of its cues ("Brazzaville") or the state
     * itself, else the default. In the same contexts as any other name ("the Congo River" is none).
     */
    private List<Mention> withSharedNames(Document doc, List<Mention> found) {
        com.fasterxml.jackson.databind.JsonNode shared = vocabulary.node("shared_names");
        if (!shared.isArray() || shared.isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found);
        String lowerText = doc.lowerText();
        for (com.fasterxml.jackson.databind.JsonNode entry : shared) {
            Set<String> names = new HashSet<>();
            entry.path("names").forEach(n -> names.add(n.asText()));
            String alternative = entry.path("alternative").asText();
            boolean alt = found.stream().anyMatch(m -> m.code().equals(alternative));
            for (com.fasterxml.jackson.databind.JsonNode cue : entry.path("cues")) {
                alt |= lowerText.contains(cue.asText().toLowerCase(java.util.Locale.ROOT));
            }
            String code = alt ? alternative : entry.path("default").asText();
            for (Sentence s : doc.sentences()) {
                for (Token t : s.tokens()) {
                    int i = t.index();
                    if (!names.contains(t.text()) || doc.inDateline(t.start()) || covered(found, s.index(), i)) {
                        continue;
                    }
                    Mention.Type type = Character.isLowerCase(t.text().charAt(t.text().length() - 1))
                            && t.text().endsWith("ese") ? Mention.Type.DEMONYM : Mention.Type.COUNTRY;
                    lastAccepted = null;
                    if (actorInContext(s, i, i, type, false, code)) {
                        out.add(new Mention(s.index(), i, i, type, code, null, null));
                    }
                }
            }
        }
        if (out.size() == found.size()) {
            return found;
        }
        out.sort(java.util.Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::first));
        return out;
    }

    /**
     * A movement that governs a state in fact (context.yaml de_facto_governments: "Taliban" for
     * Afghanistan since August 2021) stands for that state from the day it took power; before, it
     * is a non-state group and names no actor.
     */
    private List<Mention> withDeFactoGovernments(Document doc, List<Mention> found) {
        if (vocabulary.deFactoGovernments().isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found);
        for (Sentence s : doc.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                for (Vocabulary.DeFactoGovernment n : vocabulary.deFactoGovernments()) {
                    if (n.since() != null && doc.published().isBefore(n.since())) {
                        continue;
                    }
                    List<String> words = n.words();
                    int last = i + words.size() - 1;
                    if (last >= s.size() || doc.inDateline(s.token(i).start())) {
                        continue;
                    }
                    boolean same = true;
                    for (int k = 0; k < words.size() && same; k++) {
                        same = s.token(i + k).text().equals(words.get(k));
                    }
                    if (same && !covered(out, s.index(), i) && !covered(out, s.index(), last)) {
                        out.add(new Mention(s.index(), i, last, Mention.Type.COUNTRY, n.code(), null, null));
                        i = last;
                        break;
                    }
                }
            }
        }
        if (out.size() == found.size()) {
            return found;
        }
        out.sort(java.util.Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::first));
        return out;
    }

    private static boolean covered(List<Mention> found, int sentence, int i) {
        for (Mention m : found) {
            if (m.sentence() == sentence && m.first() <= i && m.last() >= i) {
                return true;
            }
        }
        return false;
    }

    /** Codes the item accepts as actors somewhere, during the second pass; empty during the first. */
    private Set<String> acceptedInItem = Set.of();
    /** Codes of look-alike names refused only for want of a political word in their sentence. */
    private Set<String> doubted = new HashSet<>();

    private List<Mention> pass(Document doc, List<Hit> hits) {
        List<Mention> out = new ArrayList<>();
        Set<String> knownPersons = new HashSet<>();
        int si = 0;
        for (Hit h : hits) {
            while (si < doc.sentences().size() && h.start() >= doc.sentences().get(si).end()) {
                si++;
            }
            if (si >= doc.sentences().size()) {
                break;
            }
            Sentence s = doc.sentences().get(si);
            if (h.start() < s.start() || doc.inDateline(h.start())) {
                continue;
            }
            int first = tokenAt(s, h.start());
            int last = tokenAt(s, h.end() - 1);
            if (first < 0 || last < 0) {
                continue;
            }
            lastAccepted = out.isEmpty() ? null : out.get(out.size() - 1);
            Mention m = choose(doc, s, first, last, h, knownPersons);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private Mention choose(Document doc, Sentence s, int first, int last, Hit h, Set<String> knownPersons) {
        if (doc.localTown() != null && h.text().equalsIgnoreCase(doc.localTown())) {
            return null; // "MEXICO, Mo. - ... the fairgrounds in Mexico": the town of the dateline
        }
        for (Entry e : h.entries()) {
            if (e.kind() == Kind.STOP) {
                return null;
            }
        }
        // persons first: a full name in office on the day
        for (Entry e : h.entries()) {
            if (e.kind() == Kind.PERSON || e.kind() == Kind.SURNAME) {
                Dictionary.Person p = dictionary.persons().get(e.person());
                if (p == null) {
                    continue;
                }
                Dictionary.Office o = p.officeOn(doc.published());
                if (o == null) {
                    continue;
                }
                boolean ok = e.kind() == Kind.PERSON || knownPersons.contains(p.name()) || p.surnameAlone()
                        || (first > 0 && (vocabulary.honorific(s.token(first - 1).lower())
                                || vocabulary.role(s.token(first - 1).lower()) != null));
                // "Major General Pavel Muraveiko": a family name used alone is no match as another's given name
                boolean givenName = e.kind() == Kind.SURNAME && last + 1 < s.size() && s.token(last + 1).capitalised()
                        && s.token(last + 1).pos().equals("PROPN") && !isMentionLike(s.token(last + 1))
                        && vocabulary.role(s.token(last + 1).lower()) == null;
                if (ok && !nameHeadFollows(s, last) && !givenName) {
                    knownPersons.add(p.name());
                    return new Mention(s.index(), first, last, Mention.Type.PERSON, o.country(), p.name(), o.role());
                }
            }
        }
        List<Entry> ordered = new ArrayList<>(h.entries());
        // a city that is the seat of an organisation and of a state stands for the organisation ("Brussels"),
        // unless the item names the state and never the organisation ("Rwanda expelled Belgian diplomats.
        // Brussels called the decision disproportionate")
        ordered.sort((a, b) -> Boolean.compare(b.kind() == Kind.ORG_SEAT && !stateRatherThanOrganisation(doc, h, b),
                a.kind() == Kind.ORG_SEAT && !stateRatherThanOrganisation(doc, h, a)));
        for (Entry e : ordered) {
            Mention.Type type = switch (e.kind()) {
                case COUNTRY -> Mention.Type.COUNTRY;
                case DEMONYM -> Mention.Type.DEMONYM;
                case SEAT, ORG_SEAT -> Mention.Type.SEAT;
                case SUBNATIONAL -> Mention.Type.SUBNATIONAL;
                case ORGANIZATION -> Mention.Type.ORGANIZATION;
                default -> null;
            };
            if (type == null) {
                continue;
            }
            if (!actorInContext(s, first, last, type, e.ambiguous(), e.code())) {
                return null;
            }
            return new Mention(s.index(), first, last, type, e.code(), null, null);
        }
        return null;
    }

    /** Does the item name the state whose seat {@code h} also is, by its name, and never {@code seat}'s organisation? */
    private static boolean stateRatherThanOrganisation(Document doc, Hit h, Entry seat) {
        String state = null;
        for (Entry e : h.entries()) {
            if (e.kind() == Kind.SEAT) {
                state = e.code();
            }
        }
        if (state == null) {
            return false;
        }
        boolean stateNamed = false;
        for (Hit o : doc.hits()) {
            for (Entry e : o.entries()) {
                if (e.kind() == Kind.ORGANIZATION && e.code().equals(seat.code())) {
                    return false;
                }
                stateNamed |= (e.kind() == Kind.COUNTRY || e.kind() == Kind.DEMONYM) && e.code().equals(state);
            }
        }
        return stateNamed;
    }

    /** With -Dblocwatch.coder.trace=true the political gate prints what it weighed for each item. */
    private static final boolean TRACE = Boolean.getBoolean("blocwatch.coder.trace");

    /**
     * Is the item about politics or security at all? Two distinct political words, or one with an
     * unambiguous state or organisation name, or an event verb in a sentence that names an actor.
     * One stray word ("the china cabinet"), look-alike names ("Turkey, stuffing and the good China")
     * or country names without either (travel, nature, song contests) are not enough.
     */
    private boolean political(Document doc, List<Hit> hits) {
        Set<String> cues = vocabulary.list("political_cues");
        Set<String> arms = vocabulary.list("arms_nouns");
        var forms = vocabulary.lexicon().forms();
        Set<String> seen = new java.util.HashSet<>();
        Set<String> sports = new java.util.HashSet<>();
        Set<String> sportsCues = vocabulary.list("sports_cues");
        String text = doc.text();
        String lowerText = doc.lowerText();
        // the words of the text, and of its lower-case copy, as split("[^\\p{L}-]+") gives them; in a Latin-1
        // text both have their words at the same offsets, so one walk serves both
        boolean oneWalk = LetterRuns.latin1(text);
        for (int a = LetterRuns.start(text, 0); a >= 0; ) {
            int b = LetterRuns.end(text, a);
            if (oneWalk) {
                // the word is lowerText[a, b): look it up in place, make a String only of what is kept
                int f = politicalWords.get(lowerText, a, b);
                boolean plural = lowerText.charAt(b - 1) == 's';
                int singularCue = plural ? politicalWords.get(lowerText, a, b - 1) : f;
                // a capitalised plural whose singular only is a political word is a team's name ("the Ottawa
                // Senators"); an office of a club or society is no office of state ("the club's president")
                boolean teamName = plural && (f & POLITICAL_CUE) == 0 && Character.isUpperCase(text.charAt(a));
                if (((f & (POLITICAL_CUE | ARMS_NOUN | FORM)) != 0 || (singularCue & POLITICAL_CUE) != 0 && !teamName
                        || Character.isUpperCase(text.charAt(a)) && !teamName && vocabulary.role(lowerText.substring(a, b)) != null)
                        && !thingCompound(lowerText, b) && !civilOffice(lowerText, a) && !civilOfficeOf(lowerText, b)) {
                    seen.add(lowerText.substring(a, plural ? b - 1 : b));
                }
                if ((f & SPORTS_CUE) != 0) {
                    sports.add(lowerText.substring(a, b));
                }
            } else {
                String w = text.substring(a, b).toLowerCase(java.util.Locale.ROOT);
                String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
                if ((cues.contains(w) || cues.contains(singular) || arms.contains(w) || forms.containsKey(w)
                        || vocabulary.role(w) != null && Character.isUpperCase(text.charAt(a))) && !thingCompound(lowerText, b)) {
                    seen.add(singular);
                }
            }
            a = LetterRuns.start(text, b);
        }
        if (!oneWalk) {
            for (int a = LetterRuns.start(lowerText, 0); a >= 0; ) {
                int b = LetterRuns.end(lowerText, a);
                String w = lowerText.substring(a, b);
                if (sportsCues.contains(w)) {
                    sports.add(w);
                }
                a = LetterRuns.start(lowerText, b);
            }
        }
        if (LetterRuns.splitHasEmpty(lowerText) && sportsCues.contains("")) {
            sports.add("");
        }
        if (lowerText.contains("world cup")) {
            sports.add("world cup");
        }
        if (hasScore(lowerText)) {
            sports.add("a score"); // "beat Ireland 28-24"
        }
        boolean strongPolitics = seen.stream().anyMatch(w -> !vocabulary.in("weak_political_cues", w));
        if (sports.size() >= 2 && !strongPolitics) {
            return false; // a sports report: the names are teams
        }
        Set<String> names = new java.util.HashSet<>();
        Set<String> lookAlikes = new java.util.HashSet<>();
        Set<String> demonyms = new java.util.HashSet<>();
        for (Hit h : hits) {
            for (Entry e : h.entries()) {
                if (e.kind() == Kind.COUNTRY || e.kind() == Kind.ORGANIZATION || e.kind() == Kind.PERSON
                        || e.kind() == Kind.SEAT || e.kind() == Kind.ORG_SEAT) {
                    (e.ambiguous() ? lookAlikes : names).add(e.code() == null ? e.person() : e.code());
                } else if (e.kind() == Kind.DEMONYM) {
                    (e.ambiguous() ? lookAlikes : demonyms).add(e.code());
                }
            }
        }
        if (TRACE) {
            System.err.println("  [gate] political words " + seen + " strong " + strongPolitics + " names " + names
                    + " look-alikes " + lookAlikes + " demonyms " + demonyms + " sports " + sports);
        }
        // one weak word ("a drone to film the sharks", "the border of the park") needs an event verb too
        if (seen.size() >= 2 || seen.size() == 1 && strongPolitics
                && (!names.isEmpty() || lookAlikes.size() >= 2 || lookAlikes.size() + demonyms.size() >= 2)) {
            return true;
        }
        // Names alone, however many, do not make an item political: storks wintering in Morocco and Senegal,
        // visitors from Germany and Japan, a song contest won by Sweden ahead of Finland. An event verb must.
        // a wire lead may name its actors only by adjectives: "The Philippine coast guard called the Chinese action
        // dangerous". An event verb in a sentence that names someone makes it political.
        verbOnly = true;
        return !names.isEmpty() || !demonyms.isEmpty() || lookAlikes.size() >= 1 ? eventVerb(doc, hits) : false;
    }

    /**
     * The word starting at {@code a} is held in a civil body: "the club's president", "the society's
     * secretary general", "club president" (context.yaml civil_body_nouns).
     */
    private boolean civilOffice(String lowerText, int a) {
        int e = a - 1;
        if (e < 1 || lowerText.charAt(e) != ' ') {
            return false;
        }
        if (e >= 3 && (lowerText.startsWith("'s", e - 2) || lowerText.startsWith("\u2019s", e - 2))) {
            e -= 2;
        }
        int start = e;
        while (start > 0 && Character.isLetter(lowerText.charAt(start - 1))) {
            start--;
        }
        return start < e && vocabulary.in("civil_body_nouns", lowerText.substring(start, e));
    }

    /** A state, organisation, seat or people named right after token {@code k}. */
    private static boolean actorRightAfter(Sentence s, int k, List<Hit> hits) {
        if (k + 1 >= s.size()) {
            return false;
        }
        int at = s.token(k + 1).start();
        for (Hit h : hits) {
            if (h.start() == at && h.entries().stream().anyMatch(e -> e.kind() == Kind.COUNTRY || e.kind() == Kind.ORGANIZATION
                    || e.kind() == Kind.SEAT || e.kind() == Kind.ORG_SEAT || e.kind() == Kind.DEMONYM)) {
                return true;
            }
        }
        return false;
    }

    /** "The president of the Jordan Garden Club", "the president of the local bird club": an office of a civil body. */
    private boolean civilOfficeOf(String lowerText, int b) {
        int k;
        if (lowerText.startsWith(" of the ", b)) {
            k = b + 8;
        } else if (lowerText.startsWith(" of a ", b)) {
            k = b + 6;
        } else {
            return false;
        }
        for (int words = 0; words < 4 && k < lowerText.length(); words++) {
            int a = LetterRuns.start(lowerText, k);
            if (a != k) {
                return false; // punctuation or the end of the text: the phrase is over
            }
            int e = LetterRuns.end(lowerText, a);
            if (vocabulary.in("civil_body_nouns", lowerText.substring(a, e))) {
                return true;
            }
            if (e >= lowerText.length() || lowerText.charAt(e) != ' ') {
                return false;
            }
            k = e + 1;
        }
        return false;
    }

    /** The word after the one ending at {@code b} is a thing noun: "Swiss army knives" is a product, not politics. */
    private boolean thingCompound(String lowerText, int b) {
        if (b + 1 >= lowerText.length() || lowerText.charAt(b) != ' ') {
            return false;
        }
        int a = LetterRuns.start(lowerText, b);
        if (a != b + 1) {
            return false;
        }
        String next = lowerText.substring(a, LetterRuns.end(lowerText, a));
        // (a thing noun that also begins an event pattern is no sure compound: "the government cut ties")
        return vocabulary.in("thing_nouns", next) && vocabulary.lexicon().startingWith(next).isEmpty();
    }

    /** An event verb in a sentence that also names a state, an organisation or a people. */
    private boolean eventVerb(Document doc, List<Hit> hits) {
        return eventVerb(doc, hits, s -> {
            for (Hit h : hits) {
                if (h.start() >= s.start() && h.start() < s.end()
                        && h.entries().stream().anyMatch(e -> e.kind() != Kind.STOP && e.kind() != Kind.SURNAME)) {
                    return true;
                }
            }
            return false;
        });
    }

    private boolean eventVerb(Document doc, List<Hit> hits, java.util.function.Predicate<Sentence> names) {
        for (Sentence s : doc.sentences()) {
            if (!names.test(s)) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (!t.pos().equals("VERB")) {
                    continue;
                }
                String w = t.lower();
                if ((w.startsWith("join") || w.startsWith("accede") || w.startsWith("admit")) && organizationIn(s, hits)) {
                    return true; // "Montenegro joined the African Union" (not "students can join a trip")
                }
                if (signsAForm(s, t)) {
                    return true; // "India and the United States signed a ten-year defence framework"
                }
                for (EventLexicon.Pattern p : vocabulary.lexicon().startingWith(w)) {
                    // a one-word event verb, or a longer pattern spelled out after it ("broke off relations with")
                    // (a bare request verb is everyday speech, "ask the way to Mexico", unless a state or
                    // organisation is asked: "Ukraine asked Germany for air defence systems")
                    boolean bareRequest = p.words().size() == 1 && p.event().plover().equals("REQUEST")
                            && !actorRightAfter(s, t.index(), hits);
                    if (p.verb() && !bareRequest && (p.words().size() == 1 || followedBy(s, t.index(), p.words()))
                            && constraintsHold(s, t.index(), t.index() + p.words().size() - 1, p.event())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether what the coder requires of an entry holds around its verb at {@code verb} (match ending
     * at {@code end}), read as the interaction pass reads it: the goods of a transfer ("a stall
     * selling waffles" is no arms sale), the judgement of an evaluative verb, no blocking object
     * ("struck a deal").
     */
    private boolean constraintsHold(Sentence s, int verb, int end, EventLexicon.Event ev) {
        if (ev.kind().equals("arms-transfer") && !EntryConditions.goodsNear(s, verb, end, vocabulary.list("arms_nouns"))
                && !(ev.otherGoods() != null && EntryConditions.goodsNear(s, verb, end, vocabulary.list(ev.otherGoods())))) {
            return false;
        }
        if (!ev.needsAfter().isEmpty() && !EntryConditions.judgementAfter(s, end, ev.needsAfter())) {
            return false;
        }
        return ev.blockedByObject().isEmpty() || !EntryConditions.blocked(s, end, ev.blockedByObject());
    }

    /** An embassy or consulate at {@code k} that is the object of the verb just before it ("reopened its embassy"). */
    private static boolean embassyActedOn(Sentence s, int k) {
        if (!EMBASSIES.contains(s.token(k).lower())) {
            return false;
        }
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            Token t = s.token(j);
            if (t.pos().equals("VERB")) {
                return true;
            }
            if (!(t.pos().equals("DET") || t.pos().equals("ADJ") || t.pos().equals("PRON") || t.pos().equals("PROPN"))) {
                return false;
            }
        }
        return false;
    }

    /** An agreement's form noun in the eight tokens after {@code i}. */
    private boolean formAfter(Sentence s, int i) {
        for (int k = i + 1; k < s.size() && k <= i + 8; k++) {
            if (vocabulary.lexicon().forms().containsKey(s.token(k).lower())
                    || k + 1 < s.size() && vocabulary.lexicon().forms().containsKey(s.token(k).lower() + " " + s.token(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean organizationIn(Sentence s, List<Hit> hits) {
        for (Hit h : hits) {
            if (h.start() >= s.start() && h.start() < s.end() && h.entries().stream().anyMatch(e -> e.kind() == Kind.ORGANIZATION)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words after token {@code i} are the rest of {@code words} (the first is the verb itself). */
    private boolean followedBy(Sentence s, int i, List<String> words) {
        int k = i + 1;
        for (int w = 1; w < words.size(); w++) {
            // as the coder matches patterns: a few determiners, numbers, adjectives or a noun may come between
            // ("sent the first 400 police officers to")
            int skipped = 0;
            while (k < s.size() && !vocabulary.sameWord(s.token(k).lower(), words.get(w)) && skipped < 4
                    && (BETWEEN_PATTERN_WORDS.contains(s.token(k).pos())
                        // a rate: "imposed duties of 25 percent on", "tariffs of up to 200 percent on"
                        || s.token(k).lower().equals("of") && k + 1 < s.size()
                            && (s.token(k + 1).pos().equals("NUM") || s.token(k + 1).lower().equals("up")))) {
                k++;
                skipped++;
            }
            if (k >= s.size() || !vocabulary.sameWord(s.token(k).lower(), words.get(w))) {
                return false;
            }
            k++;
        }
        return true;
    }

    private boolean actorInContext(Sentence s, int first, int last, Mention.Type type, boolean ambiguous, String code) {
        Token next = last + 1 < s.size() ? s.token(last + 1) : null;
        Token prev = first > 0 ? s.token(first - 1) : null;
        boolean titleCase = s.headline() && titleCased(s);
        // a town: "Lebanon, Ohio", "Peru, Indiana"
        if (next != null && next.text().equals(",") && last + 2 < s.size()
                && (vocabulary.in("us_states", s.token(last + 2).lower()) || last + 3 < s.size()
                    && vocabulary.in("us_states", s.token(last + 2).lower() + " " + s.token(last + 3).lower()))) {
            return false;
        }
        if (next != null && vocabulary.in("other_place_heads", next.lower())) {
            return false;
        }
        // part of a longer name: "Jordan Pickford", "France 24", "Georgia Tech", "Minsk Group"
        if (next != null && !titleCase && (type != Mention.Type.ORGANIZATION)) {
            if (next.pos().equals("NUM") && type == Mention.Type.COUNTRY) {
                return false;
            }
            if (nameHeadFollows(s, last)) {
                return false;
            }
            if (next.capitalised() && next.pos().equals("PROPN") && !institution(s, last + 1)
                    && vocabulary.role(next.lower()) == null && !vocabulary.honorific(next.lower())
                    && !isCalendarWord(next.lower()) && !isMentionLike(next)) {
                return false;
            }
        }
        // "Libya's UN-backed government": the backer inside another's noun phrase is no actor of the clause
        if (first > 0 && Syntax.isPossessive(s.token(first - 1))
                && last + 1 < s.size() && (BACKED.contains(s.token(last + 1).lower().replace("-", ""))
                    && s.token(last + 1).text().startsWith("-")
                    || last + 2 < s.size() && s.token(last + 1).text().equals("-") && BACKED.contains(s.token(last + 2).lower()))) {
            return false;
        }
        // "Italian-style", "Mexican-themed", "French-inspired": a style, not a state ("Russian-made" is a state's product)
        if (type == Mention.Type.DEMONYM || type == Mention.Type.COUNTRY) {
            String surface = s.token(last).lower();
            for (String style : STYLES) {
                if (surface.endsWith(style) || next != null && next.lower().equals(style.substring(1))
                        && last + 1 < s.size() && s.token(last).end() == next.start() - 1) {
                    return false;
                }
            }
        }
        if ((type == Mention.Type.COUNTRY || type == Mention.Type.DEMONYM) && last + 2 < s.size()
                && (s.token(last + 1).lower().equals("'s") || type == Mention.Type.DEMONYM)) {
            // "Yemen's Houthi movement", "Nigeria's Boko Haram insurgents": a group from the state, not the state
            int from = s.token(last + 1).lower().equals("'s") ? last + 2 : last + 1;
            for (int j = from; j < s.size() && j < from + 4 && !institution(s, j); j++) {
                Token t = s.token(j);
                if (vocabulary.in("non_state_heads", t.lower())) {
                    return false;
                }
                if (!(t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.pos().equals("ADJ") || t.text().equals("-"))
                        || isMentionLike(t)) {
                    break;
                }
            }
        }
        if (type == Mention.Type.COUNTRY || type == Mention.Type.DEMONYM || type == Mention.Type.SUBNATIONAL) {
            String head = nounHead(s, last + 1);
            // "a Swiss Army knife": the thing is the head; an institution word before it is only a modifier
            boolean headAfterInstitution = head != null && last + 2 < s.size() && !s.token(last + 1).lower().equals(head);
            if (head != null && vocabulary.in("thing_nouns", head) && (!institution(s, last + 1) || headAfterInstitution)
                    && !struckByTradeMeasure(s, first)) {
                return false;
            }
        }
        // "the Gulf of Aden", "the Sea of Japan", "the Horn of Africa", "the Port of Djibouti": a place
        if (first >= 2 && s.token(first - 1).lower().equals("of") && WATERS.contains(s.token(first - 2).lower())) {
            return false;
        }
        if (type == Mention.Type.SEAT) {
            // "officials in Belgrade said" is the government; "a ceremony in Belgrade" is a place
            boolean people = first >= 2 && (PEOPLE.contains(s.token(first - 2).lower())
                    || vocabulary.in("aimed_words", s.token(first - 2).lower()) // "remarks aimed at Addis Ababa"
                    // "reopened its embassy in Damascus": the state that hosts the embassy an act is aimed at
                    // (not "a protest through its embassy in Beijing")
                    || embassyActedOn(s, first - 2));
            if (prev != null && vocabulary.in("place_prepositions", prev.lower()) && !people) {
                return false;
            }
            if (prev != null && prev.lower().equals("the") && first > 1
                    && vocabulary.in("place_prepositions", s.token(first - 2).lower())) {
                return false;
            }
        }
        if (ambiguous) {
            // "Michael Jordan": a given name before it makes it a surname
            if (prev != null && prev.capitalised() && prev.pos().equals("PROPN") && !isMentionLike(prev)
                    && vocabulary.role(prev.lower()) == null && !vocabulary.honorific(prev.lower())
                    && !MentionFinderWords.CALENDAR.contains(prev.lower()) && !titleCase) {
                return false;
            }
            // "a collector from Savannah, Georgia": a place name, a comma, then the state's name
            if (type == Mention.Type.COUNTRY && prev != null && prev.text().equals(",") && first >= 2
                    && s.token(first - 2).capitalised() && s.token(first - 2).pos().equals("PROPN")
                    && !isMentionLike(s.token(first - 2))
                    && !(lastAccepted != null && lastAccepted.sentence() == s.index() && lastAccepted.last() == first - 2
                            && next != null && (next.text().equals(",") || next.lower().equals("and") || next.lower().equals("or")))
                    && !MentionFinderWords.CALENDAR.contains(s.token(first - 2).lower())) {
                return false; // (not "Costa Rica, Panama and Peru": the name before the comma is a state's)
            }
            // "Peru turned to its neighbours": a state's name opening a sentence of a political item as the
            // subject of an event verb ("Turkey needs twenty minutes in the oven" is not one)
            boolean subjectOfSentence = first == 0 && type == Mention.Type.COUNTRY && !titleCase && !s.headline()
                    // (the tagger reads a past tense right after a name as an adjective: "India imposed/ADJ")
                    && next != null && (next.pos().equals("VERB") || next.pos().equals("ADJ") && next.lower().endsWith("ed"))
                    && (vocabulary.lexicon().startingWith(next.lower()).stream().anyMatch(EventLexicon.Pattern::verb)
                        || vocabulary.lexicon().isForm(next.lower(), vocabulary.lexicon().signedVerbs()));
            // "Chile, along with Peru and Ecuador, signed": named with states as one subject
            subjectOfSentence |= first == 0 && type == Mention.Type.COUNTRY && last + 3 < s.size() && next.text().equals(",")
                    && Set.of("along", "together").contains(s.token(last + 2).lower()) && s.token(last + 3).lower().equals("with");
            boolean inContext = subjectOfSentence || politicalSentence(s, first, last) || listedWithAState(s, first, last)
                    || lastAccepted != null && lastAccepted.sentence() == s.index(); // beside another actor
            if (!inContext && code != null) {
                doubted.add(code);
                return acceptedInItem.contains(code);
            }
            return inContext;
        }
        return true;
    }

    /** An ambiguous word counts only beside a role, an institution, an event cue or another actor. */
    private boolean politicalSentence(Sentence s, int first, int last) {
        if (institution(s, last + 1)) {
            return true;
        }
        Set<String> cues = vocabulary.list("political_cues");
        int cuesHere = 0;
        for (Token t : s.tokens()) {
            if (t.index() >= first && t.index() <= last) {
                continue;
            }
            String w = t.lower();
            if ((cues.contains(w) && !vocabulary.in("weak_political_cues", w)) || vocabulary.in("arms_nouns", w)
                    || vocabulary.in("institution_heads", w) || vocabulary.in("aid_nouns", w)) {
                cuesHere++;
            }
        }
        return cuesHere >= 1 || actsOnAnotherActor(s, first, last);
    }

    /**
     * "Jordan sent aid to Gaza", "Turkey shelled Kurdish positions in Syria": the name is the subject of
     * an event verb in a sentence that names another actor.
     */
    private boolean actsOnAnotherActor(Sentence s, int first, int last) {
        int k = last + 1;
        while (k < s.size() && (s.token(k).pos().equals("ADV") || s.token(k).pos().equals("AUX"))) {
            k++;
        }
        if (k >= s.size() || !s.token(k).pos().equals("VERB")) {
            return false;
        }
        boolean eventVerb = vocabulary.lexicon().startingWith(s.token(k).lower()).stream().anyMatch(EventLexicon.Pattern::verb);
        if (!eventVerb) {
            return false;
        }
        for (int j = k + 1; j < s.size(); j++) {
            if (s.token(j).capitalised() && isMentionLike(s.token(j))) {
                return true;
            }
        }
        return false;
    }

    /** "Togo and Benin", "Benin, Togo": an ambiguous name in a list with another state's name. */
    private Mention lastAccepted;

    private boolean listedWithAState(Sentence s, int first, int last) {
        if (lastAccepted != null && lastAccepted.sentence() == s.index() && first >= 2
                && lastAccepted.last() == first - 2 && !lastAccepted.isPerson()
                && (s.token(first - 1).lower().equals("and") || s.token(first - 1).text().equals(","))) {
            return true; // "the United States and Georgia"
        }
        if (first >= 2 && (s.token(first - 1).lower().equals("and") || s.token(first - 1).text().equals(","))
                && isMentionLike(s.token(first - 2))) {
            return true;
        }
        if (last + 2 >= s.size() || !(s.token(last + 1).lower().equals("and") || s.token(last + 1).text().equals(","))) {
            return false;
        }
        // "India and the United States", "Georgia, the Philippines and Japan"
        if (isMentionLike(s.token(last + 2))) {
            return true;
        }
        // (with its article only in a sentence that signs an agreement: "India and the United States signed a ...")
        return s.token(last + 2).lower().equals("the") && mentionStartsAt(s, last + 3) && signsAnAgreement(s);
    }

    private boolean signsAnAgreement(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.pos().equals("VERB") && signsAForm(s, t)) {
                return true;
            }
        }
        return false;
    }

    /** A signing verb with an agreement's form after it: "signed a ten-year defence framework". */
    private boolean signsAForm(Sentence s, Token t) {
        return vocabulary.lexicon().isForm(t.lower(), vocabulary.lexicon().signedVerbs()) && formAfter(s, t.index());
    }

    /** Whether a name in the dictionary starts at token {@code i} ("United States" at "United"). */
    private boolean mentionStartsAt(Sentence s, int i) {
        if (i >= s.size() || !s.token(i).capitalised()) {
            return false;
        }
        StringBuilder b = new StringBuilder();
        for (int j = i; j < s.size() && j < i + 4; j++) {
            b.append(j > i ? " " : "").append(s.token(j).text());
        }
        return matcher.find(b.toString()).stream().anyMatch(h -> h.start() == 0);
    }

    /**
     * "imposed tariffs of up to 218 percent on Australian wine", "banned imports of Georgian wine": goods
     * named as what a trade measure strikes stand for their state.
     */
    private boolean struckByTradeMeasure(Sentence s, int first) {
        if (first < 2 || !Set.of("on", "of", "against").contains(s.token(first - 1).lower())) {
            return false;
        }
        for (int k = first - 2; k >= 0 && k >= first - 8; k--) {
            if (Syntax.boundary(s.token(k))) {
                return false;
            }
            if (vocabulary.in("trade_measure_nouns", s.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** An institution after a list of peoples: "Afghan and Iranian border forces". */
    private boolean institutionAfterList(Sentence s, int i) {
        int j = i;
        while (j < s.size() && j < i + 4 && (s.token(j).lower().equals("and") || s.token(j).text().equals(",")
                || s.token(j).capitalised() && isMentionLike(s.token(j)))) {
            j++;
        }
        // (one modifier may come first: "border forces", "naval units")
        return institution(s, i) || institution(s, j) || j + 1 < s.size() && !s.token(j).capitalised()
                && (s.token(j).pos().equals("NOUN") || s.token(j).pos().equals("ADJ")) && institution(s, j + 1);
    }

    private boolean institution(Sentence s, int i) {
        for (int len = 3; len >= 1; len--) {
            if (i + len > s.size()) {
                continue;
            }
            String w = String.join(" ", s.lowerWords(i, i + len));
            if (vocabulary.in("institution_heads", w) || vocabulary.role(w) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean nameHeadFollows(Sentence s, int last) {
        for (int len = 2; len >= 1; len--) {
            int from = last + 1;
            if (from + len > s.size()) {
                continue;
            }
            String w = String.join(" ", s.lowerWords(from, from + len));
            if (vocabulary.in("name_heads", w)) {
                Token head = s.token(from + len - 1);
                // "Ethiopian Airlines" is a name; "Belarusian airlines", "Russian airports" are the state's many
                return head.capitalised() || !head.lower().endsWith("s") || !Character.isLetter(head.text().charAt(0));
            }
        }
        return false;
    }

    /** The head noun of the noun phrase starting at {@code i} ("black coffee" -> "coffee"), or null. */
    private String nounHead(Sentence s, int i) {
        if (i < s.size()) {
            String w = s.token(i).lower();
            boolean verbForm = w.endsWith("s") && vocabulary.lexicon().startingWith(w).stream().anyMatch(EventLexicon.Pattern::verb);
            if (verbForm) {
                return null; // "Congo cuts ties with Rwanda": a verb the tagger took for a noun, not "Congo ties"
            }
        }
        String head = null;
        for (int j = i; j < s.size() && j < i + 3; j++) {
            Token t = s.token(j);
            if (t.pos().equals("NOUN") || (t.pos().equals("PROPN") && !t.capitalised())) {
                head = t.lower();
            } else if (t.pos().equals("ADJ") && head == null) {
                continue;
            } else {
                break;
            }
        }
        return head;
    }

    private static boolean isCalendarWord(String w) {
        return switch (w) {
            case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                    "march", "april", "may", "june", "july", "august", "september", "october", "november",
                    "december" -> true;
            default -> false;
        };
    }

    private boolean isMentionLike(Token t) {
        return !matcher.find(t.text()).isEmpty();
    }

    static boolean titleCased(Sentence s) {
        int words = 0;
        int caps = 0;
        for (Token t : s.tokens()) {
            if (t.text().length() > 3 && Character.isLetter(t.text().charAt(0))) {
                words++;
                if (t.capitalised()) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps * 10 >= words * 8;
    }

    static int tokenAt(Sentence s, int offset) {
        for (Token t : s.tokens()) {
            if (offset >= t.start() && offset < t.end()) {
                return t.index();
            }
        }
        return -1;
    }

    /** A name as the gold writes it: diacritics folded, case kept. */
    public static String foldName(String name) {
        return io.blocwatch.tagging.TextFolding.foldDiacritics(name);
    }
}
