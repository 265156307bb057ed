package io.blocwatch.tagging.coder;

import io.blocwatch.contracts.InteractionTag;
import io.blocwatch.tagging.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fifth stage: who did what to whom. One instance codes one document: it remembers the acts and
 * claims named so far, which later reactions refer to.
 * Each event pattern of the lexicon found in a sentence (a verb, a multi-word verb or an event noun) takes its source from the clause's subject (or a passive's
 * "by" agent, a possessive, a pronoun resolved to the last actor), its target from the object or
 * oblique (or the parties of the agreement it reacts to), and is dropped when negated, modal,
 * hypothetical, inside what someone denies or alleges, or placed before the 7-day news window.
 */
public final class InteractionExtractor {

    private static final Set<String> NOUN_TARGET_PREPS = Set.of("of", "on", "against", "to", "at", "with", "toward",
            "towards", "over", "into", "from", "for", "between", "among", "involving");
    private static final Set<String> VERB_TARGET_PREPS = Set.of("of", "by");

    private final Vocabulary vocabulary;
    private final Syntax syntax;
    private final AgreementExtractor agreements;
    private final boolean consult;
    private static final boolean TRACE = Boolean.getBoolean("blocwatch.coder.trace");

    private static void trace(Sentence s, int i, String what) {
        if (TRACE) {
            System.err.println("  [s" + s.index() + " t" + i + " " + s.token(i).text() + "] " + what);
        }
    }

    public InteractionExtractor(Vocabulary vocabulary, Syntax syntax, AgreementExtractor agreements, boolean consult) {
        this.vocabulary = vocabulary;
        this.syntax = syntax;
        this.agreements = agreements;
        this.consult = consult;
    }


