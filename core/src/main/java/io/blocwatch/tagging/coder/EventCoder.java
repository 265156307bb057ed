package io.blocwatch.tagging.coder;

import io.blocwatch.contracts.ActorTag;
import io.blocwatch.contracts.AgreementTag;
import io.blocwatch.contracts.InteractionTag;
import io.blocwatch.contracts.NewsItem;
import io.blocwatch.contracts.PersonTag;
import io.blocwatch.tagging.text.Token;
import io.blocwatch.contracts.TaggedItem;
import io.blocwatch.tagging.Dictionary;
import io.blocwatch.tagging.DictionaryMatcher;
import io.blocwatch.tagging.Weights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The event coder: a pipeline of small stages, each a class with one job.
 * <pre>
 * NewsItem -> DocumentReader (boilerplate, sentences, tokens, parts of speech)
 *          -> MentionFinder (dictionary actors in context) -> PersonFinder (office holders by structure)
 *          -> Syntax (actor groups, subjects, objects, voice, modality)
 *          -> AgreementExtractor -> InteractionExtractor -> TaggedItem
 * </pre>
 * Every word list lives in data files (see {@link Vocabulary}); the coder holds no vocabulary.
 */
public final class EventCoder {

    private static final boolean TRACE = Boolean.getBoolean("blocwatch.coder.trace");

    private static final boolean CONSULT = Boolean.getBoolean("blocwatch.coder.consult");

    // Stateless stages are shared; the mention, agreement and interaction stages keep what they learn
    // about one document (the last actor accepted, the agreements so far, the last act's authors), so
    // each item gets its own: one coder may serve several threads.
    private final Dictionary dictionary;
    private final DictionaryMatcher matcher;
    private final Vocabulary vocabulary;
    private final DocumentReader reader;
    private final PersonFinder persons;
    private final Syntax syntax;
    private final io.blocwatch.tagging.text.WordTable politicalWords;

    public EventCoder(Dictionary dictionary, DictionaryMatcher matcher, Vocabulary vocabulary) {
        this.dictionary = dictionary;
        this.matcher = matcher;
        this.vocabulary = vocabulary;
        this.reader = new DocumentReader(vocabulary, matcher);
        this.persons = new PersonFinder(vocabulary, dictionary);
        this.syntax = new Syntax(vocabulary);
        this.politicalWords = MentionFinder.politicalWords(vocabulary);
    }

    /**
     * The tags of one item. A stage that fails on some unforeseen text never stops the stream: the
     * item gets a TaggedItem without tags and the failure is counted.
     */
    public TaggedItem code(NewsItem item) {
        try {
            return codeOrThrow(item);
        } catch (RuntimeException e) {
            FAILURES.incrementAndGet();
            if (FAILURES.get() <= 5) {
                System.err.println("blocwatch coder: item " + item.id() + " could not be fully coded (" + e + ")");
            }
            return new TaggedItem(TaggedItem.SCHEMA, item.id(), item.publishedAt(), item.source(), item.url(),
                    List.of(), List.of(), List.of(), List.of(), null);
        }
    }

    /** Items whose coding failed in this JVM (each still yields a TaggedItem, without tags). */
    public static long failures() {
        return FAILURES.get();
    }

    private static final java.util.concurrent.atomic.AtomicLong FAILURES = new java.util.concurrent.atomic.AtomicLong();

