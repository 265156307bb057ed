package io.blocwatch.alerting;

import io.blocwatch.contracts.AgreementStatus;
import io.blocwatch.contracts.AlertType;
import io.blocwatch.contracts.Evidence;
import io.blocwatch.contracts.Severity;
import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.scoring.EventIdentity;
import io.blocwatch.scoring.ScenarioParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Formal signed agreements inside each of the two rival blocs (one all-A, one all-B) whose
 * signing dates are at most {@code counter_alignment_days} apart. Intra-bloc agreements are
 * remembered for twice that window, so the second one may come weeks later, or in the same item.
 * Signings recalled as history count by their own dates, but an alert needs one of the two to be
 * news (signed within {@link EventIdentity#NEWS_WINDOW_DAYS} days of the current item).
 */
public final class CounterAlignmentDetector implements AlertDetector<List<RememberedAgreement>> {

    /** Agreements remembered per pair (the newest). */
    static final int MEMORY = 32;

    /** Memory: the signed intra-bloc agreements of the last two windows. */
    @Override
    public Detection<List<RememberedAgreement>> detect(List<RememberedAgreement> memory, Observation observation) {
        BlocEvent event = observation.event();
        ScenarioParameters params = observation.params();
        long window = params.counterAlignmentDays();
        long today = Instant.ofEpochMilli(event.eventTime).atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
        List<RememberedAgreement> kept = new ArrayList<>();
        for (RememberedAgreement r : memory) {
            if (r.signedDay >= today - 2 * window) {
                kept.add(r);
            }
        }
        List<AlertCandidate> candidates = new ArrayList<>();
        for (BlocEvent.BlocAgreement a : event.agreements) {
            RememberedAgreement fresh = remember(a, event, params);
            if (fresh == null || kept.stream().anyMatch(r -> sameAgreement(r, fresh, window))) {
                continue;
            }
            for (RememberedAgreement other : kept) {
                // Both signings may be history, remembered by their dates; the alert needs one of them to be news.
                boolean news = Math.max(other.signedDay, fresh.signedDay) >= today - EventIdentity.NEWS_WINDOW_DAYS;
                if (news && !other.bloc.equals(fresh.bloc) && Math.abs(other.signedDay - fresh.signedDay) <= window) {
                    candidates.add(candidate(fresh, other, event, params));
                }
            }
            kept.add(fresh);
        }
        // Bounded even if a bloc signs dozens of agreements in the window: keep the newest MEMORY.
        kept.sort((x, y) -> Long.compare(x.signedDay, y.signedDay));
        if (kept.size() > MEMORY) {
            kept = new ArrayList<>(kept.subList(kept.size() - MEMORY, kept.size()));
        }
        return new Detection<>(kept, candidates);
    }

    /**
     * The same parties signing the same form within one window is one agreement mentioned again
     * (a later item may refer to it without its date, which then falls back to the item's day).
     */
    static boolean sameAgreement(RememberedAgreement a, RememberedAgreement b, long window) {
        return a.identity.equals(b.identity)
                || (a.parties.equals(b.parties) && a.form.equals(b.form) && Math.abs(a.signedDay - b.signedDay) <= window);
    }

    private static RememberedAgreement remember(BlocEvent.BlocAgreement a, BlocEvent event, ScenarioParameters params) {
        boolean intraA = BlocEvent.BlocAgreement.INTRA_A.equals(a.relation);
        boolean intraB = BlocEvent.BlocAgreement.INTRA_B.equals(a.relation);
        if ((!intraA && !intraB) || !AgreementStatus.SIGNED.is(a.status) || a.parties.size() < 2) {
            return null;
        }
        if (!params.counterAlignmentDomains().isEmpty() && !params.counterAlignmentDomains().contains(a.domain)) {
            return null;
        }
        LocalDate signed = Instant.ofEpochMilli(event.eventTime).atZone(ZoneOffset.UTC).toLocalDate();
        boolean dated = false;
        if (a.date != null) {
            try {
                signed = LocalDate.parse(a.date);
                dated = true;
            } catch (DateTimeParseException e) {
                // keep the item's day: a malformed date must not drop the agreement
            }
        }
        RememberedAgreement r = new RememberedAgreement();
        r.bloc = intraA ? event.blocA : event.blocB;
        r.parties = new ArrayList<>(a.parties);
        r.form = a.form;
        r.domain = a.domain;
        r.signedDay = signed.toEpochDay();
        r.dated = dated;
        r.identity = String.join("-", a.parties) + ":" + a.form + ":" + signed;
        r.itemId = event.itemId;
        r.url = event.url;
        r.sentence = a.sentence;
        return r;
    }

    private static AlertCandidate candidate(RememberedAgreement later, RememberedAgreement earlier, BlocEvent event,
                                            ScenarioParameters params) {
        if (later.signedDay < earlier.signedDay) {
            RememberedAgreement t = later;
            later = earlier;
            earlier = t;
        }
        long gap = later.signedDay - earlier.signedDay;
        String incident = later.identity.compareTo(earlier.identity) < 0
                ? later.identity + "+" + earlier.identity
                : earlier.identity + "+" + later.identity;
        Severity severity = gap <= 7 ? Severity.CRITICAL : Severity.HIGH;
        String summary = describe(later) + ", " + gap + " days after " + describe(earlier);
        List<Evidence> evidence = List.of(
                new Evidence(later.itemId, later.url, later.sentence),
                new Evidence(earlier.itemId, earlier.url, earlier.sentence));
        return new AlertCandidate(AlertType.COUNTER_ALIGNMENT, incident, incident, severity, summary, evidence,
                2L * params.counterAlignmentDays() * 86_400_000L);
    }

    private static String describe(RememberedAgreement r) {
        return String.join("-", r.parties) + " " + r.domain + " " + r.form + " signed " + LocalDate.ofEpochDay(r.signedDay);
    }
}
