package io.blocwatch.alerting;

import io.blocwatch.contracts.AgreementStatus;
import io.blocwatch.contracts.AlertType;
import io.blocwatch.contracts.Evidence;
import io.blocwatch.contracts.Severity;
import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.scoring.EventIdentity;
import io.blocwatch.scoring.ScenarioParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A signing across the pair's rival blocs that is news: dated within the news window before the
 * item, or undated with its signatories in the item (the router has dropped undated background).
 *
 * <p>The incident is the signing, not a reading of it: the item's cross-bloc agreements that share
 * two signatories and a signing day (or the window, when undated) are one incident, and a
 * later item reporting the same signing (same test against the signings remembered for the pair)
 * names the first alert's incident, which the scorer then does not alert again.
 */
public final class RealignmentDetector implements AlertDetector<List<RememberedAgreement>> {

    /** Cross-bloc signings kept per pair (the newest). */
    static final int MEMORY = 32;

    /** Memory: the cross-bloc signings alerted in the last two counter-alignment windows. */
    @Override
    public Detection<List<RememberedAgreement>> detect(List<RememberedAgreement> memory, Observation observation) {
        BlocEvent event = observation.event();
        ScenarioParameters params = observation.params();
        long today = EventIdentity.epochDay(event.eventTime);
        long keepFrom = today - 2L * params.counterAlignmentDays();
        List<RememberedAgreement> kept = new ArrayList<>(memory.stream().filter(r -> r.signedDay >= keepFrom).toList());
        // The item's readings of cross-bloc signings, merged into signings.
        List<RememberedAgreement> signings = new ArrayList<>();
        for (BlocEvent.BlocAgreement a : event.agreements) {
            if (!BlocEvent.BlocAgreement.CROSS.equals(a.relation) || !AgreementStatus.SIGNED.is(a.status)
                    || !EventIdentity.isNews(a, event.eventTime)) {
                continue;
            }
            RememberedAgreement reading = reading(a, event, today);
            RememberedAgreement merged = signings.stream().filter(s -> sameSigning(s, reading)).findFirst().orElse(null);
            if (merged == null) {
                signings.add(reading);
            } else {
                Set<String> parties = new TreeSet<>(merged.parties);
                parties.addAll(reading.parties);
                merged.parties = new ArrayList<>(parties);
                if ("defense".equals(reading.domain)) {
                    merged.domain = reading.domain;
                }
                if (!merged.dated && reading.dated) {
                    merged.signedDay = reading.signedDay;
                    merged.dated = true;
                }
            }
        }
        List<AlertCandidate> found = new ArrayList<>();
        for (RememberedAgreement s : signings) {
            RememberedAgreement known = kept.stream().filter(k -> sameSigning(k, s)).findFirst().orElse(null);
            String incident;
            if (known != null) {
                incident = known.identity;
            } else {
                s.identity = String.join("-", s.parties) + ":signing:" + LocalDate.ofEpochDay(s.signedDay);
                incident = s.identity;
                kept.add(s);
            }
            Severity severity = "defense".equals(s.domain) ? Severity.HIGH : Severity.MEDIUM;
            String summary = String.join("-", s.parties) + " " + s.domain + " " + s.form + " signed "
                    + LocalDate.ofEpochDay(s.signedDay) + " across " + event.blocA + " x " + event.blocB;
            found.add(new AlertCandidate(AlertType.REALIGNMENT, incident, incident, severity, summary,
                    List.of(new Evidence(event.itemId, event.url, s.sentence)),
                    2L * params.counterAlignmentDays() * 86_400_000L));
        }
        if (kept.size() > MEMORY) {
            kept = new ArrayList<>(kept.subList(kept.size() - MEMORY, kept.size()));
        }
        return new Detection<>(kept, found);
    }

    /**
     * One signing: two signatories in common (a cross-bloc reading always names one of each side), and
     * the same day, or days within the news window when either reading is undated.
     */
    static boolean sameSigning(RememberedAgreement x, RememberedAgreement y) {
        Set<String> common = new LinkedHashSet<>(x.parties);
        common.retainAll(y.parties);
        if (common.size() < 2) {
            return false;
        }
        return x.dated && y.dated ? x.signedDay == y.signedDay
                : Math.abs(x.signedDay - y.signedDay) <= EventIdentity.NEWS_WINDOW_DAYS;
    }

    private static RememberedAgreement reading(BlocEvent.BlocAgreement a, BlocEvent event, long today) {
        RememberedAgreement r = new RememberedAgreement();
        r.bloc = BlocEvent.BlocAgreement.CROSS;
        r.parties = new ArrayList<>(new TreeSet<>(a.parties));
        r.form = a.form;
        r.domain = a.domain;
        Long dated = EventIdentity.parse(a.date);
        r.signedDay = dated != null ? dated : today; // a malformed date keeps the item's day
        r.dated = dated != null;
        r.itemId = event.itemId;
        r.url = event.url;
        r.sentence = a.sentence;
        return r;
    }
}
