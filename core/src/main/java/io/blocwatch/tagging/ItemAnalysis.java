package io.blocwatch.tagging;

import io.blocwatch.contracts.ActorTag;
import io.blocwatch.contracts.AgreementTag;
import io.blocwatch.contracts.InteractionTag;
import io.blocwatch.contracts.NewsItem;
import io.blocwatch.contracts.PersonTag;
import io.blocwatch.contracts.TaggedItem;
import io.blocwatch.tagging.DictionaryMatcher.Entry;
import io.blocwatch.tagging.DictionaryMatcher.Hit;
import io.blocwatch.tagging.DictionaryMatcher.Kind;
import io.blocwatch.tagging.Lexicon.Cue;
import io.blocwatch.tagging.Lexicon.CueType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The analysis of one item: mentions, then persons and actors, agreements, interactions. */
final class ItemAnalysis {

    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^([A-Z][A-Z'\u2019.\\- ]*[A-Z])(?:, [A-Z][A-Za-z .'\\-]+)?(?: \\([A-Za-z]+\\))?\\s*[-\u2013\u2014]+\\s");

    /** A word of the folded text with its original offsets. */
    record Tok(String w, int os, int oe, boolean comma, boolean semicolon, boolean cap) {}

    /** An actor mention. */
    static final class M {
        String code;
        boolean country;
        Kind kind;
        int os;
        int oe;
        int t0; // sentence-local word index
        int t1; // inclusive
        String person;
        boolean modifier;
        boolean ambiguous;
        Hit hit;
    }

    static final class Sent {
        int start;
        int end;
        String text;
        List<Tok> toks = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<M> mentions = new ArrayList<>();
    }

    /** An agreement mention in one sentence. */
    static final class AgMention {
        String form;
        Set<String> parties = new TreeSet<>();
        String status; // null = noun only
        LocalDate date;
        String place;
        String domain;
        int sent;
        boolean anaphoric;
        boolean olderYear;
    }

    static final class Cluster {
        String form;
        Set<String> parties;
        String status;
        LocalDate date;
        String place;
        String domain;
        int sent;
        boolean dateFromCreator;
        boolean olderYear;
    }

    private final NewsTagger tagger;
    private final Dictionary dict;
    private final NewsItem item;
    private final String text;
    private final LocalDate published;
    private final List<Sent> sents = new ArrayList<>();
    private final List<int[]> datelines = new ArrayList<>();
    private String datelineCity;
    private TextFolding.Folded folded;
    private final Map<String, Dictionary.Office> personOffice = new LinkedHashMap<>();
    private final Map<String, List<String>> personEvidence = new LinkedHashMap<>();
    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<String, InteractionTag> interactions = new LinkedHashMap<>();
    private final List<String[]> interactionLog = new ArrayList<>(); // source,target,polarity,kind,sentence index,type
    private final Map<String, Integer> itemDomainCounts = new HashMap<>();

    ItemAnalysis(NewsTagger tagger, NewsItem item) {
        this.tagger = tagger;
        this.dict = tagger.dictionary();
        this.item = item;
        this.text = item.fullText();
        LocalDate d;
        try {
            d = Instant.parse(item.publishedAt()).atZone(ZoneOffset.UTC).toLocalDate();
        } catch (RuntimeException e) {
            d = LocalDate.now(ZoneOffset.UTC);
        }
        this.published = d;
    }

    TaggedItem run() {
        findDatelines();
        splitAndTokenize();
        findMentions();
        countDomains();
        extractAgreements();
        extractInteractions();
        return new TaggedItem(null, item.id(), item.publishedAt(), item.source(), item.url(), actors(), persons(),
                agreements(), new ArrayList<>(interactions.values()), null);
    }

    // ---------------------------------------------------------------- text