    private TaggedItem codeOrThrow(NewsItem item) {
        Document doc = reader.read(item);
        AgreementExtractor agreements = new AgreementExtractor(vocabulary, syntax);
        InteractionExtractor interactions = new InteractionExtractor(vocabulary, syntax, agreements, CONSULT);
        List<Mention> ms = persons.find(doc, new MentionFinder(dictionary, matcher, vocabulary, politicalWords).find(doc));
        List<List<Group>> groups = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            groups.add(syntax.groups(s, ms));
        }
        if (TRACE) {
            System.err.println("== " + item.id());
            for (Sentence s : doc.sentences()) {
                StringBuilder b = new StringBuilder("s" + s.index() + ": ");
                for (var t : s.tokens()) {
                    b.append(t.text()).append('/').append(t.pos()).append(' ');
                }
                System.err.println(b);
                System.err.println("   groups " + groups.get(s.index()).stream()
                        .map(g -> g.codes() + "@" + g.first() + "-" + g.last()).toList());
            }
        }
        AgreementExtractor.Result ags = agreements.extract(doc, ms, groups);
        List<Interaction> acts = new ArrayList<>(interactions.extract(doc, ms, groups, ags));
        for (Agreement a : ags.agreements()) {
            // ending an agreement is a rejection of the other parties; voiding one it is not party to criticises them
            for (String x : a.terminators) {
                for (String y : a.parties) {
                    if (!x.equals(y)) {
                        boolean party = a.parties.contains(x);
                        acts.add(new Interaction(x, y, party ? "other" : "criticize", InteractionTag.CONFLICTUAL,
                                party ? "REJECT" : "DISAPPROVE", a.terminationSentence));
                    }
                }
            }
            for (String m : a.mediators) {
                for (String y : a.parties) {
                    acts.add(new Interaction(m, y, "other", InteractionTag.COOPERATIVE, "CONSULT", a.mediationSentence));
                }
            }
            if (a.news && "signed".equals(a.status)) {
                for (String x : a.parties) {
                    for (String y : a.parties) {
                        if (!x.equals(y)) {
                            acts.add(new Interaction(x, y, "sign-agreement", InteractionTag.COOPERATIVE, "AGREE",
                                    a.sentences.get(0)));
                        }
                    }
                }
            }
        }
        return new TaggedItem(TaggedItem.SCHEMA, item.id(), item.publishedAt(), item.source(), item.url(),
                actors(doc, ms), persons(doc, ms), agreementTags(doc, ags), interactionTags(doc, acts), null);
    }

    private List<ActorTag> actors(Document doc, List<Mention> ms) {
        Map<String, List<String>> evidence = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Mention m : ms) {
            counts.merge(m.code(), 1, Integer::sum);
            List<String> ev = evidence.computeIfAbsent(m.code(), k -> new ArrayList<>());
            String sentence = doc.sentences().get(m.sentence()).text();
            if (ev.size() < 3 && !ev.contains(sentence)) {
                ev.add(sentence);
            }
        }
        List<ActorTag> out = new ArrayList<>();
        for (var e : evidence.entrySet()) {
            String kind = dictionary.countries().containsKey(e.getKey()) ? ActorTag.COUNTRY : ActorTag.ORGANIZATION;
            out.add(new ActorTag(e.getKey(), kind, counts.get(e.getKey()), e.getValue()));
        }
        return out;
    }

    /**
     * The persons of the item, each under the name the item itself writes in full (folded): a
     * dictionary entry found through another spelling ("Kim Jong Un" for "Kim Jong-un", or a
     * shorter form of a long name) keeps the text's form, which is how the item names its people.
     */
    private static List<PersonTag> persons(Document doc, List<Mention> ms) {
        Map<String, String> written = new LinkedHashMap<>();
        for (Mention m : ms) {
            if (m.isPerson() && !written.containsKey(m.person())) {
                String surface = writtenName(doc.sentences().get(m.sentence()), m);
                if (surface != null) {
                    written.put(m.person(), surface);
                }
            }
        }
        Map<String, PersonTag> out = new LinkedHashMap<>();
        Map<String, List<String>> ev = new LinkedHashMap<>();
        for (Mention m0 : ms) {
            if (!m0.isPerson()) {
                continue;
            }
            String name = written.getOrDefault(m0.person(), m0.person());
            Mention m = new Mention(m0.sentence(), m0.first(), m0.last(), m0.type(), m0.code(), name, m0.role());
            List<String> l = ev.computeIfAbsent(m.person(), k -> new ArrayList<>());
            String sentence = doc.sentences().get(m.sentence()).text();
            if (l.size() < 3 && !l.contains(sentence)) {
                l.add(sentence);
            }
            out.putIfAbsent(m.person(), new PersonTag(m.person(), m.code(), m.role(), null));
        }
        List<PersonTag> list = new ArrayList<>();
        for (PersonTag p : out.values()) {
            list.add(new PersonTag(p.name(), p.country(), p.role(), ev.get(p.name())));
        }
        return list;
    }

    /**
     * The mention's own words when they are a full name of two or more capitalised words that
     * differ from the dictionary's spelling only in form (same first and last word, folded, hyphens
     * read as spaces: "Kim Jong Un", "Jasem Albudaiwi"), else null.
     */
    static String writtenName(Sentence s, Mention m) {
        if (m.last() <= m.first() || m.last() - m.first() > 5) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int i = m.first(); i <= m.last(); i++) {
            Token t = s.token(i);
            if (!t.capitalised() && !t.text().equals("-")) {
                return null;
            }
            words.add(t.text());
        }
        String surface = MentionFinder.foldName(String.join(" ", words).replace(" - ", "-"));
        String canonical = m.person();
        String[] a = surface.replace('-', ' ').toLowerCase(java.util.Locale.ROOT).split(" ");
        String[] b = MentionFinder.foldName(canonical).replace('-', ' ').toLowerCase(java.util.Locale.ROOT).split(" ");
        boolean sameFamily = a[a.length - 1].equals(b[b.length - 1]) && a[0].equals(b[0]);
        return sameFamily && !surface.equals(canonical) ? surface : null;
    }

    private static List<AgreementTag> agreementTags(Document doc, AgreementExtractor.Result ags) {
        List<AgreementTag> out = new ArrayList<>();
        for (Agreement a : ags.agreements()) {
            List<String> ev = new ArrayList<>();
            for (int s : a.sentences) {
                if (ev.size() < 3) {
                    ev.add(doc.sentences().get(s).text());
                }
            }
            out.add(new AgreementTag(a.form, a.domain, List.copyOf(a.parties), a.status,
                    a.date == null ? null : a.date.toString(), a.place, ev));
        }
        return out;
    }

    private List<InteractionTag> interactionTags(Document doc, List<Interaction> acts) {
        Map<String, List<String>> evidence = new LinkedHashMap<>();
        Map<String, Interaction> first = new LinkedHashMap<>();
        for (Interaction a : acts) {
            if (related(a.source(), a.target())) {
                continue;
            }
            String key = a.source() + "|" + a.target() + "|" + a.polarity() + "|" + a.kind();
            first.putIfAbsent(key, a);
            Set<String> ev = new LinkedHashSet<>(evidence.computeIfAbsent(key, k -> new ArrayList<>()));
            ev.add(doc.sentences().get(a.sentence()).text());
            evidence.put(key, new ArrayList<>(ev).subList(0, Math.min(3, ev.size())));
        }
        List<InteractionTag> out = new ArrayList<>();
        for (var e : first.entrySet()) {
            Interaction a = e.getValue();
            out.add(new InteractionTag(a.source(), a.target(), a.polarity(), a.kind(), Weights.of(a.kind(), a.polarity()),
                    evidence.get(e.getKey()), a.plover()));
        }
        return out;
    }

    /** An organisation and its own mission do not interact. */
    private boolean related(String a, String b) {
        Dictionary.Organization oa = dictionary.organizations().get(a);
        Dictionary.Organization ob = dictionary.organizations().get(b);
        return (oa != null && b.equals(oa.parent())) || (ob != null && a.equals(ob.parent()));
    }
}
