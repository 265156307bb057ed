package io.blocwatch.tagging.coder;

import io.blocwatch.tagging.DateResolver;
import io.blocwatch.tagging.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fourth stage: the agreements an item refers to. An agreement noun ("memorandum", "defence
 * pact", "Reciprocal Access Agreement") takes its parties from the syntax around it: the subject
 * and "with" object of the verb that concludes it ("X signed a pact with Y", "X and Y signed"),
 * "between X and Y", a passive's agent ("signed by X and Y") or names compounded into it ("the
 * US-Finland agreement"). Its status comes from that verb (signed, planned, reported), its date
 * from the clause, its domain from its words. A definite reference ("the pact", "the document")
 * is the most recent agreement. Joining an alliance is a treaty with the alliance. One instance
 * codes one document (it keeps the agreements found so far).
 */
public final class AgreementExtractor {

    private static final Set<String> REFERENCE_NOUNS = Set.of("deal", "document", "initiative", "pact", "accord",
            "agreement", "declaration", "memorandum", "treaty", "arrangement", "protocol", "deals", "agreements",
            "understanding", "mou", "charter", "ceasefire", "truce", "armistice", "partnership");

    private static final boolean TRACE = Boolean.getBoolean("blocwatch.coder.trace");
    private final Vocabulary vocabulary;
    private final Syntax syntax;

    public AgreementExtractor(Vocabulary vocabulary, Syntax syntax) {
        this.vocabulary = vocabulary;
        this.syntax = syntax;
    }

    /** Result: the agreements, and for each sentence/token of a reference the agreement it means. */
    public record Result(List<Agreement> agreements, Map<Long, Agreement> references) {}

    Result extract(Document doc, List<Mention> mentions, List<List<Group>> groups) {
        docMentions = mentions;
        List<Agreement> out = new ArrayList<>();
        found = out;
        Map<Long, Agreement> refs = new java.util.HashMap<>();
        Map<String, String> forms = vocabulary.lexicon().forms();
        for (Sentence s : doc.sentences()) {
            List<Group> gs = groups.get(s.index());
            previous = s.index() > 0 ? groups.get(s.index() - 1) : List.of();
            String lastForm = null;
            for (int i = 0; i < s.size(); i++) {
                int len = formAt(s, i, forms);
                if (len == 0 && lastForm != null && s.token(i).lower().equals("one") && i + 1 < s.size()
                        && s.token(i + 1).lower().equals("with") && i > 0 && s.token(i - 1).isVerb()) {
                    // "has signed similar agreements with Australia and Britain, and is negotiating one with France"
                    Agreement a = build(doc, s, gs, i, i, lastForm);
                    if (a != null) {
                        out.add(a);
                    }
                    continue;
                }
                if (len == 0) {
                    List<Agreement> noun = accessionNoun(doc, s, gs, i);
                    if (!noun.isEmpty()) {
                        out.addAll(noun);
                        continue;
                    }
                    Agreement a = accession(doc, s, gs, i);
                    if (a == null) {
                        a = admission(doc, s, gs, i);
                    }
                    if (a != null) {
                        out.add(a);
                    }
                    continue;
                }
                int head = i + len - 1;
                if (insideOrganisationName(mentions, s.index(), head) || i > 0 && GENERIC.contains(s.token(i - 1).lower())) {
                    // ("no mandate to conclude such deals", "any agreement": a kind of pact, none in particular)
                    i = head; // "the Collective Security Treaty Organization": a name, not a treaty
                    continue;
                }
                String form = forms.get(String.join(" ", s.lowerWords(i, i + len)));
                lastForm = form;
                if (head + 1 < s.size() && ALLY_NOUNS.contains(s.token(head + 1).lower())) {
                    i = head; // "Manila's treaty ally since 1951": a kind of ally, no agreement named
                    continue;
                }
                Agreement a = build(doc, s, gs, i, head, form);
                if (TRACE) {
                    System.err.println("  [s" + s.index() + " t" + i + " " + s.token(head).text() + "] agreement " + form + " -> "
                            + (a == null ? "none" : a.parties + " " + a.status + " " + a.date + " news=" + a.news));
                }
                if (a == null) {
                    if (REFERENCE_NOUNS.contains(s.token(head).lower()) && i > 0) {
                        Agreement prior = latestOfForm(out, s.index(), i, form);
                        if (prior != null && named(s, i, head) && !sameName(doc, s, i, prior)) {
                            prior = null; // "The Simla Agreement" is not the Indus Waters Treaty named before
                        }
                        if (prior != null) {
                            refs.put(key(s.index(), head), prior);
                            Agreement partial = statusOnly(doc, s, gs, i, head);
                            if (partial != null && sameForm(prior, form)) {
                                if (Agreement.rank(partial.status) > Agreement.rank(prior.status)
                                        && !"planned".equals(partial.status)) {
                                    prior.status = partial.status;
                                } else if ("planned".equals(partial.status) && partial.signingVerb && prior.date == null) {
                                    prior.status = "planned"; // "the contract still has to be signed"
                                    prior.news = false;
                                }
                                if (prior.date == null && partial.date != null) {
                                    prior.date = partial.date;
                                }
                                prior.news |= partial.news && "signed".equals(partial.status);
                            }
                            if (!prior.sentences.contains(s.index())) {
                                prior.sentences.add(s.index());
                            }
                        }
                    }
                } else if (a.pivot != null || a.pairwise) {
                    List<Agreement> parts = a.pairwise ? pairs(a) : split(a);
                    refs.put(key(s.index(), head), parts.get(0));
                    out.addAll(parts);
                } else {
                    refs.put(key(s.index(), head), a);
                    out.add(a);
                }
                i = head;
            }
        }
        java.util.IdentityHashMap<Agreement, Agreement> canonical = new java.util.IdentityHashMap<>();
        List<Agreement> merged = merge(out, canonical);
        headlineWords(doc, merged, canonical);
        refs.replaceAll((k, a) -> canonical.getOrDefault(a, a));
        return new Result(merged, refs);
    }

    private static boolean insideOrganisationName(List<Mention> mentions, int sentence, int k) {
        for (Mention m : mentions) {
            if (m.sentence() == sentence && m.type() == Mention.Type.ORGANIZATION && m.first() <= k && k <= m.last()) {
                return true;
            }
        }
        return false;
    }

    /** "a bilateral security treaty": "bilateral" among the three words before the form. */
    private static boolean bilateral(Sentence s, int first) {
        for (int k = Math.max(0, first - 3); k < first; k++) {
            if (s.token(k).lower().equals("bilateral")) {
                return true;
            }
        }
        return false;
    }

    /** "for twelve diesel-electric submarines" within the clause after the form: weapons bought under it. */
    private boolean forArms(Sentence s, int head) {
        for (int k = head + 1; k < s.size() && k <= head + 8; k++) {
            if (Syntax.boundary(s.token(k)) || s.token(k).text().equals(",") || s.token(k).isVerb()) {
                return false;
            }
            if (s.token(k).lower().equals("for")) {
                for (int j = k + 1; j < s.size() && j <= k + 5; j++) {
                    String w = s.token(j).lower();
                    if (vocabulary.in("arms_nouns", w) || w.contains("-") && vocabulary.in("arms_nouns", w.substring(w.lastIndexOf('-') + 1))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static final Set<String> ALLY_NOUNS = Set.of("ally", "allies", "partner", "partners");
    private static final Set<String> GENERIC = Set.of("such", "any"); // ("similar agreements with A and B" are real ones)
    private static final Set<String> WITH = Set.of("with");
    /** What a host of a signing hosts: "a ceremony hosted by", "a summit hosted by". */
    private static final Set<String> HOSTED_EVENTS = Set.of("ceremony", "signing", "event", "summit", "meeting", "talks",
            "conference");
    private static final Set<String> AMONG = Set.of("between", "with", "among");
    private static final Set<String> STOP_PREPOSITIONS = Set.of("over", "about", "against", "from", "into", "after",
            "before", "despite", "amid", "because");
    private static final Set<String> TERMINATION = Set.of("end", "terminate", "cancel", "scrap", "revoke", "annul",
            "void", "nullify", "invalidate", "abrogate", "renounce", "repudiate", "suspend", "exit", "quit",
            "pull", "withdraw", "tear", "declare");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we");
    private List<Group> previous = List.of();

    private List<Group> previousGroups(List<Group> gs, Sentence s) {
        return previous;
    }

    static long key(int sentence, int token) {
        return ((long) sentence << 20) | token;
    }

    private static boolean sameForm(Agreement a, String form) {
        return form == null || a.form.equals(form) || form.equals("agreement");
    }

    private static Agreement latest(List<Agreement> as, int sentence, int token) {
        Agreement best = null;
        for (Agreement a : as) {
            if (a.lastSentence < sentence || (a.lastSentence == sentence && a.lastToken < token)) {
                if (best == null || a.lastSentence > best.lastSentence
                        || (a.lastSentence == best.lastSentence && a.lastToken > best.lastToken)) {
                    best = a;
                }
            }
        }
        return best;
    }

    /**
     * The latest agreement before a reference: of the reference's own form when it names one ("the
     * partnership", "the treaty" go back to the last declaration or treaty, past a deal named since),
     * else the latest of any form ("the deal", "the pact").
     */
    private static Agreement latestOfForm(List<Agreement> as, int sentence, int token, String form) {
        if (form != null && !form.equals("agreement")) {
            List<Agreement> same = as.stream().filter(a -> a.form.equals(form)).toList();
            Agreement a = latest(same, sentence, token);
            if (a != null) {
                return a;
            }
        }
        return latest(as, sentence, token);
    }

    private int formAt(Sentence s, int i, Map<String, String> forms) {
        for (int len = Math.min(vocabulary.lexicon().longestForm(), s.size() - i); len >= 1; len--) {
            String w = String.join(" ", s.lowerWords(i, i + len));
            if (forms.containsKey(w)) {
                Token last = s.token(i + len - 1);
                if (last.pos().equals("VERB") || last.pos().equals("AUX")) {
                    return 0;
                }
                if (i + len < s.size() && s.token(i + len).lower().equals("to") && len == 1
                        && s.token(i).lower().equals("plan")) {
                    return 0;
                }
                if (last.capitalised() && insideBodyName(s, i)) {
                    return 0; // "the Government of National Accord", "the Party of Democratic Action": a name
                }
                return len;
            }
        }
        return 0;
    }

    /** "joined in April", "joined last year", "joined ." : a joining verb with no object, only a time after it. */
    private static boolean elliptical(Sentence s, int i) {
        if (i + 1 >= s.size()) {
            return true;
        }
        String next = s.token(i + 1).lower();
        return next.equals(".") || next.equals(",") || next.equals("last") || next.equals("in") && i + 2 < s.size()
                && (s.token(i + 2).pos().equals("NUM") || MONTHS.indexOf(s.token(i + 2).lower()) >= 0);
    }

    /** Nouns that are a bid to join on their own in an item about joining ("Sweden's application"); not "request". */
    private static final Set<String> MEMBERSHIP_BIDS = Set.of("application", "applications", "bid", "bids", "candidacy");
    private static final Set<String> APPLICATION_NOUNS = Set.of("application", "applications", "bid", "bids", "request",
            "requests");

    /**
     * Joining an alliance is a treaty [member, alliance] (the conventions): "X joined NATO" or "X
     * became the alliance's 32nd member" is signed (a signing when it is news; a reference, listed
     * without date and without pairs, when it is background: "Finland joined NATO in April last
     * year"); "X's accession to NATO" that others ratify or block, and "X's application to join",
     * are planned. A reference to membership ("a member since April") is none.
     */
    private Agreement accession(Document doc, Sentence s, List<Group> gs, int i) {
        Token t = s.token(i);
        Agreement dragged = draggedInto(s, gs, i);
        if (dragged != null) {
            return dragged;
        }
        if (!(t.lower().startsWith("join") || t.lower().startsWith("accede")) || !t.isVerb()) {
            return null;
        }
        if (i > 0 && (s.token(i - 1).lower().equals("to") || s.token(i - 1).lower().equals("applied"))) {
            return null; // "applications to join NATO", "applied to join": planned, found from the noun
        }
        Group obj = syntax.object(s, gs, i, Set.of("to"), false);
        String org = obj == null || obj.mentions().get(0).type() != Mention.Type.ORGANIZATION ? null : obj.codes().get(0);
        if (org == null && obj == null && elliptical(s, i)
                && (doc.lowerText().contains("member") || doc.lowerText().contains("accession"))) {
            // "Finland joined in April last year", in an item about an alliance: it joined that alliance
            org = firstOrganization(doc);
        }
        if (org == null) {
            return null;
        }
        Group subj = syntax.subject(s, gs, i);
        if (subj == null || syntax.complement(s, i) || syntax.irrealis(s, subj.last() + 1, i)
                || syntax.negated(s, subj.last() + 1, i)) {
            return null;
        }
        TreeSet<String> parties = new TreeSet<>(subj.codes());
        parties.add(org);
        if (parties.size() < 2 || subj.mentions().stream().anyMatch(m -> m.type() == Mention.Type.ORGANIZATION)) {
            return null;
        }
        int before = Syntax.firstMention(subj) - 1;
        if (before >= 0 && vocabulary.verbIn("permission_verbs", s.token(before).lower())) {
            // "the parliament voted to let Sweden join NATO": a step towards accession, not the accession
            return new Agreement("treaty", "defense", parties, "planned", null, null, false, s.index(), i);
        }
        return joined(doc, s, i, parties);
    }

    /**
     * "the West had dragged Finland into NATO", "pulled Sweden into the alliance": a reference to the
     * accession (the conventions): the treaty [state, organisation], signed, without date or pairs.
     */
    private Agreement draggedInto(Sentence s, List<Group> gs, int i) {
        Token t = s.token(i);
        if (!t.isVerb() || !vocabulary.verbIn("drag_into_verbs", t.lower())) {
            return null;
        }
        Group state = syntax.groupStartingNear(s, gs, i + 1, 2);
        if (state == null || state.mentions().get(0).type() == Mention.Type.ORGANIZATION || state.last() + 2 >= s.size()
                || !s.token(state.last() + 1).lower().equals("into")) {
            return null;
        }
        String org = organizationNear(s, gs, state.last() + 2, Math.min(s.size() - 1, state.last() + 4));
        if (org == null) {
            return null;
        }
        TreeSet<String> parties = new TreeSet<>();
        state.mentions().stream().filter(m -> m.type() != Mention.Type.ORGANIZATION).forEach(m -> parties.add(m.code()));
        parties.add(org);
        return parties.size() < 2 ? null : new Agreement("treaty", "defense", parties, "signed", null, null, false, s.index(), i);
    }

    /**
     * A state's joining an organisation, at token {@code i}: a signed treaty, news with its date and
     * pairs; "Finland joined NATO in April last year" is listed, signed, without a date or pairs.
     */
    private Agreement joined(Document doc, Sentence s, int i, TreeSet<String> parties) {
        LocalDate date = dateNear(doc, s, i);
        boolean background = date != null ? date.isBefore(doc.published().minusDays(7)) : backgroundNear(doc, s, i);
        if (TRACE) {
            System.err.println("  [s" + s.index() + " t" + i + " " + s.token(i).text() + "] joined -> " + parties
                    + " background=" + background);
        }
        return new Agreement("treaty", "defense", parties, "signed", background ? null : date, null, !background,
                s.index(), i);
    }

    /**
     * Admission is joining seen from the organisation's side, and becoming a member is joining
     * (the conventions): "the bloc's leaders admitted Timor-Leste as ASEAN's 11th member", "X was
     * admitted to the alliance", "X became NATO's 31st member" or "a full member of the union". The
     * organisation comes from the sentence (the subject, or after "as", "to", "into", "of") or, for
     * "the bloc" or "the alliance", from the item's first organisation. Without a member noun or an
     * organisation right after the verb, "admit" is not an admission ("admitted refugees",
     * "admitted mistakes").
     */
    private Agreement admission(Document doc, Sentence s, List<Group> gs, int i) {
        Token t = s.token(i);
        String w = t.lower();
        boolean admit = w.equals("admit") || w.equals("admits") || w.equals("admitted") || w.equals("admitting");
        boolean become = w.equals("become") || w.equals("became") || w.equals("becomes") || w.equals("becoming");
        if (!(admit || become) || !(t.isVerb() || become && t.pos().equals("AUX"))) {
            return null;
        }
        int memberAt = -1;
        for (int k = i + 1; k < s.size() && k <= i + 8; k++) {
            Token x = s.token(k);
            if (x.lower().equals("member") || x.lower().equals("members")) {
                memberAt = k;
                break;
            }
            if (Syntax.boundary(x) || x.pos().equals("VERB") || x.pos().equals("SCONJ") || x.text().equals(",")) {
                break;
            }
        }
        String org = null;
        Group state;
        if (become) {
            if (memberAt < 0) {
                return null;
            }
            state = syntax.subject(s, gs, i);
            org = organizationNear(s, gs, i + 1, Math.min(s.size() - 1, memberAt + 4));
        } else {
            boolean passive = syntax.passive(s, i);
            state = passive ? syntax.subject(s, gs, i) : syntax.object(s, gs, i, Set.of(), false);
            if (state != null && state.mentions().get(0).type() == Mention.Type.ORGANIZATION) {
                return null;
            }
            int from = state == null ? i + 1 : Math.max(i + 1, state.last() + 1);
            for (int k = from; k < s.size() && k <= from + 2; k++) {
                String x = s.token(k).lower();
                if (x.equals("to") || x.equals("into")) {
                    org = organizationNear(s, gs, k + 1, Math.min(s.size() - 1, k + 4));
                    break;
                }
            }
            if (org == null && memberAt < 0) {
                return null;
            }
            if (org == null && memberAt > 0) {
                org = organizationNear(s, gs, from, Math.min(s.size() - 1, memberAt + 4));
            }
            if (org == null && !passive) {
                Group subj = syntax.subject(s, gs, i);
                if (subj != null && subj.mentions().get(0).type() == Mention.Type.ORGANIZATION) {
                    org = subj.codes().get(0);
                }
            }
        }
        if (org == null && memberAt > 0) {
            org = firstOrganization(doc); // "the bloc's leaders admitted X as a member", "became the alliance's 32nd member"
        }
        if (state == null || org == null || syntax.complement(s, i) || syntax.irrealis(s, state.last() + 1, i)
                || syntax.negated(s, state.last() + 1, i)) {
            return null;
        }
        TreeSet<String> parties = new TreeSet<>();
        state.mentions().stream().filter(m -> m.type() != Mention.Type.ORGANIZATION).forEach(m -> parties.add(m.code()));
        if (parties.isEmpty() || parties.contains(org)) {
            return null;
        }
        parties.add(org);
        return joined(doc, s, i, parties);
    }

    /** A commitment verb after {@code head} whose subject names two or more of the parties. */
    private boolean committedIn(Sentence s, List<Group> gs, int head, java.util.Set<String> parties) {
        Set<String> commit = vocabulary.list("commitment_verbs");
        for (int k = head + 1; k < s.size(); k++) {
            Token t = s.token(k);
            if (t.isVerb() && commit.contains(vocabulary.lexicon().lemma(t.lower()))) {
                Group subj = syntax.subject(s, gs, k);
                return subj != null && subj.codes().stream().filter(parties::contains).count() >= 2
                        && !syntax.negated(s, subj.last() + 1, k) && !syntax.irrealis(s, subj.last() + 1, k);
            }
        }
        return false;
    }

    /** The first organisation mentioned from token {@code a} to {@code b}, or null. */
    private static String organizationNear(Sentence s, List<Group> gs, int a, int b) {
        for (Group g : gs) {
            for (Mention m : g.mentions()) {
                if (m.first() >= a && m.first() <= b && m.type() == Mention.Type.ORGANIZATION) {
                    return m.code();
                }
            }
        }
        return null;
    }

    /**
     * "Sweden's accession to NATO", "Finland's and Sweden's applications to join NATO": planned, one
     * treaty per acceding state.
     */
    private List<Agreement> accessionNoun(Document doc, Sentence s, List<Group> gs, int i) {
        String w = s.token(i).lower();
        boolean accession = w.equals("accession") && !(i >= 2 && s.token(i - 1).lower().equals("of")
                && s.token(i - 2).lower().startsWith("instrument"));
        boolean possessed = i >= 2 && s.token(i - 1).lower().equals("'s") && s.token(i - 2).pos().equals("PROPN");
        boolean application = APPLICATION_NOUNS.contains(w) && (i + 2 < s.size() && s.token(i + 1).lower().equals("to")
                && s.token(i + 2).lower().startsWith("join")
                // "Sweden's application is still held up by Turkey": in an item about joining, the bid to join
                || possessed && MEMBERSHIP_BIDS.contains(w) && aboutMembership(doc) && firstOrganization(doc) != null);
        boolean applied = w.equals("applied") && i + 2 < s.size() && s.token(i + 1).lower().equals("to")
                && s.token(i + 2).lower().startsWith("join");
        if (!accession && !application && !applied) {
            return List.of();
        }
        TreeSet<String> states = new TreeSet<>();
        if (applied) {
            Group subj = syntax.subject(s, gs, i);
            if (subj != null) {
                subj.mentions().stream().filter(m -> m.type() != Mention.Type.ORGANIZATION).forEach(m -> states.add(m.code()));
            }
        } else {
            for (Group g : gs) {
                // the possessors right before the noun: "Sweden's accession", "Finland's and Sweden's applications"
                if (g.last() >= i - 2 && g.last() <= i && Syntax.firstMention(g) < i) {
                    g.mentions().stream().filter(m -> m.type() != Mention.Type.ORGANIZATION && m.last() < i)
                            .forEach(m -> states.add(m.code()));
                }
            }
        }
        String alliance = null;
        for (Group g : gs) {
            if (Syntax.firstMention(g) > i && Syntax.firstMention(g) <= i + 4
                    && g.mentions().get(0).type() == Mention.Type.ORGANIZATION) {
                alliance = g.mentions().get(0).code();
                break;
            }
        }
        if (alliance == null) {
            alliance = firstOrganization(doc);
        }
        List<Agreement> out = new ArrayList<>();
        for (String state : states) {
            if (alliance != null && !state.equals(alliance)) {
                out.add(new Agreement("treaty", "defense", new TreeSet<>(List.of(state, alliance)), "planned", null, null,
                        false, s.index(), i));
            }
        }
        return out;
    }

    private Agreement build(Document doc, Sentence s, List<Group> gs, int first, int head, String form) {
        Vocabulary.NamedAgreement known = null;
        if (s.token(head).lower().startsWith("partnership")) {
            return launchedPartnership(doc, s, gs, first, head);
        }
        TreeSet<String> parties = new TreeSet<>();
        // names compounded into the noun phrase: "the US-Finland defence agreement", "a Turkish-Somali pact"
        Group compound = null;
        for (Group g : gs) {
            if (g.last() >= first - 4 && g.last() <= head && Syntax.firstMention(g) < first) {
                boolean clean = true;
                for (int k = g.mentions().get(g.mentions().size() - 1).last() + 1; k < first; k++) {
                    String pos = s.token(k).pos();
                    String w = s.token(k).lower();
                    if (!vocabulary.lexicon().lemma(w).equals(w) || !vocabulary.lexicon().startingWith(w).isEmpty()) {
                        clean = false; // a verb between: "Belgrade condemns Tirana declaration"
                    }
                    if (!(pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM")
                            || s.token(k).text().equals("-") || s.token(k).text().equals("\u2013")
                            || s.token(k).text().startsWith("-") && s.token(k).text().length() > 2 // "U.S. -brokered"
                            || s.token(k).lower().equals("'s"))) {
                        clean = false;
                    }
                }
                if (clean) {
                    compound = g;
                }
            }
        }
        List<String> compoundMediators = List.of();
        if (compound != null) {
            int end = compound.mentions().get(compound.mentions().size() - 1).last();
            boolean brokered = false;
            for (int k = compound.first(); k < first; k++) {
                String w = s.token(k).lower();
                brokered |= w.endsWith("brokered") || w.endsWith("sponsored") || w.endsWith("mediated") || w.endsWith("backed")
                        || w.endsWith("drafted") || w.endsWith("proposed") && k > end;
            }
            if (brokered) {
                compoundMediators = compound.codes(); // "an EU-sponsored agreement", "the US-brokered deal": no party
            } else {
                parties.addAll(compound.codes());
            }
        }
        if (vocabulary.list("founding_treaties").stream().anyMatch(String.join(" ", s.lowerWords(Math.max(0, first - 3), head + 1))::contains)) {
            return null; // "the depositary of the North Atlantic Treaty": an organisation's founding treaty is no entry
        }
        // "between X and Y", "with Y" after the noun
        Group among = syntax.groupAfterWord(s, gs, head, 8, AMONG, 5, true);
        if (among == null) {
            among = countedAfterBetween(s, head); // "a memorandum between the two governments"
        }
        if (among != null) {
            parties.addAll(among.codes());
        }
        // a relative clause: "the memorandum Ethiopia had signed a day earlier with Somaliland"
        int relStart = head + 1;
        // past the rest of a title and its comma: "The Charter on Strategic Partnership, which ..."
        for (int k = head + 1; k < s.size() - 1 && k <= head + 6; k++) {
            Token t = s.token(k);
            if (t.text().equals(",") && (s.token(k + 1).lower().equals("which") || s.token(k + 1).lower().equals("that"))) {
                relStart = k + 1;
                break;
            }
            if (t.lower().equals("that") || t.lower().equals("which")) {
                relStart = k; // "the memorandum on maritime jurisdiction that Turkey signed"
                break;
            }
            if (!(t.capitalised() || Set.of("of", "on", "for", "the", "and").contains(t.lower())
                    || (t.pos().equals("NOUN") || t.pos().equals("ADJ")) && k > head + 1
                    && Set.of("of", "on", "for").contains(s.token(head + 1).lower()))) {
                break;
            }
        }
        if (relStart < s.size() && (s.token(relStart).lower().equals("that") || s.token(relStart).lower().equals("which"))) {
            relStart++;
        }
        Group rel = syntax.groupStartingNear(s, gs, relStart, 1);
        int relEnd = rel == null ? -1 : rel.last();
        if (rel == null && relStart + 2 < s.size()) {
            int skipDet = s.token(relStart).lower().equals("the") ? 1 : 0;
            int n = Syntax.countedPhrase(s, relStart + skipDet);
            if (n > 0) {
                rel = countedGroup(s, relStart + skipDet, n); // "the charter, which the two countries signed in 2009"
                relEnd = relStart + skipDet + 1;
            }
        }
        if (rel == null && relStart < s.size() && PRONOUNS.contains(s.token(relStart).lower())) {
            // "the memorandum he signed with Ethiopia", "the treaty it signed with the United States"
            rel = syntax.antecedent(s, gs, relStart, previousGroups(gs, s));
            relEnd = relStart;
        }
        Verb relVerb = null;
        if (rel != null) {
            // "that President Putin and North Korean leader Kim Jong Un signed": a name group right after joins
            for (Group g : gs) {
                boolean next = g.first() == relEnd + 1
                        || g.first() == relEnd + 2 && Set.of("and", "of").contains(s.token(relEnd + 1).lower());
                if (next && g != rel && g.first() > rel.first()) {
                    List<String> codes = new ArrayList<>(rel.codes());
                    g.codes().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
                    List<Mention> ms = new ArrayList<>(rel.mentions());
                    ms.addAll(g.mentions());
                    rel = new Group(rel.sentence(), rel.first(), g.last(), codes, ms);
                    relEnd = g.last();
                }
            }
            for (int k = relEnd + 1; k < s.size() && k <= relEnd + 3; k++) {
                String st = statusOf(s, k);
                if (st != null) {
                    Group with = syntax.groupAfterWord(s, gs, k, 8, WITH, 5, false);
                    relVerb = new Verb(k, st, rel, with, false);
                    break;
                }
                if (!(s.token(k).pos().equals("AUX") || s.token(k).pos().equals("ADV"))) {
                    break;
                }
            }
        }
        // the verb that concludes, plans or reports it
        Verb v = relVerb != null ? relVerb : governingVerb(s, gs, first, head);
        String status = v == null ? null : v.status;
        boolean ownParties = parties.size() >= 2;
        List<String> terminators = List.of();
        if (v != null && v.subject != null && v.subject.sentence() == s.index()
                && TERMINATION.contains(vocabulary.lexicon().lemma(s.token(v.index).lower()))
                && !syntax.negated(s, v.subject.last() + 1, v.index) && !syntax.irrealis(s, v.subject.last() + 1, v.index)
                && !syntax.complement(s, v.index)) {
            terminators = v.subject.codes(); // "Chad is ending its defence agreement with France"
        }
        if (v != null) {
            // a verb that reports on an agreement ("Somalia declared void the memorandum between
            // Ethiopia and Somaliland") makes its subject no party when the agreement names its own
            if (v.subject != null && !(ownParties && "reported".equals(v.status))) {
                parties.addAll(v.subject.codes());
            }
            if (v.with != null) {
                parties.addAll(v.with.codes());
            }
        }
        if (parties.size() < 2 && first > 1 && (s.token(first - 1).pos().equals("DET") || s.token(first - 1).pos().equals("ADJ"))) {
            // "Guyana and Venezuela pledged ... in a joint declaration": the clause's subject
            int k = first - 1;
            while (k > 0 && (s.token(k).pos().equals("DET") || s.token(k).pos().equals("ADJ") || s.token(k).pos().equals("NOUN"))) {
                k--;
            }
            String prep = s.token(k).lower();
            if (prep.equals("in") || prep.equals("under") || prep.equals("through") || prep.equals("via")
                    || prep.equals("with") && s.token(k + 1).pos().equals("DET")) {
                for (int j = k - 1; j >= 0 && j >= k - 25; j--) {
                    if (s.token(j).pos().equals("VERB")) {
                        Group subj = syntax.subject(s, gs, j);
                        // "Serbia bought the system under a contract signed with China": one subject and the
                        // partner named with the noun make the two parties
                        if (subj != null && (subj.codes().size() >= 2 || parties.size() == 1 && !parties.containsAll(subj.codes()))) {
                            parties.addAll(subj.codes());
                            break;
                        }
                        if (subj == null && j > 0 && s.token(j - 1).lower().equals("to")) {
                            subj = Syntax.mainSubject(s, gs, j); // "Egypt was the first Arab state to make peace with ..."
                        }
                        Group partner = subj == null || !parties.isEmpty() ? null : syntax.groupAfterWord(s, gs, j, 4, WITH, 3, true);
                        if (partner != null && partner.last() < k && java.util.Collections.disjoint(partner.codes(), subj.codes())) {
                            // "Egypt made peace with Israel in a treaty signed in Washington": the verb's subject and partner
                            parties.addAll(subj.codes());
                            parties.addAll(partner.codes());
                            break;
                        }
                    }
                }
            }
        }
        if (parties.size() == 1 || (parties.size() < 2 && v != null && v.with != null)) {
            // "its defence agreement with France": the possessor is the actor "its" refers to
            for (int k = first - 1; k >= 0 && k >= first - 4; k--) {
                String w = s.token(k).lower();
                if (w.equals("its") || w.equals("their")) {
                    Group before = null;
                    for (Group g : gs) {
                        if (g.last() < k && !(among != null && among.codes().containsAll(g.codes()))) {
                            before = g; // (not the partner itself: "... Russian gas when its contract with Moscow")
                        }
                    }
                    if (before != null) {
                        parties.addAll(before.codes());
                    }
                    break;
                }
            }
        }
        if (parties.size() == 1) {
            // "Greece signed a contract to buy jets from France", "a contract with Slovakia does exist, Vucic said"
            Group seller = null;
            for (int k = head + 1; k < s.size() && k <= head + 10; k++) {
                String w = s.token(k).lower();
                if (Syntax.boundary(s.token(k))) {
                    break;
                }
                if (w.equals("from") && k > head + 2) {
                    for (int j = head + 1; j < k; j++) {
                        String l = vocabulary.lexicon().lemma(s.token(j).lower());
                        if (l.equals("buy") || l.equals("purchase") || l.equals("acquire") || l.equals("import")
                                || l.equals("procure") || s.token(j).lower().startsWith("buy")
                                || s.token(j).lower().startsWith("purchas")) {
                            seller = syntax.groupStartingNear(s, gs, k + 1, 3);
                            break;
                        }
                    }
                    break;
                }
            }
            if (seller != null) {
                parties.addAll(seller.codes());
            } else if (v == null || v.subject == null) {
                Group speaker = null;
                for (Group g : gs) {
                    if (speaker == null && g.last() > head && !parties.containsAll(g.codes())) {
                        for (int k = head + 1; k < g.first(); k++) {
                            if (s.token(k).text().equals(",")) {
                                speaker = g; // a trailing attribution: "..., Serbian President Vucic said" (the first)
                            }
                        }
                    }
                }
                if (speaker != null && speaker.mentions().stream().anyMatch(Mention::isPerson)) {
                    parties.addAll(speaker.codes());
                }
            }
        }
        if (parties.size() > 1 && "treaty".equals(form) && s.lowerWords(first, head + 1).contains("accession")
                && parties.stream().noneMatch(p -> docMentions.stream().anyMatch(m -> m.code().equals(p)
                        && m.type() == Mention.Type.ORGANIZATION))) {
            // "handed Finland's instrument of accession to US Secretary of State Blinken", "Sweden can deposit
            // its instrument of accession with the US government": the depositary is no party; the acceding
            // state is the one before the noun, or the verb's subject
            String acceding = v != null && v.subject != null && v.subject.codes().size() == 1 ? v.subject.codes().get(0) : null;
            for (Group g : gs) {
                int end = g.mentions().get(g.mentions().size() - 1).last(); // "Sweden's accession protocol" is one group
                if (end < first && end >= first - 3) {
                    acceding = g.codes().get(0);
                }
            }
            if (acceding != null) {
                parties.clear();
                parties.add(acceding);
            }
        }
        if (parties.size() > 2 && "treaty".equals(form) && s.lowerWords(first, head + 1).contains("accession")) {
            // "Ukraine can deposit its instrument of accession with the US government, NATO said": the
            // alliance and the acceding state, not the depositary
            String alliance = null;
            String acceding = null;
            for (Group g : gs) {
                for (Mention m : g.mentions()) {
                    if (m.type() == Mention.Type.ORGANIZATION && parties.contains(m.code()) && alliance == null) {
                        alliance = m.code();
                    } else if (m.type() != Mention.Type.ORGANIZATION && m.last() < first && parties.contains(m.code())) {
                        acceding = m.code();
                    }
                }
            }
            if (alliance != null && acceding != null) {
                parties.clear();
                parties.add(alliance);
                parties.add(acceding);
            }
        }
        if (parties.size() == 1 && "treaty".equals(form) && s.lowerWords(first, head + 1).contains("accession")) {
            // "Sweden handed over its instrument of accession": the treaty is with the alliance the item names
            String alliance = firstOrganization(doc);
            if (alliance != null) {
                parties.add(alliance);
            }
        }
        if (parties.size() < 2 && named(s, first, head)) {
            // "the 1951 Mutual Defense Treaty": a known agreement's parties, when the item names them all
            known = knownAgreement(s, head);
            if (known != null && (parties.isEmpty() || known.parties().containsAll(parties))) {
                parties.addAll(known.parties());
            } else {
                known = null;
            }
        }
        if (parties.size() < 2 && (named(s, first, head) || bilateral(s, first) && !s.token(head).lower().endsWith("s"))) {
            // "the Enhanced Defense Cooperation Agreement, under which US troops rotate through Philippine bases",
            // "sent police to Honiara under a bilateral security treaty": a named or bilateral agreement whose
            // sentence names exactly two states is theirs
            TreeSet<String> states = new TreeSet<>();
            for (Group g : gs) {
                for (Mention m : g.mentions()) {
                    if (m.type() != Mention.Type.ORGANIZATION) {
                        states.add(m.code());
                    }
                }
            }
            if (states.size() == 2 && (parties.isEmpty() || states.containsAll(parties))) {
                parties.addAll(states);
            }
        }
        if (parties.size() < 2) {
            // "Algeria, bound to Spain by a 2002 treaty of friendship": the state the participle hangs on and
            // the one it is bound to
            TreeSet<String> bound = boundBy(s, gs, first);
            if (bound != null && (parties.isEmpty() || bound.containsAll(parties))) {
                parties.addAll(bound);
            }
        }
        if (parties.size() < 2 && v != null && v.without) {
            // "Qatar hosted the ministers of Sudan and Chad for talks, but the meeting ended without an
            // agreement": the agreement the talks aimed at is the talks' sides', not their host's
            TreeSet<String> sides = talkSides(s, gs, first);
            if (sides != null) {
                parties.addAll(sides);
            }
        }
        if (parties.size() < 2) {
            return null;
        }
        boolean plural = s.token(head).lower().endsWith("s") && !s.token(head).lower().endsWith("ss")
                && s.token(head).pos().equals("NOUN");
        if ("agreement".equals(form) && forArms(s, head)) {
            form = "contract"; // "its 2016 deal with France's Naval Group for twelve submarines": a purchase
        }
        boolean issued = false;
        if (status == null && "declaration".equals(form) && first > 0
                && (s.token(first - 1).lower().equals("a") || s.token(first - 1).lower().equals("an"))) {
            status = "signed"; // a joint declaration leaders adopt is signed the day it is issued
            issued = true;
        }
        if (status == null && "declaration".equals(form) && committedIn(s, gs, head, parties)) {
            // "In what the three sides called the Ankara Declaration, Abiy and Hassan Sheikh committed to ...":
            // the declaration its parties commit to in the sentence is issued then
            status = "signed";
            issued = true;
        }
        if (status == null) {
            status = precededBySigned(s, first) ? "signed" : talksAbout(s, first) ? "planned" : "reported";
        }
        if ("reported".equals(status) && "treaty".equals(form) && s.lowerWords(first, head + 1).contains("accession")) {
            status = "planned"; // a member ratifies a candidate's accession: the accession itself is still ahead
        }
        LocalDate date = v == null ? (issued ? date(doc, s) : null) : dateNear(doc, s, v.index);
        if (date != null && date.isAfter(doc.published())) {
            status = "planned";
            date = null;
        }
        if ("planned".equals(status)) {
            date = null;
        }
        boolean background = v != null && date == null ? backgroundNear(doc, s, v.index) || background(doc, s, null) && v.index < 3
                : background(doc, s, date);
        background |= date == null && earlierYearInName(doc, s, first, head); // "the 2015 nuclear accord that Iran concluded" 
        boolean news = "signed".equals(status) && (v != null && !v.pluperfect || issued) && !background
                && (date == null || !date.isBefore(doc.published().minusDays(7)))
                && !(plural && date == null) // "has signed similar agreements with A and B": a reference
                // a known agreement signed before the window is recalled, not signed again
                && !(known != null && known.signed() != null && known.signed().isBefore(doc.published().minusDays(7)));
        String place = "signed".equals(status) ? place(s, v == null ? head : Math.max(head, v.index)) : null;
        Agreement made = new Agreement(form, domain(s, first, head), parties, status, date,
                place, news, s.index(), head);
        if (!compoundMediators.isEmpty()) {
            compoundMediators.stream().filter(c -> !parties.contains(c)).forEach(made.mediators::add);
            made.mediationSentence = s.index();
        }
        if ("signed".equals(status)) {
            // "signed the accords on Tuesday, in a ceremony hosted by U.S. President Donald Trump": the host
            // of the signing mediates between the parties (the conventions: hosting is mediation)
            for (int k = head + 2; k + 1 < s.size() && k <= head + 16; k++) {
                if (s.token(k).lower().equals("hosted") && s.token(k + 1).lower().equals("by")
                        && s.lowerWords(Math.max(head + 1, k - 3), k).stream().anyMatch(HOSTED_EVENTS::contains)) {
                    Group host = syntax.agent(s, gs, k);
                    if (host != null) {
                        host.codes().stream().filter(c -> !parties.contains(c)).forEach(made.mediators::add);
                        made.mediationSentence = s.index();
                    }
                    break;
                }
            }
        }
        // "under a deal brokered by China": the mediator is no party, it mediates between the parties
        for (int k = head + 1; k < s.size() && k <= head + 9; k++) {
            String w = s.token(k).lower();
            if (Syntax.boundary(s.token(k)) || k > head + 3 && !(s.token(k - 1).text().equals(",")
                    && (w.equals("brokered") || w.equals("mediated") || w.equals("facilitated")))
                    && (s.token(k).isVerb() && !w.equals("end") && !w.equals("ending"))) {
                break; // "an agreement to end the fighting, brokered by the United States and France"
            }
            if (w.equals("brokered") || w.equals("mediated") || w.equals("facilitated")) {
                Group mediator = syntax.agent(s, gs, k);
                if (mediator != null) {
                    mediator.codes().stream().filter(c -> !parties.contains(c)).forEach(made.mediators::add);
                    made.mediationSentence = s.index();
                }
                break;
            }
        }
        if (plural && v != null && v.subject != null && v.subject.codes().size() == 1) {
            // "Japan has signed similar agreements with Australia and Britain": one agreement per partner
            Group partners = among != null ? among : v.with;
            if (partners != null && partners.codes().size() >= 2 && !partners.codes().contains(v.subject.codes().get(0))
                    && s.lowerWords(Math.min(head + 1, partners.first()), partners.first()).stream()
                            .noneMatch(w -> w.equals("between") || w.equals("among"))) {
                made.pivot = new TreeSet<>(List.of(v.subject.codes().get(0)));
            }
        }
        if (plural && v != null && v.subject != null && v.subject.codes().size() >= 2 && v.with != null
                && java.util.Collections.disjoint(v.subject.codes(), v.with.codes())) {
            // "The UAE and Bahrain signed agreements normalising relations with Israel", "Russia and Ukraine signed
            // separate agreements with Turkey and the UN": each subject with the partners, not with each other
            made.pivot = new TreeSet<>(v.with.codes());
        }
        if (plural && parties.size() >= 3 && made.pivot == null && head >= 1
                && s.lowerWords(Math.max(0, head - 2), head).contains("bilateral")) {
            // "Russia, Kazakhstan and Azerbaijan divided the seabed in bilateral deals": each pair signed its own
            made.pairwise = true;
        }
        if (!terminators.isEmpty() && !background(doc, s, null)) {
            made.terminators.addAll(terminators);
            made.terminationSentence = s.index();
        }
        return made;
    }

    /**
     * "The United States, Britain and Australia announced on Wednesday a new security partnership",
     * "Biden, Johnson and Morrison unveiled the partnership": a partnership its leaders launch is a
     * declaration signed that day (the conventions), its parties the launching verb's subject. Any
     * other partnership is a relationship, no entry (null; a later "the partnership" refers back).
     */
    private Agreement launchedPartnership(Document doc, Sentence s, List<Group> gs, int first, int head) {
        for (int k = first - 1; k >= 0 && k >= first - 8; k--) {
            Token t = s.token(k);
            if (Syntax.boundary(t)) {
                return null;
            }
            if (!t.isVerb()) {
                continue;
            }
            if (!vocabulary.verbIn("launch_verbs", t.lower())) {
                return null;
            }
            Group subj = syntax.subject(s, gs, k);
            if (subj == null || syntax.negated(s, subj.last() + 1, k) || syntax.irrealis(s, subj.last() + 1, k)
                    || syntax.complement(s, k)) {
                return null;
            }
            TreeSet<String> parties = new TreeSet<>(subj.codes());
            if (parties.size() < 2) {
                return null;
            }
            LocalDate date = dateNear(doc, s, k);
            boolean background = date != null ? date.isBefore(doc.published().minusDays(7)) : backgroundNear(doc, s, k);
            return new Agreement("declaration", domain(s, first, head), parties, "signed", background ? null : date,
                    null, !background, s.index(), head);
        }
        return null;
    }

    /** One agreement per partner of {@code a}'s pivot party, each otherwise like {@code a}. */
    private static List<Agreement> split(Agreement a) {
        List<Agreement> parts = new ArrayList<>();
        for (String partner : a.parties) {
            if (a.pivot.contains(partner)) {
                continue;
            }
            TreeSet<String> parties = new TreeSet<>(a.pivot);
            parties.add(partner);
            parts.add(withParties(a, parties));
        }
        return parts;
    }

    /** One agreement per pair of {@code a}'s parties, each otherwise like {@code a}. */
    private static List<Agreement> pairs(Agreement a) {
        List<Agreement> parts = new ArrayList<>();
        List<String> all = List.copyOf(a.parties);
        for (int x = 0; x < all.size(); x++) {
            for (int y = x + 1; y < all.size(); y++) {
                parts.add(withParties(a, new TreeSet<>(List.of(all.get(x), all.get(y)))));
            }
        }
        return parts;
    }

    private static Agreement withParties(Agreement a, TreeSet<String> parties) {
        Agreement part = new Agreement(a.form, a.domain, parties, a.status, a.date, a.place, a.news, a.lastSentence, a.lastToken);
        part.terminators.addAll(a.terminators);
        part.terminationSentence = a.terminationSentence;
        part.mediators.addAll(a.mediators);
        part.mediationSentence = a.mediationSentence;
        return part;
    }

    /** The day named in the clause of the verb at {@code k} ("signed on Tuesday in Tirana"), or null. */
    LocalDate dateNear(Document doc, Sentence s, int k) {
        // the verb's own clause first ("signed with Kim Jong Un in June"): a day there, or a month
        // without a day (no date), wins over a day named earlier in the sentence ("voted on Thursday")
        List<String> after = new ArrayList<>();
        for (int j = k; j < s.size() && j <= k + 16; j++) {
            Token t = s.token(j);
            if (j > k && Syntax.boundary(t)) {
                break;
            }
            if (!t.text().equals(",")) {
                after.add(t.lower());
            }
        }
        LocalDate own = DateResolver.resolve(after, doc.published());
        if (own != null) {
            return own;
        }
        for (String w : after) {
            if (MONTHS.contains(w) && !w.equals("may")) {
                return null;
            }
        }
        List<String> words = new ArrayList<>();
        for (int j = Math.max(0, k - 12); j < s.size() && j <= k + 10; j++) {
            Token t = s.token(j);
            if (j > k && Syntax.boundary(t)) {
                break;
            }
            if (!t.text().equals(",")) {
                words.add(t.lower());
            }
        }
        String joined = String.join(" ", words);
        if (joined.contains("new year 's day") || joined.contains("new year's day")) {
            LocalDate d = LocalDate.of(doc.published().getYear(), 1, 1);
            return d.isAfter(doc.published()) ? d.minusYears(1) : d;
        }
        return DateResolver.resolve(words, doc.published());
    }

    private List<Mention> docMentions = List.of();
    private List<Agreement> found = List.of();

    /**
     * What "the two countries" before token {@code i} stands for: the parties of the latest
     * agreement with that many parties, else the last {@code n} distinct actors named.
     */
    private static final Set<String> MEDIATION_PARTICIPLES = Set.of("brokered", "mediated", "facilitated");

    /** "by (officials of) the three countries" within the clause after the verb at {@code k}, resolved, or null. */
    private Group countedAgent(Sentence s, int k) {
        for (int j = k + 1; j < s.size() && j <= k + 8; j++) {
            if (Syntax.boundary(s.token(j)) || s.token(j).text().equals(",")) {
                return null;
            }
            if (s.token(j).lower().equals("by")) {
                for (int c = j + 1; c < s.size() && c <= j + 7; c++) {
                    int n = Syntax.countedPhrase(s, c);
                    if (n > 0) {
                        return countedGroup(s, c, n);
                    }
                    if (Syntax.boundary(s.token(c)) || s.token(c).text().equals(",") || s.token(c).isVerb()) {
                        return null;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * A subject group and the group right before it, as one: "Russian President Vladimir Putin and North
     * Korean leader Kim Jong Un" comes as [RUS, PRK] (up to "leader") and [PRK] (the name); in a
     * headline, also two names with only a comma between them.
     */
    private static Group withAdjacent(Sentence s, List<Group> gs, Group subj) {
        if (subj == null) {
            return null;
        }
        for (Group g : gs) {
            // in a headline a comma stands for "and": "Japan, Philippines sign reciprocal access pact"
            boolean headlineComma = s.headline() && g.last() + 2 == subj.first() && s.token(g.last() + 1).text().equals(",")
                    && (g.first() == 0 || !s.token(g.first() - 1).text().equals(","));
            if ((g.last() + 1 == subj.first() || headlineComma) && !g.codes().equals(subj.codes())) {
                return Group.union(g, subj);
            }
        }
        return subj;
    }

    /**
     * Signatories named around the subject: "Brazil, along with Argentina and Uruguay, signed" (the
     * subject before "along with" / "together with"), "France joined Germany and Italy in signing"
     * (the subject of "joined").
     */
    private Group withCompanions(Sentence s, List<Group> gs, Group subj, int verb) {
        if (subj == null && verb >= 2 && s.token(verb - 1).text().equals(",")) {
            for (Group g : gs) {
                if (g.last() == verb - 2) {
                    subj = g; // "Brazil, along with Argentina and Uruguay, signed": the phrase before the comma
                }
            }
            if (subj != null && !(subj.first() >= 2 && Set.of("with", "alongside").contains(s.token(subj.first() - 1).lower()))) {
                subj = null;
            }
        }
        if (subj == null) {
            return null;
        }
        Group extra = null;
        int a = subj.first();
        if (a >= 3 && Set.of("with", "alongside").contains(s.token(a - 1).lower())
                && (s.token(a - 2).lower().equals("along") || s.token(a - 2).lower().equals("together") || s.token(a - 1).lower().equals("alongside"))) {
            int before = s.token(a - 1).lower().equals("alongside") ? a - 2 : a - 3;
            if (before >= 0 && s.token(before).text().equals(",")) {
                before--;
            }
            for (Group g : gs) {
                if (g.last() == before) {
                    extra = g;
                }
            }
        }
        if (extra == null && a >= 2 && s.token(a - 1).lower().equals("and") && PRONOUNS.contains(s.token(a - 2).lower())) {
            // "as he and Guyanese President Irfaan Ali signed": the pronoun's antecedent, the nearest actor
            // before it in the sentence, else the previous sentence's first
            String pronoun = s.token(a - 2).lower();
            boolean person = pronoun.equals("he") || pronoun.equals("she");
            for (Group g : gs) {
                if (g.last() < a - 2 && (!person || g.mentions().stream().anyMatch(Mention::isPerson))
                        && !g.codes().equals(subj.codes())) {
                    extra = g; // ("he": the last person named; not the co-signer's own state)
                }
            }
            if (extra == null && !previous.isEmpty()) {
                extra = previous.get(0);
            }
        }
        if (extra == null) {
            // the subject itself before ", along with Argentina and Uruguay, signed"
            int b = subj.last() + 1;
            if (b < s.size() && s.token(b).text().equals(",")) {
                b++;
            }
            if (b + 1 < verb && (s.token(b).lower().equals("along") || s.token(b).lower().equals("together"))
                    && s.token(b + 1).lower().equals("with")) {
                for (Group g : gs) {
                    if (g.first() >= b + 2 && g.last() < verb && Syntax.firstMention(g) <= b + 3) {
                        extra = g;
                        break;
                    }
                }
            }
        }
        if (extra == null && verb >= 2 && s.token(verb).lower().endsWith("ing") && s.token(verb - 1).lower().equals("in")
                && subj.first() >= 1 && vocabulary.lexicon().lemma(s.token(subj.first() - 1).lower()).equals("join")) {
            extra = syntax.subject(s, gs, subj.first() - 1);
        }
        if (extra == null || extra.codes().equals(subj.codes())) {
            return subj;
        }
        return Group.union(extra, subj);
    }

    /** "X, bound to Y by a treaty", "X, tied to Y by a pact": X and Y, or null. */
    private TreeSet<String> boundBy(Sentence s, List<Group> gs, int first) {
        int by = -1;
        for (int k = first - 1; k >= 0 && k >= first - 4; k--) {
            if (s.token(k).lower().equals("by")) {
                by = k;
                break;
            }
        }
        if (by < 0) {
            return null;
        }
        for (int k = by - 1; k >= 1 && k >= by - 8; k--) {
            String w = s.token(k).lower();
            if (Set.of("bound", "tied", "linked").contains(w) && s.token(k + 1).lower().equals("to")) {
                Group to = syntax.groupStartingNear(s, gs, k + 2, 2);
                Group holder = null;
                for (Group g : gs) {
                    if (g.last() < k && (g.last() == k - 1 || g.last() == k - 2 && s.token(k - 1).text().equals(","))) {
                        holder = g;
                    }
                }
                if (holder == null && s.token(k - 1).pos().equals("AUX")) {
                    holder = syntax.subject(s, gs, k - 1); // "Belarus is bound to Russia by the 1999 treaty"
                }
                if (to != null && holder != null) {
                    TreeSet<String> both = new TreeSet<>(holder.codes());
                    both.addAll(to.codes());
                    return both.size() >= 2 ? both : null;
                }
                return null;
            }
        }
        return null;
    }

    /** "between the two countries" / "among the three states" within eight tokens after the form noun, resolved. */
    private Group countedAfterBetween(Sentence s, int head) {
        for (int j = head + 1; j + 1 < s.size() && j <= head + 8; j++) {
            if (Syntax.boundary(s.token(j))) {
                return null;
            }
            if (s.token(j).lower().equals("between") || s.token(j).lower().equals("among")) {
                int c = j + 1 < s.size() && s.token(j + 1).lower().equals("the") ? j + 2 : j + 1;
                int n = Syntax.countedPhrase(s, c);
                return n > 0 ? countedGroup(s, c, n) : null;
            }
        }
        return null;
    }

    private Group countedGroup(Sentence s, int i, int n) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Agreement a = found.get(k);
            if (a.parties.size() == n) {
                return new Group(s.index(), i, i, List.copyOf(a.parties), List.of());
            }
        }
        List<String> organizations = i + 1 < s.size() && STATE_NOUNS.contains(s.token(i + 1).lower())
                ? docMentions.stream().filter(m -> m.type() == Mention.Type.ORGANIZATION).map(Mention::code).distinct().toList()
                : List.of();
        return Syntax.lastDistinct(docMentions, s.index(), i, n, organizations);
    }

    /** "the three countries" counts states, not the organisations named before it. */
    private static final Set<String> STATE_NOUNS = Set.of("countries", "states", "nations", "governments", "neighbours",
            "neighbors");

    private static boolean aboutMembership(Document doc) {
        String lowerText = doc.lowerText();
        return lowerText.contains("join") || lowerText.contains("accession") || lowerText.contains("member");
    }

    private String firstOrganization(Document doc) {
        for (Mention m : docMentions) {
            if (m.type() == Mention.Type.ORGANIZATION) {
                return m.code();
            }
        }
        return null;
    }

    /** Only the status and date a definite reference adds ("the pact was signed on Monday"). */
    private Agreement statusOnly(Document doc, Sentence s, List<Group> gs, int first, int head) {
        Verb v = governingVerb(s, gs, first, head);
        if (v == null) {
            return null;
        }
        LocalDate date = dateNear(doc, s, v.index);
        boolean background = background(doc, s, date) || date == null && earlierYearNear(doc, s, v.index);
        boolean news = "signed".equals(v.status) && !v.pluperfect && !background
                && (date == null || !date.isBefore(doc.published().minusDays(7)));
        Agreement a = new Agreement("agreement", "other", new TreeSet<>(), v.status, date, null, news, s.index(), head);
        a.signingVerb = vocabulary.lexicon().signedVerbs().contains(vocabulary.lexicon().lemma(s.token(v.index).lower()));
        return a;
    }

    private record Verb(int index, String status, Group subject, Group with, boolean pluperfect, boolean without) {
        Verb(int index, String status, Group subject, Group with, boolean pluperfect) {
            this(index, status, subject, with, pluperfect, false);
        }
    }

    /**
     * The two sides of the talks a sentence reports before token {@code before}: the states it names
     * there, less the subject of a hosting or mediating verb; null unless exactly two remain.
     */
    private TreeSet<String> talkSides(Sentence s, List<Group> gs, int before) {
        java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
        Set<String> hosts = new java.util.HashSet<>();
        // the sides are named before the talks' noun: "hosted the ministers of Ethiopia and Somalia for talks
        // over Ethiopia's memorandum with Somaliland" (not the subject matter after it)
        int limit = before;
        for (int k = 0; k < before && k < s.size(); k++) {
            if (vocabulary.in("talk_nouns", s.token(k).lower())) {
                limit = k;
                break;
            }
        }
        for (Group g : gs) {
            if (g.last() >= limit) {
                break;
            }
            codes.addAll(g.codes());
        }
        for (int k = 0; k < before && k < s.size(); k++) {
            if (s.token(k).isVerb() && vocabulary.verbIn("mediation_verbs", s.token(k).lower())) {
                Group host = syntax.subject(s, gs, k);
                if (host != null) {
                    hosts.addAll(host.codes());
                }
            }
        }
        codes.removeAll(hosts);
        return codes.size() == 2 ? new TreeSet<>(codes) : null;
    }

    private Verb governingVerb(Sentence s, List<Group> gs, int first, int head) {
        // before the noun: "X signed a defence pact", "X and Y are negotiating a treaty"
        boolean without = false;
        for (int k = first - 1; k >= 0 && k >= first - 10; k--) {
            Token t = s.token(k);
            if (Syntax.boundary(t)) {
                break;
            }
            without |= t.lower().equals("without"); // "the talks ended without an agreement": none was reached
            String status = statusOf(s, k);
            if (status == null && without && t.pos().equals("VERB")) {
                status = "planned";
            }
            if (status == null && t.isVerb() && vocabulary.lexicon().lemma(t.lower()).equals("agree") && directObject(s, k, first)) {
                status = "signed"; // "the two countries' security chiefs agreed a ceasefire"
            }
            if (status != null) {
                if (without) {
                    status = "planned";
                }
                Group subj = syntax.subject(s, gs, k);
                if (subj == null) {
                    subj = pronounSubject(s, gs, k); // "It signed a framework agreement with Turkey in February"
                }
                if (subj == null) {
                    subj = controllerSubject(s, gs, k); // "X and Y are trying to negotiate a deal"
                }
                subj = withAdjacent(s, gs, subj);
                subj = withCompanions(s, gs, subj, k);
                if (subj == null && t.lower().endsWith("ing")) {
                    // "Somalia's president signs a law annulling the memorandum": the participle's doer is the
                    // main clause's subject
                    subj = Syntax.mainSubject(s, gs, k);
                }
                for (int j = Math.max(0, k - 6); j < k; j++) {
                    int n = Syntax.countedPhrase(s, j);
                    if (n > 0 && (subj == null || subj.last() < j)) {
                        // "after the three countries signed a memorandum": the counted phrase is the subject
                        Group counted = countedGroup(s, j, n);
                        if (counted != null) {
                            subj = counted;
                        }
                    }
                }
                Group with = syntax.groupAfterWord(s, gs, head, 6, WITH, 5, true);
                if (with == null) {
                    for (int j = k + 1; j < first; j++) {
                        if (s.token(j).lower().equals("with")) {
                            with = syntax.groupStartingNear(s, gs, j + 1, 5);
                        }
                    }
                }
                boolean irrealis = subj != null ? syntax.irrealis(s, subj.last() + 1, k) || syntax.negated(s, subj.last() + 1, k)
                        : syntax.irrealis(s, Math.max(0, k - 3), k);
                if (irrealis || syntax.complement(s, k) && !precededByAgreedTo(s, k)
                        || s.text().toLowerCase(java.util.Locale.ROOT).contains("in principle")) {
                    status = "signed".equals(status) ? "planned" : status;
                }
                return new Verb(k, status, subj, with, pluperfect(s, k), without);
            }
            boolean hyphenated = k > 0 && (s.token(k - 1).text().equals("-") || s.token(k - 1).text().endsWith("-")
                    || t.text().startsWith("-"));
            if (t.pos().equals("VERB") && !t.lower().equals("signed") && !hyphenated) {
                break; // (not "a US-brokered deal": a modifier of the noun)
            }
            if (t.pos().equals("ADP") && STOP_PREPOSITIONS.contains(t.lower())) {
                break; // "ending their dispute over Ethiopia's memorandum": the verb's object is the dispute
            }
        }
        // after the noun: "the memorandum was signed by X and Y", "the pact, signed on Monday"
        for (int k = head + 1; k < s.size() && k <= head + 8; k++) {
            Token t = s.token(k);
            if (Syntax.boundary(t)) {
                break;
            }
            if (MEDIATION_PARTICIPLES.contains(t.lower())) {
                continue; // "an agreement brokered by China and signed in Beijing by ...": look on to the signing
            }
            if (k > head + 5 && !(s.token(k - 1).lower().equals("and") && statusOf(s, k) != null)) {
                continue;
            }
            if (k == head + 2 && s.token(head + 1).lower().equals("to")) {
                break; // "an agreement to end the fighting": the agreement's purpose, not an act on it
            }
            String status = statusOf(s, k);
            if (status != null) {
                Group agent = syntax.agent(s, gs, k);
                if (agent == null) {
                    agent = countedAgent(s, k); // "signed in Beijing by senior officials of the three countries"
                }
                boolean irrealis = syntax.irrealis(s, head + 1, k) || syntax.negated(s, head + 1, k);
                if (irrealis && "signed".equals(status)) {
                    status = "planned";
                }
                // "under a contract signed with China in 2020": the partner after the participle
                Group with = k == head + 1 ? syntax.groupAfterWord(s, gs, k, 3, WITH, 4, true) : null;
                return new Verb(k, status, agent, with, pluperfect(s, k));
            }
            if (t.pos().equals("VERB")) {
                break;
            }
        }
        return null;
    }

    /**
     * The subject of the verb that governs an infinitive at {@code k}: the one who tries, hopes, wants or has yet to
     * sign is the one who would sign ("X and Y are trying to negotiate a trade deal", "X has yet to sign the
     * pact"). Null when {@code k} is no infinitive after a verb.
     */
    private Group controllerSubject(Sentence s, List<Group> gs, int k) {
        if (k < 2 || !s.token(k - 1).lower().equals("to")) {
            return null;
        }
        int c = k - 2;
        if (c > 0 && s.token(c).lower().equals("yet")) {
            c--; // "has yet to sign"
        }
        Token t = s.token(c);
        if (!(t.isVerb() || t.pos().equals("AUX"))) {
            return null;
        }
        Group subj = syntax.subject(s, gs, c);
        return subj != null ? subj : pronounSubject(s, gs, c);
    }

    /**
     * The actor a pronoun subject of the verb at {@code k} stands for, also through a coordination
     * ("It signed ... in February, and in August concluded ..."): the nearest actor before the
     * pronoun in the sentence, else the previous sentence's first. Null without such a pronoun.
     */
    private Group pronounSubject(Sentence s, List<Group> gs, int k) {
        for (int depth = 0; depth < 3; depth++) {
            int j = Syntax.skipTimePhrase(s, k - 1);
            while (j >= 0 && (s.token(j).pos().equals("ADV") || s.token(j).pos().equals("AUX")
                    || Syntax.AUX_WORDS.contains(s.token(j).lower()))) {
                j--;
            }
            if (j < 0) {
                return null;
            }
            String w = s.token(j).lower();
            if (w.equals("it") || w.equals("they") || w.equals("he") || w.equals("she")) {
                if (j > 0 && (s.token(j - 1).lower().equals("that") || s.token(j - 1).isVerb())) {
                    return null; // "said it had signed": reported speech, resolved by the reporting verb's subject
                }
                return syntax.antecedent(s, gs, j, previousGroups(gs, s));
            }
            if (j > 0 && s.token(j).text().equals(",")) {
                j = Syntax.skipTimePhrase(s, j - 1);
            }
            if (!(j > 0 && (s.token(j).lower().equals("and") || s.token(j).lower().equals("but")))) {
                return null;
            }
            int verb = -1;
            for (int q = j - 1; q >= 0 && q >= j - 20; q--) {
                if (Syntax.boundary(s.token(q))) {
                    break;
                }
                if (s.token(q).pos().equals("VERB")) {
                    verb = q;
                }
            }
            if (verb < 0) {
                return null;
            }
            Group first = syntax.subject(s, gs, verb);
            if (first != null) {
                return null; // the coordination's own subject is an actor: syntax.subject has it already
            }
            k = verb;
        }
        return null;
    }

    /** A capitalised form word inside the name of a government, party or movement ("Government of National Accord"). */
    private boolean insideBodyName(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            Token t = s.token(k);
            if (!(t.capitalised() || t.lower().equals("of") || t.lower().equals("for"))) {
                return false;
            }
            if (vocabulary.in("body_name_heads", t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** A proper name: "the Mutual Defense Treaty", "the Indus Waters Treaty" (two capitalised words or more). */
    /**
     * The one known agreement (lexicon/named_agreements.yaml) whose name is the capitalised phrase
     * ending at {@code head} and whose parties the item all names, or null.
     */
    private Vocabulary.NamedAgreement knownAgreement(Sentence s, int head) {
        Set<String> named = new java.util.HashSet<>();
        docMentions.forEach(m -> named.add(m.code()));
        Vocabulary.NamedAgreement chosen = null;
        String name = s.token(head).text();
        for (int k = head - 1; k >= 0 && k >= head - 8; k--) {
            Token t = s.token(k);
            boolean joiner = t.text().equals("-") || t.lower().equals("of") || t.lower().equals("and");
            if (!(t.capitalised() || joiner) || t.lower().equals("the")) {
                break;
            }
            name = t.text() + " " + name;
            for (Vocabulary.NamedAgreement a : vocabulary.namedAgreements(name.replace(" - ", "-"))) {
                if (named.containsAll(a.parties())) {
                    if (chosen != null && !chosen.parties().equals(a.parties())) {
                        return null; // two known agreements of that name fit the item
                    }
                    chosen = a;
                }
            }
        }
        return chosen;
    }

    private static boolean named(Sentence s, int first, int head) {
        int caps = 0;
        for (int k = head; k >= 1 && k >= first - 4; k--) {
            Token t = s.token(k);
            if (t.capitalised()) {
                caps++;
            } else if (k < first) {
                break;
            }
        }
        return caps >= 2 && !s.headline();
    }

    private String statusOf(Sentence s, int k) {
        Token t = s.token(k);
        if (!(t.isVerb() || (s.headline() && (t.pos().equals("NOUN") || t.pos().equals("PROPN"))))) {
            return null;
        }
        EventLexicon lx = vocabulary.lexicon();
        String lemma = lx.lemma(t.lower());
        for (int len = 5; len >= 1; len--) {
            if (k + len > s.size()) {
                continue;
            }
            List<String> w = new ArrayList<>(s.lowerWords(k, k + len));
            w.set(0, lemma);
            String phrase = String.join(" ", w);
            if (lx.signedVerbs().contains(phrase)) {
                return "signed";
            }
            if (lx.plannedVerbs().contains(phrase)) {
                return "planned";
            }
            if (lx.reportedVerbs().contains(phrase)) {
                return "reported";
            }
        }
        return null;
    }

    /** Only determiners, numbers, adjectives and nouns between the verb at {@code k} and the noun phrase at {@code first}. */
    private static boolean directObject(Sentence s, int k, int first) {
        int j0 = k + 1;
        // "agreed early on Sunday to an immediate ceasefire": a time phrase, then "to" or "on" and the noun
        while (j0 < first && (s.token(j0).pos().equals("ADV") || s.token(j0).lower().equals("on") && j0 + 1 < first
                && s.token(j0 + 1).pos().equals("PROPN") && Character.isUpperCase(s.token(j0 + 1).text().charAt(0))
                && s.token(j0 + 1).lower().endsWith("day"))) {
            j0 += s.token(j0).lower().equals("on") ? 2 : 1;
        }
        if (j0 < first && Set.of("to", "on", "upon").contains(s.token(j0).lower())) {
            j0++;
        }
        for (int j = j0; j < first; j++) {
            String pos = s.token(j).pos();
            if (!(pos.equals("DET") || pos.equals("NUM") || pos.equals("ADJ") || pos.equals("NOUN"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean precededByAgreedTo(Sentence s, int k) {
        return k >= 2 && s.token(k - 1).lower().equals("to") && s.token(k - 2).lower().startsWith("agree");
    }

    private boolean pluperfect(Sentence s, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            if (s.token(j).lower().equals("had")) {
                // "Biden announced that Israel and Lebanon had accepted an agreement": reported speech moves
                // the day's news back a tense; it is no earlier event
                return !reportedBefore(s, j);
            }
        }
        return false;
    }

    /**
     * A reporting verb in the clause before token {@code j}, with at least a subject or "that" between
     * them: "announced that ... had", "said Israel had".
     */
    private boolean reportedBefore(Sentence s, int j) {
        for (int q = j - 1; q >= 0 && q >= j - 12; q--) {
            Token t = s.token(q);
            if (Syntax.boundary(t)) {
                return false;
            }
            if (t.isVerb() && vocabulary.verbIn("reporting_verbs", t.lower())) {
                return q <= j - 2;
            }
        }
        return false;
    }

    private static boolean precededBySigned(Sentence s, int first) {
        return first > 0 && (s.token(first - 1).lower().equals("signed") || (first > 1 && s.token(first - 2).lower().equals("signed")));
    }

    private static boolean talksAbout(Sentence s, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 4; k--) {
            String w = s.token(k).lower();
            if (w.equals("talks") || w.equals("negotiations") || w.equals("proposed") || w.equals("draft")
                    || w.equals("future") || w.equals("possible") || w.equals("planned")) {
                return true;
            }
        }
        return false;
    }

    LocalDate date(Document doc, Sentence s) {
        List<String> words = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (!t.text().equals(",")) {
                words.add(t.lower());
            }
        }
        return DateResolver.resolve(words, doc.published());
    }

    /** {@link #background} for the clause around token {@code k} only ("..., a year before the country joined"). */
    boolean backgroundNear(Document doc, Sentence s, int k) {
        int a = Math.max(0, k - 8);
        int b = k + 1;
        while (b < s.size() && b <= k + 16 && !Syntax.boundary(s.token(b))) {
            b++;
        }
        if (b <= a) {
            return false;
        }
        if (background(doc, s.part(a, b), null)) {
            return true;
        }
        // "signed a declaration on the conduct of parties in the South China Sea in Phnom Penh in 2002":
        // the year that ends a long clause is still the clause's
        for (int j = b; j < s.size() && !Syntax.boundary(s.token(j)) && !s.token(j).text().equals(","); j++) {
            if (s.token(j - 1).lower().equals("in") && doc.earlierYear(s.token(j).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the capitalised words before the form noun at {@code head} appear where {@code prior} was named. */
    private static boolean sameName(Document doc, Sentence s, int head, Agreement prior) {
        List<String> name = new ArrayList<>();
        for (int k = head - 1; k >= 0 && s.token(k).capitalised() && !s.token(k).lower().equals("the"); k--) {
            name.add(s.token(k).text());
        }
        if (name.isEmpty()) {
            return true;
        }
        for (int si : prior.sentences) {
            String text = doc.sentences().get(si).text();
            if (name.stream().allMatch(text::contains)) {
                return true;
            }
        }
        return false;
    }

    /** A year before the item's in the clause of the verb at {@code k}: "signed after the 1971 war". */
    private static boolean earlierYearNear(Document doc, Sentence s, int k) {
        for (int j = Math.max(0, k - 3); j < s.size() && j <= k + 6; j++) {
            Token t = s.token(j);
            if (j > k && (Syntax.boundary(t) || t.text().equals(","))) {
                return false;
            }
            if (doc.earlierYear(t.text())) {
                return true;
            }
        }
        return false;
    }

    /** A year before the item's in the agreement's own noun phrase: "the 2015 nuclear accord", "the 1994 treaty". */
    private static boolean earlierYearInName(Document doc, Sentence s, int first, int head) {
        for (int k = head - 1; k >= 0 && k >= first - 4; k--) {
            String w = s.token(k).text();
            if (doc.earlierYear(w)) {
                return true;
            }
            if (Syntax.boundary(s.token(k)) || s.token(k).isVerb() || s.token(k).text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** Placed before the 7-day window: "last year", "in 2018", a day more than a week before. */
    boolean background(Document doc, Sentence s, LocalDate date) {
        if (date != null) {
            return date.isBefore(doc.published().minusDays(7));
        }
        String lower = s.text().toLowerCase(java.util.Locale.ROOT);
        // a month without a day ("in February") that ended more than a week before publication
        for (int k = 0; k < s.size(); k++) {
            int month = MONTHS.indexOf(s.token(k).lower()) + 1;
            if (month == 0 || (month == 5 && !(k > 0 && s.token(k - 1).lower().equals("in")))
                    || k > 0 && io.blocwatch.tagging.DateResolver.DEADLINE.contains(s.token(k - 1).lower())) {
                continue; // "withdraw by March": a deadline
            }
            boolean dayNear = (k + 1 < s.size() && s.token(k + 1).pos().equals("NUM") && s.token(k + 1).text().length() <= 2)
                    || (k > 0 && s.token(k - 1).pos().equals("NUM") && s.token(k - 1).text().length() <= 2);
            if (dayNear) {
                continue;
            }
            int year = doc.published().getYear();
            if (k + 1 < s.size() && s.token(k + 1).text().matches("(19|20)\\d\\d")) {
                year = Integer.parseInt(s.token(k + 1).text());
            } else if (month > doc.published().getMonthValue()) {
                year--;
            }
            LocalDate end = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
            if (end.isBefore(doc.published().minusDays(7))) {
                return true;
            }
        }
        for (String m : vocabulary.list("background_markers")) {
            int at = lower.indexOf(m);
            while (at >= 0 && sinceBefore(lower, at)) {
                at = lower.indexOf(m, at + 1);
            }
            if (at >= 0) {
                return true;
            }
        }
        for (java.util.regex.Pattern p : vocabulary.backgroundRegexes()) {
            java.util.regex.Matcher mm = p.matcher(s.text());
            while (mm.find()) {
                if (sinceBefore(lower, mm.start())) {
                    continue;
                }
                String digits = mm.group().replaceAll("\\D", "");
                if (digits.length() == 4 && Integer.parseInt(digits) >= doc.published().getYear()) {
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    /**
     * "closer to conflict than at any time since the Second World War", "the worst unrest since
     * 2022": a time after "since" measures a span up to now; it does not place the act in the past.
     */
    private static final java.util.regex.Pattern SINCE =
            java.util.regex.Pattern.compile("\\bsince (the |a |an )?([a-z-]+ )?$");

    private static boolean sinceBefore(String lower, int at) {
        String before = lower.substring(Math.max(0, at - 30), at);
        return SINCE.matcher(before).find();
    }

    private String domain(Sentence s, int first, int head) {
        Map<String, List<String>> domains = vocabulary.lexicon().domains();
        String[] order = {"defense", "energy", "economic"};
        // the agreement's own words first, then what follows it ("on defence cooperation"), then the sentence
        int[][] windows = {{Math.max(0, first - 4), head + 1}, {head + 1, Math.min(s.size(), head + 7)}, {0, s.size()}};
        for (int[] w : windows) {
            String text = " " + String.join(" ", s.lowerWords(w[0], w[1])) + " ";
            for (String d : order) {
                for (String kw : domains.getOrDefault(d, List.of())) {
                    if (text.contains(" " + kw + " ")) {
                        return d;
                    }
                }
            }
        }
        return "other";
    }

    private static String place(Sentence s, int from) {
        for (int k = from + 1; k < s.size() - 1 && k <= from + 12; k++) {
            if (s.token(k).lower().equals("in") && s.token(k + 1).capitalised() && s.token(k + 1).pos().equals("PROPN")
                    && !MentionFinderWords.CALENDAR.contains(s.token(k + 1).lower())) {
                StringBuilder b = new StringBuilder(s.token(k + 1).text());
                int j = k + 2;
                while (j < s.size() && s.token(j).capitalised() && s.token(j).pos().equals("PROPN")) {
                    b.append(' ').append(s.token(j).text());
                    j++;
                }
                return MentionFinder.foldName(b.toString());
            }
            if (Syntax.boundary(s.token(k))) {
                return null;
            }
        }
        return null;
    }

    /**
     * A headline's loose word for an agreement the body names precisely ("... scrapping of Somaliland
     * deal" over "its port memorandum with Somaliland") is that agreement: an "agreement" seen only in
     * the headline folds into the body's one of another form with the same parties.
     */
    private static void headlineWords(Document doc, List<Agreement> merged, Map<Agreement, Agreement> canonical) {
        if (doc.sentences().isEmpty() || !doc.sentences().get(0).headline()) {
            return;
        }
        for (java.util.Iterator<Agreement> it = merged.iterator(); it.hasNext(); ) {
            Agreement a = it.next();
            if (!"agreement".equals(a.form) || !a.sentences.equals(List.of(0))) {
                continue;
            }
            for (Agreement o : merged) {
                if (o != a && !o.form.equals(a.form) && o.parties.equals(a.parties)) {
                    o.absorb(a);
                    canonical.replaceAll((k, v) -> v == a ? o : v);
                    it.remove();
                    break;
                }
            }
        }
    }

    /** Mentions of one agreement become one: same form and parties (or parties a subset of another's). */
    private static List<Agreement> merge(List<Agreement> in, Map<Agreement, Agreement> canonical) {
        List<Agreement> out = new ArrayList<>();
        for (Agreement a : in) {
            Agreement same = null;
            for (Agreement o : out) {
                if (o.form.equals(a.form) && (o.parties.containsAll(a.parties) || a.parties.containsAll(o.parties))
                        && !(o.date != null && a.date != null && !o.date.equals(a.date))) {
                    same = o; // (two signings on different days are two agreements: a border treaty, then a tripoint one)
                    break;
                }
            }
            if (same == null) {
                out.add(a);
                canonical.put(a, a);
            } else {
                canonical.put(a, same);
                if (a.parties.size() > same.parties.size()) {
                    same.parties.addAll(a.parties);
                }
                same.absorb(a);
            }
        }
        return out;
    }
}