    List<Interaction> extract(Document doc, List<Mention> mentions, List<List<Group>> groups,
            AgreementExtractor.Result ags) {
        List<Interaction> out = new ArrayList<>();
        Group lastSubject = null;
        itemMentions = mentions;
        for (Sentence s : doc.sentences()) {
            if (s.size() == 0) {
                continue; // a sentence the gate left untokenised has nothing to code
            }
            List<Group> gs = groups.get(s.index());
            LocalDate date = agreements.date(doc, s);
            boolean sentenceBackground = !s.headline() && agreements.background(doc, s, date) || habitual(s);
            mediation(s, gs, ags, mentions, out, sentenceBackground);
            if (!sentenceBackground) {
                harmClaims(s, gs, ags, out, lastSubject);
                modalDemands(s, gs, out);
                heldSupport(s, gs, out);
                deliveryArrived(s, gs, out);
                forcesArrived(s, gs, out);
            }
            if (!pendingSpeakers.isEmpty()) {
                lastSpeakerCodes = pendingSpeakers; // the speakers of the sentence before
                lastSpeakerSentence = s.index() - 1;
            }
            pendingSpeakers = s.headline() ? List.of() : speakers(s, gs);
            for (int i = 0; i < s.size(); i++) {
                EventLexicon.Pattern p = match(s, i);
                if (p == null) {
                    continue;
                }
                if (p.verb() && i >= 2 && s.token(i - 1).lower().equals("and") && s.token(i - 2).lower().equals("null")) {
                    continue; // "declared the deal null and void": the judgement of the verb before, not a verb
                }
                // a date places the whole sentence; a marker ("repeatedly", "last year") only its own clause:
                // "Kinshasa accused Rwandan troops of fighting, a charge Kigali has repeatedly denied"
                // (a recent date places nothing: "Beijing said this week that Manila had repeatedly
                // committed to ..., and urged": the marker is the earlier clause's)
                boolean background = sentenceBackground && (date != null && agreements.background(doc, s, date)
                        || backgroundClause(doc, s, i));
                int end = i + bestSpan - 1;
                EventLexicon.Event ev = p.event();
                if (!p.verb() && namesAnAgreement(s, end)) {
                    i = end;
                    continue; // "a defence and economic cooperation framework agreement": the name of a pact, no act
                }
                if (ev.consult() && !consult && p.verb() && ev.id().equals("consult-host") && end + 2 < s.size()
                        && s.token(end + 1).lower().equals("the") && vocabulary.in("talk_nouns", s.token(end + 2).lower())) {
                    // "Gonsalves, who hosted the meeting": hosting the talks of the item's pact is mediating them
                    ev = vocabulary.lexicon().event("mediate-talks");
                }
                if (ev.consult() && !consult) {
                    i = end;
                    continue;
                }
                trace(s, i, "pattern " + p.words() + " " + ev.id());
                if (ev.plover().equals("REQUEST") && p.verb() && demandFollows(s, end)) {
                    // "asked India to withdraw its troops": asking another to leave or stop is a demand
                    ev = vocabulary.lexicon().event("warn-demand");
                }
                if (!ev.blockedByObject().isEmpty() && EntryConditions.blocked(s, end, ev.blockedByObject())) {
                    continue;
                }
                if (p.verb() && !ev.needsAfter().isEmpty() && !EntryConditions.judgementAfter(s, end, ev.needsAfter())) {
                    continue;
                }
                if (ev.kind().equals("arms-transfer") && !EntryConditions.goodsNear(s, i, end, vocabulary.list("arms_nouns"))) {
                    EventLexicon.Event relief = ev.otherGoods() == null ? null : vocabulary.lexicon().event(ev.otherGoodsEvent());
                    if (p.verb() && relief != null && EntryConditions.goodsNear(s, i, end, vocabulary.list(ev.otherGoods()))) {
                        ev = relief; // "flew 40 tonnes of medical supplies to Sudan": aid
                    } else {
                        i = end;
                        continue;
                    }
                }
                Group source;
                Group target;
                boolean passive = p.verb() && syntax.passive(s, i);
                Group prompted = p.verb() && !passive ? promptedSubject(s, gs, i) : null;
                boolean sanctionAct = ev.plover().equals("SANCTION"); // (also when promised on a condition: a warning)
                if (passive && i > 1 && s.token(i - 1).lower().equals("still")
                        && PRESENT_BE.contains(s.token(i - 2).lower())) {
                    i = end; // "Sweden's application is still held up by Turkey": a lasting state, not the day's act
                    continue;
                }
                if (p.verb()) {
                    Group subj = syntax.subject(s, gs, i);
                    if (i > 2 && s.token(i - 2).lower().equals("whose") && s.token(i - 1).isNominal()) {
                        // "Turkey, whose parliament ratified it in January": the state before "whose"
                        int rel = i - 2;
                        for (Group g : gs) {
                            if (g.last() < rel && g.last() >= rel - 2) {
                                subj = g;
                            }
                        }
                    }
                    if (i > 1 && Set.of("that", "which", "who").contains(s.token(i - 1).lower())) {
                        // "several Russian drones that entered Polish airspace": the relative clause's subject is
                        // the noun phrase it hangs on
                        int rel = i - 1;
                        for (Group g : gs) {
                            if (g.last() < rel && g.last() >= rel - 3 && modifiersOnly(s, g.last() + 1, rel)) {
                                subj = g;
                            }
                        }
                    }
                    if (subj == null && i > 0 && s.token(i - 1).lower().equals("to")) {
                        // "Greece signed a contract to buy jets from France": the infinitive's subject is the main verb's
                        int main = firstVerbBefore(s, i - 1);
                        subj = main < i - 1 ? syntax.subject(s, gs, main) : null;
                    }
                    if (subj == null && i > 2 && s.token(i - 1).lower().equals("and") && s.token(i - 2).text().equals(",")
                            && reportingMainVerb(s, i)) {
                        // "Beijing said that Manila had broken its word, and urged the Philippines to ...": after
                        // the reported clause, ", and" goes back to the reporting clause's subject
                        subj = Syntax.mainSubject(s, gs, i);
                    }
                    if (subj == null && i > 1 && s.token(i - 1).lower().equals("and")) {
                        // "the alliance stood united with Poland and called the incursion reckless": the
                        // second verb of a coordination shares the first one's subject
                        for (int k = i - 2; k >= 0 && !Syntax.boundary(s.token(k)); k--) {
                            if (s.token(k).pos().equals("VERB") && !(k > 0 && s.token(k - 1).lower().equals("to"))) {
                                // (an infinitive is no coordinated verb: "condemned the decision to lift ... and urged")
                                subj = syntax.subject(s, gs, k);
                                if (subj == null) {
                                    subj = pronounSubject(s, gs, k, lastSubject);
                                }
                                if (subj != null || !(k > 0 && (s.token(k - 1).pos().equals("NOUN")
                                        || s.token(k - 1).pos().equals("DET")))) {
                                    break; // (a "verb" with no subject right after a noun may be the tagger's
                                    // misreading of a judgement: "called the decision disproportionate and declared")
                                }
                            }
                        }
                        if (subj == null && reportingMainVerb(s, i)) {
                            // "Hun Manet said the meeting had gone well and thanked Trump": the reported clause's
                            // verb has no actor, so "and" goes back to the reporting verb
                            subj = Syntax.mainSubject(s, gs, i);
                        }
                    }
                    if (subj == null && s.token(i).lower().endsWith("ing") && i > 0 && !s.token(i - 1).text().equals(",")) {
                        subj = doerOfModifiedObject(s, gs, i);
                    }
                    if (subj == null) {
                        subj = pronounSubject(s, gs, i, lastSubject);
                    }
                    if (i > 0 && s.token(i - 1).text().equals(",") && s.token(i).lower().endsWith("ing")) {
                        // a participle after the main clause shares its subject: "..., the government said, accusing
                        // Russia"; "The US imposed sanctions on X, Rwanda's minister, accusing him": not the apposition
                        int at = i;
                        Group main = Syntax.mainSubject(s, gs, i);
                        Group attributed = attributionBefore(s, gs, i - 1);
                        if (attributed != null) {
                            subj = attributed; // "..., Manila said, calling the action dangerous": the speaker's participle
                        } else if (main != null) {
                            subj = main;
                        } else if (subj == null) {
                            subj = gs.stream().filter(g -> g.last() < at).findFirst().orElse(null);
                        }
                    }
                    if (prompted != null) {
                        subj = prompted; // "..., prompting Tokyo to lodge a protest with Beijing": Tokyo protests
                    }
                    if (passive && ev.plover().equals("MOBILIZE") && syntax.agent(s, gs, end) == null) {
                        // "Serbian army units were deployed along the border with Kosovo"
                        source = subj;
                        target = subj == null ? null : postureTarget(s, gs, end, subj);
                    } else if (passive) {
                        source = syntax.agent(s, gs, end);
                        target = subj;
                    } else {
                        source = subj;
                        if (ev.symmetric() && s.headline() && subj != null) {
                            // "Thailand, Cambodia trade fire": in a headline a comma stands for "and"
                            for (Group g : gs) {
                                if (g.last() + 2 == subj.first() && s.token(g.last() + 1).text().equals(",")) {
                                    source = Group.union(g, subj);
                                }
                            }
                        }
                        boolean endsWithPrep = p.words().size() > 1
                                && s.token(end).pos().equals("ADP");
                        target = syntax.object(s, gs, end, VERB_TARGET_PREPS, endsWithPrep);
                        if (target == null && (ev.polarity().equals("conflictual") || ev.kind().equals("praise"))) {
                            target = authorOfActNamed(s, gs, end); // "condemned the strikes carried out by X"
                        }
                        if (p.verb() && !ev.needsAfter().isEmpty() && target != null && !objectRightAfter(s, end, target)) {
                            // "described it as a flagrant violation of Qatar's sovereignty": the judged is the
                            // direct object ("it", the act), not an actor inside the judgement
                            target = null;
                        }
                        if (target == null && subj != null && subj.sentence() == s.index() && subj.first() > 0) {
                            // "Ethiopia, which Cairo has accused of ...": the relative pronoun's antecedent
                            int k = subj.first() - 1;
                            if (s.token(k).lower().equals("which") || s.token(k).lower().equals("whom")) {
                                for (Group g : gs) {
                                    if (g.last() < k && g.last() >= k - 2) {
                                        target = g;
                                    }
                                }
                            }
                        }
                    }
                    if (!ev.needsSubject().isEmpty() && !subjectNamesOne(s, subj, i, end, passive, ev.needsSubject())) {
                        i = end; // "prices hit a record": only missiles, shells or forces hit in this sense
                        continue;
                    }
                    if (!ev.needsSubject().isEmpty() && source == null && !passive) {
                        // "Iranian missiles and drones hit": the weapons' owner just before the verb
                        for (Group g : gs) {
                            if (g.last() < i && g.first() >= i - 6) {
                                source = g;
                            }
                        }
                        if (source != null && target == null) {
                            target = struckPlace(s, gs, end, source);
                        }
                    }
                    int from = subj == null || subj.sentence() != s.index() ? Math.max(0, i - 4) : subj.last() + 1;
                    if (i > 0 && s.token(i - 1).text().equals(",") && s.token(i).lower().endsWith("ing")) {
                        // "'... and not repeat such acts,' the spokeswoman said, accusing China of ...": a participle
                        // after a comma opens its own clause; a negation before it is another clause's
                        from = i;
                    }
                    // a warning is conditional by nature: "said Pakistan would retaliate" warns (the conventions)
                    boolean conditionalWarning = ev.kind().equals("warn") && !ev.plover().equals("DEMAND");
                    // "Saudi Arabia and Syria agreed to resume relations": agreeing on a joint cooperative act
                    // is itself cooperation between the sides (not a plan of one of them)
                    boolean agreedJointly = ev.symmetric() && ev.polarity().equals("cooperative") && i > 1
                            && s.token(i - 1).lower().equals("to") && vocabulary.lexicon().lemma(s.token(i - 2).lower()).equals("agree");
                    // "condemned Washington's decision to lift restrictions on Cyprus": the decided act is the
                    // possessor's, taken
                    // (a decision to send or sell arms or aid is not yet their delivery)
                    Group decider = ev.kind().equals("arms-transfer") || ev.plover().equals("AID") ? null
                            : decisionOwner(s, gs, i);
                    if (decider != null && !passive) {
                        source = decider;
                        if (target == null || decider.codes().containsAll(target.codes())) {
                            target = syntax.object(s, gs, end, VERB_TARGET_PREPS, s.token(end).pos().equals("ADP"));
                        }
                    }
                    if (ev.polarity().equals("conflictual") && !conditionalWarning && !syntax.negated(s, from, i)
                            && !syntax.complement(s, i) && futureModalBefore(s, from, i)
                            && conditionAround(s, from, end)) {
                        // "the United States would impose a 5 percent tariff on all goods from Mexico unless ...": a
                        // conflictual act promised on a condition is a warning (the conventions: conditional threats warn)
                        ev = vocabulary.lexicon().event("warn-consequences");
                        conditionalWarning = true;
                    }
                    if (syntax.complement(s, i) && !agreedJointly && decider == null && prompted == null || syntax.negated(s, from, i)
                            || syntax.irrealisAct(s, from, i) && !conditionalWarning
                            || syntax.reportedContent(s, from, i)) {
                        trace(s, i, "dropped: complement " + syntax.complement(s, i) + " negated " + syntax.negated(s, from, i)
                                + " irrealis " + syntax.irrealisAct(s, from, i) + " content " + syntax.reportedContent(s, from, i));
                        i = end;
                        continue;
                    }
                } else {
                    String head = s.token(end).lower();
                    String det = i > 0 ? s.token(i - 1).lower() : "";
                    if ((det.equals("the") || det.equals("this") || det.equals("that")) && acts.containsKey(head)
                            && !lastActAuthors.isEmpty()) {
                        // "Brazil condemned the raid": a reference to the act coded before, not a new one
                        i = end;
                        continue;
                    }
                    source = agentAfterNoun(s, gs, end);
                    if (source == null) {
                        source = nominalSource(s, gs, i);
                    }
                    if (source != null && source.sentence() == s.index() && source.last() < i
                            && (syntax.irrealisAct(s, source.last() + 1, i) || syntax.negated(s, source.last() + 1, i))) {
                        // "Russia and Belarus are due to start their joint exercise": not yet an act
                        i = end;
                        continue;
                    }
                    target = ev.plover().equals("MOBILIZE") && source != null ? postureTarget(s, gs, end, source)
                            : nominalTarget(s, gs, end);
                    if (target == null && source != null && ev.plover().equals("ASSAULT")) {
                        target = struckPlace(s, gs, end, source);
                    }
                    Group from = ev.symmetric() ? null : fromGroupRightAfter(s, gs, end);
                    if (from != null) {
                        // "it drew sharp criticism from Belgrade": the source follows "from", the target is the subject
                        source = from;
                        int verb = firstVerbBefore(s, i);
                        int k = verb - 1;
                        while (k > 0 && (s.token(k).pos().equals("AUX") || s.token(k).pos().equals("ADV"))) {
                            k--;
                        }
                        Agreement drawnBy = k >= 0 && (s.token(k).lower().equals("it")
                                || ags.references().containsKey(AgreementExtractor.key(s.index(), k)))
                                ? agreementBefore(s, i, ags) : null;
                        if (drawnBy != null) {
                            // "the declaration ... has drawn sharp criticism from Belgrade": aimed at its parties
                            if (!background) {
                                for (String src : source.codes()) {
                                    for (String b : drawnBy.parties) {
                                        add(out, src, b, ev, s.index());
                                    }
                                }
                            }
                            i = end;
                            continue;
                        }
                        target = syntax.subject(s, gs, i);
                        if (target == null) {
                            target = pronounSubject(s, gs, firstVerbBefore(s, i), lastSubject);
                        }
                        if (target == null && !gs.isEmpty() && gs.get(0).last() < i && gs.get(0) != from) {
                            target = gs.get(0); // "Kurti said the bridge would open, despite criticism from Washington"
                        }
                        if (target == null) {
                            Agreement a = agreementBefore(s, i, ags);
                            if (a != null) {
                                for (String src : source.codes()) {
                                    for (String b : a.parties) {
                                        if (!background) {
                                            add(out, src, b, ev, s.index());
                                        }
                                    }
                                }
                                i = end;
                                continue;
                            }
                        }
                    }
                    if (source == null && s.token(i).pos().equals("ADJ")) {
                        // "he was concerned that ...", "Australia said it was worried about ...": the copula's subject
                        source = syntax.subject(s, gs, i);
                        if (source == null) {
                            source = pronounSubject(s, gs, i, lastSubject);
                        }
                    }
                    if (source == null) {
                        int light = lightVerbBefore(s, i);
                        Group subj = light >= 0 ? syntax.subject(s, gs, light) : null;
                        if (subj == null && light >= 0) {
                            subj = pronounSubject(s, gs, light, lastSubject);
                        }
                        if (subj != null && light >= 0) {
                            source = subj;
                            if (syntax.negated(s, subj.last() + 1, i) || syntax.irrealisAct(s, subj.last() + 1, i)) {
                                i = end;
                                continue;
                            }
                        }
                    }
                }
                if (!p.verb() && source == null && target != null && ev.symmetric() && ev.plover().equals("ASSAULT") && end + 1 < s.size()
                        && s.token(end + 1).lower().equals("with")) {
                    // "Twenty Indian soldiers were killed in a clash with Chinese troops": the clause's subject is
                    // the other side of a fight "with" someone
                    Group subj = Syntax.mainSubject(s, gs, i);
                    if (subj != null && subj.last() < i && java.util.Collections.disjoint(subj.codes(), target.codes())) {
                        source = subj;
                    }
                }
                int to = afterTimePhrase(s, end + 1);
                if (target == null && source != null && p.verb() && to + 1 < s.size() && s.token(to).lower().equals("to")
                        && s.token(to + 1).isVerb() && (ev.kind().equals("threaten") || ev.kind().equals("warn"))) {
                    // "threatened (on Sunday) to send troops into Kosovo": the threatened act's target
                    target = postureTarget(s, gs, to + 1, source);
                    if (target == null) {
                        target = syntax.object(s, gs, to + 1, Set.of("into", "against", "on", "at", "in", "of", "from"), false);
                    }
                }
                if (target == null && source != null && p.verb() && !passive && end > i + 1) {
                    // "declared Burundian diplomats persona non grata": the object inside the pattern's span
                    for (Group g : gs) {
                        if (g.first() > i && g.last() < end && !source.codes().containsAll(g.codes())) {
                            target = g;
                            break;
                        }
                    }
                }
                if (target == null && source != null && p.verb() && !passive && !ev.targetAfter().isEmpty()) {
                    // "withdrew its diplomatic staff from Argentina", "declared the advisers at Pakistan's High
                    // Commission persona non grata": the target follows one of the entry's words
                    target = syntax.groupAfterWord(s, gs, end, 10, ev.targetAfter(), 3, true);
                    if (target != null && source.codes().containsAll(target.codes())) {
                        target = null;
                    }
                }
                boolean handedOver = ev.kind().equals("arms-transfer") && (!p.verb() || ev.id().equals("arms-transfer-sale"))
                        || (ev.kind().equals("arms-transfer") || ev.plover().equals("AID")) && p.verb() && !ev.reverseFrom()
                        && !passive && !reportedBefore(s, i);
                if (target == null && source != null && handedOver) {
                    // "approved the possible sale of 40 F-16 fighter jets to Turkey", "a consignment of weapons
                    // for the Somali army": the recipient follows to/for after the goods
                    target = syntax.groupAfterWord(s, gs, end, 10, RECIPIENT, 3, true);
                    if (target != null && source.codes().containsAll(target.codes())) {
                        target = null;
                    }
                }
                if (target == null && source != null && p.verb() && !passive && ev.plover().equals("ASSAULT")) {
                    // "India struck nine sites in Pakistan", "fired missiles at camps in Syria": the state where it hit
                    target = struckPlace(s, gs, end, source);
                }
                if (source != null && ev.plover().equals("MOBILIZE") && !passive) {
                    target = postureTarget(s, gs, end, source);
                    if (target == null && s.token(end).pos().equals("ADP")) {
                        target = syntax.object(s, gs, end, VERB_TARGET_PREPS, true);
                    }
                }
                int opener = afterTimePhrase(s, end + 1); // "warned on Thursday that ..."
                if (target == null && source != null && CONTENT_KINDS.contains(ev.kind()) && opener < s.size()
                        && !vocabulary.in("denial_verbs", s.token(i).lower())
                        && (CONTENT_OPENERS.contains(s.token(opener).lower()) || CONTENT_OPENERS.contains(s.token(end).lower()))) {
                    // "warned that Russia would respond if allied forces were deployed in Finland": the
                    // warning's content names its target
                    int contentStart = CONTENT_OPENERS.contains(s.token(end).lower()) ? end : opener;
                    int contentEnd = contentStart + 1;
                    while (contentEnd < s.size() && !Syntax.boundary(s.token(contentEnd)) && !s.token(contentEnd).text().equals(",")) {
                        contentEnd++; // the content clause ends at its comma: ", remarks widely seen as aimed at Kinshasa"
                    }
                    for (Group g : gs) {
                        if (g.first() > contentStart && g.first() < contentEnd && !source.codes().containsAll(g.codes())) {
                            List<String> rest = new ArrayList<>(g.codes());
                            rest.removeAll(source.codes());
                            target = new Group(g.sentence(), g.first(), g.last(), rest, g.mentions());
                            break;
                        }
                    }
                }
                if (ev.reverseFrom() && source != null) {
                    Group from = fromGroup(s, gs, end);
                    if (from == null && s.token(end).lower().equals("from") && target != null) {
                        from = target; // "received humanitarian aid from Qatar": the pattern ends with its "from"
                    }
                    if (from != null) {
                        target = source;
                        source = from;
                    }
                }
                if (p.verb() && source != null && target != null && source.sentence() == s.index()
                        && target.codes().containsAll(source.codes())) {
                    // "The US said Serbia had massed troops ... and urged Belgrade to withdraw": a verb
                    // aimed at its own subject belongs to the reporting clause
                    Group reporter = reportingSubject(s, gs, i);
                    if (reporter != null) {
                        source = reporter;
                    }
                }
                if (p.verb() && target == null && reciprocalAfter(s, end)) {
                    // "each side accused the other", "Thailand and Cambodia accused each other": both ways
                    Group both = source != null && source.codes().size() >= 2 ? source
                            : Syntax.lastDistinct(mentions, s.index(), i, 2, List.of());
                    if (both != null && !background) {
                        for (String a : both.codes()) {
                            for (String b : both.codes()) {
                                add(out, a, b, ev, s.index());
                            }
                        }
                    }
                    i = end;
                    continue;
                }
                if (p.verb() && target == null && source != null && !ev.symmetric()
                        && !PATTERN_PREPOSITIONS.contains(p.words().get(p.words().size() - 1))) {
                    // "closed the Russian consulate", "shut Russia's embassy": the state named inside the
                    // pattern's own object, right before its noun, is the one the act is aimed at
                    for (Group g : gs) {
                        int named = g.mentions().get(g.mentions().size() - 1).last();
                        if (g.first() > i && (named == end - 1 || named == end - 2 && Syntax.isPossessive(s.token(end - 1)))
                                && !source.codes().containsAll(g.codes())) {
                            target = g;
                        }
                    }
                }
                if (target == null && source != null && !ev.symmetric()
                        && (ev.polarity().equals("conflictual") || ev.kind().equals("warn"))) {
                    // "a statement, clearly directed at Egypt, warning that ...", "... The remarks were aimed
                    // at Addis Ababa": the reporter names whom the act was meant for
                    Group aimed = aimedAt(s, gs);
                    if (aimed == null && s.index() + 1 < doc.sentences().size()) {
                        Sentence next = doc.sentences().get(s.index() + 1);
                        if (next.size() > 2 && vocabulary.in("act_reference_nouns", next.token(1).lower())
                                && next.token(0).lower().equals("the")) {
                            aimed = aimedAt(next, groups.get(next.index()));
                        }
                    }
                    if (aimed != null && !source.codes().containsAll(aimed.codes())) {
                        List<String> rest = new ArrayList<>(aimed.codes());
                        rest.removeAll(source.codes());
                        target = new Group(aimed.sentence(), aimed.first(), aimed.last(), rest, aimed.mentions());
                    }
                }
                if (target == null && source != null) {
                    int c = countedAfter(s, end);
                    if (c > 0) {
                        target = Syntax.lastDistinct(mentions, s.index(), i, c, source.codes());
                    }
                }
                if (p.verb() && target == null && source != null && !ev.symmetric() && end > i
                        && s.token(end).lower().equals("on") && afterTimePhrase(s, end) > end + 1) {
                    // "announced sanctions on Friday against U.S. House Speaker Nancy Pelosi": the pattern's "on"
                    // was the day's; the target follows the time phrase
                    int after = afterTimePhrase(s, end);
                    if (after < s.size() && (s.token(after).lower().equals("against") || s.token(after).lower().equals("on"))) {
                        Group g = syntax.object(s, gs, after, VERB_TARGET_PREPS, true);
                        if (g != null && java.util.Collections.disjoint(g.codes(), source.codes())) {
                            target = g;
                        }
                    }
                }
                if (p.verb() && target == null && source != null && !ev.symmetric() && end + 3 < s.size()
                        && s.token(end + 1).lower().equals("as")) {
                    // "dismissed as absurd Trump's suggestion", "condemned as illegal Ankara's decision": the judgement
                    // before the object
                    Set<String> judgements = vocabulary.lexicon().event("criticize-evaluative").needsAfter();
                    int k = end + 2;
                    while (k < s.size() && k <= end + 7 && (s.token(k).pos().equals("ADJ") || s.token(k).pos().equals("ADV")
                            || s.token(k).lower().equals("and") || s.token(k).text().equals(",") || Syntax.singleQuote(s.token(k))
                            || judgements.contains(s.token(k).lower()))) {
                        k++; // (the judgement may be quoted, and the tagger may call it a noun: "as 'baseless'")
                    }
                    if (k > end + 2 && k < s.size()) {
                        Group g = syntax.object(s, gs, k - 1, VERB_TARGET_PREPS, false);
                        if (g == null && k + 2 < s.size() && s.token(k).isNominal() && s.token(k + 1).lower().equals("by")) {
                            g = syntax.groupStartingNear(s, gs, k + 2, 3); // "accusations by Congolese President X"
                        }
                        if (g != null && (g.first() <= k + 1 || s.token(k + 1).lower().equals("by"))
                                && java.util.Collections.disjoint(g.codes(), source.codes())) {
                            target = g;
                        }
                    }
                }
                if (target == null && source != null && sanctionAct && PATTERN_PREPOSITIONS.contains(s.token(end).lower())) {
                    // "a 5 percent tariff on all goods from Mexico", "a ban on imports from Russia": the goods' origin
                    int k = end + 1;
                    while (k < s.size() && k <= end + 4 && (s.token(k).pos().equals("DET") || s.token(k).pos().equals("ADJ")
                            || s.token(k).pos().equals("NOUN") || s.token(k).pos().equals("NUM"))) {
                        k++;
                    }
                    if (k > end + 1 && k < s.size() && s.token(k).lower().equals("from")) {
                        Group origin = syntax.groupStartingNear(s, gs, k + 1, 2);
                        if (origin != null && java.util.Collections.disjoint(origin.codes(), source.codes())) {
                            target = origin;
                        }
                    }
                }
                if (p.verb() && target == null && source != null && !ev.symmetric()) {
                    // "condemned a resolution passed by the IAEA board", "welcomed the measures announced by Seoul":
                    // the object is another's act, and its author the one the reaction is aimed at
                    Group author = authorOfObject(s, gs, end);
                    if (author != null && java.util.Collections.disjoint(author.codes(), source.codes())) {
                        target = author;
                    }
                }
                if (p.verb() && target == null && source != null && !ev.symmetric() && actNounBefore(s, source)) {
                    // "Britain triggered the return of sanctions, a step Tehran condemned as illegal": the reaction
                    // is aimed at whoever took the step, the main clause's subject
                    Group author = Syntax.mainSubject(s, gs, source.first());
                    if (author != null && author.last() < source.first() && java.util.Collections.disjoint(author.codes(), source.codes())) {
                        target = author;
                    }
                }
                if (target != null && ev.plover().equals("RETREAT") && ev.polarity().equals("cooperative")
                        && !target.mentions().isEmpty()
                        && target.mentions().stream().allMatch(m -> m.type() == Mention.Type.ORGANIZATION)) {
                    // pulling troops back is a concession; leaving a bloc ("their withdrawal from ECOWAS") is a break
                    ev = vocabulary.lexicon().event("retreat-leave-organisation");
                }
                List<String> targets = new ArrayList<>();
                if (target != null) {
                    targets.addAll(target.codes());
                    if (p.verb() && (ev.kind().equals("praise") || ev.kind().equals("criticize"))) {
                        targets.addAll(eachFor(s, gs, target, source)); // "thanked A for X, B for Y and C for Z"
                    }
                } else {
                    Agreement a = agreementReferredTo(s, end, ags);
                    if (a == null && passive && source != null) {
                        // "A maritime agreement signed on Thursday by Egypt and Greece was declared null and void by
                        // Turkey": the passive's subject is the agreement, and the reaction is aimed at its parties
                        a = agreementBefore(s, i, ags);
                    }
                    if (a == null && end + 2 < s.size() && s.token(end + 1).lower().equals("the")
                            && (s.token(end + 2).lower().equals("signing") || s.token(end + 2).lower().equals("signature"))) {
                        a = topicAgreement(ags); // "welcomed the signing as a milestone": the item's signed pact
                    }
                    if (a != null) {
                        if (source == null || java.util.Collections.disjoint(a.parties, source.codes())
                                || !ev.polarity().equals("conflictual")) {
                            targets.addAll(a.parties); // (a party does not condemn its own pact: another one is meant)
                        }
                    } else if (ev.kind().equals("criticize") && (claimReferredTo(s, end) || claimBefore(s, source))) {
                        // rejecting or disputing a claim criticises the claimant: the last to accuse, or the
                        // last actor heard in the sentences just before ("Manila disputed that account")
                        targets.addAll(lastClaimants.isEmpty() || lastSpeakerSentence > lastClaimSentence
                                ? lastSpeakers(s, source) : lastClaimants);
                    } else if (ev.polarity().equals("conflictual") || ev.kind().equals("praise")) {
                        // a reaction to an act named earlier ("the strike was condemned by ...") targets its author;
                        // one to words ("called the remarks a veiled threat") targets their speaker
                        int from = passive ? Math.max(0, i - 6) : end + 1;
                        int until = passive ? i : end + 8;
                        List<String> authors = speechReferredTo(s, from, until) && lastSpeakerSentence > lastActSentence
                                ? lastSpeakers(s, source) : actReferredTo(s, from, until);
                        if (authors.isEmpty() && !passive && p.verb() && moveReferredTo(s, from, until)) {
                            authors = actorOfTheMove(s, gs, groups, source, i);
                        }
                        targets.addAll(authors);
                    }
                    if (targets.isEmpty() && source != null && (ev.kind().equals("criticize") || ev.kind().equals("warn"))
                            && onlyActorIs(gs, source)) {
                        // concern voiced with no one named, in an item whose news is an agreement: it is
                        // aimed at the agreement's parties ("Australia said it was concerned about any actions
                        // that would undermine the stability of the region")
                        Agreement topic = topicAgreement(ags);
                        if (topic != null && java.util.Collections.disjoint(topic.parties, source.codes())) {
                            targets.addAll(topic.parties);
                        }
                    }
                }
                if (targets.isEmpty() && source != null && ev.kind().equals("warn")
                        && (RESPONSE_WORDS.contains(p.words().get(0)) || lastActTargets.containsAll(source.codes()))
                        && !lastActAuthors.isEmpty() && s.index() - lastActSentence <= 2
                        && java.util.Collections.disjoint(lastActAuthors, source.codes())) {
                    // (and a warning with no one named from the state an act just hit: "Iran seized the British-flagged
                    // tanker, and Britain warned of serious consequences")
                    // "India fired missiles at ... Pakistan said it would retaliate": a vowed response is aimed at
                    // the author of the act it answers
                    targets.addAll(lastActAuthors);
                }
                if (targets.isEmpty() && source != null && ev.id().equals("assault-return-fire") && !lastActAuthors.isEmpty()
                        && lastActTargets.containsAll(source.codes()) && s.index() - lastActSentence <= 1
                        && java.util.Collections.disjoint(lastActAuthors, source.codes())) {
                    // "the island was shelled by North Korean artillery, and South Korean forces fired back": at
                    // the author of the fire they answer
                    targets.addAll(lastActAuthors);
                }
                if (targets.isEmpty() && source != null && ev.id().equals("mediate-talks") && end + 2 < s.size()
                        && s.token(end + 1).lower().equals("the")
                        && (vocabulary.in("talk_nouns", s.token(end + 2).lower()) || REFERENCE_TALKS.contains(s.token(end + 2).lower()))) {
                    // "Rubio, who had brokered the talks": the talks of the item's agreement, between its parties
                    Agreement topic = topicAgreement(ags);
                    if (topic != null && java.util.Collections.disjoint(topic.parties, source.codes())) {
                        targets.addAll(topic.parties);
                    }
                }
                if (targets.isEmpty() && source != null && ev.plover().equals("MOBILIZE")) {
                    // "Uganda has deployed special forces in South Sudan's capital at the request of President
                    // Kiir": forces sent into a state at its call are hosted, military-cooperation both ways
                    Group host = struckPlace(s, gs, end, source);
                    if (host != null && invited(s) && !background) {
                        for (String a : source.codes()) {
                            for (String b : host.codes()) {
                                if (!a.equals(b)) {
                                    out.add(new Interaction(a, b, "military-cooperation", "cooperative", "COOPERATE", s.index()));
                                    out.add(new Interaction(b, a, "military-cooperation", "cooperative", "COOPERATE", s.index()));
                                }
                            }
                        }
                        i = end;
                        continue;
                    }
                }
                if (!p.verb() && source != null && !ev.symmetric()) {
                    String noun = s.token(end).lower();
                    acts.put(noun, List.copyOf(source.codes()));
                    lastActAuthors = List.copyOf(source.codes());
                    lastActSentence = s.index();
                }
                if (p.verb() && source != null && !ev.symmetric() && !background && ev.plover().equals("CONCEDE")
                        && !targets.isEmpty()) {
                    // "ending most U.S. sanctions on Syria ... hailed the decision": a concession is an act too
                    lastActAuthors = List.copyOf(source.codes());
                    lastActSentence = s.index();
                }
                if (p.verb() && source != null && ev.polarity().equals("conflictual") && !ev.symmetric()
                        && (ev.kind().equals("threaten") || ev.kind().equals("other") || ev.kind().equals("protest") && !background)) {
                    lastActTargets = List.copyOf(targets);
                    lastActAuthors = List.copyOf(source.codes());
                    lastActSentence = s.index();
                    // "imposed sanctions on": the pattern's nouns name the act for later references ("the sanctions")
                    for (String w : p.words()) {
                        if (ACT_NOUNS.contains(w)) {
                            acts.put(w, List.copyOf(source.codes()));
                        }
                    }
                    // "Iran suspended its cooperation ... called the suspension unacceptable": the verb's own noun
                    String nominal = vocabulary.node("act_nominalizations").path(p.words().get(0)).asText("");
                    if (!nominal.isEmpty()) {
                        acts.put(nominal, List.copyOf(source.codes()));
                    }
                    if (ev.plover().equals("ASSAULT") || ev.plover().equals("COERCE")) {
                        // "police forced their way into the embassy" ... "Brazil condemned the raid"; an intrusion
                        // into airspace or waters is "the incursion", force is "the attack"
                        boolean intrusion = ev.id().endsWith("airspace");
                        for (String w : intrusion ? INTRUSION_NOUNS : FORCE_NOUNS) {
                            acts.put(w, List.copyOf(source.codes()));
                        }
                    }
                }
                if (source != null && (ev.kind().equals("accuse") || ev.kind().equals("criticize")
                        || ev.kind().equals("warn") || ev.kind().equals("threaten") && ev.plover().equals("THREATEN"))
                        && !vocabulary.in("denial_verbs", s.token(i).lower())) { // a denial makes no claim
                    // a claim is said: an act of force ("seizing their catch") makes no claimant
                    lastClaimants = List.copyOf(source.codes());
                    lastClaimSentence = s.index();
                }
                if (source != null) {
                    lastSubject = source;
                }
                trace(s, i, "source " + (source == null ? null : source.codes()) + " targets " + targets
                        + (background ? " BACKGROUND" : "") + (passive ? " passive" : ""));
                if (background) {
                    i = end;
                    continue;
                }
                if (source == null && ev.symmetric() && targets.size() >= 2) {
                    // "exercises between the Philippines and the United States, with a contingent from Australia"
                    if (ev.plover().equals("COOPERATE")) {
                        for (String c : contingents(s, gs)) {
                            if (!targets.contains(c)) {
                                targets.add(c);
                            }
                        }
                    }
                    for (String a : targets) {
                        for (String b : targets) {
                            add(out, a, b, ev, s.index());
                        }
                    }
                    i = end;
                    continue;
                }
                if (source == null) {
                    i = end;
                    continue;
                }
                if (ev.symmetric() && targets.isEmpty() && source.sentence() != s.index()) {
                    i = end; // "Its army is fighting Boko Haram": an earlier group's states are not the two sides
                    continue;
                }
                if (ev.symmetric()) {
                    Set<String> all = new LinkedHashSet<>(source.codes());
                    all.addAll(targets);
                    if (ev.plover().equals("COOPERATE") && ev.kind().equals("military-cooperation")) {
                        all.addAll(contingents(s, gs));
                    }
                    // "Israel established relations with the UAE and Bahrain": each partner with the subject, not the
                    // partners with each other (a joint activity, "exercises with Iran and Russia", joins them all)
                    boolean joint = ev.kind().equals("military-cooperation") || targets.size() < 2;
                    for (String a : all) {
                        for (String b : all) {
                            if (joint || source.codes().contains(a) || source.codes().contains(b)) {
                                add(out, a, b, ev, s.index());
                            }
                        }
                    }
                } else {
                    for (String a : source.codes()) {
                        for (String b : targets) {
                            add(out, a, b, ev, s.index());
                            if (ev.hostReciprocates() && isState(b)) {
                                add(out, b, a, ev, s.index()); // the host of the forces
                            }
                        }
                    }
                    boolean fightEachOther = false;
                    for (Interaction x : out) {
                        fightEachOther |= x.sentence() == s.index() && x.polarity().equals("conflictual")
                                && source.codes().contains(x.source()) && source.codes().contains(x.target());
                    }
                    if (ev.plover().equals("ASSAULT") && source.codes().size() >= 2 && !passive && !sentenceBackground
                            && !fightEachOther) { // ("Afghan and Iranian forces clashed, killing two guards": foes)
                        // "strikes carried out by the United States and Britain": a joint operation is military
                        // cooperation between those who conduct it, as a joint exercise is
                        EventLexicon.Event joint = vocabulary.lexicon().event("military-cooperation-joint");
                        for (String a : source.codes()) {
                            for (String b : source.codes()) {
                                if (isState(a) && isState(b)) {
                                    add(out, a, b, joint, s.index());
                                }
                            }
                        }
                    }
                }
                i = end;
            }
        }
        return out;
    }

