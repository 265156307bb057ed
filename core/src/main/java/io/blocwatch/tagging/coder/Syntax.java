package io.blocwatch.tagging.coder;

import io.blocwatch.tagging.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The clause analysis the coder rests on, over UD parts of speech: actor noun phrases with their
 * coordination, and for a predicate (a verb or an event noun) its subject, its object or oblique
 * argument, voice (passive with a "by" agent), and what governs it (negation, modality,
 * hypotheticals, infinitives, the content of a denial or an accusation).
 */
public final class Syntax {

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "got", "get", "gets");
    private static final Set<String> CONNECTORS = Set.of(",", "and", "&", "as well as", "together with", "along with");

    private final Vocabulary vocabulary;

    public Syntax(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Actor groups of one sentence, in order. */
    public List<Group> groups(Sentence s, List<Mention> mentions) {
        List<Mention> here = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
        List<Group> out = new ArrayList<>();
        int i = 0;
        while (i < here.size()) {
            List<Mention> members = new ArrayList<>(List.of(here.get(i)));
            int end = npEnd(s, here, here.get(i).last(), vocabulary);
            int j = i + 1;
            boolean closed = false;
            while (j < here.size()) {
                Mention n = here.get(j);
                int lastEnd = members.get(members.size() - 1).last() + 1;
                if (closed && n.first() > lastEnd && s.token(lastEnd).text().equals(",")) {
                    break; // "Bulgaria and Serbia, Russian media reported": the list ended at "and"
                }
                int gapFromName = joinedBy(s, lastEnd, n.first());
                String connector = String.join(" ", s.lowerWords(lastEnd, n.first()));
                if ((connector.equals(",") || connector.equals(", the"))
                        && (verbAfter(s, here, n) || !closed && verbAfterPhrase(s, here, n))
                        && !headlineList(s, members, n)) {
                    // "a memorandum with Somaliland, Sisi said", "..., Somalia's national security adviser
                    // Hussein Sheikh-Ali said": an attribution, not a list
                    break;
                }
                if (members.size() == 1 && String.join(" ", s.lowerWords(lastEnd, n.first())).startsWith(", and")
                        && (verbAfter(s, here, n) || verbAfterPhrase(s, here, n)) && verbBefore(s, members.get(0).first())) {
                    break; // "Egypt condemned Ethiopia, and Kenya criticised Somalia": a second clause, not a list
                }
                int gapFromPhrase = n.first() > end + 1 ? joinedBy(s, end + 1, n.first()) : -1;
                if (n.first() == end + 1 && n.first() > members.get(members.size() - 1).last() + 1) {
                    gapFromPhrase = -1; // a name right after another's noun phrase starts a new phrase
                }
                if (gapFromName < 0 && gapFromPhrase < 0) {
                    break;
                }
                for (int k = lastEnd; k < n.first(); k++) {
                    closed |= s.token(k).lower().equals("and") || s.token(k).lower().equals("or");
                }
                members.add(n);
                end = Math.max(end, npEnd(s, here, n.last(), vocabulary));
                j++;
            }
            int first = members.get(0).first();
            // the noun phrase around the names: "the Philippine coast guard", "Chinese vessels"
            while (first > 0 && (s.token(first - 1).pos().equals("DET") || s.token(first - 1).pos().equals("ADJ")
                    && !s.token(first - 1).capitalised())) {
                first--;
            }
            Set<String> codes = new LinkedHashSet<>();
            members.forEach(m -> codes.add(m.code()));
            out.add(new Group(s.index(), first, end, List.copyOf(codes), List.copyOf(members)));
            i = j;
        }
        return out;
    }

    /**
     * "Japan, Philippines sign reciprocal access pact": a headline's list, two names that open the
     * sentence joined by a bare comma before a verb that is no reporting verb (an attribution,
     * "..., Sisi said", never opens a sentence).
     */
    private boolean headlineList(Sentence s, List<Mention> members, Mention n) {
        if (members.size() != 1 || members.get(0).isPerson() || n.isPerson() || n.first() != members.get(0).last() + 2) {
            return false;
        }
        int first = members.get(0).first();
        if (first > 0 && !s.token(first - 1).text().equals("-") && !s.token(first - 1).text().equals("--")) {
            return false;
        }
        int k = n.last() + 1;
        while (k < s.size() && s.token(k).pos().equals("ADV")) {
            k++;
        }
        if (k >= s.size()) {
            return false;
        }
        Token v = s.token(k);
        boolean headlineVerb = v.pos().equals("VERB") && !v.lower().endsWith("ed") || v.lower().equals("to");
        return headlineVerb && !vocabulary.verbIn("reporting_verbs", v.lower()) && !v.lower().equals("says");
    }

    private static final Set<String> APPOSED_ROLES = Set.of("spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
            "official", "envoy", "ambassador", "aide", "representative", "deputy", "head", "chief", "director",
            "commander", "negotiator", "diplomat", "secretary", "minister", "member");

    /**
     * The state of a person named only by an apposition right before the verb at {@code p}: "Liu Pengyu,
     * a spokesman for the Chinese embassy, urged", "Maria Zakharova, the spokeswoman of Russia's foreign
     * ministry, said" (a name the dictionary does not know, then "a/the ROLE for/of/at ..." and a comma).
     */
    private static Group appositionSpeaker(Sentence s, List<Group> groups, int p) {
        int k = p - 1;
        while (k >= 0 && (s.token(k).pos().equals("ADV") || s.token(k).pos().equals("AUX"))) {
            k--;
        }
        if (k < 4 || !s.token(k).text().equals(",")) {
            return null;
        }
        int open = -1;
        for (int j = k - 1; j >= 1 && j >= k - 10; j--) {
            if (s.token(j).text().equals(",")) {
                open = j;
                break;
            }
            if (boundary(s.token(j)) || s.token(j).isVerb()) {
                return null;
            }
        }
        if (open < 1 || open + 3 > k || !Set.of("a", "an", "the").contains(s.token(open + 1).lower())
                || !s.token(open - 1).capitalised() || !s.token(open - 1).pos().equals("PROPN")) {
            return null;
        }
        boolean role = false;
        for (int j = open + 2; j < k && j <= open + 4; j++) {
            role |= APPOSED_ROLES.contains(s.token(j).lower());
        }
        if (!role) {
            return null;
        }
        Group inside = null;
        for (Group g : groups) {
            if (g.first() > open && g.last() < k) {
                inside = g;
            }
            if (g.last() >= open - 2 && g.last() < open) {
                return null; // the name before is a known actor's: its own group is the subject
            }
        }
        return inside;
    }

    private static boolean verbAfter(Sentence s, List<Mention> here, Mention n) {
        int k = n.last() + 1;
        while (k < s.size() && (s.token(k).pos().equals("ADV") || s.token(k).pos().equals("AUX"))) {
            k++;
        }
        return k < s.size() && s.token(k).pos().equals("VERB");
    }

    /** A verb after the noun phrase of {@code n} and a name in it: "Somalia's security adviser Hussein Ali said". */
    private boolean verbAfterPhrase(Sentence s, List<Mention> here, Mention n) {
        int k = npEnd(s, here, n.last(), vocabulary) + 1;
        for (Mention m : here) {
            if (m.isPerson() && m.first() == k) {
                k = m.last() + 1; // the person named after the title
            }
        }
        while (k < s.size() && (s.token(k).pos().equals("PROPN") || s.token(k).text().equals("-"))) {
            k++; // a name the dictionary does not know
        }
        while (k < s.size() && (s.token(k).pos().equals("ADV") || s.token(k).pos().equals("AUX"))) {
            k++;
        }
        return k < s.size() && s.token(k).pos().equals("VERB") && k > n.last() + 2;
    }

    private static boolean verbBefore(Sentence s, int first) {
        for (int k = first - 1; k >= 0; k--) {
            if (boundary(s.token(k))) {
                return false;
            }
            if (s.token(k).pos().equals("VERB")) {
                return true;
            }
        }
        return false;
    }

    /** Where the noun phrase of a name ending at {@code last} ends ("Somaliland's leader", "Chinese vessels"). */
    private static int npEnd(Sentence s, List<Mention> here, int last, Vocabulary vocabulary) {
        int end = last;
        while (end + 1 < s.size()) {
            Token t = s.token(end + 1);
            String w = t.lower();
            if ((w.endsWith("s") || w.endsWith("ed")) && !vocabulary.lexicon().lemma(w).equals(w)
                    && !vocabulary.in("institution_heads", w)) {
                break; // a verb the tagger mistook for a noun: "Germany backs China"
            }
            if (!vocabulary.lexicon().lemma(w).equals(w) && !w.endsWith("ing") && end + 2 < s.size() && !s.token(end + 2).isNominal()
                    && !vocabulary.in("institution_heads", w) && end > last) {
                break; // an irregular past after the phrase's noun: "Israeli troops shot dead two ..."
            }
            if (t.lower().equals("'s") || t.lower().equals("'") || t.pos().equals("NOUN")
                    || (t.pos().equals("PROPN") && !startsMention(here, end + 1))
                    || (t.pos().equals("ADJ") && end + 2 < s.size() && s.token(end + 2).isNominal()
                            && !startsMention(here, end + 2))) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean startsMention(List<Mention> ms, int t) {
        for (Mention m : ms) {
            if (m.first() == t) {
                return true;
            }
        }
        return false;
    }

    /** -1 unless the tokens [a, b) join two coordinated names (", ", "and", ", and", "as well as"). */
    /** Tokens {@code [a, b)} spell one lower-case hyphenated word ("nuclear -armed", "oil - rich"). */
    private static boolean hyphenCompound(Sentence s, int a, int b) {
        boolean hyphen = false;
        for (int k = a; k < b; k++) {
            String w = s.token(k).text();
            String letters = w.startsWith("-") ? w.substring(1) : w;
            hyphen |= w.startsWith("-");
            if (!letters.isEmpty() && !(letters.chars().allMatch(Character::isLetter) && Character.isLowerCase(letters.charAt(0)))) {
                return false;
            }
        }
        return hyphen && !s.token(a).text().startsWith("-");
    }

    private static int joinedBy(Sentence s, int a, int b) {
        if (b <= a) {
            return 0; // names inside one token: "US-Finland", "Russia-Ukraine"
        }
        if (b - a <= 4) {
            // "Serbian Defense Minister Bratislav Gasic": a title between a country word and a name
            boolean title = true;
            for (int k = a; k < b; k++) {
                Token t = s.token(k);
                if (!(t.capitalised() && (t.pos().equals("PROPN") || t.pos().equals("NOUN") || t.pos().equals("ADJ")))) {
                    title = false;
                }
            }
            if (title) {
                return b - a;
            }
        }
        String between = String.join(" ", s.lowerWords(a, b));
        if (between.equals("-") || between.equals("\u2013") || between.equals("/")) {
            return b - a;
        }
        if (between.equals("and the") || between.equals(", the") || between.equals(", and the") || between.equals("and by")
                || between.equals(", and by") || between.equals("or") || between.equals("nor")) {
            return b - a;
        }
        if (between.equals(",") || between.equals("and") || between.equals(", and") || between.equals("&")
                || between.equals("as well as") || between.equals("together with") || between.equals("along with")) {
            return b - a;
        }
        if (b - a >= 3 && b - a <= 4 && (s.token(a).lower().equals("and") || s.token(a).text().equals(","))
                && hyphenCompound(s, a + 1, b)) {
            return b - a; // "Saudi Arabia and nuclear-armed Pakistan", "Kuwait and oil-rich Qatar": a compound modifier
        }
        if (MEMBERS_OF.matcher(between).matches()) {
            return b - a; // "China and the ten members of ASEAN": the organisation stands for its members
        }
        return CONNECTORS.contains(between) ? b - a : -1;
    }

    private static final java.util.regex.Pattern MEMBERS_OF = java.util.regex.Pattern.compile(
            "(,|and|, and)( the)?( (\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|other))?"
                    + " (members|member states|member countries|member nations|member governments) of( the)?");

    /**
     * What a pronoun or a counted phrase at {@code i} stands for: "he"/"it" is the nearest actor
     * before it in the sentence, else the first of the previous sentence; "the two countries" /
     * "the three sides" is the nearest group with that many actors, else the last that many
     * distinct actors named.
     */
    public Group antecedent(Sentence s, List<Group> groups, int i, List<Group> previousSentence) {
        Group before = null;
        for (Group g : groups) {
            if (g.last() < i) {
                before = g;
            }
        }
        if (before != null) {
            return before;
        }
        return previousSentence.isEmpty() ? null : previousSentence.get(0);
    }

    private static final java.util.Map<String, Integer> COUNTS = java.util.Map.of("two", 2, "both", 2, "three", 3,
            "four", 4, "five", 5);
    private static final Set<String> COUNTED = Set.of("countries", "sides", "governments", "nations", "leaders",
            "states", "neighbours", "neighbors", "parties", "capitals", "allies", "rivals", "ministers",
            "delegations", "envoys", "enemies", "militaries", "armies");

    /** "the two countries" at [i, i+2]: the number of actors it counts, or 0. */
    public static int countedPhrase(Sentence s, int i) {
        if (i + 1 >= s.size()) {
            return 0;
        }
        Integer n = COUNTS.get(s.token(i).lower());
        return n != null && COUNTED.contains(s.token(i + 1).lower()) ? n : 0;
    }

    /**
     * The main clause's subject, for words that share it (a participle after a comma, a verb in a
     * series, "..., saying it"): the sentence's first actor group, when the sentence's first full verb
     * comes after it and before token {@code before}; else null.
     */
    public static Group mainSubject(Sentence s, List<Group> groups, int before) {
        if (groups.isEmpty()) {
            return null;
        }
        for (int v = 0; v < before && v < s.size(); v++) {
            if (s.token(v).pos().equals("VERB")) {
                return v > groups.get(0).last() ? groups.get(0) : null;
            }
        }
        return null;
    }

    /**
     * The last {@code n} distinct actors named before token {@code i} of sentence {@code si}, in the
     * two sentences before it at most, those in {@code exclude} left out: what "both sides" or "the
     * two countries" stand for. Null when fewer than {@code n} are named.
     */
    public static Group lastDistinct(List<Mention> mentions, int si, int i, int n, List<String> exclude) {
        List<String> codes = new ArrayList<>();
        List<Mention> ms = new ArrayList<>();
        for (int k = mentions.size() - 1; k >= 0 && codes.size() < n; k--) {
            Mention m = mentions.get(k);
            if (m.sentence() > si || (m.sentence() == si && m.first() >= i) || m.sentence() < si - 2) {
                continue;
            }
            if (!codes.contains(m.code()) && !exclude.contains(m.code())) {
                codes.add(0, m.code());
                ms.add(0, m);
            }
        }
        return codes.size() == n ? new Group(si, i, i, codes, ms) : null;
    }

    /**
     * The actor group introduced by the first of {@code words} within {@code window} tokens after
     * {@code from} ("with Somaliland", "from Belgrade", "by X"), with up to {@code skip} tokens before the
     * name; the search stops at a clause boundary, and at a full verb when {@code stopAtVerb}.
     */
    public Group groupAfterWord(Sentence s, List<Group> groups, int from, int window, Set<String> words, int skip,
            boolean stopAtVerb) {
        for (int k = from + 1; k < s.size() && k <= from + window; k++) {
            Token t = s.token(k);
            if (words.contains(t.lower()) && !(t.lower().equals("to") && k + 1 < s.size() && s.token(k + 1).pos().equals("NUM")
                    && (s.token(k - 1).lower().equals("up") || s.token(k - 1).lower().equals("close")))) {
                // ("up to 40 fighters to Greece": an approximate number, not the recipient's "to")
                if (t.lower().equals("with") && s.token(k - 1).text().equals(",")) {
                    return null; // "signed it on Wednesday, with the vice minister urging Moscow to stop": a circumstance
                }
                return groupStartingNear(s, groups, k + 1, skip);
            }
            if (boundary(t) || stopAtVerb && t.pos().equals("VERB")) {
                return null;
            }
        }
        return null;
    }

    /** Is the verb at {@code p} passive ("was condemned", "were rammed")? */
    public boolean passive(Sentence s, int p) {
        Token v = s.token(p);
        String w = v.lower();
        if (!(w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || w.endsWith("ck") || w.endsWith("ght")
                || w.endsWith("ung") || w.endsWith("ne") || w.endsWith("id") || vocabulary.lexicon().irregularParticiple(w))) {
            return false;
        }
        for (int k = p - 1; k >= 0 && k >= p - 3; k--) {
            Token t = s.token(k);
            if (BE.contains(t.lower())) {
                return true;
            }
            if (!(t.pos().equals("ADV") || t.pos().equals("PART") || t.pos().equals("AUX"))) {
                return reducedRelative(s, p);
            }
        }
        return reducedRelative(s, p);
    }

    /**
     * A participle right after a noun with its agent after "by": "18 soldiers detained by Thai
     * troops", "a missile fired by North Korea" (a passive without its "were").
     */
    private static boolean reducedRelative(Sentence s, int p) {
        if (p == 0 || !s.token(p).lower().endsWith("ed") && !s.token(p).lower().endsWith("en")) {
            return false;
        }
        Token before = s.token(p - 1);
        if (!(before.pos().equals("NOUN") || before.pos().equals("PROPN"))) {
            return false;
        }
        for (int k = p + 1; k < s.size() && k <= p + 2; k++) {
            if (s.token(k).lower().equals("by")) {
                return true;
            }
            if (!s.token(k).pos().equals("ADV")) {
                return false;
            }
        }
        return false;
    }

    /** The group after "by" within a few tokens after {@code p} (a passive's agent), or null. */
    private static final Set<String> AND_OR = Set.of("and", "or");

    public Group agent(Sentence s, List<Group> groups, int p) {
        for (int k = p + 1; k < s.size() && k <= p + 9; k++) {
            if (k > p + 1 && s.token(k).pos().equals("VERB") && !AND_OR.contains(s.token(k - 1).lower())) {
                return null; // "was reached in talks mediated by Qatar": the by-phrase is the other verb's
            }
            if (s.token(k).lower().equals("by")) {
                Group g = groupStartingNear(s, groups, k + 1, 5);
                if (g == null) {
                    return null;
                }
                // "by Ali Shamkhani, secretary of Iran's security council, and the Saudi adviser": every
                // actor of the by-phrase up to the end of the clause
                Set<String> codes = new LinkedHashSet<>(g.codes());
                List<Mention> ms = new ArrayList<>(g.mentions());
                int last = g.last();
                for (Group o : groups) {
                    if (o.first() > g.last() && clearOfVerbs(s, last + 1, o.first())
                            && s.lowerWords(last + 1, o.first()).contains("and")) {
                        codes.addAll(o.codes());
                        ms.addAll(o.mentions());
                        last = o.last();
                    }
                }
                return new Group(g.sentence(), g.first(), last, List.copyOf(codes), ms);
            }
            if (boundary(s.token(k))) {
                return null;
            }
        }
        return null;
    }

    /**
     * A group starting at {@code i} (after up to {@code skip} determiners or adjectives; office titles
     * before a name are allowed too: "with President Donald Trump"), or null.
     */
    public Group groupStartingNear(Sentence s, List<Group> groups, int i, int skip) {
        for (Group g : groups) {
            if (g.first() <= i + skip && g.last() >= i && firstMention(g) >= i && firstMention(g) <= i + skip + 1) {
                boolean clean = true;
                for (int k = i; k < firstMention(g); k++) {
                    String pos = s.token(k).pos();
                    boolean ofPhrase = skip >= 4 && (pos.equals("NOUN") || s.token(k).lower().equals("of"));
                    boolean title = vocabulary.role(s.token(k).lower()) != null || vocabulary.honorific(s.token(k).lower())
                            || k + 1 < firstMention(g) && vocabulary.role(s.token(k).lower() + " " + s.token(k + 1).lower()) != null
                            || k > i && vocabulary.role(s.token(k - 1).lower() + " " + s.token(k).lower()) != null;
                    if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("NUM") || ofPhrase || title)) {
                        clean = false;
                    }
                }
                if (clean) {
                    return missionOf(s, groups, g);
                }
            }
        }
        return null;
    }

    /** "NATO's KFOR mission": the mission an organisation's possessive names, else {@code g} itself. */
    private static Group missionOf(Sentence s, List<Group> groups, Group g) {
        int k = isPossessive(s.token(g.last())) ? g.last() : g.last() + 1; // the group may end with its "'s"
        if (k + 1 >= s.size() || !isPossessive(s.token(k))
                || !g.mentions().stream().allMatch(m -> m.type() == Mention.Type.ORGANIZATION)) {
            return g;
        }
        for (Group h : groups) {
            if (h.first() == k + 1 && h.mentions().stream().allMatch(m -> m.type() == Mention.Type.ORGANIZATION)) {
                return h;
            }
        }
        return g;
    }

    static boolean isPossessive(Token t) {
        return t.lower().equals("'s") || t.lower().equals("\u2019s");
    }

    static int firstMention(Group g) {
        return g.mentions().get(0).first();
    }

    /**
     * The subject of the predicate at {@code p}: the nearest actor group to its left in the same
     * clause with no other full verb between them, skipping adverbs, auxiliaries, time phrases and
     * appositions. Null when there is none (the caller may then resolve a pronoun).
     */
    /** A finite past verb: "closed", "suspended", "struck" (not a participle after "by" or an -ing form). */
    private boolean pastTense(Token t) {
        String w = t.lower();
        return t.pos().equals("VERB") && (w.endsWith("ed") || !vocabulary.lexicon().lemma(w).equals(w) && !w.endsWith("ing")
                && !w.endsWith("s"));
    }

    private boolean aspectual(Token t) {
        return t.isVerb() && vocabulary.in("aspectual_verbs", vocabulary.lexicon().lemma(t.lower()));
    }

    public Group subject(Sentence s, List<Group> groups, int p) {
        return subject(s, groups, p, 0);
    }

    private Group subject(Sentence s, List<Group> groups, int p, int depth) {
        Group apposed = appositionSpeaker(s, groups, p);
        if (apposed != null) {
            return apposed; // "Liu Pengyu, a spokesman for the Chinese embassy, urged ..."
        }
        // "Rwanda began deploying troops", "Russia continued to shell": the aspectual verb's subject
        if (p > 1 && s.token(p - 1).lower().equals("to") && aspectual(s.token(p - 2))) {
            p -= 2;
        } else if (p > 0 && s.token(p).lower().endsWith("ing") && aspectual(s.token(p - 1))) {
            p -= 1;
        }
        // a second verb of a coordination shares the first one's subject: "X rejected it and blamed Y"
        int k = skipTimePhrase(s, p - 1);
        while (k >= 0 && (s.token(k).pos().equals("ADV") || s.token(k).pos().equals("AUX") || singleQuote(s.token(k)))) {
            k--; // (a quotation opening before the verb: "Pakistan 'strongly condemns' ...")
        }
        boolean series = depth < 3 && k > 0 && s.token(k).text().equals(",") && pastTense(s.token(p));
        if (k > 0 && s.token(k).text().equals(",")) {
            k = skipTimePhrase(s, k - 1); // "..., and, in August, concluded"
        }
        if (series && !(s.token(k).lower().equals("and") || s.token(k).lower().equals("but"))) {
            // a series of acts: "the committee closed the airspace to Indian airlines, suspended all trade
            // with India and said ...": a past verb after a comma shares the previous past verb's subject
            for (int j = k; j >= 0 && j >= k - 12; j--) {
                Token t = s.token(j);
                if (boundary(t)) {
                    break;
                }
                if (t.pos().equals("VERB")) {
                    if (pastTense(t)) {
                        Group first = subject(s, groups, j, depth + 1);
                        if (first != null) {
                            return first;
                        }
                    }
                    break;
                }
            }
        }
        if (depth < 3 && k > 0 && (s.token(k).lower().equals("and") || s.token(k).lower().equals("but"))) {
            for (int j = k - 1; j >= 0 && j >= k - 14; j--) {
                Token t = s.token(j);
                if (boundary(t)) {
                    break;
                }
                if (t.pos().equals("VERB") && !(j > 0 && s.token(j - 1).lower().equals("to"))) {
                    // (an infinitive is inside the first verb's object: "condemned the decision to lift ... and urged")
                    Group first = subject(s, groups, j, depth + 1);
                    if (first != null) {
                        return first;
                    }
                    break;
                }
            }
        }
        // "Chile and Peru, which signed ...": the relative pronoun's antecedent
        int r = p - 1;
        while (r >= 0 && (s.token(r).pos().equals("ADV") || s.token(r).pos().equals("AUX")
                || AUX_WORDS.contains(s.token(r).lower()))) {
            r--;
        }
        if (r >= 1 && (s.token(r).lower().equals("which") || s.token(r).lower().equals("who"))
                && s.token(r - 1).text().equals(",")) {
            for (Group g : groups) {
                if (g.last() == r - 2 || g.last() == r - 1) {
                    return g;
                }
            }
        }
        int limit = p;
        // a group inside ", which ... ," before the predicate is not its subject
        for (int q = p - 1; q > 0; q--) {
            if (s.token(q).text().equals(",")) {
                for (int j = q - 1; j >= 0 && j >= q - 15; j--) {
                    String w = s.token(j).lower();
                    if (s.token(j).text().equals(",") && j + 1 < q
                            && (s.token(j + 1).lower().equals("which") || s.token(j + 1).lower().equals("who"))) {
                        limit = j;
                        break;
                    }
                    if (boundary(s.token(j))) {
                        break;
                    }
                }
                break;
            }
            if (boundary(s.token(q)) || s.token(q).pos().equals("VERB") && !AUX_WORDS.contains(s.token(q).lower())) {
                break;
            }
        }
        Group best = null;
        for (Group g : groups) {
            if (g.last() < limit && (best == null || g.last() > best.last())) {
                if (g.first() <= p && g.last() >= p) {
                    continue;
                }
                best = g;
            }
        }
        while (best != null) {
            if (clearBetween(s, best.last() + 1, p) && !insideOblique(s, best)) {
                return best;
            }
            // try a group further left only when the nearer one sits in a prepositional phrase of the subject
            Group further = null;
            for (Group g : groups) {
                if (g.last() < best.first() && (further == null || g.last() > further.last())) {
                    further = g;
                }
            }
            if (further != null && insideOblique(s, best) && clearBetween(s, further.last() + 1, best.first())) {
                if (clearBetween(s, best.last() + 1, p)) {
                    return further;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * The index before a time phrase that ends at {@code k} ("in August", "on Monday", "last year",
     * "in 2019", "later"), or {@code k} when there is none: "and in August concluded" keeps the
     * coordination with the verb before it.
     */
    static int skipTimePhrase(Sentence s, int k) {
        if (k < 1) {
            return k;
        }
        String w = s.token(k).lower();
        String before = s.token(k - 1).lower();
        boolean calendar = MentionFinderWords.CALENDAR.contains(w) || w.matches("(19|20)\\d\\d");
        if (calendar && (before.equals("in") || before.equals("on") || before.equals("last") || before.equals("early")
                || before.equals("late"))) {
            return k - 2;
        }
        if ((w.equals("year") || w.equals("month") || w.equals("week")) && (before.equals("last") || before.equals("next"))) {
            return k - 2;
        }
        if (w.equals("later") || w.equals("then") || w.equals("subsequently")) {
            return k - 1;
        }
        return k;
    }

    /** A group introduced by a preposition other than "of" ("in Kosovo", "with Serbia"). */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "since", "until", "as", "because",
            "while", "when", "once", "though", "although", "than");

    private static final Set<String> FORCE_NOUNS = Set.of("warships", "ships", "aircraft", "troops", "forces", "navies",
            "vessels", "soldiers", "jets", "officials", "delegations", "ministers", "leaders", "units", "contingents");

    private static boolean insideOblique(Sentence s, Group g) {
        int k = g.first() - 1;
        if (k < 0) {
            return false;
        }
        String w = s.token(k).lower();
        if ((w.equals("from") || w.equals("of")) && k > 0 && FORCE_NOUNS.contains(s.token(k - 1).lower())) {
            return false; // "warships from the Philippines and Japan sailed": the group is the actor
        }
        return s.token(k).pos().equals("ADP") && !w.equals("of") && !w.equals("'s") && !SUBORDINATORS.contains(w);
    }

    /** No clause boundary and no full verb in [a, b). */
    boolean clearBetween(Sentence s, int a, int b) {
        int commas = 0;
        for (int k = a; k < b; k++) {
            Token t = s.token(k);
            if (t.text().equals(",") && k + 1 < b && (s.token(k + 1).lower().equals("which")
                    || s.token(k + 1).lower().equals("who") || s.token(k + 1).lower().equals("whose"))) {
                // "Russia, which opposes enlargement, has criticised": skip the relative clause
                int close = -1;
                for (int j = k + 2; j < b; j++) {
                    if (s.token(j).text().equals(",")) {
                        close = j;
                        break;
                    }
                }
                if (close > 0) {
                    k = close;
                    continue;
                }
            }
            if (boundary(t)) {
                return false;
            }
            if (t.text().equals(",")) {
                commas++;
            }
            if (participleModifier(s, k)) {
                return true; // the rest up to the predicate modifies the subject: "personnel armed with knives ..."
            }
            if (t.pos().equals("VERB") && !AUX_WORDS.contains(t.lower())
                    && !(k > a && s.token(k - 1).text().equals("-") && s.token(k - 1).end() == t.start())) {
                return false; // (a hyphened participle is a modifier: "Sudan's army-led government")
            }
            if (t.pos().equals("SCONJ") || t.lower().equals("which") || t.lower().equals("who")
                    || t.lower().equals("while") || t.lower().equals("but")) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> DISPATCH = Set.of("sent", "sends", "dispatched", "dispatches", "deployed",
            "deploys", "scrambled", "scrambles", "launched", "launches", "used", "uses", "mobilised", "mobilized");
    private static final Set<String> COMMISSIVE = Set.of("pledge", "pledged", "pledges", "pledging", "vow", "vowed",
            "vows", "promise", "promised", "promises", "offered", "offers", "offer", "voted", "votes", "vote");
    static final Set<String> AUX_WORDS = Set.of("had", "has", "have", "having", "was", "were", "is", "are", "be",
            "been", "being", "will", "would", "did", "does", "do", "shall", "should", "could", "can", "may", "might");

    private static boolean clearOfVerbs(Sentence s, int a, int b) {
        for (int k = a; k < b; k++) {
            if (s.token(k).pos().equals("VERB") || boundary(s.token(k)) || s.token(k).pos().equals("SCONJ")) {
                return false;
            }
        }
        return true;
    }

    /** "personnel armed with knives rammed...": a participle right after a noun, introducing a phrase. */
    private static boolean participleModifier(Sentence s, int k) {
        String w = s.token(k).lower();
        return k > 0 && k + 1 < s.size() && (w.endsWith("ed") || w.endsWith("en"))
                && (s.token(k).pos().equals("VERB") || s.token(k).pos().equals("ADJ"))
                && s.token(k - 1).pos().equals("NOUN") && s.token(k + 1).pos().equals("ADP")
                && !s.token(k + 1).lower().equals("to");
    }

    /** A single quotation mark standing alone (wire copy quotes a few words this way: 'strongly condemns'). */
    static boolean singleQuote(Token t) {
        String w = t.text();
        return w.equals("'") || w.equals("\u2018") || w.equals("\u2019") || w.equals("`");
    }

    static boolean boundary(Token t) {
        String w = t.text();
        return w.equals(";") || w.equals(":") || w.equals("\u2014") || w.equals("--") || w.equals("\"")
                || w.equals("\u201C") || w.equals("\u201D") || w.equals("(") || w.equals(")");
    }

    /**
     * The object or oblique of the predicate whose words end at {@code e}: a group right after it
     * (after determiners), after a noun phrase and "of" ("the decision of Serbia"), or after one of
     * {@code preps}. Null when there is none in the clause.
     */
    public Group object(Sentence s, List<Group> groups, int e, Set<String> preps, boolean endsWithPrep) {
        Group o = objectGroup(s, groups, e, preps, endsWithPrep);
        return o == null ? null : withoutNextSubject(s, o);
    }

    /**
     * "UAE downgrades ties with Tehran and Bahrain cuts them": the last of a coordination that a finite
     * verb follows is the subject of the next clause, not part of the object.
     */
    static Group withoutNextSubject(Sentence s, Group g) {
        List<Mention> ms = g.mentions();
        if (ms.size() < 2 || g.last() + 1 >= s.size()) {
            return g;
        }
        Mention last = ms.get(ms.size() - 1);
        if (last.last() + 1 >= s.size() || last.type() == Mention.Type.DEMONYM) {
            return g; // "Ugandan and Tanzanian ministers signed": one noun phrase
        }
        Token next = s.token(last.last() + 1);
        int before = g.first() - 1;
        while (before >= 0 && s.token(before).pos().equals("DET")) {
            before--;
        }
        if (!next.pos().equals("VERB") || next.lower().endsWith("ing") || last.first() < 1
                || !s.token(last.first() - 1).lower().equals("and")
                || before >= 0 && Set.of("that", "which", "who", "whom").contains(s.token(before).lower())) {
            return g; // (a relative clause's coordinated subject stays whole: "a memorandum that A and B signed")
        }
        List<Mention> kept = ms.subList(0, ms.size() - 1);
        List<String> codes = kept.stream().map(Mention::code).distinct().toList();
        if (codes.contains(last.code())) {
            return g;
        }
        return new Group(g.sentence(), g.first(), kept.get(kept.size() - 1).last(), codes, List.copyOf(kept));
    }

    private Group objectGroup(Sentence s, List<Group> groups, int e, Set<String> preps, boolean endsWithPrep) {
        Group g = groupStartingNear(s, groups, e + 1, 3);
        if (g != null) {
            return g;
        }
        // "condemned what it called China's aggressive actions", "rejected Beijing's claims"
        for (int k = e + 1; k < s.size() && k <= e + 7; k++) {
            Token t = s.token(k);
            if (k + 1 < s.size() && (t.lower().equals("on") || t.lower().equals("late") || t.lower().equals("early"))
                    && MentionFinderWords.CALENDAR.contains(s.token(k + 1).lower())) {
                k++; // "protested on Wednesday against ...": past the day
                e = k;
                continue;
            }
            if (k == e + 1 && (t.lower().equals("against") || t.lower().equals("over"))) {
                continue; // "protested against British naval exercises"
            }
            if (boundary(t) || t.text().equals(",") || t.pos().equals("SCONJ") || t.pos().equals("ADP")) {
                break;
            }
            if (t.pos().equals("VERB") && !(t.lower().equals("called") || t.lower().equals("described")
                    || t.lower().equals("termed") || t.lower().equals("dubbed"))) {
                break;
            }
            for (Group o : groups) {
                int fm = firstMention(o);
                if (fm == k) {
                    Mention m = o.mentions().get(o.mentions().size() - 1);
                    boolean possessor = m.last() + 1 < s.size() && s.token(m.last() + 1).lower().equals("'s");
                    boolean modifier = m.type() == Mention.Type.DEMONYM;
                    if (possessor || modifier) {
                        // "NATO's KFOR mission": the possessed actor is the object
                        for (Group next : groups) {
                            if (possessor && firstMention(next) == m.last() + 2) {
                                return next;
                            }
                        }
                        return o;
                    }
                }
            }
        }
        if (endsWithPrep) {
            // "massed troops along its border with Croatia", "near the frontier of Kosovo"
            for (int k = e + 1; k < s.size() && k <= e + 4; k++) {
                String w = s.token(k).lower();
                if (w.equals("with") || w.equals("of")) {
                    return groupStartingNear(s, groups, k + 1, 2);
                }
                String pos = s.token(k).pos();
                if (!(pos.equals("DET") || pos.equals("PRON") || pos.equals("NOUN") || pos.equals("ADJ"))) {
                    break;
                }
            }
            return null;
        }
        for (int k = e + 1; k < s.size() && k <= e + 7; k++) {
            Token t = s.token(k);
            if (boundary(t) || t.pos().equals("VERB") || t.text().equals(",") || t.pos().equals("SCONJ")
                    || t.lower().equals("as") && k > e + 1) {
                return null; // "condemned the strikes as a violation of Syria's sovereignty": "as" opens the judgement
            }
            // "to" before a name is a preposition even where the tagger calls it a particle ("delivered a
            // system to Serbia"); before a verb it is the infinitive's
            boolean prepositionalTo = t.lower().equals("to") && t.pos().equals("PART") && k + 1 < s.size()
                    && !s.token(k + 1).isVerb();
            if ((t.pos().equals("ADP") || prepositionalTo) && preps.contains(t.lower())) {
                return groupStartingNear(s, groups, k + 1, 3);
            }
        }
        return null;
    }

    /** The tokens governing the predicate at {@code p} since its subject: negated? */
    public boolean negated(Sentence s, int from, int p) {
        Set<String> neg = vocabulary.list("negators");
        for (int k = Math.max(0, from); k < p; k++) {
            String w = s.token(k).lower();
            if (neg.contains(w) || w.equals("n't") || w.equals("not") || w.equals("never")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Modal or hypothetical ("would", "could", "plans to", "if"), but not an announced decision:
     * "Finland will close four crossings" reports an act decided today, "will sign" a plan.
     */
    public boolean irrealisAct(Sentence s, int from, int p) {
        if (!irrealis(s, from, p)) {
            return false;
        }
        for (int k = Math.max(0, from); k < p; k++) {
            String w = s.token(k).lower();
            if (vocabulary.list("modals").contains(w) && !w.equals("will") && !w.equals("shall")) {
                return true;
            }
            if (k + 1 < p && vocabulary.list("modals").contains(w + " " + s.token(k + 1).lower())) {
                return true;
            }
        }
        Set<String> hypo = vocabulary.list("hypothetical_markers");
        for (int k = 0; k < p; k++) {
            if (hypo.contains(s.token(k).lower()) && k >= from - 6) {
                return true;
            }
        }
        return false;
    }

    /** Modal, future or hypothetical: "would", "could", "will", "plans to", "if". */
    public boolean irrealis(Sentence s, int from, int p) {
        Set<String> modals = vocabulary.list("modals");
        Set<String> hypo = vocabulary.list("hypothetical_markers");
        for (int k = 0; k < p; k++) {
            String w = s.token(k).lower();
            if (hypo.contains(w) && k >= from - 6) {
                return true;
            }
        }
        for (int k = Math.max(0, from); k < p; k++) {
            String w = s.token(k).lower();
            if (modals.contains(w)) {
                return true;
            }
            if (k + 1 < p) {
                String two = w + " " + s.token(k + 1).lower();
                if (modals.contains(two)) {
                    return true;
                }
            }
            if (k + 2 < p) {
                String three = w + " " + s.token(k + 1).lower() + " " + s.token(k + 2).lower();
                if (modals.contains(three)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A verb in the infinitive ("to attack") or a gerund after "of"/"for" (an accusation's content). */
    public boolean complement(Sentence s, int p) {
        if (p == 0) {
            return false;
        }
        String prev = s.token(p - 1).lower();
        if (prev.equals("to") && p > 1 && aspectual(s.token(p - 2))) {
            return false; // "continued to shell": the act goes on
        }
        if (prev.equals("to") && s.token(p).isVerb()) {
            for (int k = p - 2; k >= 0 && k >= p - 7; k--) {
                if (COMMISSIVE.contains(s.token(k).lower())) {
                    return false; // "pledged to stand by Somalia", "voted 188 to 6 on Monday to ratify": the act itself
                }
                if (s.token(k).pos().equals("VERB") || boundary(s.token(k))) {
                    break;
                }
            }
        }
        if (prev.equals("to") && s.token(p).isVerb()) {
            // "sent fighter jets to strike targets": the purpose of forces sent is carried out
            for (int k = p - 2; k >= 0 && k >= p - 6; k--) {
                String w = s.token(k).lower();
                if (DISPATCH.contains(w)) {
                    return false;
                }
            }
        }
        if (prev.equals("to") && s.token(p).isVerb()) {
            // "signed a contract to buy jets from France": the purpose of a signed deal is no hypothesis
            for (int k = p - 2; k >= 0 && k >= p - 5; k--) {
                String w = s.token(k).lower();
                if (w.equals("contract") || w.equals("deal") || w.equals("agreement")) {
                    return false;
                }
            }
            return true;
        }
        if (prev.endsWith("ly") && s.token(p - 1).pos().equals("ADV") && p > 1) {
            prev = s.token(p - 2).lower(); // "accused France of repeatedly violating": past the adverb
        }
        return (prev.equals("of") || prev.equals("for") || prev.equals("about")) && s.token(p).lower().endsWith("ing");
    }

    /** Is the predicate at {@code p} inside what someone denies or accuses another of? */
    public boolean reportedContent(Sentence s, int subjectEnd, int p) {
        Set<String> deny = vocabulary.list("denial_verbs");
        // "dismissed a US accusation that Iran had transferred missiles to Russia": the clause an allegation
        // noun introduces is what someone claims, not an act the item reports
        Set<String> allegations = vocabulary.list("allegation_nouns");
        for (int k = Math.max(0, subjectEnd - 8); k + 1 < subjectEnd && k + 1 < p; k++) {
            if (allegations.contains(s.token(k).lower()) && s.token(k + 1).lower().equals("that")) {
                return true;
            }
        }
        for (int k = Math.max(0, subjectEnd); k < p; k++) {
            String w = s.token(k).lower();
            String lemma = vocabulary.lexicon().lemma(w);
            if (deny.contains(w) || deny.contains(lemma)) {
                return true;
            }
            if ((lemma.equals("accuse") || lemma.equals("allege") || lemma.equals("claim") || lemma.equals("deny"))
                    && k < p - 1) {
                return true;
            }
        }
        return false;
    }
}
