package io.blocwatch.tagging.coder;

import io.blocwatch.tagging.Dictionary;
import io.blocwatch.tagging.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Third stage: office holders named by the text's own structure, whether or not the dictionary
 * knows them: a title with its country before it ("Kenyan President William Ruto", "Vietnam's
 * Prime Minister Pham Minh Chinh", "NATO Secretary General Mark Rutte"), after it ("the foreign
 * minister of Egypt, Badr Abdelatty") or in an apposition ("Badr Abdelatty, Egypt's foreign
 * minister"). A later mention of the surname alone ("Ruto said") is the same person.
 */
public final class PersonFinder {

    private static final Set<String> NAME_PARTICLES = Set.of("bin", "bint", "al", "al-", "el", "de", "da", "dos", "das",
            "van", "von", "der", "ibn", "abu", "di", "du", "la", "le", "ben");

    /** Words of closed classes that a capital does not make a name ("The", "And", "With"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in", "on",
            "at", "to", "for", "with", "by", "from", "into", "as", "if", "he", "she", "it", "they", "we", "you", "i",
            "his", "her", "its", "their", "our", "this", "that", "these", "those", "is", "was", "are", "were", "be",
            "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "shall", "should", "must",
            "do", "does", "did", "no", "not", "after", "before", "while", "when", "since", "until", "about", "over",
            "under", "between", "among", "against", "during", "without", "within", "some", "any", "all", "both", "each");

    private final Vocabulary vocabulary;
    private final Dictionary dictionary;

    /** Every state's seats of power, lower case, to their state (the first state that names a seat keeps it). */
    private final Map<String, String> stateOfSeat = new LinkedHashMap<>();

    public PersonFinder(Vocabulary vocabulary, Dictionary dictionary) {
        this.vocabulary = vocabulary;
        this.dictionary = dictionary;
        for (Dictionary.Country c : dictionary.countries().values()) {
            for (String seat : c.seats()) {
                stateOfSeat.putIfAbsent(seat.toLowerCase(java.util.Locale.ROOT), c.code());
            }
        }
    }

    /** The mentions with the persons found by structure added (a sorted new list). */
    public List<Mention> find(Document doc, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        Map<String, Mention> bySurname = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (covered(out, s.index(), i, true)) {
                    continue;
                }
                int len = titleAt(s, i);
                if (len == 0) {
                    continue;
                }
                String role = roleOf(String.join(" ", s.lowerWords(i, i + len)));
                int titleEnd = i + len - 1;
                int[] name = nameAfter(s, out, titleEnd + 1);
                Mention owner = mentionEndingBefore(out, s, i);
                if (name == null && owner != null && !owner.isPerson() && titleEnd + 2 < s.size()
                        && s.token(titleEnd + 1).text().equals(",")) {
                    // "South Sudan's information minister, Michael Makuei, said": the name in apposition
                    name = nameAfter(s, out, titleEnd + 2);
                }
                if (name == null && titleEnd + 3 < s.size()) {
                    // "China's ambassador in Manila, Huang Xilian, told", "the governor of South Korea's Gyeonggi
                    // province, Kim Dong-yeon, designated": the title's own phrase, then the name in apposition
                    int comma = appositionComma(s, titleEnd + 1);
                    if (comma > 0 && (owner != null && !owner.isPerson()
                            || s.token(titleEnd + 1).lower().equals("of") && mentionAt(out, s.index(), titleEnd + 2) != null)) {
                        name = nameAfter(s, out, comma + 1);
                    }
                }
                int spanFirst = i;
                int spanLast;
                String country = null;
                Mention before = mentionEndingBefore(out, s, i);
                if (before != null && !before.isPerson()) {
                    country = before.code();
                    spanFirst = before.first();
                }
                if (name == null) {
                    // "the foreign minister of Egypt, Badr Abdelatty"
                    Mention of = null;
                    if (titleEnd + 2 < s.size() && s.token(titleEnd + 1).lower().equals("of")) {
                        of = mentionAt(out, s.index(), titleEnd + 2);
                    }
                    if (of != null && of.last() + 2 < s.size() && s.token(of.last() + 1).text().equals(",")) {
                        name = nameAfter(s, out, of.last() + 2);
                        if (name != null && country == null) {
                            country = of.code();
                        }
                    }
                    if (name == null) {
                        name = nameBefore(s, out, before != null ? before.first() : i);
                    }
                    if (name == null) {
                        continue;
                    }
                }
                if (country == null && titleEnd + 2 < s.size() && s.token(titleEnd + 1).lower().equals("of")) {
                    Mention of = mentionAt(out, s.index(), titleEnd + 2);
                    if (of != null && !of.isPerson()) {
                        country = of.code();
                    }
                }
                if (country == null && name[1] + 2 < s.size() && s.token(name[1] + 1).lower().equals("of")) {
                    // "President Irfaan Ali of Guyana"
                    Mention of = mentionAt(out, s.index(), name[1] + 2);
                    if (of != null && !of.isPerson()) {
                        country = of.code();
                    }
                }
                String full = MentionFinder.foldName(text(s, name[0], name[1]));
                Dictionary.Person known = dictionary.persons().get(full);
                Dictionary.Office office = known == null ? null : known.officeOn(doc.published());
                if (known != null && office == null) {
                    continue; // "President Barack Obama" in a recalled past: out of office on the item's day
                }
                if (country == null && office == null) {
                    // "State Department spokesperson Tammy Bruce", "Kremlin spokesman": a seat inside the title;
                    // "In New Delhi, foreign ministry spokesperson Randhir Jaiswal said": the seat that frames the sentence
                    country = seatIn(String.join(" ", s.lowerWords(i, titleEnd + 1)));
                    if (country == null && name[0] == titleEnd + 1) {
                        country = seatFrame(s);
                    }
                    if (country == null && name[0] == titleEnd + 1) {
                        country = briefingSeat(s, name[1] + 1);
                    }
                }
                if (country == null && s.token(i).capitalised() && name[0] == titleEnd + 1 && !pastYear(doc, s)) {
                    // "Foreign Minister Yvan Gil accused ...": a bare title before a name is an office of the
                    // state the story is about: the first state named in the sentence or, failing that, the one before
                    country = storyState(out, s.index(), i);
                }
                if (country == null && name[0] == titleEnd + 1 && !pastYear(doc, s) && i > 1
                        && (s.token(i - 1).lower().equals("with") && s.token(i - 2).text().equals(",")
                            || i > 2 && s.token(i - 1).lower().equals("what") && s.token(i - 2).lower().equals("citing"))) {
                    // "India rejected the map, with foreign ministry spokesman X calling it ...", "Belarus recalled its
                    // envoys, citing what foreign ministry spokesman X called ...": the voice of the state the story opens with
                    country = storyState(out, s.index(), i);
                }
                if (country == null && name[0] == titleEnd + 1 && !pastYear(doc, s) && i > 0
                        && (s.token(i - 1).text().equals(",") || s.token(i - 1).text().equals("\"")
                            || s.token(i - 1).text().equals("\u201D"))) {
                    // "Iran condemned the strikes, foreign ministry spokesman Nasser Kanaani said": the speaker
                    // of the sentence's own state, named before in the same sentence
                    String here = storyState(out, s.index(), i);
                    int at = i;
                    boolean sameSentence = out.stream().anyMatch(m -> m.sentence() == s.index() && m.last() < at
                            && !m.isPerson() && here != null && here.equals(m.code()));
                    country = sameSentence ? here : null;
                }
                if (office != null) {
                    country = office.country();
                    role = office.role();
                }
                if (country == null || role == null) {
                    continue;
                }
                spanLast = Math.max(name[1], titleEnd);
                spanFirst = Math.min(spanFirst, name[0]);
                removeOverlapping(out, s.index(), spanFirst, spanLast);
                Mention m = new Mention(s.index(), spanFirst, spanLast, Mention.Type.PERSON, country, full, role);
                out.add(m);
                String[] parts = full.split(" ");
                bySurname.putIfAbsent(parts[parts.length - 1], m);
                i = spanLast;
            }
        }
        // office holders the dictionary named count too; a family name written first ("Kim Jong Un", "Yoon
        // Suk-yeol") is used alone as well ("Kim hailed Russia")
        for (Mention m : List.copyOf(out)) {
            if (m.isPerson() && m.person() != null) {
                String[] parts = m.person().split(" ");
                if (parts.length >= 2) {
                    bySurname.putIfAbsent(parts[parts.length - 1], m);
                }
                if (parts.length >= 3 || parts.length == 2 && parts[1].contains("-")) {
                    bySurname.putIfAbsent(parts[0], m);
                }
            }
        }
        // later surnames alone
        if (!bySurname.isEmpty()) {
            for (Sentence s : doc.sentences()) {
                for (Token t : s.tokens()) {
                    Mention p = bySurname.get(t.text());
                    boolean nameGoesOn = t.index() + 1 < s.size() && s.token(t.index() + 1).capitalised()
                            && s.token(t.index() + 1).pos().equals("PROPN");
                    if (p != null && !nameGoesOn && !covered(out, s.index(), t.index(), false)) {
                        // alone: "Kim said", not "Kim Hong-kyun said"
                        out.add(new Mention(s.index(), t.index(), t.index(), Mention.Type.PERSON, p.code(), p.person(), p.role()));
                    }
                }
            }
        }
        out.sort((a, b) -> a.sentence() != b.sentence() ? Integer.compare(a.sentence(), b.sentence())
                : Integer.compare(a.first(), b.first()));
        return out;
    }

    /** A year before the item's in the sentence ("signed in 1960 by Prime Minister ..."): office holders of the past. */
    private static boolean pastYear(Document doc, Sentence s) {
        for (Token t : s.tokens()) {
            if (doc.earlierYear(t.text())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OFFICE_MODIFIERS = Set.of("acting", "interim", "caretaker", "deputy", "first",
            "vice", "outgoing", "incoming", "new", "top");

    /** The first state (not a person, not an organisation) named before token {@code i} of sentence {@code si}, else in the sentence before. */
    private static String storyState(List<Mention> ms, int si, int i) {
        for (int sentence = si; sentence >= Math.max(0, si - 1); sentence--) {
            for (Mention m : ms) {
                if (m.sentence() == sentence && (sentence < si || m.last() < i) && !m.isPerson()
                        && m.type() != Mention.Type.ORGANIZATION) {
                    return m.code();
                }
            }
        }
        return null;
    }

    private int titleAt(Sentence s, int i) {
        for (int len = Math.min(vocabulary.longestTitle(), s.size() - i); len >= 1; len--) {
            String w = String.join(" ", s.lowerWords(i, i + len));
            if (vocabulary.role(w) != null || w.endsWith("s") && vocabulary.role(w.substring(0, w.length() - 1)) != null) {
                return len;
            }
        }
        return 0;
    }

    private String roleOf(String title) {
        String r = vocabulary.role(title);
        return r != null || !title.endsWith("s") ? r : vocabulary.role(title.substring(0, title.length() - 1));
    }

    /** A name of two to five capitalised words starting at {@code i}: [first, last] or null. */
    private int[] nameAfter(Sentence s, List<Mention> mentions, int i) {
        int j = i;
        while (j < s.size() && j < i + 3) {
            // one- or two-word honorifics: "Sheikh", "Lieutenant General", "Rear Admiral"
            if (j + 1 < s.size() && vocabulary.honorific(s.token(j).lower() + " " + s.token(j + 1).lower())) {
                j += 2;
            } else if (vocabulary.honorific(s.token(j).lower())) {
                j++;
            } else {
                break;
            }
        }
        int start = j;
        int words = 0;
        while (j < s.size() && j < start + 6) {
            Token t = s.token(j);
            if (nameWord(t) && !covered(mentions, s.index(), j, false) && titleAt(s, j) == 0) {
                words++;
                j++;
            } else if (words > 0 && NAME_PARTICLES.contains(t.lower()) && j + 1 < s.size() && nameWord(s.token(j + 1))) {
                j++;
            } else if (words > 0 && NAME_PARTICLES.contains(t.lower()) && j + 2 < s.size()
                    && s.token(j + 1).text().equals("-") && nameWord(s.token(j + 2))) {
                j += 2; // "al-Harbi", split by the tokenizer into al / - / Harbi
            } else if (words > 0 && t.text().equals("-") && j + 1 < s.size() && t.start() == s.token(j - 1).end()
                    && s.token(j + 1).start() == t.end() && s.token(j + 1).text().chars().allMatch(Character::isLetter)) {
                j += 2; // "Kim Hong-kyun", "Kim Jong-un": the second part of a hyphenated given name
            } else if (words > 0 && s.token(j - 1).text().endsWith("-") && t.start() == s.token(j - 1).end()
                    && t.text().chars().allMatch(Character::isLetter)) {
                j++; // the same when the tokenizer keeps the hyphen on the first part ("Lee Su-" / "hoon")
            } else {
                break;
            }
        }
        return words >= 2 ? new int[] {start, j - 1} : null;
    }

    /**
     * The state whose seat of power opens {@code title} ("state department spokesperson" is the US's),
     * or null; a one-word seat only when longer than six letters ("kremlin", not "rome").
     */
    private String seatIn(String title) {
        for (int space = title.indexOf(' '); space > 0; space = title.indexOf(' ', space + 1)) {
            String prefix = title.substring(0, space);
            String state = stateOfSeat.get(prefix);
            if (state != null && (prefix.contains(" ") || prefix.length() > 6)) {
                return state;
            }
        }
        return null;
    }

    /**
     * "Foreign ministry spokesman Lu Kang told reporters in Beijing": the capital where the spokesman briefs,
     * right after the name's verb ("told reporters in", "told a news conference in"), gives his state; or null.
     */
    private String briefingSeat(Sentence s, int k) {
        for (int j = k + 1; j + 2 < s.size() && j <= k + 5; j++) {
            String w = s.token(j).lower();
            if (s.token(j + 1).lower().equals("in") && (w.equals("reporters") || w.equals("journalists")
                    || w.equals("conference") || w.equals("briefing"))) {
                String one = stateOfSeat.get(s.token(j + 2).lower());
                String two = j + 3 < s.size() ? stateOfSeat.get(s.token(j + 2).lower() + " " + s.token(j + 3).lower()) : null;
                return two != null ? two : one;
            }
        }
        return null;
    }

    /** "In New Delhi, ...": the state whose capital or seat opens the sentence as its frame, or null. */
    private String seatFrame(Sentence s) {
        if (s.size() < 4 || !s.token(0).lower().equals("in")) {
            return null;
        }
        for (int k = 2; k <= 4 && k < s.size(); k++) {
            if (s.token(k).text().equals(",")) {
                return stateOfSeat.get(String.join(" ", s.lowerWords(1, k)));
            }
        }
        return null;
    }

    /**
     * The comma that closes a title's own phrase ("in Manila", "of general staff", "of South Korea's
     * Gyeonggi province"), starting at {@code k}: -1 unless that phrase opens with a preposition and
     * holds only nouns, names, adjectives, determiners and prepositions.
     */
    private static int appositionComma(Sentence s, int k) {
        String first = s.token(k).lower();
        if (!(first.equals("in") || first.equals("to") || first.equals("of") || first.equals("at") || first.equals("for"))) {
            return -1;
        }
        for (int j = k + 1; j < s.size() && j <= k + 8; j++) {
            Token t = s.token(j);
            if (t.text().equals(",")) {
                return j > k + 1 ? j : -1;
            }
            String pos = t.pos();
            if (!(pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ") || pos.equals("DET") || pos.equals("ADP")
                    || t.lower().equals("'s") || t.text().equals("-"))) {
                return -1;
            }
        }
        return -1;
    }

    /** "Badr Abdelatty, Egypt's foreign minister": the name before ", [the|X's|demonym] title". */
    private int[] nameBefore(Sentence s, List<Mention> mentions, int titleStart) {
        int k = titleStart - 1;
        while (k >= 0 && (s.token(k).lower().equals("the") || s.token(k).lower().equals("a")
                || s.token(k).lower().equals("'s") || s.token(k).lower().equals("its"))) {
            k--;
        }
        if (k < 1 || !s.token(k).text().equals(",")) {
            return null;
        }
        int end = k - 1;
        int j = end;
        int words = 0;
        while (j >= 0 && words < 5) {
            if (nameWord(s.token(j)) && !covered(mentions, s.index(), j, false)) {
                words++;
                j--;
            } else if (words > 0 && j >= 2 && s.token(j).text().equals("-") && NAME_PARTICLES.contains(s.token(j - 1).lower())
                    && nameWord(s.token(j - 2))) {
                j -= 2; // "al-Aiban", split by the tokenizer into al / - / Aiban
            } else {
                break;
            }
        }
        return words >= 2 ? new int[] {j + 1, end} : null;
    }

    /** "al-Ansari", "el-Sisi", "bin-Zayed": a lower-case particle joined to a capitalised name. */
    private static boolean particleName(String w) {
        int dash = w.indexOf('-');
        return dash > 0 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1))
                && NAME_PARTICLES.contains(w.substring(0, dash).toLowerCase(java.util.Locale.ROOT));
    }

    private boolean nameWord(Token t) {
        String w = t.text();
        if (particleName(w)) {
            return true;
        }
        // closed-class words by their spelling, not by the tagger's guess ("Arvind" read as a conjunction)
        boolean closedClass = (t.pos().equals("ADP") || t.pos().equals("DET") || t.pos().equals("AUX")
                || t.pos().equals("PRON") || t.pos().equals("CCONJ") || t.pos().equals("SCONJ"))
                && (FUNCTION_WORDS.contains(t.lower()) || t.index() == 0);
        if (w.length() < 2 || !t.capitalised() || t.pos().equals("PUNCT") || closedClass) {
            return false;
        }
        if (w.chars().allMatch(Character::isUpperCase) && w.length() > 4) {
            return false;
        }
        String l = t.lower();
        return vocabulary.role(l) == null && !vocabulary.honorific(l) && !vocabulary.in("political_cues", l)
                && !MentionFinderWords.CALENDAR.contains(l)
                && !vocabulary.lexicon().forms().containsKey(l); // "the Ankara Declaration, Ethiopian Prime Minister ..."
    }

    private static String text(Sentence s, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int i = a; i <= b; i++) {
            boolean joined = i > a && (s.token(i).text().equals("-") || s.token(i - 1).text().equals("-")
                    || s.token(i).start() == s.token(i - 1).end() && s.token(i - 1).text().endsWith("-"));
            if (i > a && !joined) {
                sb.append(' ');
            }
            sb.append(s.token(i).text());
        }
        return sb.toString();
    }

    private static Mention mentionEndingBefore(List<Mention> ms, Sentence s, int i) {
        Mention m = mentionEndingAt(ms, s, i - 1);
        // "South Sudan's information minister", "Cambodia's defence ministry spokeswoman": portfolio words between
        // in a title written in capitals, its portfolio is too ("South Korean Unification Minister")
        boolean titleCase = s.token(i).capitalised();
        for (int skip = 1; m == null && skip <= 2 && i - 1 - skip >= 0; skip++) {
            boolean portfolio = true;
            for (int k = i - skip; k < i; k++) {
                Token t = s.token(k);
                boolean word = t.pos().equals("NOUN") || t.pos().equals("ADJ") || OFFICE_MODIFIERS.contains(t.lower());
                portfolio &= !t.capitalised() && word // "Thailand's acting prime minister"
                        || titleCase && t.capitalised() && (word || t.pos().equals("PROPN")) && mentionAt(ms, s.index(), k) == null;
            }
            if (!portfolio) {
                break;
            }
            m = mentionEndingAt(ms, s, i - 1 - skip);
        }
        return m;
    }

    private static Mention mentionEndingAt(List<Mention> ms, Sentence s, int end) {
        if (end >= 0 && s.token(end).lower().equals("'s")) {
            end--;
        }
        for (Mention m : ms) {
            if (m.sentence() == s.index() && m.last() == end) {
                return m;
            }
        }
        return null;
    }

    private static Mention mentionAt(List<Mention> ms, int sentence, int token) {
        for (Mention m : ms) {
            if (m.sentence() == sentence && token >= m.first() && token <= m.last()) {
                return m;
            }
        }
        return null;
    }

    private static boolean covered(List<Mention> ms, int sentence, int token, boolean personsOnly) {
        for (Mention m : ms) {
            if (m.sentence() == sentence && token >= m.first() && token <= m.last() && (!personsOnly || m.isPerson())) {
                return true;
            }
        }
        return false;
    }

    private static void removeOverlapping(List<Mention> ms, int sentence, int a, int b) {
        ms.removeIf(m -> m.sentence() == sentence && m.first() <= b && m.last() >= a);
    }
}
