package io.blocwatch.alerting;

import io.blocwatch.contracts.Evidence;
import io.blocwatch.contracts.AgreementTag;
import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.scoring.ScenarioParameters;
import java.util.ArrayList;
import java.util.List;

/** A signed agreement between members of the two rival blocs of the pair. */
public final class RealignmentDetector {

    private RealignmentDetector() {}

    public static List<AlertCandidate> detect(BlocEvent event, ScenarioParameters params) {
        List<AlertCandidate> found = new ArrayList<>();
        for (BlocEvent.BlocAgreement a : event.agreements) {
            if (!BlocEvent.BlocAgreement.CROSS.equals(a.relation) || !AgreementTag.SIGNED.equals(a.status)) {
                continue;
            }
            String date = a.date != null ? a.date : AlertTypes.day(event.eventTime);
            String incident = String.join("-", a.parties) + ":" + a.form + ":" + date;
            String severity = "defense".equals(a.domain) ? AlertTypes.HIGH : AlertTypes.MEDIUM;
            String summary = String.join("-", a.parties) + " " + a.domain + " " + a.form + " signed " + date
                    + " across " + event.blocA + " x " + event.blocB;
            found.add(new AlertCandidate(AlertTypes.REALIGNMENT, incident, incident, severity, summary,
                    List.of(new Evidence(event.itemId, event.url, a.sentence)),
                    2L * params.counterAlignmentDays() * 86_400_000L));
        }
        return found;
    }
}