    private void findDatelines() {
        Matcher m = DATELINE.matcher(text);
        while (m.find()) {
            String city = m.group(1);
            if (city.length() < 3 || city.equals("AA")) {
                continue;
            }
            datelines.add(new int[] {m.start(), m.end()});
            if (datelineCity == null) {
                datelineCity = titleCase(city);
            }
        }
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        boolean up = true;
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(up ? Character.toUpperCase(c) : c);
            up = c == ' ' || c == '-';
        }
        return b.toString();
    }

    private boolean inDateline(int pos) {
        for (int[] r : datelines) {
            if (pos >= r[0] && pos < r[1]) {
                return true;
            }
        }
        return false;
    }

    private void splitAndTokenize() {
        folded = TextFolding.foldWithOffsets(text);
        for (Sentences.Span sp : Sentences.split(text)) {
            Sent s = new Sent();
            s.start = sp.start();
            s.end = sp.end();
            s.text = text.substring(sp.start(), sp.end());
            sents.add(s);
        }
        TextFolding.Folded f = folded;
        String ft = f.text();
        int si = 0;
        int prevEnd = 0;
        int i = 0;
        while (i < ft.length()) {
            if (ft.charAt(i) == ' ') {
                i++;
                continue;
            }
            int j = i;
            while (j < ft.length() && ft.charAt(j) != ' ') {
                j++;
            }
            int os = f.origin()[i];
            int oe = f.origin()[j - 1] + 1;
            while (si < sents.size() && os >= sents.get(si).end) {
                si++;
            }
            if (si >= sents.size()) {
                break;
            }
            String gap = text.substring(Math.min(prevEnd, os), os);
            boolean comma = gap.indexOf(',') >= 0 || gap.indexOf(':') >= 0 || gap.indexOf('(') >= 0
                    || gap.indexOf(')') >= 0 || gap.indexOf('\u2013') >= 0 || gap.indexOf('\u2014') >= 0
                    || gap.indexOf('"') >= 0 || gap.indexOf('\u201C') >= 0 || gap.indexOf('\u201D') >= 0;
            boolean semi = gap.indexOf(';') >= 0 || gap.contains(" - ");
            Sent s = sents.get(si);
            if (os >= s.start) {
                String w = ft.substring(i, j);
                s.toks.add(new Tok(w, os, oe, comma || semi, semi, Character.isUpperCase(text.charAt(os))));
                s.words.add(w);
            }
            prevEnd = oe;
            i = j;
        }
    }

    private int sentenceOf(int pos) {
        for (int i = 0; i < sents.size(); i++) {
            if (pos >= sents.get(i).start && pos < sents.get(i).end) {
                return i;
            }
        }
        return -1;
    }

    private static int tokAt(Sent s, int pos) {
        for (int i = 0; i < s.toks.size(); i++) {
            if (s.toks.get(i).oe > pos) {
                return i;
            }
        }
        return s.toks.size() - 1;
    }

    // ---------------------------------------------------------------- mentions

    private void findMentions() {
        List<Hit> hits = tagger.matcher().find(text, folded);
        Set<String> known = new HashSet<>();
        for (Hit h : hits) {
            for (Entry e : h.entries()) {
                if (e.kind() == Kind.PERSON && officeOf(e.person()) != null && !inDateline(h.start())) {
                    known.add(e.person());
                }
            }
        }
        List<M> ambiguous = new ArrayList<>();
        for (Hit h : hits) {
            if (inDateline(h.start())) {
                continue;
            }
            if (h.entries().stream().anyMatch(e -> e.kind() == Kind.STOP)) {
                continue;
            }
            int si = sentenceOf(h.start());
            if (si < 0) {
                continue;
            }
            Sent s = sents.get(si);
            int t0 = tokAt(s, h.start());
            int t1 = tokAt(s, h.end() - 1);
            M m = choose(h, s, t0, known);
            if (m == null) {
                continue;
            }
            if (m.kind == Kind.DEMONYM && t0 > 0 && s.words.get(t0 - 1).equals("ethnic")) {
                continue; // "ethnic Albanian" is a people, not a state
            }
            boolean seat = m.kind == Kind.SEAT || m.kind == Kind.ORG_SEAT || (m.kind == Kind.COUNTRY && m.ambiguous
                    && h.entries().stream().anyMatch(e -> e.kind() == Kind.SEAT));
            if (seat && t0 > 0 && s.words.get(t0 - 1).equals("in")
                    && !(t0 > 1 && PEOPLE_IN_SEAT.contains(s.words.get(t0 - 2)))) {
                continue; // "a ceremony in Washington", "talks in Brussels": a place ("officials in Washington" are not)
            }
            m.os = h.start();
            m.oe = h.end();
            m.t0 = t0;
            m.t1 = t1;
            m.hit = h;
            m.modifier = isModifier(s, m);
            if (m.ambiguous) {
                ambiguous.add(m);
                s.mentions.add(m);
            } else {
                s.mentions.add(m);
            }
        }
        for (M m : ambiguous) {
            Sent s = sents.get(sentenceOf(m.os));
            if (!ambiguityOk(s, m)) {
                s.mentions.remove(m);
            }
        }
        for (int i = 0; i < sents.size(); i++) {
            for (M m : sents.get(i).mentions) {
                if (m.person != null) {
                    personEvidence.computeIfAbsent(m.person, k -> new ArrayList<>()).add(sents.get(i).text);
                }
            }
        }
    }

    private Dictionary.Office officeOf(String person) {
        Dictionary.Person p = dict.persons().get(person);
        if (p == null) {
            for (Dictionary.Person q : dict.persons().values()) {
                if (q.name().equals(person)) {
                    p = q;
                    break;
                }
            }
        }
        return p == null ? null : p.officeOn(published);
    }

    private M choose(Hit h, Sent s, int t0, Set<String> known) {
        // persons first: a full name, or a surname once the person is known
        for (Entry e : h.entries()) {
            if (e.kind() == Kind.PERSON) {
                Dictionary.Office o = officeOf(e.person());
                if (o != null) {
                    return person(e.person(), o);
                }
            }
        }
        for (Entry e : h.entries()) {
            if (e.kind() == Kind.SURNAME) {
                Dictionary.Office o = officeOf(e.person());
                if (o == null) {
                    continue;
                }
                Dictionary.Person p = findPerson(e.person());
                boolean titled = t0 > 0 && Lexicon.TITLES.contains(s.words.get(t0 - 1));
                if (known.contains(e.person()) || titled || (p != null && p.surnameAlone())) {
                    return person(e.person(), o);
                }
            }
        }
        Kind[] order = {Kind.ORGANIZATION, Kind.COUNTRY, Kind.SUBNATIONAL, Kind.SEAT, Kind.ORG_SEAT, Kind.DEMONYM};
        for (Kind k : order) {
            for (Entry e : h.entries()) {
                if (e.kind() == k) {
                    M m = new M();
                    m.code = e.code();
                    m.kind = k;
                    m.country = k != Kind.ORGANIZATION && k != Kind.ORG_SEAT;
                    m.ambiguous = e.ambiguous();
                    return m;
                }
            }
        }
        return null;
    }

    private Dictionary.Person findPerson(String name) {
        for (Dictionary.Person q : dict.persons().values()) {
            if (q.name().equals(name)) {
                return q;
            }
        }
        return null;
    }

    private M person(String name, Dictionary.Office o) {
        M m = new M();
        m.person = name;
        m.code = o.country();
        m.kind = Kind.PERSON;
        m.country = !dict.organizations().containsKey(o.country());
        personOffice.putIfAbsent(name, o);
        return m;
    }

    private boolean isModifier(Sent s, M m) {
        if (m.oe + 1 < text.length() && text.charAt(m.oe) == '-' && Character.isLowerCase(text.charAt(m.oe + 1))) {
            return true;
        }
        int next = m.t1 + 1;
        if (m.kind != Kind.PERSON && next < s.words.size() && Lexicon.MODIFIER_NOUNS.contains(s.words.get(next))) {
            return true;
        }
        // an organisation one joins ("committed to joining the European Union") is an aim, not a partner
        int p = m.t0 - 1;
        if (p >= 0 && s.words.get(p).equals("the")) {
            p--;
        }
        if (!m.country && p >= 0 && Lexicon.JOIN_WORDS.contains(s.words.get(p))) {
            return true;
        }
        return false;
    }

    /** Guards for aliases that are also common words or first names (Georgia, Jordan, Turkey, Chad...). */
    private boolean ambiguityOk(Sent s, M m) {
        int prev = m.t0 - 1;
        if (prev >= 0 && s.toks.get(prev).cap && prev > 0 && !coveredByMention(s, prev)
                && !Lexicon.TITLES.contains(s.words.get(prev))) {
            return false; // "Michael Jordan", "Atlanta, Georgia"
        }
        int next = m.t1 + 1;
        if (next < s.toks.size() && s.toks.get(next).cap && !s.toks.get(next).comma && !coveredByMention(s, next)
                && !Lexicon.TITLES.contains(s.words.get(next))) {
            return false; // "Jordan Price", "Chad Morrow"
        }
        for (Sent any : sents) {
            for (int k = 0; k < any.words.size(); k++) {
                String w = any.words.get(k);
                if (Lexicon.ANTI_CONTEXT.contains(w)
                        || (any == s && w.equals("state") && k > 0 && any.words.get(k - 1).equals("the"))) {
                    return false;
                }
            }
        }
        for (M o : s.mentions) {
            if (o != m && !o.ambiguous) {
                return true;
            }
        }
        for (String w : s.words) {
            if (Lexicon.POLITICAL.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean coveredByMention(Sent s, int t) {
        for (M o : s.mentions) {
            if (!o.ambiguous && t >= o.t0 && t <= o.t1) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- actors and persons

    private List<ActorTag> actors() {
        Map<String, List<String>> ev = new TreeMap<>();
        Map<String, Integer> count = new HashMap<>();
        Map<String, Boolean> isCountry = new HashMap<>();
        for (Sent s : sents) {
            for (M m : s.mentions) {
                count.merge(m.code, 1, Integer::sum);
                isCountry.put(m.code, m.country);
                List<String> l = ev.computeIfAbsent(m.code, k -> new ArrayList<>());
                if (l.size() < 3 && !l.contains(s.text)) {
                    l.add(s.text);
                }
            }
        }
        List<ActorTag> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : ev.entrySet()) {
            out.add(new ActorTag(e.getKey(), isCountry.get(e.getKey()) ? ActorTag.COUNTRY : ActorTag.ORGANIZATION,
                    count.get(e.getKey()), e.getValue()));
        }
        return out;
    }

    private List<PersonTag> persons() {
        List<PersonTag> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : personEvidence.entrySet()) {
            Dictionary.Office o = personOffice.get(e.getKey());
            if (o == null) {
                continue;
            }
            List<String> ev = e.getValue().stream().distinct().limit(3).toList();
            out.add(new PersonTag(e.getKey(), o.country(), o.role(), ev));
        }
        return out;
    }

    // ---------------------------------------------------------------- agreements

    private void countDomains() {
        for (Sent s : sents) {
            for (String w : s.words) {
                if (Lexicon.DEFENSE.contains(w)) {
                    itemDomainCounts.merge("defense", 1, Integer::sum);
                }
                if (Lexicon.ENERGY.contains(w)) {
                    itemDomainCounts.merge("energy", 1, Integer::sum);
                }
                if (Lexicon.ECONOMIC.contains(w)) {
                    itemDomainCounts.merge("economic", 1, Integer::sum);
                }
            }
        }
    }

    private String itemDomain() {
        int d = itemDomainCounts.getOrDefault("defense", 0);
        int e = itemDomainCounts.getOrDefault("energy", 0);
        int c = itemDomainCounts.getOrDefault("economic", 0);
        if (d == 0 && e == 0 && c == 0) {
            return "other";
        }
        if (d >= e && d >= c) {
            return "defense";
        }
        return e >= c ? "energy" : "economic";
    }

    private String domain(List<String> words) {
        int d = 0;
        int e = 0;
        int c = 0;
        for (String w : words) {
            d += Lexicon.DEFENSE.contains(w) ? 1 : 0;
            e += Lexicon.ENERGY.contains(w) ? 1 : 0;
            c += Lexicon.ECONOMIC.contains(w) ? 1 : 0;
        }
        if (d == 0 && e == 0 && c == 0) {
            return null; // decided per item once all agreements are known
        }
        if (d >= e && d >= c) {
            return "defense";
        }
        return e >= c ? "energy" : "economic";
    }

    private boolean isAgreementNoun(List<String> w, int i) {
        String x = w.get(i);
        if (!Lexicon.AGREEMENT_NOUNS.containsKey(x)) {
            return false;
        }
        if (x.equals("deal") && ((i > 0 && w.get(i - 1).equals("to")) || (i + 1 < w.size() && w.get(i + 1).equals("with")))) {
            return false;
        }
        if (x.equals("plan") && i > 0 && (w.get(i - 1).equals("to") || w.get(i - 1).equals("they"))) {
            return false;
        }
        return true;
    }

    private void extractAgreements() {
        List<AgMention> created = new ArrayList<>();
        List<AgMention> nounOnly = new ArrayList<>();
        for (int si = 0; si < sents.size(); si++) {
            Sent s = sents.get(si);
            List<String> w = s.words;
            List<Integer> nouns = new ArrayList<>();
            for (int i = 0; i < w.size(); i++) {
                if (isAgreementNoun(w, i)) {
                    nouns.add(i);
                }
            }
            if (nouns.isEmpty()) {
                continue;
            }
            Map<Integer, String> boundStatus = new HashMap<>();
            Map<Integer, Integer> boundCue = new HashMap<>();
            for (int c = 0; c < w.size(); c++) {
                String x = w.get(c);
                String status = null;
                boolean reached = (x.equals("reached") || x.equals("reach") || x.equals("reaches") || x.equals("struck")
                        || x.equals("strike") || x.equals("strikes"))
                        && (nouns.contains(c + 1) || nouns.contains(c + 2) || nouns.contains(c + 3));
                if (Lexicon.SIGN_VERBS.contains(x) || reached) { // "reached a deal", "struck an agreement" = concluded
                    if (negated(s, c)) {
                        continue;
                    }
                    status = AgreementTag.SIGNED;
                    for (int k = Math.max(0, c - 3); k < c; k++) {
                        if (Lexicon.FUTURE_BEFORE_SIGN.contains(w.get(k))) {
                            status = AgreementTag.PLANNED;
                        }
                    }
                } else if (Lexicon.PLAN_WORDS.contains(x) || (x.equals("talks") && c + 1 < w.size()
                        && (w.get(c + 1).equals("on") || w.get(c + 1).equals("about")))) {
                    status = AgreementTag.PLANNED;
                } else if (Lexicon.REPORTED_WORDS.contains(x)) {
                    if (x.equals("under") && !(nouns.contains(c + 1) || nouns.contains(c + 2) || nouns.contains(c + 3))) {
                        continue;
                    }
                    if (x.equals("force") && !(c > 0 && w.get(c - 1).equals("in"))) {
                        continue;
                    }
                    status = AgreementTag.REPORTED;
                }
                if (status == null) {
                    continue;
                }
                int best = -1;
                int bestDist = Integer.MAX_VALUE;
                for (int n : nouns) {
                    int dist = Math.abs(n - c) * 2 + (n < c ? 1 : 0);
                    if (dist < bestDist) {
                        bestDist = dist;
                        best = n;
                    }
                }
                if (best >= 0 && bestDist <= 30) {
                    String prev = boundStatus.get(best);
                    if (prev == null || rank(status) > rank(prev)) {
                        boundStatus.put(best, status);
                        boundCue.put(best, c);
                    }
                }
            }
            for (int n : nouns) {
                AgMention a = new AgMention();
                a.sent = si;
                a.form = Lexicon.AGREEMENT_NOUNS.get(w.get(n));
                a.status = boundStatus.get(n);
                int c = boundCue.getOrDefault(n, n);
                int lo = Math.min(n, c);
                int hi = Math.max(n, c);
                int left = 0;
                int right = w.size() - 1;
                for (int o : nouns) {
                    if (o < lo && o + 1 > left) {
                        left = o + 1;
                    }
                    if (o > hi && o - 1 < right) {
                        right = o - 1;
                    }
                }
                for (int c2 : boundCue.values()) {
                    if (a.status == null && c2 > hi && c2 - 1 < right) {
                        right = c2 - 1;
                    }
                }
                for (int k = hi + 1; k <= right; k++) {
                    if ((w.get(k).equals("but") || w.get(k).equals("while") || w.get(k).equals("whereas")
                            || w.get(k).equals("although")) && s.toks.get(k).comma) {
                        right = k - 1;
                        break;
                    }
                }
                if (a.form.equals("agreement") || a.form.equals("contract")) {
                    boolean purchase = false;
                    boolean weapons = false;
                    for (String x : w) {
                        purchase |= Lexicon.PURCHASE.contains(x);
                        weapons |= Lexicon.WEAPONS.contains(x) && !x.equals("military") && !x.equals("defense")
                                && !x.equals("defence") && !x.equals("system") && !x.equals("systems");
                    }
                    if (w.get(n).equals("deal") && weapons) {
                        a.form = "contract";
                    }
                }
                int signCue = boundCue.containsKey(n) && Lexicon.SIGN_VERBS.contains(w.get(c)) ? c : -1;
                // the subject of a criticising verb is not a party: "X criticised the declaration signed by ..."
                int criticCut = -1;
                if (signCue > n) {
                    for (int k = left; k < n; k++) {
                        Cue cc = Lexicon.cueAt(w, k);
                        if (cc != null && cc.type() == CueType.COMM && polarity(cc.kind()).equals(InteractionTag.CONFLICTUAL)) {
                            criticCut = k + cc.words().length;
                        }
                    }
                    if (criticCut > left) {
                        left = criticCut;
                    }
                }
                // a trailing attribution is no party: "..., EU foreign policy chief Josep Borrell said"
                int clauseRight = right;
                for (int k = hi + 1; k <= right; k++) {
                    if (s.toks.get(k).semicolon) {
                        clauseRight = k - 1;
                    }
                    boolean newPredicate = s.toks.get(k).comma && w.get(k).equals("and") && k + 1 < w.size()
                            && (Lexicon.REPORTING.contains(w.get(k + 1)) || Lexicon.cueAt(w, k + 1) != null);
                    if (newPredicate || s.toks.get(k).semicolon || (s.toks.get(k).comma && attributionFollows(s, k, right))) {
                        right = k - 1;
                        break;
                    }
                }
                // a leading reporter is no party when two others follow: "Borrell said Serbia and Kosovo concluded ..."
                for (int k = lo - 1; k > left; k--) {
                    if (Lexicon.REPORTING.contains(w.get(k)) && distinctCodes(s, k + 1, right) >= 2) {
                        left = k + 1;
                        break;
                    }
                }
                List<String> byParties = signCue >= 0 ? signedByParties(si, s, signCue, right) : List.of();
                if (byParties.size() >= 2) {
                    a.parties.addAll(byParties); // "signed by Albania, Croatia and Kosovo" names the parties
                } else {
                    for (M m : s.mentions) {
                        // "Montenegro accession protocol": the country is a party, not a modifier
                        boolean accessionParty = m.modifier && m.t1 + 2 < w.size() && m.t1 + 2 <= right
                                && m.kind != Kind.DEMONYM && Lexicon.MODIFIER_NOUNS.contains(w.get(m.t1 + 1))
                                && isAgreementNoun(w, m.t1 + 2);
                        if (m.t0 < left || m.t0 > right || (m.modifier && !accessionParty)) {
                            continue;
                        }
                        boolean place = ((m.kind == Kind.SEAT || m.kind == Kind.ORG_SEAT) && m.t0 > 0
                                && (w.get(m.t0 - 1).equals("in") || w.get(m.t0 - 1).equals("at"))) || venue(s, m);
                        if (!place) {
                            a.parties.add(m.code);
                        }
                    }
                    for (int k = left; k < right; k++) {
                        int g = Lexicon.groupSize(w, k);
                        if (g > 0 && a.parties.size() < g) {
                            a.parties.addAll(recentCountries(si, s, k, g));
                        }
                    }
                }
                if (a.status != null && a.parties.size() == 1 && criticCut < 0) {
                    for (M m : s.mentions) {
                        if (m.t0 > clauseRight) {
                            break; // the speaker of an attribution completes: "A contract with X does exist, Vucic said"
                        }
                        if (!m.modifier && m.country) {
                            a.parties.add(m.code);
                            if (a.parties.size() >= 2) {
                                break;
                            }
                        }
                    }
                }
                if (a.status != null && a.parties.size() == 1 && criticCut < 0 && si > 0 && w.size() > 2
                        && ((w.get(0).equals("the") && (w.get(1).equals("country") || w.get(1).equals("government")))
                        || w.get(0).equals("it"))) {
                    for (M m : sents.get(si - 1).mentions) {
                        if (m.country && !m.modifier && !a.parties.contains(m.code)) {
                            a.parties.add(m.code); // "The country changed its name under the agreement with Greece"
                            break;
                        }
                    }
                }
                a.anaphoric = n > 0 && (w.get(n - 1).equals("the") || w.get(n - 1).equals("this")
                        || w.get(n - 1).equals("that"));
                // "the declaration signed by ...": a date before the noun belongs to the report ("said on Monday")
                boolean definite = n > 0 && (w.get(n - 1).equals("the") || (n > 1 && w.get(n - 2).equals("the")));
                List<String> spanWords = signCue > n && definite ? w.subList(n, right + 1) : w.subList(left, right + 1);
                a.date = AgreementTag.PLANNED.equals(a.status) || AgreementTag.REPORTED.equals(a.status) ? null
                        : DateResolver.resolve(spanWords, published);
                if (a.date == null && a.status != null) {
                    // "signed ... in 2020": an old signing, reported as background
                    for (int k = c + 1; k < Math.min(w.size() - 1, c + 7); k++) {
                        String x = w.get(k + 1);
                        if (w.get(k).equals("in") && x.length() == 4 && x.chars().allMatch(Character::isDigit)
                                && Integer.parseInt(x) < published.getYear() && Integer.parseInt(x) > 1900) {
                            a.olderYear = true;
                        }
                    }
                }
                a.place = place(s, left, right);
                a.domain = domain(w);
                if (a.status != null && a.parties.size() < 2 && a.anaphoric) {
                    // "The contract still has to be signed": the contract named before, with its parties
                    for (int q = nounOnly.size() - 1; q >= 0; q--) {
                        AgMention p = nounOnly.get(q);
                        if (p.form.equals(a.form) && p.parties.size() >= 2 && p.sent < si) {
                            a.parties.addAll(p.parties);
                            if (a.domain == null) {
                                a.domain = p.domain;
                            }
                            break;
                        }
                    }
                }
                if (a.status != null && a.parties.size() >= 2) {
                    created.add(a);
                } else if (a.status != null && a.parties.size() < 2 && a.anaphoric && !clustersFrom(created).isEmpty()) {
                    nounOnly.add(a);
                } else {
                    nounOnly.add(a);
                }
            }
        }
        for (AgMention a : created) {
            Cluster hit = null;
            for (Cluster c : clusters) {
                if (c.form.equals(a.form) && c.parties.equals(a.parties)) {
                    hit = c;
                }
            }
            if (hit == null) {
                hit = new Cluster();
                hit.form = a.form;
                hit.parties = a.parties;
                hit.sent = a.sent;
                hit.domain = a.domain;
                clusters.add(hit);
            }
            if (hit.status == null || rank(a.status) > rank(hit.status)) {
                hit.status = a.status;
                hit.sent = a.sent;
                hit.domain = a.domain != null ? a.domain : hit.domain;
                hit.olderYear = a.olderYear;
                if (a.date != null) {
                    hit.date = a.date;
                    hit.dateFromCreator = true;
                }
                if (a.place != null) {
                    hit.place = a.place;
                }
            }
            if (hit.date == null && a.date != null) {
                hit.date = a.date;
                hit.dateFromCreator = true;
            }
            if (hit.domain == null && a.domain != null) {
                hit.domain = a.domain;
            }
            if (hit.place == null && a.place != null) {
                hit.place = a.place;
            }
        }
        for (AgMention a : nounOnly) {
            for (Cluster c : clusters) {
                if (c.parties.equals(a.parties)) {
                    if (c.date == null && a.date != null) {
                        c.date = a.date;
                    }
                    break;
                }
            }
        }
        mergeGenericIntoSpecific();
        for (Cluster c : clusters) {
            if (c.domain == null) {
                for (AgMention a : nounOnly) {
                    if (a.domain != null && a.parties.equals(c.parties)) {
                        c.domain = a.domain;
                        break;
                    }
                }
            }
            if (c.domain == null) {
                // no domain word near the agreement: the item's vocabulary decides when it reports one agreement
                c.domain = clusters.size() == 1 ? itemDomain() : "other";
            }
        }
        for (Cluster c : clusters) {
            if (AgreementTag.SIGNED.equals(c.status) && !c.olderYear) {
                List<String> ps = new ArrayList<>(c.parties);
                for (String x : ps) {
                    for (String y : ps) {
                        if (!x.equals(y)) {
                            addInteraction(x, y, "sign-agreement", sents.get(c.sent).text, c.sent, null);
                        }
                    }
                }
            }
        }
    }

    /** True when the words after the comma at {@code k} attribute the sentence: ", X said", ", according to X". */
    private boolean attributionFollows(Sent s, int k, int right) {
        List<String> w = s.words;
        if (w.get(k).equals("according") && k + 1 < w.size() && w.get(k + 1).equals("to")) {
            return true;
        }
        boolean actor = false;
        for (int j = k; j < Math.min(w.size(), k + 9); j++) {
            if (j > k && s.toks.get(j).comma) {
                return false;
            }
            actor |= coveredByAny(s, j);
            String x = w.get(j);
            if (x.equals("said") || x.equals("says") || x.equals("told") || x.equals("announced") || x.equals("stated")) {
                return actor || j == k;
            }
        }
        return false;
    }

    private static final Set<String> VENUE_NOUNS = Set.of("sidelines", "margins", "summit", "session", "meeting",
            "conference", "assembly", "forum");

    /** "on the sidelines of the UN General Assembly", "a summit of NATO", "at the UN": a venue, not a party. */
    private static boolean venue(Sent s, M m) {
        int k = m.t0 - 1;
        if (k >= 0 && s.words.get(k).equals("the")) {
            k--;
        }
        if (!m.country && k >= 0 && s.words.get(k).equals("at")) {
            return true; // "sign a plan at UN", "signed at the NATO summit"
        }
        return k >= 1 && s.words.get(k).equals("of") && VENUE_NOUNS.contains(s.words.get(k - 1));
    }

    /** An actor at word {@code k} that stands as a list member (followed by a comma, and/or, a list end or nothing). */
    private static boolean listMember(Sent s, int k) {
        for (M m : s.mentions) {
            if (m.t0 == k) {
                int next = m.t1 + 1;
                return next >= s.words.size() || s.toks.get(next).comma || s.words.get(next).equals("and")
                        || s.words.get(next).equals("or") || BY_LIST_END.contains(s.words.get(next));
            }
        }
        return false;
    }

    private static int distinctCodes(Sent s, int from, int to) {
        Set<String> codes = new HashSet<>();
        for (M m : s.mentions) {
            if (m.t0 >= from && m.t0 <= to && !m.modifier) {
                codes.add(m.code);
            }
        }
        return codes.size();
    }

    private static final Set<String> SUBORDINATORS = Set.of("after", "when", "because", "since", "as", "before",
            "until", "once");

    private static final Set<String> PEOPLE_IN_SEAT = Set.of("officials", "official", "sources", "diplomats",
            "authorities", "leaders", "leadership", "government", "politicians", "those", "many", "some");

    private static final Set<String> BY_LIST_END = Set.of("reported", "reports", "in", "on", "at", "during", "after", "before", "following",
            "calling", "saying", "which", "that", "who", "to", "last", "this", "for", "as", "amid", "while", "but",
            "earlier", "when", "with", "under");

    /** The parties after "signed (in X / on Tuesday) by": a coordinated list of actors, or "the two countries". */
    private List<String> signedByParties(int si, Sent s, int cue, int right) {
        List<String> w = s.words;
        int by = -1;
        for (int k = cue + 1; k < Math.min(w.size(), cue + 6); k++) {
            if (k > cue + 1 && s.toks.get(k).comma) {
                break;
            }
            if (w.get(k).equals("by")) {
                by = k;
                break;
            }
        }
        if (by < 0) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int k = by + 1; k < Math.min(w.size(), by + 20); k++) {
            if (k > by + 1 && s.toks.get(k).comma) {
                // ", Croatia and Kosovo" goes on; ", Russian media reported" does not
                boolean listGoesOn = w.get(k).equals("and") || listMember(s, k)
                        || (k + 1 < w.size() && w.get(k).equals("the") && listMember(s, k + 1));
                if (!listGoesOn) {
                    break;
                }
            }
            if (!coveredByAny(s, k) && (BY_LIST_END.contains(w.get(k)) || Lexicon.REPORTING.contains(w.get(k)))) {
                break;
            }
            int g = Lexicon.groupSize(w, k);
            if (g > 0) {
                out.addAll(recentCountries(si, s, by, g));
                break;
            }
            for (M m : s.mentions) {
                if (m.t0 == k && !m.modifier) {
                    out.add(m.code);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** A generic "agreement"/"deal" with the same parties as a more specific form is the same one. */
    private void mergeGenericIntoSpecific() {
        for (Cluster g : new ArrayList<>(clusters)) {
            if (!g.form.equals("agreement")) {
                continue;
            }
            for (Cluster c : clusters) {
                if (c != g && !c.form.equals("agreement") && !c.form.equals("plan") && c.parties.equals(g.parties)) {
                    if (rank(g.status) > rank(c.status)) {
                        c.status = g.status;
                    }
                    if (c.date == null) {
                        c.date = g.date;
                    }
                    if (c.place == null) {
                        c.place = g.place;
                    }
                    clusters.remove(g);
                    break;
                }
            }
        }
    }

    private static List<Cluster> clustersFrom(List<AgMention> created) {
        return created.isEmpty() ? List.of() : List.of(new Cluster());
    }

    private static int rank(String status) {
        return switch (status) {
            case AgreementTag.SIGNED -> 3;
            case AgreementTag.REPORTED -> 2;
            default -> 1;
        };
    }

    /** The {@code g} countries mentioned most recently before word {@code k} of sentence {@code si}. */
    private List<String> recentCountries(int si, Sent s, int k, int g) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        List<M> here = new ArrayList<>();
        for (M m : s.mentions) {
            if (m.t0 < k && m.country && !m.modifier) {
                here.add(m);
            }
        }
        for (int i = here.size() - 1; i >= 0 && out.size() < g; i--) {
            out.add(here.get(i).code);
        }
        for (int j = si - 1; j >= 0 && out.size() < g; j--) {
            List<M> ms = sents.get(j).mentions;
            for (int i = ms.size() - 1; i >= 0 && out.size() < g; i--) {
                if (ms.get(i).country && !ms.get(i).modifier) {
                    out.add(ms.get(i).code);
                }
            }
        }
        return new ArrayList<>(out);
    }

    private String place(Sent s, int left, int right) {
        List<String> w = s.words;
        for (int k = left; k < right && k + 1 < w.size(); k++) {
            String x = w.get(k);
            if (x.equals("here") && datelineCity != null) {
                return datelineCity;
            }
            if (!(x.equals("in") || x.equals("at") || x.equals("to"))) {
                continue;
            }
            int n = k + 1;
            for (M m : s.mentions) {
                if (m.t0 == n && (m.kind == Kind.SEAT || m.kind == Kind.ORG_SEAT)) {
                    return text.substring(m.os, m.oe);
                }
            }
            if ((w.get(n).equals("this") || w.get(n).equals("the")) && datelineCity != null) {
                for (int j = n + 1; j < Math.min(w.size(), n + 6); j++) {
                    String y = w.get(j);
                    if (y.equals("town") || y.equals("city") || y.equals("village") || y.equals("resort")
                            || y.equals("capital") || y.equals("port")) {
                        return datelineCity;
                    }
                }
            }
            if (x.equals("in") && s.toks.get(n).cap && !DateResolver.isDateWord(w.get(n)) && !coveredByAny(s, n)
                    && !Character.isDigit(w.get(n).charAt(0))) {
                int e = n;
                while (e + 1 <= right && e + 1 < w.size() && s.toks.get(e + 1).cap && !s.toks.get(e + 1).comma
                        && !coveredByAny(s, e + 1)) {
                    e++;
                }
                return text.substring(s.toks.get(n).os(), s.toks.get(e).oe());
            }
        }
        return null;
    }

    private static boolean coveredByAny(Sent s, int t) {
        for (M o : s.mentions) {
            if (t >= o.t0 && t <= o.t1) {
                return true;
            }
        }
        return false;
    }

    private List<AgreementTag> agreements() {
        List<AgreementTag> out = new ArrayList<>();
        for (Cluster c : clusters) {
            out.add(new AgreementTag(c.form, c.domain, new ArrayList<>(c.parties), c.status,
                    c.date == null ? null : c.date.toString(), c.place, List.of(sents.get(c.sent).text)));
        }
        return out;
    }

    // ---------------------------------------------------------------- interactions

    /** True when a negator stands in the same clause shortly before word {@code i}. */
    private boolean negated(Sent s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 7); k--) {
            String x = s.words.get(k);
            if (Lexicon.NEGATORS.contains(x)) {
                return true;
            }
            if (x.equals("out") && k > 0 && s.words.get(k - 1).startsWith("rul")) {
                return true; // "rules out sanctions"
            }
            if (Lexicon.CLAUSE_WORDS.contains(x) || s.toks.get(k).comma) {
                return false;
            }
        }
        return false;
    }

    private boolean modal(Sent s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
            String x = s.words.get(k);
            if (Lexicon.MODALS.contains(x)) {
                return true;
            }
            if (Lexicon.CLAUSE_WORDS.contains(x) || s.toks.get(k).comma) {
                return false;
            }
        }
        return false;
    }

    /** "the move threatened to destabilise the region" names a risk, not a threat by anyone. */
    static boolean riskNotThreat(Cue cue, List<String> w, int i, int end) {
        if (!cue.kind().equals("threaten") || cue.type() != Lexicon.CueType.COMM) {
            return false;
        }
        boolean riskSubject = i > 0 && Lexicon.RISK_SUBJECTS.contains(w.get(i - 1));
        boolean riskOutcome = end + 1 < w.size() && w.get(end).equals("to") && Lexicon.RISK_VERBS.contains(w.get(end + 1));
        return riskSubject || riskOutcome;
    }

    private void extractInteractions() {
        Set<String> accusedTargets = new HashSet<>();
        int lastAccuseSent = Integer.MAX_VALUE;
        for (int si = 0; si < sents.size(); si++) {
            Sent s = sents.get(si);
            List<String> w = s.words;
            int allegationFrom = Integer.MAX_VALUE;
            for (int i = 0; i < w.size(); i++) {
                Cue cue = Lexicon.cueAt(w, i);
                if (cue == null) {
                    continue;
                }
                int len = cue.words().length;
                int end = i + len;
                if (i > allegationFrom && (Lexicon.CLAUSE_WORDS.contains(w.get(i - 1)) || s.toks.get(i).semicolon)) {
                    allegationFrom = Integer.MAX_VALUE; // a new predicate: "accused X of ... and criticised Y"
                }
                if (i > allegationFrom) {
                    i = end - 1;
                    continue; // the content of an allegation is not an act
                }
                if (!cue.negative() && negated(s, i)) {
                    i = end - 1;
                    continue;
                }
                if (riskNotThreat(cue, w, i, end)) {
                    i = end - 1;
                    continue;
                }
                if (!cue.attitude() && !cue.negative() && modal(s, i)) {
                    i = end - 1;
                    continue;
                }
                handleCue(si, s, cue, i, end);
                if (cue.kind().equals("accuse")) {
                    for (int k = end; k < Math.min(w.size(), end + 8); k++) {
                        if (w.get(k).equals("of")) {
                            allegationFrom = k;
                            break;
                        }
                    }
                }
                i = end - 1;
            }
        }
        // allegations reported by the accuser: acts of the accused told in reported speech are not facts
        for (String[] l : interactionLog) {
            if (l[3].equals("accuse")) {
                accusedTargets.add(l[1]);
                lastAccuseSent = Math.min(lastAccuseSent, Integer.parseInt(l[4]));
            }
        }
        if (!accusedTargets.isEmpty()) {
            for (String[] l : interactionLog) {
                int si = Integer.parseInt(l[4]);
                boolean act = l[3].equals("arms-transfer") || l[3].equals("military-cooperation") || l[3].equals("threaten");
                if (act && si >= lastAccuseSent && (accusedTargets.contains(l[0]) || accusedTargets.contains(l[1]))
                        && hasReporting(sents.get(si))) {
                    interactions.remove(l[0] + "|" + l[1] + "|" + l[3]);
                }
            }
        }
    }

    private static boolean hasReporting(Sent s) {
        for (String x : s.words) {
            if (Lexicon.REPORTING.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private void handleCue(int si, Sent s, Cue cue, int i, int end) {
        List<String> w = s.words;
        switch (cue.type()) {
            case COMM, MILCOOP -> {
                M src = null;
                if (end + 1 < w.size() && w.get(end).equals("from")) {
                    src = mentionAt(s, end + 1);
                }
                boolean fromPhrase = src != null;
                List<String> fromList = fromPhrase ? objectsAfter(s, end + 1, "", 1, -1) : List.of();
                if (src == null) {
                    src = speaker(si, s);
                    if (src != null) {
                        // "“...,” Vucic said on Friday, a day after the European Union urged Serbia ...": the later clause has its own subject
                        int q = Math.max(s.text.lastIndexOf('\u201D'), s.text.lastIndexOf('"')) + s.start;
                        if (s.toks.get(i).os() > q) {
                            for (M m : s.mentions) {
                                if (m.t0 > src.t1 && m.t0 < i && !m.modifier && !m.code.equals(src.code)
                                        && s.toks.get(m.t0).os() > q) {
                                    src = m;
                                }
                            }
                        }
                    }
                }
                if (src == null) {
                    src = subject(si, s, i);
                }
                if (src == null) {
                    return;
                }
                List<String> sources = new ArrayList<>(List.of(src.code));
                for (String f : fromList) {
                    if (!sources.contains(f)) {
                        sources.add(f);
                    }
                }
                if (!fromPhrase) {
                    // coordinated subjects: "the United States and the European Union criticised ..."
                    M last = src;
                    for (M m : s.mentions) {
                        if (m.t0 > last.t1 && m.t0 < i && !m.modifier) {
                            boolean coordinated = m.t0 - last.t1 <= 3;
                            for (int k = last.t1 + 1; k < m.t0; k++) {
                                String x = w.get(k);
                                coordinated &= x.equals("and") || x.equals("the");
                            }
                            if (coordinated && m.t0 > last.t1 + 1) {
                                sources.add(m.code);
                                last = m;
                            } else if (m.t0 > last.t1) {
                                break;
                            }
                        }
                    }
                }
                List<String> targets = List.of();
                int called = calledAs(s, i, src.code);
                if (called >= 0) {
                    targets = List.of(s.mentions.get(called).code); // "calling Serbia a key partner"
                }
                int obj = end;
                while (obj < w.size() && (w.get(obj).equals("the") || w.get(obj).equals("this") || w.get(obj).equals("that")
                        || w.get(obj).equals("new") || w.get(obj).equals("a"))) {
                    obj++;
                }
                if (obj < w.size() && isAgreementNoun(w, obj)) {
                    targets = agreementReferent(si, s, null);
                    targets = new ArrayList<>(targets);
                    targets.remove(src.code);
                    if (targets.size() > 0 && targets.size() == agreementPartiesOfLatest(si).size()
                            && polarity(cue.kind()).equals(InteractionTag.COOPERATIVE)) {
                        targets = List.of(); // the source is no party: leave it to the rules below
                    }
                }
                if (targets.isEmpty()) {
                    targets = new ArrayList<>(objectsAfter(s, end, src.code, 12, fromPhrase ? end + 1 : -1));
                    targets.removeAll(fromList); // "criticism from Washington and Brussels"
                }
                if (targets.isEmpty()) {
                    // "called on both sides", "urged the two countries"
                    for (int k = end; k < Math.min(w.size() - 1, end + 3); k++) {
                        int g = Lexicon.groupSize(w, k);
                        if (g > 0) {
                            List<String> group = new ArrayList<>(recentCountries(si, s, k, g + 1));
                            group.remove(src.code);
                            targets = group.subList(0, Math.min(g, group.size()));
                            break;
                        }
                    }
                }
                if (targets.isEmpty() && cue.type() == CueType.MILCOOP) {
                    return;
                }
                if (targets.isEmpty() && objectIsNoActor(s, end, src.code)) {
                    return; // "summoned Milorad Dodik" (own official), "accused the West": no guessing
                }
                if (targets.isEmpty()) {
                    targets = agreementReferent(si, s, src.code);
                }
                if (targets.isEmpty()) {
                    for (M m : s.mentions) {
                        if (!m.modifier && !sources.contains(m.code) && m != src && m.t0 < i) {
                            targets = objectsAfter(s, m.t0, src.code, 0, -1);
                            if (targets.isEmpty()) {
                                targets = List.of(m.code);
                            }
                            break;
                        }
                    }
                }
                if (targets.isEmpty()) {
                    targets = fallbackTarget(si, src.code, polarity(cue.kind()));
                }
                for (String so : sources) {
                    for (String t : targets) {
                        addInteraction(so, t, cue.kind(), s.text, si, cue.type().name());
                    }
                }
            }
            case FORCE -> {
                String target = borderTarget(s);
                if (target == null) {
                    return;
                }
                M src = null;
                for (M m : s.mentions) {
                    if (m.t1 < i && i - m.t1 <= 12 && !m.code.equals(target) && !m.modifier) {
                        boolean reported = false;
                        for (int k = m.t1 + 1; k < i; k++) {
                            reported |= Lexicon.REPORTING.contains(w.get(k));
                        }
                        src = reported ? null : m;
                    }
                }
                if (src != null) {
                    addInteraction(src.code, target, cue.kind(), s.text, si, cue.type().name());
                }
            }
            case HOST -> {
                if (cue.words()[0].startsWith("host")) {
                    boolean military = false;
                    for (String x : w) {
                        military |= Lexicon.DEFENSE.contains(x) && !x.equals("security") && !x.equals("air");
                    }
                    if (!military) {
                        return;
                    }
                }
                List<String> codes = new ArrayList<>();
                for (M m : s.mentions) {
                    if (!codes.contains(m.code)) {
                        codes.add(m.code);
                    }
                }
                if (codes.size() < 2) {
                    return;
                }
                for (String x : codes) {
                    for (String y : codes) {
                        addInteraction(x, y, cue.kind(), s.text, si, cue.type().name());
                    }
                }
            }
            case SUPPLY, BUY -> {
                boolean weapons = false;
                for (String x : w) {
                    weapons |= Lexicon.WEAPONS.contains(x);
                }
                if (!weapons) {
                    return;
                }
                M before = null;
                for (M m : s.mentions) {
                    if (m.t1 < i && i - m.t1 <= 14 && !m.modifier) {
                        boolean reported = false;
                        for (int k = m.t1 + 1; k < i; k++) {
                            reported |= Lexicon.REPORTING.contains(w.get(k));
                        }
                        before = reported ? null : m;
                    }
                }
                if (cue.type() == CueType.SUPPLY) {
                    String to = afterPreposition(s, end, Set.of("to"), null);
                    String from = before == null ? afterPreposition(s, end, Set.of("from"), null) : before.code;
                    if (from != null && to != null) {
                        addInteraction(from, to, cue.kind(), s.text, si, cue.type().name());
                    }
                } else {
                    if (before == null) {
                        return;
                    }
                    String from = afterPreposition(s, end, Set.of("from", "with"), before.code);
                    if (from == null) {
                        for (M m : s.mentions) {
                            if (m.t0 >= end && m.t0 - end <= 3 && m.modifier && !m.code.equals(before.code)) {
                                from = m.code; // "buying Serbian-made ammunition"
                                break;
                            }
                        }
                    }
                    if (from != null) {
                        addInteraction(from, before.code, cue.kind(), s.text, si, cue.type().name());
                    }
                }
            }
            case HOSTILE_BACKING -> {
                boolean hostile = false;
                for (String x : w) {
                    hostile |= Lexicon.HOSTILE.contains(x);
                }
                if (!hostile) {
                    return;
                }
                String by = afterPreposition(s, end, Set.of("by"), null);
                if (by == null) {
                    return;
                }
                for (M m : s.mentions) {
                    if (!m.modifier && !m.code.equals(by) && m.t0 < i) {
                        addInteraction(m.code, by, cue.kind(), s.text, si, cue.type().name());
                        return;
                    }
                }
            }
            case SANCTION -> {
                M src = subject(si, s, i);
                M tgt = null;
                for (M m : s.mentions) {
                    if (m.t0 >= end && m.t0 - end <= 4) {
                        tgt = m;
                        break;
                    }
                }
                if (src != null && tgt != null) {
                    addInteraction(src.code, tgt.code, cue.kind(), s.text, si, cue.type().name());
                }
            }
            default -> { }
        }
    }

    private static String polarity(String kind) {
        return switch (kind) {
            case "criticize", "warn", "accuse", "protest", "threaten" -> InteractionTag.CONFLICTUAL;
            case "other" -> InteractionTag.CONFLICTUAL;
            default -> InteractionTag.COOPERATIVE;
        };
    }

    private M mentionAt(Sent s, int t) {
        for (M m : s.mentions) {
            if (m.t0 == t || (m.t0 == t + 1 && (s.words.get(t).equals("official") || s.words.get(t).equals("the")))) {
                return m;
            }
        }
        return null;
    }

    /** The speaker of a sentence that opens with a quotation: "“...,” said Vucic" / "“...,” he said". */
    private M speaker(int si, Sent s) {
        if (s.text.isEmpty() || "\"\u201C".indexOf(s.text.charAt(0)) < 0) {
            return null;
        }
        int q = Math.max(s.text.lastIndexOf('\u201D'), s.text.lastIndexOf('"'));
        if (q <= 0) {
            return null;
        }
        int abs = s.start + q;
        int first = -1;
        for (int k = 0; k < s.toks.size(); k++) {
            if (s.toks.get(k).os() > abs) {
                first = k;
                break;
            }
        }
        if (first < 0) {
            return null;
        }
        for (int r = first; r < Math.min(s.toks.size(), first + 5); r++) {
            if (!Lexicon.REPORTING.contains(s.words.get(r))) {
                continue;
            }
            for (M m : s.mentions) {
                if (m.t0 == r + 1 || m.t1 == r - 1 || (m.t0 == r + 2 && Lexicon.TITLES.contains(s.words.get(r + 1)))) {
                    return m;
                }
            }
            String before = r > 0 ? s.words.get(r - 1) : "";
            if ((before.equals("he") || before.equals("she")) && si > 0) {
                for (int j = si - 1; j >= Math.max(0, si - 2); j--) {
                    M prev = speaker(j, sents.get(j));
                    if (prev != null) {
                        return prev;
                    }
                    for (M m : sents.get(j).mentions) {
                        if (!m.modifier) {
                            return m;
                        }
                    }
                }
            }
            return null;
        }
        return null;
    }

    /** The subject of the clause holding word {@code i}: its first actor, or the previous sentence's for a pronoun. */
    private M subject(int si, Sent s, int i) {
        int segStart = 0;
        for (int k = i; k > 0; k--) {
            if (s.toks.get(k).semicolon) {
                segStart = k;
                break;
            }
        }
        for (int k = i - 1; k > segStart; k--) {
            if (s.words.get(k).equals("which") && s.toks.get(k).comma) {
                for (M m : s.mentions) {
                    boolean right = m.t0 == k + 1 || (m.t0 == k + 2 && s.words.get(k + 1).equals("the"));
                    if (right && m.t0 < i && !m.modifier) {
                        return m; // ", which Serbia opposes"
                    }
                }
                break;
            }
            if (s.toks.get(k).comma) {
                break; // the relative clause, if any, ended before the cue
            }
        }
        int clauseStart = segStart;
        for (int k = i - 1; k > segStart; k--) {
            // ", and / but / while ..." and ", after / when / because ..." open a clause with its own subject
            if (s.toks.get(k).comma && (Lexicon.CLAUSE_WORDS.contains(s.words.get(k)) || SUBORDINATORS.contains(s.words.get(k)))) {
                clauseStart = k;
                break;
            }
        }
        for (M m : s.mentions) {
            if (m.t0 >= clauseStart && m.t0 < i && !m.modifier) {
                return m; // ", and the United States criticised ..."
            }
        }
        for (M m : s.mentions) {
            if (m.t0 >= segStart && m.t0 < i && !m.modifier) {
                return m;
            }
        }
        for (M m : s.mentions) {
            if (m.t0 < i && !m.modifier) {
                return m;
            }
        }
        boolean pronoun = false;
        for (int k = 0; k < i; k++) {
            String x = s.words.get(k);
            pronoun |= x.equals("he") || x.equals("she") || x.equals("they") || x.equals("it") || x.equals("we");
        }
        if (pronoun) {
            for (int j = si - 1; j >= Math.max(0, si - 2); j--) {
                for (M m : sents.get(j).mentions) {
                    if (!m.modifier) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /** Actors named after word {@code from} (the object), with any coordinated ones ("X, Y and Z"). */
    private List<String> objectsAfter(Sent s, int from, String source, int window, int skipTok) {
        List<M> found = new ArrayList<>();
        for (M m : s.mentions) {
            if (m.t0 < from || (m.t0 - from > window && found.isEmpty()) || m.t0 - from > window + 12 || m.modifier
                    || m.code.equals(source) || m.t0 == skipTok) {
                continue;
            }
            boolean crossesSemicolon = false;
            for (int k = from; k <= m.t0 && k < s.toks.size(); k++) {
                crossesSemicolon |= (s.toks.get(k).semicolon && (k > from || window > 0))
                        || (k > from && s.toks.get(k).comma && Lexicon.CLAUSE_WORDS.contains(s.words.get(k)));
            }
            for (int k = from; k < m.t0; k++) {
                crossesSemicolon |= Lexicon.REPORTING.contains(s.words.get(k))
                        || (k > from && Lexicon.CLAUSE_WORDS.contains(s.words.get(k - 1)) && Lexicon.cueAt(s.words, k) != null);
            }
            if (crossesSemicolon) {
                break;
            }
            if (found.isEmpty()) {
                found.add(m);
            } else {
                M last = found.get(found.size() - 1);
                boolean coordinated = true;
                for (int k = last.t1 + 1; k < m.t0; k++) {
                    String x = s.words.get(k);
                    if (!(x.equals("and") || x.equals("or"))) {
                        coordinated = false;
                    }
                }
                boolean possessive = m.t0 == last.t1 + 2 && s.words.get(last.t1 + 1).equals("s");
                if (coordinated || possessive || m.t0 == last.t1 + 1) {
                    found.add(m);
                } else {
                    break;
                }
            }
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (M m : found) {
            codes.add(m.code);
        }
        // an organisation and its own mission: the mission is meant
        for (String c : new ArrayList<>(codes)) {
            Dictionary.Organization o = dict.organizations().get(c);
            if (o != null && o.parent() != null) {
                codes.remove(o.parent());
            }
        }
        return new ArrayList<>(codes);
    }

    private static final Set<String> CALL_VERBS = Set.of("call", "calls", "called", "calling", "described", "describes",
            "describing", "considers", "considered", "named");

    /** "calling Serbia a key partner": the mention (index) named right after a calling verb before a partner/friend cue. */
    private int calledAs(Sent s, int cue, String source) {
        String head = s.words.get(cue);
        boolean partner = s.words.size() > cue + 1 && (s.words.get(cue + 1).equals("partner") || s.words.get(cue + 1).equals("of"));
        if (!partner || !(head.equals("key") || head.equals("closest") || head.equals("strategic") || head.equals("reliable")
                || head.equals("friend"))) {
            return -1;
        }
        for (int k = 0; k < s.mentions.size(); k++) {
            M m = s.mentions.get(k);
            if (m.t1 < cue && cue - m.t1 <= 3 && m.t0 > 0 && CALL_VERBS.contains(s.words.get(m.t0 - 1))
                    && !m.code.equals(source) && !m.modifier) {
                return k;
            }
        }
        return -1;
    }

    /** The object right after a cue is the source's own official or a name that is no actor ("the West"). */
    private boolean objectIsNoActor(Sent s, int from, String source) {
        int p = from;
        while (p < s.words.size() && (s.words.get(p).equals("the") || s.words.get(p).equals("a") || s.words.get(p).equals("an")
                || Lexicon.TITLES.contains(s.words.get(p)))) {
            p++;
        }
        if (p >= s.words.size() || (p > from && s.toks.get(p).comma)) {
            return false;
        }
        for (M m : s.mentions) {
            if (m.t0 <= p && p <= m.t1) {
                return m.code.equals(source) && m.kind == Kind.PERSON;
            }
        }
        return p > from && s.toks.get(p).cap && s.words.get(p - 1).equals("the");
    }

    private List<String> agreementReferent(int si, Sent s, String source) {
        boolean refers = false;
        for (int k = 1; k < s.words.size(); k++) {
            String x = s.words.get(k);
            String p = s.words.get(k - 1);
            if ((isAgreementNoun(s.words, k) || x.equals("move")) && (p.equals("the") || p.equals("this")
                    || p.equals("that") || p.equals("trilateral") || p.equals("bilateral"))) {
                refers = true;
            }
        }
        if (!refers) {
            return List.of();
        }
        Cluster latest = null;
        for (Cluster c : clusters) {
            if (c.sent <= si && (latest == null || c.sent >= latest.sent)) {
                latest = c;
            }
        }
        if (latest == null || (source != null && latest.parties.contains(source))) {
            return List.of();
        }
        return new ArrayList<>(latest.parties);
    }

    private Set<String> agreementPartiesOfLatest(int si) {
        Cluster latest = null;
        for (Cluster c : clusters) {
            if (c.sent <= si && (latest == null || c.sent >= latest.sent)) {
                latest = c;
            }
        }
        return latest == null ? Set.of() : latest.parties;
    }

    private List<String> fallbackTarget(int si, String source, String polarity) {
        for (int k = interactionLog.size() - 1; k >= 0; k--) {
            String[] l = interactionLog.get(k);
            if (l[2].equals(polarity) && !l[1].equals(source) && !l[3].equals("sign-agreement")) {
                return List.of(l[1]);
            }
        }
        if (si > 0) {
            // a country of the previous sentence before an organisation ("EUFOR ... in Bosnia")
            for (M m : sents.get(si - 1).mentions) {
                if (!m.modifier && !m.code.equals(source) && m.country) {
                    return List.of(m.code);
                }
            }
            for (M m : sents.get(si - 1).mentions) {
                if (!m.modifier && !m.code.equals(source)) {
                    return List.of(m.code);
                }
            }
        }
        return List.of();
    }

    private String borderTarget(Sent s) {
        List<String> w = s.words;
        for (int b = 0; b < w.size(); b++) {
            String x = w.get(b);
            if (!(x.equals("border") || x.equals("borders") || x.equals("boundary") || x.equals("frontier"))) {
                continue;
            }
            if (b + 1 < w.size() && (w.get(b + 1).equals("with") || w.get(b + 1).equals("of"))) {
                for (M m : s.mentions) {
                    if (m.t0 >= b + 2 && m.t0 <= b + 3) {
                        return m.code;
                    }
                }
            }
            for (M m : s.mentions) {
                if (m.t1 == b - 1 || (m.t1 == b - 2 && w.get(b - 1).equals("s"))) {
                    return m.code;
                }
            }
        }
        return null;
    }

    private String afterPreposition(Sent s, int from, Set<String> preps, String exclude) {
        for (int k = from; k < Math.min(s.words.size() - 1, from + 14); k++) {
            if (k > from && s.toks.get(k).semicolon) {
                break;
            }
            if (preps.contains(s.words.get(k))) {
                for (M m : s.mentions) {
                    if ((m.t0 == k + 1 || (m.t0 == k + 2 && (s.words.get(k + 1).equals("the")
                            || s.words.get(k + 1).equals("official")))) && !m.code.equals(exclude)) {
                        return m.code;
                    }
                }
            }
        }
        return null;
    }

    private void addInteraction(String source, String target, String kind, String sentence, int si, String type) {
        if (source == null || target == null || source.equals(target)) {
            return;
        }
        Dictionary.Organization so = dict.organizations().get(source);
        Dictionary.Organization to = dict.organizations().get(target);
        if ((so != null && target.equals(so.parent())) || (to != null && source.equals(to.parent()))) {
            return;
        }
        String polarity = polarity(kind);
        interactionLog.add(new String[] {source, target, polarity, kind, String.valueOf(si), type});
        String key = source + "|" + target + "|" + kind;
        interactions.putIfAbsent(key, new InteractionTag(source, target, polarity, kind, Weights.of(kind, polarity),
                List.of(sentence)));
    }
}
