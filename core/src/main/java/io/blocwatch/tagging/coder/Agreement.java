package io.blocwatch.tagging.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** An agreement the item refers to, while it is being built up from its mentions. */
final class Agreement {
    final String form;
    String domain;
    final TreeSet<String> parties;
    String status;
    LocalDate date;
    String place;
    boolean news;
    /** Set on a reference whose verb is a signing verb (signed, planned or negated). */
    boolean signingVerb;
    /** Who ends, voids or suspends it in this item, and where. */
    final java.util.Set<String> terminators = new java.util.LinkedHashSet<>();
    int terminationSentence = -1;
    /** Who brokered it ("a deal brokered by China"), and where. */
    final java.util.Set<String> mediators = new java.util.LinkedHashSet<>();
    int mediationSentence = -1;
    /**
     * Set when a plural noun pairs the same parties with each of several others ("similar agreements with A
     * and B": the pivot is the signer; "A and B signed separate agreements with C and D": C and D).
     */
    TreeSet<String> pivot;
    /** "A, B and C divided the seabed in bilateral deals": one agreement per pair of the parties. */
    boolean pairwise;
    final List<Integer> sentences = new ArrayList<>();
    int lastSentence;
    int lastToken;

    Agreement(String form, String domain, TreeSet<String> parties, String status, LocalDate date, String place,
            boolean news, int sentence, int token) {
        this.form = form;
        this.domain = domain;
        this.parties = parties;
        this.status = status;
        this.date = date;
        this.place = place;
        this.news = news;
        this.sentences.add(sentence);
        this.lastSentence = sentence;
        this.lastToken = token;
    }

    static int rank(String status) {
        return switch (status) {
            case "signed" -> 3;
            case "reported" -> 2;
            default -> 1;
        };
    }

    void absorb(Agreement o) {
        if (rank(o.status) > rank(status)) {
            status = o.status;
        }
        if (date == null) {
            date = o.date;
        }
        if (place == null) {
            place = o.place;
        }
        if ("other".equals(domain) && !"other".equals(o.domain)) {
            domain = o.domain;
        }
        news |= o.news;
        terminators.addAll(o.terminators);
        mediators.addAll(o.mediators);
        if (mediationSentence < 0) {
            mediationSentence = o.mediationSentence;
        }
        if (terminationSentence < 0) {
            terminationSentence = o.terminationSentence;
        }
        for (int s : o.sentences) {
            if (!sentences.contains(s)) {
                sentences.add(s);
            }
        }
        if (o.lastSentence > lastSentence || (o.lastSentence == lastSentence && o.lastToken > lastToken)) {
            lastSentence = o.lastSentence;
            lastToken = o.lastToken;
        }
    }
}