    /**
     * Whether the doer of the verb at {@code i} is named by one of {@code words}: in the subject's
     * phrase up to the verb ("Iranian missiles and drones hit"), or after "by" in a passive ("was
     * hit by Russian shells").
     */
    private static boolean subjectNamesOne(Sentence s, Group subj, int i, int end, boolean passive, Set<String> words) {
        int a;
        int b;
        if (passive) {
            a = end + 1;
            b = Math.min(s.size(), end + 8);
        } else {
            a = subj != null && subj.sentence() == s.index() && subj.first() < i ? subj.first() : Math.max(0, i - 5);
            b = i;
        }
        for (int k = a; k < b; k++) {
            if (words.contains(s.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the item names {@code code} as a state (by name, people, seat or region), not as an organisation. */
    private boolean isState(String code) {
        return itemMentions.stream().anyMatch(m -> m.code().equals(code) && (m.type() == Mention.Type.COUNTRY
                || m.type() == Mention.Type.DEMONYM || m.type() == Mention.Type.SEAT || m.type() == Mention.Type.SUBNATIONAL));
    }

    private static final Set<String> CONTENT_OPENERS = Set.of("that", ":", "why", "whether", "how");
    private static final Set<String> AUXILIARIES = Set.of("had", "has", "have", "was", "were", "been", "is", "are");
    private static final Set<String> CONTENT_KINDS = Set.of("warn", "threaten", "criticize", "accuse", "praise", "support");
    private List<String> lastClaimants = List.of();
    private static final Set<String> CLAIM_NOUNS = Set.of("accusation", "accusations", "claim", "claims", "allegation",
            "allegations", "charge", "charges", "account", "assertion", "assertions", "report", "reports", "version");

    private static boolean claimReferredTo(Sentence s, int end) {
        for (int k = end + 1; k < s.size() && k <= end + 3; k++) {
            if (CLAIM_NOUNS.contains(s.token(k).lower())) {
                return true;
            }
            if (!(s.token(k).pos().equals("DET") || s.token(k).pos().equals("ADJ"))
                    || s.token(k).lower().equals("same") || s.token(k).lower().equals("similar")) {
                return false; // "has rejected the same accusations": whose they are is not said
            }
        }
        return false;
    }

    private static final Set<String> AUTHORED = Set.of("passed", "adopted", "issued", "taken", "imposed", "made", "announced",
            "approved", "introduced", "proposed", "published", "drafted", "tabled", "submitted", "enacted", "brought", "filed", "lodged", "launched");

    /** "a resolution passed by X": the agent of a participle that qualifies the object right after {@code end}. */
    private Group authorOfObject(Sentence s, List<Group> gs, int end) {
        int k = end + 1;
        if (k < s.size() && s.token(k).pos().equals("DET")) {
            k++;
        }
        int nouns = 0;
        while (k < s.size() && nouns < 4 && (s.token(k).pos().equals("ADJ") || s.token(k).pos().equals("NOUN"))) {
            k++;
            nouns++;
        }
        if (nouns == 0 || k + 1 >= s.size() || !AUTHORED.contains(s.token(k).lower()) || !s.token(k + 1).lower().equals("by")) {
            return null;
        }
        for (Group g : gs) {
            if (g.first() > end && g.first() <= k) {
                return null; // a state named in the object itself: "condemned Israel's plan approved by ..."
            }
        }
        return syntax.agent(s, gs, k);
    }

    /** "would", "will" or "could" right before the verb (past an adverb): "would impose", "will soon impose". */
    private static boolean futureModalBefore(Sentence s, int from, int i) {
        for (int k = i - 1; k >= Math.max(from, i - 3); k--) {
            String w = s.token(k).lower();
            if (w.equals("would") || w.equals("will") || w.equals("could") || w.equals("'ll")) {
                return true;
            }
            if (!s.token(k).pos().equals("ADV")) {
                return false;
            }
        }
        return false;
    }

    /** A condition ("unless", "if") in the act's clause, after it or opening the sentence. */
    private static boolean conditionAround(Sentence s, int from, int end) {
        for (int k = end + 1; k < s.size() && k <= end + 25; k++) {
            if (Syntax.boundary(s.token(k))) {
                break;
            }
            String w = s.token(k).lower();
            if (w.equals("unless") || w.equals("if")) {
                return true;
            }
        }
        for (int k = Math.max(0, from - 1); k >= 0 && k >= from - 20; k--) {
            String w = s.token(k).lower();
            if ((w.equals("if") || w.equals("unless")) && (k == 0 || s.token(k - 1).text().equals(",")
                    || s.token(k - 1).lower().equals("that") || s.token(k - 1).isVerb())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> STEP_NOUNS = Set.of("step", "move", "decision", "measure", "action", "act", "gesture");

    /** "..., a step Tehran condemned", "..., a move that Beijing welcomed": an act noun after a comma opens the source's clause. */
    private static boolean actNounBefore(Sentence s, Group source) {
        if (source.sentence() != s.index() || source.first() < 3) {
            return false;
        }
        int k = source.first() - 1;
        if (s.token(k).lower().equals("that") || s.token(k).lower().equals("which")) {
            k--;
        }
        int j = k;
        while (j > 0 && s.token(j - 1).pos().equals("ADJ")) {
            j--; // "a rare step", "a long-awaited move"
        }
        if (k < 2 || j < 2 || !Set.of("a", "an", "the").contains(s.token(j - 1).lower())) {
            return false;
        }
        String noun = s.token(k).lower();
        // "..., a step Tehran condemned"; "... in an attack that Doha denounced as cowardly"
        return STEP_NOUNS.contains(noun) && s.token(j - 2).text().equals(",")
                || FORCE_NOUNS.contains(noun) && (s.token(j - 2).text().equals(",") || s.token(j - 2).lower().equals("in"));
    }

    /** "..., a charge Kigali rejected as baseless": the claim is the object of the relative clause the source opens. */
    private static boolean claimBefore(Sentence s, Group source) {
        if (source == null || source.sentence() != s.index() || source.first() < 1) {
            return false;
        }
        int k = source.first() - 1;
        if (k > 0 && (s.token(k).lower().equals("that") || s.token(k).lower().equals("which"))) {
            k--;
        }
        return CLAIM_NOUNS.contains(s.token(k).lower()) && k > 0 && (s.token(k - 1).lower().equals("a")
                || s.token(k - 1).lower().equals("an") || s.token(k - 1).lower().equals("the"));
    }

    private int lastClaimSentence = -10;
    /** The actors last heard (the subjects of reporting verbs) and where, for "the remarks", "that account". */
    private List<String> lastSpeakerCodes = List.of();
    private int lastSpeakerSentence = -10;
    private List<String> pendingSpeakers = List.of();
    private static final Set<String> SPEECH_NOUNS = Set.of("remarks", "remark", "comments", "comment", "statement",
            "statements", "words", "speech", "account", "assertion", "assertions", "claim", "claims", "version");

    /**
     * The actors that speak in {@code s} (the subject of a reporting verb: "China's ambassador told a
     * forum that ...", "..., the ministry said"); remembered for the next two sentences.
     */
    private List<String> speakers(Sentence s, List<Group> gs) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < s.size(); k++) {
            Token t = s.token(k);
            if (!reportingVerb(t)) {
                continue;
            }
            Group g = syntax.subject(s, gs, k);
            if (g == null && k > 1 && (s.token(k - 1).lower().equals("but") || s.token(k - 1).lower().equals("and"))) {
                g = Syntax.mainSubject(s, gs, k); // "confirmed the arrangement, but said ..."
            }
            if (g != null) {
                g.codes().stream().filter(c -> !out.contains(c)).forEach(out::add);
            }
        }
        return List.copyOf(out);
    }

    /**
     * "prompting Tokyo to lodge a protest", "forced Manila to recall its envoy": after a verb of result
     * (context.yaml {@code result_verbs}) the infinitive's act took place, and its doer is the object.
     */
    private Group promptedSubject(Sentence s, List<Group> gs, int i) {
        if (i < 3 || !s.token(i - 1).lower().equals("to")) {
            return null;
        }
        for (Group g : gs) {
            if (g.last() == i - 2 && g.first() > 0) {
                Token v = s.token(g.first() - 1);
                if (v.isVerb() && vocabulary.verbIn("result_verbs", v.lower())) {
                    return g;
                }
            }
        }
        return null;
    }

    /** A verb that reports speech: "said", "told", or one of context.yaml reporting_verbs. */
    private boolean reportingVerb(Token t) {
        return t.isVerb() && (SAID.contains(t.lower()) || vocabulary.verbIn("reporting_verbs", t.lower()));
    }

    /** The last speakers of the two sentences before {@code s}, other than {@code source}. */
    private List<String> lastSpeakers(Sentence s, Group source) {
        if (lastSpeakerSentence < s.index() - 2 || lastSpeakerSentence >= s.index()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(lastSpeakerCodes);
        if (source != null) {
            out.removeAll(source.codes());
        }
        return out;
    }

    /** A definite noun phrase for words said in [a, b): "the remarks", "that account", "his comments". */
    private static boolean speechReferredTo(Sentence s, int a, int b) {
        for (int k = Math.max(1, a); k < Math.min(b, s.size()); k++) {
            String d = s.token(k - 1).lower();
            if (SPEECH_NOUNS.contains(s.token(k).lower()) && (d.equals("the") || d.equals("that") || d.equals("this")
                    || d.equals("these") || d.equals("those") || d.equals("his") || d.equals("her") || d.equals("their"))) {
                return true;
            }
        }
        return false;
    }

    private final Map<String, List<String>> acts = new java.util.HashMap<>();
    private List<String> lastActAuthors = List.of();
    /** Whom the last act of force or sanction was aimed at. */
    private List<String> lastActTargets = List.of();
    /** The sentence that last named an act ("the strike"), so that "it" right after can refer to it. */
    private int lastActSentence = -10;
    private static final Set<String> ACT_NOUNS = Set.of("attack", "strike", "strikes", "move", "decision", "operation",
            "raid", "incursion", "shelling", "bombing", "assault", "offensive", "launch", "test", "deployment", "step",
            "action", "actions", "incident", "violation", "remarks", "statement", "comments", "threat", "threats",
            "sanctions", "measures", "measure", "law", "ban", "expulsion", "expulsions", "closure", "suspension",
            "incursions", "raids", "seizure", "arrest", "arrests");

    /** The nouns a later sentence may use for an act of force it does not name again. */
    private static final Set<String> FORCE_NOUNS = Set.of("attack", "attacks", "strike", "strikes", "raid", "raids",
            "assault", "operation", "bombing", "shelling", "storming", "seizure", "boarding");
    private static final Set<String> INTRUSION_NOUNS = Set.of("incursion", "incursions", "intrusion", "intrusions",
            "violation", "violations", "incident");

    private static final Set<String> MOVE_NOUNS = Set.of("move", "decision", "step", "measure", "announcement", "order",
            "resolution", "finding", "ruling");

    /** "called the move a direct threat": "the move" or "the decision" right after the verb. */
    private static boolean moveReferredTo(Sentence s, int a, int b) {
        return a + 1 < s.size() && a + 1 < b && (s.token(a).lower().equals("the") || s.token(a).lower().equals("this"))
                && MOVE_NOUNS.contains(s.token(a + 1).lower());
    }

    /**
     * Whose move "the move" is when no act was coded for it ("Japan removed South Korea from its list of
     * trusted partners, and Seoul called the decision unjust"): the first actor of the sentence before
     * the verb, else of the sentence before, when it is not the one reacting.
     */
    private static List<String> actorOfTheMove(Sentence s, List<Group> gs, List<List<Group>> all, Group source, int verb) {
        List<Group> here = gs.stream().filter(g -> g.last() < verb).toList();
        List<Group> candidates = !here.isEmpty() ? here : s.index() > 0 ? all.get(s.index() - 1) : List.of();
        if (candidates.isEmpty() || source == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(candidates.get(0).codes());
        out.removeAll(source.codes());
        return out;
    }

    /** The authors of an act a definite noun phrase in [a, b) refers back to ("the strike", "the attack"). */
    private List<String> actReferredTo(Sentence s, int a, int b) {
        for (int k = Math.max(0, a); k < Math.min(b, s.size()); k++) {
            String w = s.token(k).lower();
            int d = k - 1;
            while (d > 0 && d >= k - 2 && s.token(d).pos().equals("ADJ")) {
                d--; // "regretted the unilateral decision": adjectives between the determiner and the act
            }
            boolean definite = d >= 0 && d < k && (s.token(d).lower().equals("the") || s.token(d).lower().equals("this")
                    || s.token(d).lower().equals("that"));
            if (!definite) {
                continue;
            }
            List<String> authors = acts.get(w);
            if (authors != null) {
                lastActSentence = s.index();
                return authors;
            }
            if (ACT_NOUNS.contains(w) && !lastActAuthors.isEmpty()) {
                lastActSentence = s.index();
                return lastActAuthors;
            }
        }
        // "called it a dangerous escalation", "described it as a violation": "it" is the act just named
        if (a >= 0 && a < s.size() && s.token(a).lower().equals("it") && lastActSentence >= s.index() - 1
                && !lastActAuthors.isEmpty()) {
            return lastActAuthors;
        }
        return List.of();
    }

    private void add(List<Interaction> out, String a, String b, EventLexicon.Event ev, int sentence) {
        if (a.equals(b)) {
            return;
        }
        out.add(new Interaction(a, b, ev.kind(), ev.polarity(), ev.plover(), sentence));
    }

    private int bestSpan;

    /** The token after a rate that starts at {@code k} ("of 25 percent", "of up to 218 %"), else {@code k}. */
    private static int afterRate(Sentence s, int k) {
        if (k + 2 >= s.size() || !s.token(k).lower().equals("of")) {
            return k;
        }
        int j = k + 1;
        if (j + 3 < s.size() && s.token(j).lower().equals("up") && s.token(j + 1).lower().equals("to")) {
            j += 2;
        }
        if (!s.token(j).pos().equals("NUM")) {
            return k;
        }
        j++;
        if (j < s.size() && (s.token(j).lower().equals("percent") || s.token(j).text().equals("%"))) {
            return j + 1;
        }
        if (j + 1 < s.size() && s.token(j).lower().equals("per") && s.token(j + 1).lower().equals("cent")) {
            return j + 2;
        }
        return k;
    }

    /**
     * Tokens a pattern covers from {@code i} (0 when it does not match): its words in order, with
     * numbers, adjectives and determiners allowed between them ("sent 150 soldiers to", "massed
     * troops and tanks along") and the words of one class of context.yaml pattern_word_classes
     * standing for each other ("cut diplomatic relations with" for "cut ties with").
     */
    private int spanOf(Sentence s, int i, List<String> words) {
        int k = i + 1;
        for (int w = 1; w < words.size(); w++) {
            int skipped = 0;
            while (k + 1 < s.size() && w == 1 && APPROXIMATORS.contains(s.token(k).lower() + " " + s.token(k + 1).lower())) {
                k += 2; // "sending more than 100 police", "deployed up to 2,000 troops"
            }
            if (w == 1 && k + 1 < s.size() && ROUGHLY.contains(s.token(k).lower()) && s.token(k + 1).pos().equals("NUM")
                    && !same(s.token(k).lower(), words.get(w))) {
                k++; // "sending around 200 soldiers to"
            }
            if (k + 2 < s.size() && !same(s.token(k).lower(), words.get(w)) && s.token(k + 1).lower().equals("of")
                    && vocabulary.in("quantity_nouns", s.token(k).lower())) {
                k += 2; // "launched hundreds of drones at", "delivered a shipment of medicine to"
            } else if (k + 3 < s.size() && s.token(k).pos().equals("DET") && s.token(k + 2).lower().equals("of")
                    && vocabulary.in("quantity_nouns", s.token(k + 1).lower())) {
                k += 3;
            }
            if (w > 1 && k < s.size() && !same(s.token(k).lower(), words.get(w))) {
                k = afterRate(s, k); // "imposed duties of 25 percent on", "tariffs of up to 200 percent on"
            }
            while (k < s.size() && !same(s.token(k).lower(), words.get(w)) && skipped < 3
                    && ((s.token(k).pos().equals("NUM") || s.token(k).pos().equals("ADJ") || (s.token(k).pos().equals("DET")
                            || Vocabulary.POSSESSIVES.contains(s.token(k).lower())
                            || s.token(k).pos().equals("NOUN") && skipped < 1 && w > 1) && w > 1)
                        // right after the verb, a determiner, possessive, number or adjective: "suspended its
                        // cooperation with", "fired two ballistic missiles at"
                        || w == 1 && skipped < 3 && !words.get(1).equals("to") && (s.token(k).pos().equals("DET")
                            || s.token(k).lower().equals("most") || s.token(k).lower().equals("all")
                            || Vocabulary.POSSESSIVES.contains(s.token(k).lower()) || s.token(k).pos().equals("NUM")
                            || s.token(k).pos().equals("ADJ")
                            // noun modifiers right before the pattern's noun: "eased oil sanctions on", "lift
                            // defence trade restrictions on", "ending most U.S. sanctions on"
                            || (s.token(k).pos().equals("NOUN") || s.token(k).pos().equals("PROPN"))
                                && !PATTERN_PREPOSITIONS.contains(words.get(1)) && !PARTICLES.contains(words.get(1))
                                && (k + 1 < s.size() && same(s.token(k + 1).lower(), words.get(1))
                                    || k + 2 < s.size() && s.token(k + 1).pos().equals("NOUN")
                                        && same(s.token(k + 2).lower(), words.get(1)))))) {
                k++;
                skipped++;
            }
            if (w == words.size() - 1 && PATTERN_PREPOSITIONS.contains(words.get(w)) && k + 2 < s.size()
                    && (s.token(k).lower().equals("and") || s.token(k).lower().equals("or"))) {
                // "expressed grave concern and regret over the pact": a coordinated noun before the preposition
                int j = k + 1;
                while (j < s.size() && j <= k + 2 && s.token(j).text().chars().allMatch(Character::isLetter)
                        && !PATTERN_PREPOSITIONS.contains(s.token(j).lower()) && !s.token(j).pos().equals("DET")) {
                    j++;
                }
                if (j > k + 1 && j < s.size() && same(s.token(j).lower(), words.get(w))) {
                    k = j;
                }
            }
            if (k >= s.size() || !same(s.token(k).lower(), words.get(w))) {
                return 0;
            }
            k++;
        }
        return k - i;
    }

    private static final Set<String> SAID = Set.of("said", "says", "told", "tells");
    /** Prepositions and particles besides PATTERN_PREPOSITIONS: no noun is skipped before them. */
    private static final Set<String> PARTICLES = Set.of("from", "in", "of", "for", "toward", "towards", "inside", "out",
            "off", "up", "down", "back", "across", "through", "near", "along", "around");
    /** Two words before a number that make it approximate: "more than 100", "up to 2,000". */
    private static final Set<String> APPROXIMATORS = Set.of("more than", "fewer than", "less than", "up to", "at least",
            "as many", "some of", "about the");
    private static final Set<String> ROUGHLY = Set.of("around", "about", "some", "nearly", "roughly", "approximately",
            "almost", "over", "another");
    private static final Set<String> PATTERN_PREPOSITIONS = Set.of("over", "about", "at", "against", "with", "on", "by", "to", "into");

    private boolean same(String token, String word) {
        return vocabulary.sameWord(token, word);
    }

    /** What a mediator brokers besides talks: "brokered the deal". */
    private static final Set<String> REFERENCE_TALKS = Set.of("deal", "agreement", "accord", "truce", "ceasefire", "pact");
    /** The first words of patterns that answer an act: their target is the act's author. */
    private static final Set<String> RESPONSE_WORDS = Set.of("retaliate", "respond", "avenge", "vow");

    /** The longest lexicon pattern starting at token {@code i}, with the part of speech it needs. */
    private EventLexicon.Pattern match(Sentence s, int i) {
        Token t = s.token(i);
        EventLexicon.Pattern best = null;
        bestSpan = 1;
        for (EventLexicon.Pattern p : vocabulary.lexicon().startingWith(t.lower())) {
            if (p.verb()) {
                // the tagger sometimes reads a participle after an auxiliary as an adjective ("had massed")
                boolean afterAux = i > 0 && (s.token(i - 1).pos().equals("AUX") || AUXILIARIES.contains(s.token(i - 1).lower()))
                        && (t.pos().equals("ADJ") || t.pos().equals("NOUN"));
                // ... and a past tense right after a name as an adjective ("India fired missiles at"), an
                // infinitive after "to" as a noun ("vowed to retaliate")
                boolean afterName = i > 0 && t.pos().equals("ADJ") && t.lower().endsWith("ed") && s.token(i - 1).pos().equals("PROPN")
                        // ... or an irregular past read as a noun after its subject's head ("Israeli troops shot dead")
                        || i > 0 && t.pos().equals("NOUN") && !vocabulary.lexicon().lemma(t.lower()).equals(t.lower())
                        && !t.lower().endsWith("s") && !t.lower().endsWith("ing")
                        && (s.token(i - 1).pos().equals("NOUN") || s.token(i - 1).pos().equals("PROPN"));
                boolean infinitive = i > 1 && t.pos().equals("NOUN") && s.token(i - 1).lower().equals("to")
                        && s.token(i - 2).isVerb();
                boolean verbLike = t.pos().equals("VERB") || afterAux || afterName || infinitive
                        || (s.headline() && !t.pos().equals("ADP"))
                        || (t.pos().equals("NOUN") && t.lower().endsWith("s") && i > 0 && s.token(i - 1).isNominal());
                if (!verbLike) {
                    continue;
                }
            } else if (!(t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.pos().equals("ADJ") && p.words().size() > 1
                    || p.words().size() > 1 && i + 1 < s.size() && s.token(i + 1).isNominal())) {
                // a compound's first word may be read as a verb ("drone strike"); its second is the noun
                continue;
            }
            int n = p.words().size();
            int span = spanOf(s, i, p.words());
            if (span > 0 && (p.verb() && !p.event().needsAfter().isEmpty() && !EntryConditions.judgementAfter(s, i + span - 1, p.event().needsAfter())
                    || !p.event().blockedByObject().isEmpty() && EntryConditions.blocked(s, i + span - 1, p.event().blockedByObject()))) {
                continue; // "called the Chinese action dangerous" is criticism, "called it a partner" praise
            }
            if (span > 0 && (best == null || n > best.words().size())) {
                best = p;
                bestSpan = span;
            }
        }
        return best;
    }



    /** "X's warning", "Chinese shelling", "the condemnation by X". */
    private static final Set<String> CONDUCTED = Set.of("carried", "conducted", "launched", "staged", "mounted", "led",
            "waged", "fired", "ordered", "taken", "imposed", "adopted");

    /**
     * "Britain signed an order on Monday ending sanctions on Belarus": a participle that qualifies the
     * object of the verb before it (an order, a decree, a law) acts through that verb's subject, when
     * no actor stands between them.
     */
    private Group doerOfModifiedObject(Sentence s, List<Group> gs, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 8; j--) {
            Token t = s.token(j);
            if (Syntax.boundary(t) || t.text().equals(",")) {
                return null;
            }
            for (Group g : gs) {
                if (g.first() <= j && g.last() >= j) {
                    return null;
                }
            }
            if (t.pos().equals("VERB")) {
                return vocabulary.in("decree_verbs", vocabulary.lexicon().lemma(t.lower())) ? syntax.subject(s, gs, j) : null;
            }
        }
        return null;
    }

    /**
     * "thanked Trump for his role, China for its participation and Anwar for ...": after a target and
     * its "for" phrase, each actor that opens a "for" phrase of its own after a comma or "and".
     */
    private static List<String> eachFor(Sentence s, List<Group> gs, Group target, Group source) {
        List<String> out = new ArrayList<>();
        int k = target.last() + 1;
        if (k >= s.size() || !s.token(k).lower().equals("for")) {
            return out;
        }
        for (Group g : gs) {
            if (g.first() <= target.last() || g.last() + 1 >= s.size() || !s.token(g.last() + 1).lower().equals("for")) {
                continue;
            }
            String before = s.token(g.first() - 1).lower();
            if (before.equals(",") || before.equals("and")) {
                g.codes().stream().filter(c -> source == null || !source.codes().contains(c)).forEach(out::add);
            }
        }
        return out;
    }

    /** The speaker of an attribution that ends at the comma {@code comma}: ", Manila said," (speaker, then verb). */
    private Group attributionBefore(Sentence s, List<Group> gs, int comma) {
        int v = comma - 1;
        if (v < 1 || !(SAID.contains(s.token(v).lower()) || s.token(v).isVerb()
                && vocabulary.verbIn("reporting_verbs", s.token(v).lower()))) {
            return null;
        }
        for (Group g : gs) {
            if (g.last() == v - 1 && g.first() > 0 && s.token(g.first() - 1).text().equals(",")) {
                return g;
            }
        }
        return null;
    }

    private static final Set<String> DECISION_NOUNS = Set.of("decision", "move", "order");

    /** The owner of "X's decision to" right before the infinitive at {@code i}, or null. */
    private static Group decisionOwner(Sentence s, List<Group> gs, int i) {
        if (i < 3 || !s.token(i - 1).lower().equals("to") || !DECISION_NOUNS.contains(s.token(i - 2).lower())) {
            return null;
        }
        int k = i - 3;
        if (Syntax.isPossessive(s.token(k))) {
            k--;
        }
        for (Group g : gs) {
            if (g.last() >= k && g.last() <= i - 2 && Syntax.firstMention(g) <= k) {
                return g; // (the group may take in its "'s decision")
            }
        }
        return null;
    }

    /**
     * The reported clause "the measures taken by X were unjustified": an act noun right after the
     * reporting verb at {@code k}, its author after it, and a judgement of criticize-evaluative later in
     * the clause, not negated.
     */
    private Group judgedAuthor(Sentence s, List<Group> gs, int k, Group speaker) {
        int j = afterTimePhrase(s, k + 1); // "said on Monday (that) the measures ..."
        if (j < s.size() && s.token(j).lower().equals("that")) {
            j++;
        }
        if (j + 1 >= s.size() || !s.token(j).pos().equals("DET") || !ACT_NOUNS.contains(s.token(j + 1).lower())) {
            return null;
        }
        Group author = agentAfterNoun(s, gs, j + 1);
        if (author == null || speaker.codes().containsAll(author.codes())) {
            return null;
        }
        EventLexicon.Event judging = vocabulary.lexicon().event("criticize-evaluative");
        if (judging == null || !EntryConditions.judgementAfter(s, author.last(), judging.needsAfter())
                || syntax.negated(s, author.last() + 1, Math.min(s.size(), author.last() + 6))) {
            return null;
        }
        return author;
    }

    /** The author named after the act noun of the object: "condemned the air and missile strikes carried out by X". */
    private Group authorOfActNamed(Sentence s, List<Group> gs, int end) {
        for (int k = end + 1; k < s.size() && k <= end + 6; k++) {
            Token t = s.token(k);
            if (ACT_NOUNS.contains(t.lower()) || FORCE_NOUNS.contains(t.lower())) {
                return agentAfterNoun(s, gs, k);
            }
            if (Syntax.boundary(t) || t.isVerb() || t.text().equals(",")) {
                return null;
            }
        }
        return null;
    }

    /** "the strikes carried out by the United States and Britain": the act's author after its noun. */
    private Group agentAfterNoun(Sentence s, List<Group> gs, int end) {
        for (int k = end + 1; k < s.size() && k <= end + 2; k++) {
            if (CONDUCTED.contains(s.token(k).lower())) {
                return syntax.agent(s, gs, k);
            }
            if (!s.token(k).pos().equals("NOUN")) {
                return null;
            }
        }
        return null;
    }

    private Group nominalSource(Sentence s, List<Group> gs, int i) {
        for (Group g : gs) {
            if (g.last() == i - 1 || (g.last() >= i - 3 && g.last() < i && modifiersOnly(s, g.last() + 1, i))) {
                if (g.first() <= i && Syntax.firstMention(g) < i) {
                    return g;
                }
            }
            // the noun phrase "Israel's air strike" or "the Israeli strike" is one group: its actor comes first
            if (g.first() < i && g.last() >= i && g.mentions().size() == 1 && g.mentions().get(0).last() < i
                    && modifiersOnly(s, g.mentions().get(0).last() + 1, i)) {
                return g;
            }
        }
        return syntax.groupAfterWord(s, gs, i, 6, BY, 2, true);
    }

    private static boolean modifiersOnly(Sentence s, int a, int b) {
        for (int k = a; k < b; k++) {
            String pos = s.token(k).pos();
            if (!(pos.equals("ADJ") || pos.equals("NOUN") || s.token(k).lower().equals("'s"))) {
                return false;
            }
        }
        return true;
    }

    private Group nominalTarget(Sentence s, List<Group> gs, int end) {
        if (s.token(end).pos().equals("ADP") && !s.token(end).lower().equals("by")) {
            // the pattern ends with its preposition: "disappointed by New Zealand's decision"
            Group g = syntax.groupStartingNear(s, gs, end + 1, 3);
            if (g != null) {
                return g;
            }
        }
        for (int k = end + 1; k < s.size() && k <= end + 6; k++) {
            Token t = s.token(k);
            if (Syntax.boundary(t) || t.pos().equals("VERB")) {
                return null;
            }
            if (t.pos().equals("ADP") && NOUN_TARGET_PREPS.contains(t.lower())) {
                if (t.lower().equals("by")) {
                    return null;
                }
                Group g = syntax.groupStartingNear(s, gs, k + 1, 3);
                if (g != null) {
                    return g; // "tariffs of 25% on all Colombian imports": the first preposition that names one
                }
            }
        }
        return null;
    }

    private static final Set<String> HARM_MODALS = Set.of("would", "could", "will", "might", "may", "can", "threatens",
            "risks", "risk", "only", "further", "seriously", "gravely", "severely", "directly", "also", "to");

    /**
     * "Zhao said the partnership would gravely undermine regional peace", "Price said the pact could
     * increase instability", "Tokyo said the drills would only raise tensions": a speaker who says an
     * agreement, or an act named before, would do harm criticises its parties or its authors.
     */
    private void harmClaims(Sentence s, List<Group> gs, AgreementExtractor.Result ags, List<Interaction> out,
            Group lastSubject) {
        for (int k = 0; k < s.size(); k++) {
            Token t = s.token(k);
            String w = t.lower();
            if (!reportingVerb(t)) {
                continue;
            }
            Group speaker = syntax.subject(s, gs, k);
            if (k > 0 && s.token(k - 1).text().equals(",") && w.endsWith("ing") && Syntax.mainSubject(s, gs, k) != null) {
                speaker = Syntax.mainSubject(s, gs, k); // "..., saying the move would fuel an arms race": the main subject
            }
            if (speaker == null) {
                speaker = pronounSubject(s, gs, k, lastSubject);
            }
            if (speaker == null) {
                continue;
            }
            Group actor = actorHarming(s, gs, k, speaker);
            if (actor != null) {
                for (String src : speaker.codes()) {
                    for (String b : actor.codes()) {
                        if (!speaker.codes().contains(b) && !src.equals(b)) {
                            out.add(new Interaction(src, b, "criticize", "conflictual", "DISAPPROVE", s.index()));
                        }
                    }
                }
                continue;
            }
            Group judged = judgedAuthor(s, gs, k, speaker);
            if (judged != null) {
                // "Qatar said the measures taken by Riyadh, Abu Dhabi and Cairo were unjustified"
                for (String src : speaker.codes()) {
                    for (String b : judged.codes()) {
                        if (!speaker.codes().contains(b) && !src.equals(b)) {
                            out.add(new Interaction(src, b, "criticize", "conflictual", "DISAPPROVE", s.index()));
                        }
                    }
                }
                continue;
            }
            for (int j = k + 1; j < s.size() && j <= k + 6; j++) {
                Agreement a = ags.references().get(AgreementExtractor.key(s.index(), j));
                List<String> parties = a != null ? List.copyOf(a.parties) : actReferredTo(s, j, j + 1);
                if (parties.isEmpty()) {
                    continue;
                }
                int h = j + 1;
                while (h < s.size() && h <= j + 4 && HARM_MODALS.contains(s.token(h).lower())) {
                    h++;
                }
                if (h < s.size() && harmAt(s, h) && !syntax.negated(s, j + 1, h + 1)) {
                    for (String src : speaker.codes()) {
                        for (String b : parties) {
                            if (!speaker.codes().contains(b) && !src.equals(b)) {
                                out.add(new Interaction(src, b, "criticize", "conflictual", "DISAPPROVE", s.index()));
                            }
                        }
                    }
                }
                break;
            }
        }
    }

    /**
     * "Mao said the United States was increasing its deployment, which would heighten tension and
     * endanger peace": the state the reported clause starts with, when that clause goes on (with no
     * other actor named) to an active verb of harm.
     */
    private Group actorHarming(Sentence s, List<Group> gs, int k, Group speaker) {
        int start = k + 1;
        for (int j = k + 1; j < s.size() && j <= k + 9; j++) {
            if (s.token(j).lower().equals("that")) {
                start = j; // "told the U.N. Security Council on Tuesday that ...": past the hearer and the day
                break;
            }
            if (s.token(j).isVerb() || Syntax.boundary(s.token(j)) || s.token(j).text().equals(",")) {
                break;
            }
        }
        if (start < s.size() && s.token(start).lower().equals("that")) {
            start++;
        }
        Group subject = null;
        for (Group g : gs) {
            if (Syntax.firstMention(g) >= start && Syntax.firstMention(g) <= start + 2
                    && !speaker.codes().containsAll(g.codes())) {
                subject = g;
                break;
            }
        }
        if (subject == null) {
            return null;
        }
        for (int h = subject.last() + 1; h < s.size() && h <= subject.last() + 20; h++) {
            for (Group g : gs) {
                if (g != subject && Syntax.firstMention(g) == h) {
                    return null; // another actor first: the harm may be theirs
                }
            }
            boolean passive = h > 0 && Set.of("be", "been", "being", "was", "were", "is", "are").contains(s.token(h - 1).lower());
            // the tagger sometimes reads a verb after "and" or a modal as an adjective ("and endanger peace")
            boolean verbal = s.token(h).isVerb() || h > 0 && (s.token(h - 1).pos().equals("AUX")
                    || Set.of("and", "to", "would", "could", "will").contains(s.token(h - 1).lower()));
            if (harmAt(s, h) && verbal && !passive && !syntax.negated(s, subject.last() + 1, h + 1)) {
                return subject;
            }
            if (violationAt(s, h) && !syntax.negated(s, subject.last() + 1, h)) {
                return subject; // "... that Iran was in significant breach of its commitments"
            }
        }
        return null;
    }

    /** A phrase of context.yaml {@code violation_phrases} at {@code h}, an adjective or adverb allowed between its words. */
    private boolean violationAt(Sentence s, int h) {
        return phraseAt(s, h, "violation_phrases", 2);
    }

    private boolean harmAt(Sentence s, int h) {
        return vocabulary.verbIn("harm_verbs", s.token(h).lower()) || phraseAt(s, h, "harm_verbs", 0);
    }

    /**
     * A multi-word phrase of the context list {@code list} at {@code h}: its first word in any inflection,
     * the others literally, with up to {@code gaps} adjectives or adverbs before each of them.
     */
    private boolean phraseAt(Sentence s, int h, String list, int gaps) {
        String w = s.token(h).lower();
        for (String phrase : vocabulary.list(list)) {
            if (!phrase.contains(" ")) {
                continue;
            }
            String[] parts = phrase.split(" ");
            if (!(parts[0].equals(w) || vocabulary.lexicon().inflections(parts[0]).contains(w))) {
                continue;
            }
            int k = h + 1;
            boolean all = true;
            for (int q = 1; q < parts.length && all; q++) {
                int skipped = 0;
                while (k < s.size() && skipped < gaps && !s.token(k).lower().equals(parts[q])
                        && (s.token(k).pos().equals("ADJ") || s.token(k).pos().equals("ADV"))) {
                    k++;
                    skipped++;
                }
                all = k < s.size() && s.token(k).lower().equals(parts[q]);
                k++;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** A verb form's base by regular English rules ("undermines", "stoked", "fuelling" -> lemma), or the form. */

    /** Whether the sentence says the forces came at the host's call (context.yaml invitation_markers). */
    private boolean invited(Sentence s) {
        String text = " " + String.join(" ", s.lowerWords(0, s.size())) + " ";
        for (String m : vocabulary.list("invitation_markers")) {
            if (text.contains(" " + m + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the noun at {@code end} only modifies an agreement noun a few words on. */
    private boolean namesAnAgreement(Sentence s, int end) {
        Map<String, String> forms = vocabulary.lexicon().forms();
        for (int k = end + 1; k < s.size() && k <= end + 3; k++) {
            Token t = s.token(k);
            if (forms.containsKey(t.lower())) {
                return true;
            }
            if (!(t.pos().equals("NOUN") || t.pos().equals("ADJ") || t.pos().equals("PROPN"))) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> CONTINGENT_NOUNS = Set.of("contingent", "contingents", "troops", "forces", "ships",
            "warships", "units", "sailors", "marines", "personnel", "soldiers", "aircraft", "jets", "vessels");

    /** The states whose forces join a joint activity: "with a contingent from Australia", "troops from Japan". */
    private List<String> contingents(Sentence s, List<Group> gs) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k + 1 < s.size(); k++) {
            if (CONTINGENT_NOUNS.contains(s.token(k).lower()) && s.token(k + 1).lower().equals("from")) {
                Group g = syntax.groupStartingNear(s, gs, k + 2, 2);
                if (g != null) {
                    g.codes().stream().filter(c -> !out.contains(c)).forEach(out::add);
                }
            }
        }
        return out;
    }

    /** "each other", "one another", "the other" right after the verb. */
    private static boolean reciprocalAfter(Sentence s, int end) {
        if (end + 2 >= s.size()) {
            return false;
        }
        String a = s.token(end + 1).lower();
        String b = s.token(end + 2).lower();
        return a.equals("each") && b.equals("other") || a.equals("one") && b.equals("another")
                || a.equals("the") && b.equals("other") && end >= 2
                && String.join(" ", s.lowerWords(Math.max(0, end - 3), end)).contains("each");
    }

    /** Whether the sentence names no actor but the source. */
    private static boolean onlyActorIs(List<Group> gs, Group source) {
        for (Group g : gs) {
            if (!source.codes().containsAll(g.codes())) {
                return false;
            }
        }
        return true;
    }

    /** The agreement the item is about: signed or planned, with two parties or more, named in its headline or lead. */
    private static Agreement topicAgreement(AgreementExtractor.Result ags) {
        for (Agreement a : ags.agreements()) {
            if (a.parties.size() >= 2 && !"reported".equals(a.status) && (a.sentences.contains(0) || a.sentences.contains(1))) {
                return a;
            }
        }
        return null;
    }

    /** Whether {@code g} is the verb's direct object: after the verb with nothing but determiners between. */
    /** The token after a time phrase starting at {@code k} ("on Sunday", "yesterday", "again"), or {@code k}. */
    private static int afterTimePhrase(Sentence s, int k) {
        if (k + 1 < s.size() && s.token(k).lower().equals("on") && s.token(k + 1).pos().equals("PROPN")) {
            return k + 2;
        }
        if (k < s.size() && TIME_ADVERBS.contains(s.token(k).lower())) {
            return k + 1;
        }
        return k;
    }

    private static boolean objectRightAfter(Sentence s, int end, Group g) {
        for (int k = end + 1; k < Syntax.firstMention(g); k++) {
            String pos = s.token(k).pos();
            if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("NUM") || s.token(k).lower().equals("'s"))) {
                return false;
            }
        }
        return Syntax.firstMention(g) > end;
    }

    private static final Set<String> STRUCK_PREPS = Set.of("on", "in", "into", "against", "at", "inside", "around");

    /**
     * Where force lands names its target: "an air strike on a residential compound in Doha", "a
     * drone attack in Kharkiv" (the first actor after on/in/into/against/at within eight words,
     * before the clause ends, other than the attacker).
     */
    private Group struckPlace(Sentence s, List<Group> gs, int end, Group source) {
        for (int k = end + 1; k < s.size() && k <= end + 12; k++) {
            Token t = s.token(k);
            if (t.lower().equals("what")) {
                // "struck what New Delhi described as a militant camp inside Pakistan": past the naming clause
                for (int j = k + 1; j < s.size() && j <= k + 5; j++) {
                    if (s.token(j).lower().equals("as") || s.token(j).lower().equals("called")) {
                        k = j;
                        break;
                    }
                }
                continue;
            }
            if (Syntax.boundary(t) || t.isVerb() || t.text().equals(",")) {
                return null;
            }
            boolean place = k > 0 && (s.token(k - 1).lower().equals("near") || s.token(k - 1).lower().equals("outside")
                    || s.token(k - 1).lower().equals("around"));
            if (vocabulary.in("armed_group_nouns", t.lower()) && !t.pos().equals("ADJ")
                    || t.pos().equals("PROPN") && t.capitalised() && !mentionAt(gs, k) && !place) {
                // (an adjective is no group: "struck a militant depot inside Iraq")
                return null; // "the force that fights al-Shabaab in Somalia": the target is the group, not the state
            }
            if (t.pos().equals("ADP") && STRUCK_PREPS.contains(t.lower())
                    && !(k > 0 && EMBASSY.contains(s.token(k - 1).lower()))) {
                // (the host of a stormed embassy is not its target: "police stormed its embassy in Quito")
                Group g = syntax.groupStartingNear(s, gs, k + 1, 0);
                if (g != null && !source.codes().containsAll(g.codes())) {
                    return g;
                }
            }
        }
        return null;
    }

    private static boolean mentionAt(List<Group> gs, int k) {
        for (Group g : gs) {
            for (Mention m : g.mentions()) {
                if (m.first() <= k && m.last() >= k) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Force posture aimed at a neighbour: "along its border with Kosovo", "near Taiwan", "toward Ukraine". */
    private Group postureTarget(Sentence s, List<Group> gs, int end, Group source) {
        for (int k = end + 1; k < s.size() && k <= end + 14; k++) {
            Token t = s.token(k);
            if (Syntax.boundary(t) || t.pos().equals("SCONJ")) {
                return null;
            }
            String w = t.lower();
            boolean cue = w.equals("near") || w.equals("toward") || w.equals("towards") || w.equals("facing")
                    || w.equals("against") || w.equals("into") || (w.equals("with") && k > 0 && s.token(k - 1).lower().startsWith("border"))
                    || (w.equals("of") && k > 0 && s.token(k - 1).lower().startsWith("border"));
            if (cue) {
                Group g = syntax.groupStartingNear(s, gs, k + 1, 2);
                if (g != null && !source.codes().containsAll(g.codes())) {
                    return g;
                }
            }
            if (w.equals("on") || w.equals("along") || w.equals("at") || w.equals("across")) {
                // "on Kosovo border", "along Kosovo's frontier"
                Group g = syntax.groupStartingNear(s, gs, k + 1, 2);
                if (g != null && !source.codes().containsAll(g.codes())) {
                    for (int j = g.first(); j <= Math.min(s.size() - 1, g.last() + 1); j++) {
                        String b = s.token(j).lower();
                        if (b.startsWith("border") || b.startsWith("frontier") || b.equals("boundary")) {
                            return g;
                        }
                    }
                }
            }
        }
        return null;
    }

    private Group fromGroupRightAfter(Sentence s, List<Group> gs, int end) {
        return syntax.groupAfterWord(s, gs, end, 2, FROM, 2, false);
    }

    private Group reportingSubject(Sentence s, List<Group> gs, int i) {
        Set<String> reporting = vocabulary.list("reporting_verbs");
        // the nearest reporting verb with a subject: "Argentina's navy said it had sent a crew, hours after
        // President Boric said Buenos Aires must remove them": Boric makes the demand
        for (int k = i - 1; k >= 0; k--) {
            Token t = s.token(k);
            String w = t.lower();
            if (t.pos().equals("VERB") && (reporting.contains(vocabulary.lexicon().lemma(w)) || w.equals("said")
                    || w.equals("says") || w.equals("told"))) {
                Group subject = syntax.subject(s, gs, k);
                if (subject != null) {
                    return subject;
                }
            }
        }
        return null;
    }

    private static final Set<String> ARRIVAL_VERBS = Set.of("arrived", "arrives", "landed", "lands", "reached", "reaches");
    private static final Set<String> GIVING_PARTICIPLES = Set.of("donated", "promised", "pledged", "supplied", "sent",
            "provided", "delivered", "shipped", "given", "gifted", "funded", "financed");

    /**
     * "The first of four IRIS-T systems promised by Germany has arrived in Ukraine", "600,000 doses of
     * vaccine, donated by Beijing, landed in the Cambodian capital": arms or aid given by one state
     * that arrive in another are a transfer between them.
     */
    private void deliveryArrived(Sentence s, List<Group> gs, List<Interaction> out) {
        for (int v = 2; v + 2 < s.size(); v++) {
            if (!ARRIVAL_VERBS.contains(s.token(v).lower()) || !s.token(v).isVerb()) {
                continue;
            }
            Group giver = null;
            boolean arms = false;
            boolean aid = false;
            for (int k = v - 1; k >= 0 && k >= v - 16; k--) {
                Token t = s.token(k);
                if (Syntax.boundary(t) || t.isVerb() && !GIVING_PARTICIPLES.contains(t.lower()) && !t.pos().equals("AUX")
                        && !(k == v - 1 && AUXILIARIES.contains(t.lower()))) {
                    break;
                }
                arms |= vocabulary.in("arms_nouns", t.lower()) || t.lower().startsWith("system") && k > 0
                        && Set.of("defence", "defense", "missile", "rocket", "artillery", "radar").contains(s.token(k - 1).lower());
                aid |= vocabulary.in("aid_nouns", t.lower()) || t.lower().equals("doses") || t.lower().equals("vaccines");
                if (GIVING_PARTICIPLES.contains(t.lower()) && k + 1 < v && s.token(k + 1).lower().equals("by")) {
                    giver = syntax.agent(s, gs, k);
                }
            }
            if (giver == null || !(arms || aid)) {
                continue;
            }
            Group place = arrivalPlace(s, gs, v);
            if (place == null || !java.util.Collections.disjoint(place.codes(), giver.codes())) {
                continue;
            }
            EventLexicon.Event ev = vocabulary.lexicon().event(arms ? "arms-transfer-supply" : "aid-verbs");
            for (String a : giver.codes()) {
                for (String b : place.codes()) {
                    add(out, a, b, ev, s.index());
                }
            }
        }
    }

    /** Where the arrival verb at {@code v} arrives: the actor after its "in" or "at" ("landed in Kyiv"), or null. */
    private Group arrivalPlace(Sentence s, List<Group> gs, int v) {
        for (int k = v + 1; k < s.size() && k <= v + 3; k++) {
            if (s.token(k).lower().equals("in") || s.token(k).lower().equals("at")) {
                return syntax.groupStartingNear(s, gs, k + 1, 2);
            }
        }
        return null;
    }

    /**
     * "The first 400 Kenyan police officers of a UN-backed mission landed in Port-au-Prince", "Russian
     * paratroopers arrived in Kazakhstan as part of a force requested by President Tokayev": forces of one
     * state arriving in another at its call or for a mission are hosted there, military cooperation both
     * ways. Without such a word ("Russian troops arrived in the town") nothing is coded.
     */
    private void forcesArrived(Sentence s, List<Group> gs, List<Interaction> out) {
        for (int v = 2; v + 2 < s.size(); v++) {
            if (!ARRIVAL_VERBS.contains(s.token(v).lower()) || !s.token(v).isVerb()) {
                continue;
            }
            Group sender = null;
            boolean forces = false;
            for (int k = v - 1; k >= 0 && k >= v - 12; k--) {
                Token t = s.token(k);
                if (Syntax.boundary(t) || t.isVerb() && !t.pos().equals("AUX")) {
                    break;
                }
                forces |= vocabulary.sameWord(t.lower(), "troops");
                for (Group g : gs) {
                    if (g.first() <= k && g.last() >= k && g.mentions().stream().noneMatch(Mention::isPerson)) {
                        sender = g;
                    }
                }
            }
            if (sender == null || !forces || !invited(s)) {
                continue;
            }
            Group host = arrivalPlace(s, gs, v);
            if (host == null || !java.util.Collections.disjoint(host.codes(), sender.codes())
                    || host.mentions().stream().anyMatch(m -> m.type() == Mention.Type.ORGANIZATION)) {
                continue;
            }
            EventLexicon.Event ev = vocabulary.lexicon().event("military-cooperation-deployed");
            for (String a : sender.codes()) {
                for (String b : host.codes()) {
                    add(out, a, b, ev, s.index());
                    add(out, b, a, ev, s.index());
                }
            }
        }
    }

    /**
     * "Lithuania had the EU's full solidarity", "Kyiv has the full support of the G7": the support
     * another holds is given by the one it belongs to (support from the owner to the holder).
     */
    private void heldSupport(Sentence s, List<Group> gs, List<Interaction> out) {
        for (int h = 1; h + 2 < s.size(); h++) {
            if (!HOLD_VERBS.contains(s.token(h).lower())) {
                continue;
            }
            Group holder = null;
            for (Group g : gs) {
                if (g.last() == h - 1) {
                    holder = g;
                }
            }
            if (holder == null) {
                continue;
            }
            int k = h + 1;
            Group giver = null;
            if (k < s.size() && s.token(k).lower().equals("the")) {
                k++;
            }
            for (Group g : gs) {
                int m = g.mentions().isEmpty() ? g.last() : g.mentions().get(0).last();
                if (Syntax.firstMention(g) == k && m + 1 < s.size() && s.token(m + 1).lower().equals("'s")) {
                    giver = g; // "the EU's full solidarity" (the group runs on to its head noun)
                    k = m + 2;
                }
            }
            while (k < s.size() && s.token(k).pos().equals("ADJ")) {
                k++;
            }
            if (k >= s.size() || !SUPPORT_NOUNS.contains(s.token(k).lower())) {
                continue;
            }
            if (giver == null && k + 2 < s.size() && s.token(k + 1).lower().equals("of")) {
                giver = syntax.groupStartingNear(s, gs, k + 2, 2);
            }
            if (giver == null || syntax.negated(s, holder.last() + 1, k)) {
                continue;
            }
            addAcross(out, giver, holder, vocabulary.lexicon().event("support-verbs"), s.index());
        }
    }

    /** The act from each actor of {@code from} to each actor of {@code to} that is not also in {@code from}. */
    private void addAcross(List<Interaction> out, Group from, Group to, EventLexicon.Event ev, int sentence) {
        for (String a : from.codes()) {
            for (String b : to.codes()) {
                if (!from.codes().contains(b)) {
                    add(out, a, b, ev, sentence);
                }
            }
        }
    }

    private static final Set<String> SUPPORT_NOUNS = Set.of("support", "solidarity", "backing", "sympathy");
    private static final Set<String> HOLD_VERBS = Set.of("has", "had", "have", "enjoys", "enjoyed");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "remains", "remain");
    private static final Set<String> TIME_ADVERBS = Set.of("yesterday", "today", "again", "once", "also", "now");
    private static final Set<String> EMBASSY = Set.of("embassy", "consulate");

    /** "to" and a verb of context.yaml demand_infinitives in the clause after {@code end}: "asked X to withdraw". */
    private boolean demandFollows(Sentence s, int end) {
        for (int k = end + 1; k + 1 < s.size() && k <= end + 8; k++) {
            if (Syntax.boundary(s.token(k))) {
                return false;
            }
            if (s.token(k).lower().equals("to")
                    && vocabulary.in("demand_infinitives", vocabulary.lexicon().lemma(s.token(k + 1).lower()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "China said Wellington should stop spreading rumours", "Seoul said Pyongyang must withdraw":
     * a state saying another should stop or leave demands it (warn from the speaker), unless negated
     * or the speaker is the same state.
     */
    private void modalDemands(Sentence s, List<Group> gs, List<Interaction> out) {
        for (int m = 1; m + 1 < s.size(); m++) {
            String w = s.token(m).lower();
            if (!(w.equals("should") || w.equals("must"))) {
                continue;
            }
            int v = m + 1;
            if (v < s.size() && s.token(v).pos().equals("ADV") && !vocabulary.in("negators", s.token(v).lower())) {
                v++; // "should immediately withdraw"
            }
            if (v >= s.size() || !vocabulary.in("demand_infinitives", vocabulary.lexicon().lemma(s.token(v).lower()))) {
                continue;
            }
            Group addressee = null;
            for (Group g : gs) {
                if (g.last() == m - 1) {
                    addressee = g;
                }
            }
            Group speaker = addressee == null ? null : reportingSubject(s, gs, addressee.first());
            if (speaker == null || speaker.last() >= addressee.first()) {
                continue;
            }
            addAcross(out, speaker, addressee, vocabulary.lexicon().event("warn-demand"), s.index());
        }
    }

    /** "talks mediated by", "talks were hosted by", "talks in Doha mediated by": a talks noun just before {@code k}. */
    private static boolean talksBefore(Sentence s, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 5; j--) {
            Token t = s.token(j);
            if (TALKS.contains(t.lower())) {
                return true;
            }
            if (Syntax.boundary(t) || t.pos().equals("VERB") || t.text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> TALKS = Set.of("talks", "meeting", "meetings", "negotiations", "dialogue", "summit",
            "consultations", "discussions");
    private static final Set<String> MEDIATING = Set.of("hosted", "mediated", "brokered", "facilitated", "chaired",
            "convened", "sponsored");

    /**
     * "The talks were hosted by the prime minister of St Vincent": mediating or hosting talks is
     * cooperation from the mediator with each side (the parties of the item's latest agreement, or
     * the last two other actors named).
     */
    private void mediation(Sentence s, List<Group> gs, AgreementExtractor.Result ags, List<Mention> mentions,
            List<Interaction> out, boolean background) {
        if (background) {
            return;
        }
        for (int k = 1; k < s.size(); k++) {
            // active: "Turkey hosted the foreign ministers of Ethiopia and Somalia for talks", "X mediated talks between A and B"
            String w = s.token(k).lower();
            if ((w.equals("hosted") || w.equals("hosts") || w.equals("mediated") || w.equals("mediates")
                    || w.equals("brokered")) && s.token(k).pos().equals("VERB") && !syntax.passive(s, k)) {
                boolean talks = false;
                for (int j = k + 1; j < s.size() && j <= k + 12; j++) {
                    talks |= TALKS.contains(s.token(j).lower());
                }
                Group host = syntax.subject(s, gs, k);
                Group sides = null;
                if (talks && host != null) {
                    for (Group g : gs) {
                        if (g.first() > k && g.first() <= k + 12 && g.codes().size() >= 2 && sides == null) {
                            sides = g;
                        }
                    }
                }
                if (sides != null) {
                    for (String m : host.codes()) {
                        for (String side : sides.codes()) {
                            if (!host.codes().contains(side)) {
                                out.add(new Interaction(m, side, "other", InteractionTag.COOPERATIVE, "CONSULT", s.index()));
                            }
                        }
                    }
                }
            }
            if (!MEDIATING.contains(s.token(k).lower()) || !talksBefore(s, k)) {
                continue;
            }
            Group mediator = syntax.agent(s, gs, k);
            if (mediator == null || domesticMeeting(s, k)) {
                continue;
            }
            List<String> sides = new ArrayList<>();
            Agreement latest = null;
            for (Agreement a : ags.agreements()) {
                latest = a;
            }
            if (latest != null) {
                sides.addAll(latest.parties);
            } else {
                Group two = Syntax.lastDistinct(mentions, s.index(), mediator.first(), 2, mediator.codes());
                if (two != null) {
                    sides.addAll(two.codes());
                }
            }
            for (String m : mediator.codes()) {
                for (String side : sides) {
                    if (!mediator.codes().contains(side)) {
                        out.add(new Interaction(m, side, "other", InteractionTag.COOPERATIVE, "CONSULT", s.index()));
                    }
                }
            }
        }
    }

    private static final Set<String> DOMESTIC_BODIES = Set.of("cabinet", "parliament", "parliamentary", "party",
            "coalition", "government", "interagency", "staff", "board", "caucus");

    /** "an emergency cabinet meeting chaired by the prime minister": a government's own meeting mediates nothing. */
    private static boolean domesticMeeting(Sentence s, int k) {
        for (int j = Math.max(0, k - 4); j < k; j++) {
            if (DOMESTIC_BODIES.contains(s.token(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "both sides", "the two countries" right after a predicate: how many actors it counts, or 0. */
    private static int countedAfter(Sentence s, int end) {
        for (int k = end + 1; k < s.size() && k <= end + 3; k++) {
            int n = Syntax.countedPhrase(s, k);
            if (n > 0) {
                return n;
            }
            if (!(s.token(k).pos().equals("DET") || s.token(k).pos().equals("ADP"))) {
                return 0;
            }
        }
        return 0;
    }

    private static int firstVerbBefore(Sentence s, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (s.token(k).pos().equals("VERB")) {
                return k;
            }
        }
        return i;
    }

    /** The agreement a subject refers to ("the trilateral declaration has drawn criticism", "it"). */
    private static Agreement agreementBefore(Sentence s, int i, AgreementExtractor.Result ags) {
        Agreement found = null;
        for (int k = 0; k < i; k++) {
            Agreement a = ags.references().get(AgreementExtractor.key(s.index(), k));
            if (a != null) {
                found = a;
            }
        }
        if (found == null && s.index() > 0) {
            // "it" after a sentence about an agreement
            for (int k = 0; k < i; k++) {
                if (s.token(k).lower().equals("it")) {
                    // the previous sentence's last reference (highest token), whatever the map's order
                    return ags.references().entrySet().stream().filter(e -> (e.getKey() >> 20) == s.index() - 1)
                            .max(java.util.Map.Entry.comparingByKey()).map(java.util.Map.Entry::getValue).orElse(null);
                }
            }
        }
        return found;
    }

    private Group fromGroup(Sentence s, List<Group> gs, int end) {
        return syntax.groupAfterWord(s, gs, end, 8, FROM, 3, false);
    }

    private static final Set<String> FROM = Set.of("from");
    private static final Set<String> RECIPIENT = Set.of("to", "for");
    private static final Set<String> BY = Set.of("by");

    private static final Set<String> LIGHT_VERBS = Set.of("issue", "issued", "issues", "launch", "launched", "launches",
            "carry", "carried", "made", "make", "makes", "conduct", "conducted", "conducts", "lodge", "lodged", "lodges",
            "deliver", "delivered", "voice", "voiced", "express", "expressed", "impose", "imposed", "imposes", "stage",
            "staged", "hold", "held", "holds", "sent", "send", "sends", "announce", "announced", "announces", "file",
            "filed", "began", "begin", "begun", "started", "start", "condemned", "renewed", "repeated", "step",
            "stepped", "extended", "extend", "offered", "offer", "pledged", "pledge", "gave", "give", "provide",
            "provided", "summoned", "mounted", "levelled", "leveled", "is", "was", "were", "are", "been", "remains",
            "remained", "said", "ordered", "orders", "order", "slapped", "slaps", "show", "showed", "shows", "stood",
            "stand", "stands", "unveiled", "unveils", "approved", "approves", "threatened", "authorised", "authorized",
            "authorises", "authorizes", "agreed", "adopted", "adopts", "introduced", "introduces", "slap", "tightened");

    /** The light verb governing the event noun at {@code i} ("lodged a protest", "began their exercise"), or -1. */
    private static int lightVerbBefore(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 7; k--) {
            Token t = s.token(k);
            if (t.pos().equals("VERB") || t.pos().equals("AUX") && LIGHT_VERBS.contains(t.lower())) {
                if (t.lower().equals("said") && k + 1 < i) {
                    continue; // "said Tehran was concerned": look past the reporting verb
                }
                return LIGHT_VERBS.contains(t.lower()) ? k : -1;
            }
            if (Syntax.boundary(t) || t.pos().equals("ADP") && !t.lower().equals("of")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean lightVerbBetween(Sentence s, int a, int b) {
        boolean verb = false;
        for (int k = a; k < b; k++) {
            Token t = s.token(k);
            if (t.pos().equals("VERB")) {
                if (!LIGHT_VERBS.contains(t.lower())) {
                    return false;
                }
                verb = true;
            }
            if (Syntax.boundary(t)) {
                return false;
            }
        }
        return verb;
    }

    /**
     * The actor a reporter says an act was meant for: a group right after "aimed at", "directed at",
     * "a veiled reference to" and the like. Not what analysts or diplomats read into it ("seen as
     * aimed at", "read as a message to": the conventions give those no target).
     */
    private Group aimedAt(Sentence s, List<Group> gs) {
        for (int k = 0; k + 1 < s.size(); k++) {
            if (!vocabulary.in("aimed_words", s.token(k).lower())) {
                continue;
            }
            String prep = s.token(k + 1).lower();
            if (!(prep.equals("at") || prep.equals("to"))) {
                continue;
            }
            boolean reading = false;
            for (int j = Math.max(0, k - 4); j < k; j++) {
                if (vocabulary.in("reading_words", s.token(j).lower())) {
                    reading = true; // "widely seen as aimed at", "what diplomats read as a swipe at"
                }
            }
            if (!reading) {
                Group g = syntax.groupStartingNear(s, gs, k + 2, 2);
                if (g != null) {
                    return g;
                }
            }
        }
        return null;
    }

    /** The sentence's first full verb, before {@code i}, is a reporting verb followed by its clause. */
    private boolean reportingMainVerb(Sentence s, int i) {
        for (int k = 0; k < i; k++) {
            if (s.token(k).pos().equals("VERB")) {
                return vocabulary.verbIn("reporting_verbs", s.token(k).lower());
            }
        }
        return false;
    }

    /** "It said", "the ministry warned", "he condemned": the actor such words refer back to. */
    private Group pronounSubject(Sentence s, List<Group> gs, int i, Group lastSubject) {
        Set<String> coref = vocabulary.list("coreference_nouns");
        int k = i - 1;
        while (k >= 0 && (s.token(k).pos().equals("ADV") || s.token(k).pos().equals("AUX") || s.token(k).pos().equals("PART")
                || Syntax.AUX_WORDS.contains(s.token(k).lower()) || Syntax.singleQuote(s.token(k)))) {
            k--; // "it had severed": "had" is an auxiliary whatever the tagger calls it
        }
        if (k < 0) {
            return null;
        }
        String pronoun = s.token(k).lower();
        // "said it", "said on Sunday it", "said late on Thursday that it": the reporting verb before the pronoun
        int said = k - 1;
        while (said > 0 && said >= k - 5 && (s.token(said).lower().equals("that") || s.token(said).lower().equals("on")
                || s.token(said).lower().equals("late") || s.token(said).lower().equals("early")
                || MentionFinderWords.CALENDAR.contains(s.token(said).lower()))) {
            said--;
        }
        if (k >= 1 && said >= 0 && Set.of("it", "they", "he", "she").contains(pronoun)
                && Set.of("said", "says", "added", "stated", "insisted", "argued").contains(s.token(said).lower())) {
            Group reporter = syntax.subject(s, gs, said);
            if (said >= 1 && s.token(said - 1).text().equals(",") && Syntax.mainSubject(s, gs, said - 1) != null) {
                // "The US described China's conduct as dangerous, said it stood with ...": a verb in a series
                // after a comma shares the sentence's subject, not the nearest name
                reporter = Syntax.mainSubject(s, gs, said - 1);
            }
            if (reporter != null) {
                return reporter;
            }
        }
        if (k >= 2 && Set.of("it", "they", "he", "she").contains(pronoun) && s.token(k - 1).lower().endsWith("ing")
                && s.token(k - 2).text().equals(",")) {
            // "Nicaragua broke off relations with Ecuador, saying it stood with Mexico": the speaker of the
            // participle, and its pronoun, are the main clause's subject
            Group main = Syntax.mainSubject(s, gs, k);
            if (main != null) {
                return main;
            }
        }
        boolean match = false;
        for (int len = 1; len <= 4 && k - len + 1 >= 0; len++) {
            String w = String.join(" ", s.lowerWords(k - len + 1, k + 1));
            if (coref.contains(w) || (w.startsWith("its ") || w.startsWith("their "))
                    && coref.contains("the " + w.substring(w.indexOf(' ') + 1))) {
                match = true; // "its air force", as "the air force"
                break;
            }
        }
        if (!match) {
            return null;
        }
        // "the State Department ... said it stood with its allies": the reporting verb's subject
        if (k > 0 && s.token(k - 1).pos().equals("VERB")) {
            String r = s.token(k - 1).lower();
            if (r.equals("said") || r.equals("says") || r.equals("added") || r.equals("announced")
                    || vocabulary.list("reporting_verbs").contains(vocabulary.lexicon().lemma(r))) {
                Group reporter = syntax.subject(s, gs, k - 1);
                if (reporter != null) {
                    return reporter;
                }
            }
        }
        // the nearest actor before it in the sentence ("Egypt said it would..."), else the last subject;
        // "they" after a list of states is the list ("... from Argentina, Chile and Peru, after they refused")
        Group before = null;
        Group plural = null;
        for (Group g : gs) {
            if (g.last() < k) {
                before = g;
                if (g.codes().size() >= 2) {
                    plural = g;
                }
            }
        }
        if (pronoun.equals("they") && plural != null) {
            return plural;
        }
        if (before == null && (pronoun.equals("he") || pronoun.equals("she"))) {
            // "Foreign Minister Le Drian told French radio ... He called the decision brutal": a person
            Mention person = null;
            for (Mention m : itemMentions) {
                if (m.isPerson() && m.sentence() < s.index() && m.sentence() >= s.index() - 2) {
                    person = m;
                }
            }
            if (person != null) {
                return new Group(person.sentence(), person.first(), person.last(), List.of(person.code()), List.of(person));
            }
        }
        return before != null ? before : lastSubject;
    }

    /** The item's mentions, for pronouns that go back past the sentence. */
    private List<Mention> itemMentions = List.of();

    private static Agreement agreementReferredTo(Sentence s, int end, AgreementExtractor.Result ags) {
        for (int k = end + 1; k < s.size() && k <= end + 8; k++) {
            Agreement a = ags.references().get(AgreementExtractor.key(s.index(), k));
            if (a != null) {
                return a;
            }
            if (Syntax.boundary(s.token(k)) || s.token(k).pos().equals("VERB") && k > end + 1) {
                return null;
            }
        }
        return null;
    }

    /** An arms transfer needs weapons in the pattern or the words after it ("delivered drones to"). */
    /**
     * A reporting verb before token {@code i} in its sentence: "officials said Bulgarian plants had
     * delivered the shells to Kyiv" may be a claim, not an act; its recipient is not inferred.
     */
    private boolean reportedBefore(Sentence s, int i) {
        for (int k = 0; k < i; k++) {
            String w = s.token(k).lower();
            if (s.token(k).isVerb() && vocabulary.verbIn("reporting_verbs", w)
                    || w.equals("said") || w.equals("says") || w.equals("according")) {
                return true;
            }
        }
        return false;
    }



    private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "—", "–", "(", ")");

    /**
     * Whether the sentence up to the end of the clause of token {@code i} is placed in the past. A
     * time or habit named before the act, or in its clause, scopes over it ("in October its president
     * met them in Asmara, where they pledged"); one in a later clause or apposition does not ("Kinshasa
     * accused Rwandan troops of fighting, a charge Kigali has repeatedly denied").
     */
    private boolean backgroundClause(Document doc, Sentence s, int i) {
        int b = i + 1;
        while (b < s.size() && !CLAUSE_MARKS.contains(s.token(b).text())) {
            b++;
        }
        // predicates of one subject in a series share their time: "Mogadishu declared the deal void, expelled
        // Ethiopia's ambassador in April and turned to ..." (not a participle after the comma: ", saying ...")
        while (b + 1 < s.size() && s.token(b).text().equals(",") && s.token(b + 1).pos().equals("VERB")
                && !s.token(b + 1).lower().endsWith("ing")) {
            b += 2;
            while (b < s.size() && !CLAUSE_MARKS.contains(s.token(b).text())) {
                b++;
            }
        }
        // from the start of the act's conjunct: ", and urged ..." is not governed by a marker before it
        int a = 0;
        for (int k = i - 1; k > 0; k--) {
            String w = s.token(k).lower();
            if (s.token(k).text().equals(";") || s.token(k - 1).text().equals(",") && (w.equals("and") || w.equals("but"))) {
                a = k + 1;
                break;
            }
        }
        Sentence clause = s.part(a, b);
        return agreements.background(doc, clause, null) || habitual(clause);
    }

    private boolean habitual(Sentence s) {
        Set<String> markers = vocabulary.list("habitual_markers");
        for (Token t : s.tokens()) {
            if (markers.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
