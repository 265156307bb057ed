package io.blocwatch.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.contracts.AlertType;
import io.blocwatch.contracts.Severity;
import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.scoring.ScenarioParameters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The five detectors, each in the one shape: memory and observation in, memory and candidates out. */
class AlertDetectorsTest {

    static final CounterAlignmentDetector COUNTER = new CounterAlignmentDetector();
    static final RealignmentDetector REALIGNMENT = new RealignmentDetector();
    static final CrossBlocHostilityDetector HOSTILITY = new CrossBlocHostilityDetector();
    static final PolarizationRiseDetector RISE = new PolarizationRiseDetector();
    static final PolarizationJumpDetector JUMP = new PolarizationJumpDetector();

    static final ScenarioParameters P = ScenarioParameters.defaults();
    static final long DAY = 86_400_000L;
    static final long T = 1_900_000_000_000L; // 2030-03-17T17:46:40Z

    static BlocEvent event(String id, long time) {
        BlocEvent e = new BlocEvent();
        e.scenario = "sc";
        e.blocA = "east";
        e.blocB = "west";
        e.key = "sc|east|west";
        e.itemId = id;
        e.url = "https://example.org/" + id;
        e.eventTime = time;
        return e;
    }

    static BlocEvent.BlocAgreement agreement(String relation, String domain, String status, String date, String... parties) {
        BlocEvent.BlocAgreement a = new BlocEvent.BlocAgreement();
        a.relation = relation;
        a.domain = domain;
        a.form = "agreement";
        a.status = status;
        a.date = date;
        a.parties = List.of(parties);
        a.sentence = "they signed " + String.join("-", parties);
        return a;
    }

    static BlocEvent.BlocInteraction across(String kind, double weight) {
        BlocEvent.BlocInteraction i = new BlocEvent.BlocInteraction();
        i.source = "EEE";
        i.target = "WWW";
        i.sourceBloc = "east";
        i.targetBloc = "west";
        i.channel = BlocEvent.ACROSS;
        i.kind = kind;
        i.weight = weight;
        i.sentence = "EEE did " + kind;
        return i;
    }

    @Test
    void counterAlignmentPairsIntraBlocAgreementsOfRivalBlocsInsideTheWindow() {
        BlocEvent first = event("i-1", T);
        first.agreements.add(agreement(BlocEvent.BlocAgreement.INTRA_B, "defense", "signed", "2030-03-01", "WWW", "XXX"));
        Detection<List<RememberedAgreement>> r1 = COUNTER.detect(List.of(), Observation.of(first, P));
        assertThat(r1.candidates()).isEmpty();
        assertThat(r1.memory()).hasSize(1);

        BlocEvent second = event("i-2", T + 5 * DAY);
        second.agreements.add(agreement(BlocEvent.BlocAgreement.INTRA_A, "defense", "signed", "2030-03-22", "EEE", "FFF"));
        Detection<List<RememberedAgreement>> r2 = COUNTER.detect(r1.memory(), Observation.of(second, P));
        assertThat(r2.candidates()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(AlertType.COUNTER_ALIGNMENT);
            assertThat(c.incident()).isEqualTo("EEE-FFF:agreement:2030-03-22+WWW-XXX:agreement:2030-03-01");
            assertThat(c.summary()).isEqualTo("EEE-FFF defense agreement signed 2030-03-22, 21 days after "
                    + "WWW-XXX defense agreement signed 2030-03-01");
            assertThat(c.severity()).isEqualTo(Severity.HIGH);
            assertThat(c.evidence()).extracting(e -> e.itemId()).containsExactly("i-2", "i-1");
        });
        // Reported again: already remembered, nothing new.
        assertThat(COUNTER.detect(r2.memory(), Observation.of(second, P)).candidates()).isEmpty();
    }

    @Test
    void counterAlignmentIgnoresSameBlocPlannedOtherDomainsAndOldAgreements() {
        BlocEvent e = event("i-3", T);
        e.agreements.add(agreement(BlocEvent.BlocAgreement.INTRA_A, "defense", "signed", null, "EEE", "FFF"));
        e.agreements.add(agreement(BlocEvent.BlocAgreement.INTRA_A, "defense", "signed", null, "EEE", "GGG"));
        e.agreements.add(agreement(BlocEvent.BlocAgreement.INTRA_B, "defense", "planned", null, "WWW", "XXX"));
        e.agreements.add(agreement(BlocEvent.BlocAgreement.INTRA_B, "energy", "signed", null, "WWW", "YYY"));
        e.agreements.add(agreement(BlocEvent.BlocAgreement.INTRA_B, "defense", "signed", "2029-01-01", "WWW", "ZZZ"));
        assertThat(COUNTER.detect(List.of(), Observation.of(e, P)).candidates()).isEmpty();
        // the same item with a recent signed defence agreement in the rival bloc raises it
        e.agreements.add(agreement(BlocEvent.BlocAgreement.INTRA_B, "defense", "signed", null, "WWW", "VVV"));
        assertThat(COUNTER.detect(List.of(), Observation.of(e, P)).candidates()).isNotEmpty();
    }

    @Test
    void counterAlignmentWithinSevenDaysIsCriticalAndBothMayComeFromOneItem() {
        BlocEvent e = event("i-4", T);
        e.agreements.add(agreement(BlocEvent.BlocAgreement.INTRA_A, "defense", "signed", "2030-03-17", "EEE", "FFF"));
        e.agreements.add(agreement(BlocEvent.BlocAgreement.INTRA_B, "defense", "signed", "2030-03-12", "WWW", "XXX"));
        assertThat(COUNTER.detect(List.of(), Observation.of(e, P)).candidates())
                .singleElement().extracting(AlertCandidate::severity).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void memoryIsPrunedByAgeAndBounded() {
        List<RememberedAgreement> memory = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            BlocEvent e = event("m-" + i, T + i * 1000L);
            e.agreements.add(agreement(BlocEvent.BlocAgreement.INTRA_A, "defense", "signed", null, "EEE", "F" + (10 + i)));
            memory = COUNTER.detect(memory, Observation.of(e, P)).memory();
        }
        assertThat(memory).hasSize(32);
        assertThat(COUNTER.detect(memory, Observation.of(event("late", T + 61 * DAY), P)).memory()).isEmpty();
    }

    @Test
    void anUndatedLaterMentionOfAnAgreementIsNotASecondAgreement() {
        BlocEvent first = event("i-1", T);
        first.agreements.add(agreement(BlocEvent.BlocAgreement.INTRA_B, "defense", "signed", "2030-03-01", "WWW", "XXX"));
        var memory = COUNTER.detect(List.of(), Observation.of(first, P)).memory();
        BlocEvent mention = event("i-2", T + 2 * DAY);
        mention.agreements.add(agreement(BlocEvent.BlocAgreement.INTRA_B, "defense", "signed", null, "WWW", "XXX"));
        memory = COUNTER.detect(memory, Observation.of(mention, P)).memory();
        assertThat(memory).hasSize(1);
        BlocEvent rival = event("i-3", T + 10 * DAY);
        rival.agreements.add(agreement(BlocEvent.BlocAgreement.INTRA_A, "defense", "signed", null, "EEE", "FFF"));
        assertThat(COUNTER.detect(memory, Observation.of(rival, P)).candidates()).singleElement();
    }

    @Test
    void oneBuildUpAimedAtSeveralMembersOfTheOtherBlocIsOneIncident() {
        BlocEvent e = event("i-9", T);
        for (String target : new String[] {"WWW", "XXX", "YYY"}) {
            BlocEvent.BlocInteraction i = across("threaten", -7.0);
            i.target = target;
            i.sentence = "EEE massed troops facing " + target;
            e.interactions.add(i);
        }
        assertThat(HOSTILITY.detect(null, Observation.of(e, P)).candidates()).singleElement().satisfies(c -> {
            assertThat(c.incident()).isEqualTo("east>west");
            assertThat(c.evidence()).hasSize(3);
            assertThat(c.summary()).contains("EEE -> WWW threaten", "EEE -> XXX threaten", "EEE -> YYY threaten");
        });
    }

    @Test
    void hostilityNeedsAStrongConflictualActAcrossTheBlocs() {
        BlocEvent e = event("h-1", T);
        e.interactions.add(across("criticize", -2.2));
        e.interactions.add(across("accuse", -3.4));
        e.interactions.add(across("warn", -3.0));
        assertThat(HOSTILITY.detect(null, Observation.of(e, P)).candidates()).isEmpty();
        e.interactions.add(across("threaten", -7.0));
        BlocEvent.BlocInteraction inside = across("threaten", -7.0);
        inside.channel = BlocEvent.WITHIN_A;
        e.interactions.add(inside);
        assertThat(HOSTILITY.detect(null, Observation.of(e, P)).candidates()).singleElement().satisfies(c -> {
            assertThat(c.incident()).isEqualTo("east>west");
            assertThat(c.idPart()).isEqualTo("east>west|2030-03-17");
            assertThat(c.severity()).isEqualTo(Severity.HIGH);
            assertThat(c.evidence()).singleElement().satisfies(ev -> assertThat(ev.sentence()).isEqualTo("EEE did threaten"));
        });
        BlocEvent attack = event("h-2", T);
        attack.interactions.add(across("other", -10));
        assertThat(HOSTILITY.detect(null, Observation.of(attack, P)).candidates()).singleElement()
                .extracting(AlertCandidate::severity).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void realignmentIsASignedAgreementAcrossTheBlocs() {
        BlocEvent e = event("x-1", T);
        e.agreements.add(agreement(BlocEvent.BlocAgreement.CROSS, "economic", "signed", "2030-03-17", "EEE", "WWW"));
        e.agreements.add(agreement(BlocEvent.BlocAgreement.CROSS, "defense", "planned", null, "EEE", "WWW"));
        e.agreements.add(agreement(BlocEvent.BlocAgreement.INTRA_A, "defense", "signed", null, "EEE", "FFF"));
        assertThat(REALIGNMENT.detect(List.of(), Observation.of(e, P)).candidates()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(AlertType.REALIGNMENT);
            assertThat(c.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(c.incident()).isEqualTo("EEE-WWW:signing:2030-03-17");
        });
    }

    @Test
    void threeReadingsOfOneCrossBlocDeclarationAreOneIncidentAndALaterReportOfItNamesTheSameIncident() {
        // The headline names two signatories, the body three, and a later paragraph calls it an agreement.
        BlocEvent e = event("x-2", T);
        e.agreements.add(agreement(BlocEvent.BlocAgreement.CROSS, "other", "signed", null, "EEE", "WWW"));
        BlocEvent.BlocAgreement body = agreement(BlocEvent.BlocAgreement.CROSS, "other", "signed", "2030-03-17", "EEE", "WWW", "XXX");
        body.form = "declaration";
        e.agreements.add(body);
        e.agreements.add(agreement(BlocEvent.BlocAgreement.CROSS, "defense", "signed", "2030-03-17", "EEE", "XXX", "WWW"));
        Detection<List<RememberedAgreement>> first = REALIGNMENT.detect(List.of(), Observation.of(e, P));
        assertThat(first.candidates()).singleElement().satisfies(c -> {
            assertThat(c.incident()).isEqualTo("EEE-WWW-XXX:signing:2030-03-17");
            assertThat(c.severity()).as("a defence reading makes the signing a defence one").isEqualTo(Severity.HIGH);
        });
        // Two days later another outlet reports the signing without its date: the same incident.
        BlocEvent later = event("x-3", T + 2 * DAY);
        later.agreements.add(agreement(BlocEvent.BlocAgreement.CROSS, "other", "signed", null, "WWW", "EEE"));
        assertThat(REALIGNMENT.detect(first.memory(), Observation.of(later, P)).candidates()).singleElement()
                .extracting(AlertCandidate::incident).isEqualTo("EEE-WWW-XXX:signing:2030-03-17");
        // A signing of the same two states a month later is a new incident.
        BlocEvent next = event("x-4", T + 30 * DAY);
        next.agreements.add(agreement(BlocEvent.BlocAgreement.CROSS, "other", "signed", null, "EEE", "WWW"));
        assertThat(REALIGNMENT.detect(first.memory(), Observation.of(next, P)).candidates()).singleElement()
                .extracting(AlertCandidate::incident).isEqualTo("EEE-WWW:signing:2030-04-16");
    }

    @Test
    void anOldSigningRecalledTodayRaisesNoRealignmentAndTwoOldRivalPactsNoCounterAlignment() {
        // Published 2030-03-17, recalling a cross-bloc trade deal of 1983.
        BlocEvent e = event("x-5", T);
        e.agreements.add(agreement(BlocEvent.BlocAgreement.CROSS, "economic", "signed", "1983-06-02", "EEE", "WWW"));
        assertThat(REALIGNMENT.detect(List.of(), Observation.of(e, P)).candidates()).isEmpty();
        // Eight days before the item is outside the news window too; seven days is news.
        BlocEvent eight = event("x-6", T);
        eight.agreements.add(agreement(BlocEvent.BlocAgreement.CROSS, "economic", "signed", "2030-03-09", "EEE", "WWW"));
        assertThat(REALIGNMENT.detect(List.of(), Observation.of(eight, P)).candidates()).isEmpty();
        BlocEvent seven = event("x-7", T);
        seven.agreements.add(agreement(BlocEvent.BlocAgreement.CROSS, "economic", "signed", "2030-03-10", "EEE", "WWW"));
        assertThat(REALIGNMENT.detect(List.of(), Observation.of(seven, P)).candidates()).hasSize(1);
        // Two rival defence pacts a week apart, both recalled in 2030 as history: remembered, no alert.
        BlocEvent history = event("x-8", T);
        history.agreements.add(agreement(BlocEvent.BlocAgreement.INTRA_A, "defense", "signed", "2029-05-01", "EEE", "FFF"));
        history.agreements.add(agreement(BlocEvent.BlocAgreement.INTRA_B, "defense", "signed", "2029-05-08", "WWW", "XXX"));
        Detection<List<RememberedAgreement>> r = COUNTER.detect(List.of(), Observation.of(history, P));
        assertThat(r.candidates()).isEmpty();
    }


    /** The rise detector at an event that moved the index from {@code before} to {@code after}. */
    static Detection<Boolean> rise(boolean armed, double before, double after) {
        return RISE.detect(armed, Observation.of(event("r", T), P).withIndex(T, before, after));
    }

    @Test
    void riseHasHysteresis() {
        // Each step: the index stood at the previous level just before the event.
        var o = rise(true, 0.20, 0.26);
        assertThat(o.candidates()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(AlertType.POLARIZATION_RISE);
            assertThat(c.summary()).isEqualTo("polarization 0.260 crossed 0.25 (was 0.200)");
        });
        assertThat(o.memory()).isFalse();
        o = rise(o.memory(), 0.26, 0.40);
        assertThat(o.candidates()).isEmpty();
        o = rise(o.memory(), 0.40, 0.20);
        assertThat(o.memory()).isFalse();
        o = rise(o.memory(), 0.20, 0.30);
        assertThat(o.candidates()).isEmpty();
        o = rise(o.memory(), 0.30, 0.14);
        assertThat(o.memory()).isTrue();
        assertThat(rise(o.memory(), 0.14, 0.30).candidates()).hasSize(1);
        assertThat(PolarizationRiseDetector.rearm(false, 0.14, P)).isTrue();
        assertThat(PolarizationRiseDetector.rearm(false, 0.16, P)).isFalse();
        assertThat(PolarizationRiseDetector.severity(0.3)).isEqualTo(Severity.MEDIUM);
        assertThat(PolarizationRiseDetector.severity(0.5)).isEqualTo(Severity.HIGH);
        assertThat(PolarizationRiseDetector.severity(0.7)).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void anIndexThatDecayedBelowTheRearmLevelBeforeAnEventRearmsWithoutATimer() {
        // Fired at 0.34; months later the decayed index is 0.05 just before a new surge to 0.38.
        var fired = rise(true, 0.10, 0.34);
        assertThat(fired.candidates()).hasSize(1);
        var surge = rise(fired.memory(), 0.05, 0.38);
        assertThat(surge.candidates()).hasSize(1);
        // Still high just before the next event: no second alert for the same episode.
        var same = rise(surge.memory(), 0.30, 0.40);
        assertThat(same.candidates()).isEmpty();
    }

    /** The jump detector at an event at {@code time} that moved the index from {@code before} to {@code after}. */
    static Detection<JumpBaseline> jump(JumpBaseline baseline, long time, double before, double after) {
        return JUMP.detect(baseline, Observation.of(event("j", time), P).withIndex(time, before, after));
    }

    @Test
    void jumpComparesTheWindowChangeWithThePairsBaseline() {
        JumpBaseline b = new JumpBaseline();
        double pi = 0;
        for (int i = 0; i < 4; i++) {
            assertThat(jump(b, T + i * DAY * 3, pi, pi + 0.03).candidates()).isEmpty();
            pi += 0.03;
        }
        assertThat(b.history).isEqualTo(4);
        // The window (7 days) reaches back to the event of day 6, whose index before it was 0.06.
        Detection<JumpBaseline> found = jump(b, T + 12 * DAY, pi, pi + 0.25);
        assertThat(found.memory()).isSameAs(b);
        assertThat(found.candidates()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(AlertType.POLARIZATION_JUMP);
            assertThat(c.severity()).isEqualTo(Severity.HIGH);
            assertThat(c.summary()).startsWith("polarization rose 0.310 in 7 days");
        });
        assertThat(JumpBaseline.severity(0.25 + 0.06)).isEqualTo(Severity.HIGH);
        assertThat(jump(b, T + 13 * DAY, pi + 0.25, pi + 0.6).candidates()).isEmpty();
        assertThat(b.samples).hasSizeLessThanOrEqualTo(32);
    }

    @Test
    void alertIdsAreDeterministicAndDistinguishTheirInputs() {
        String id = AlertTypes.alertId("sc", AlertType.REALIGNMENT, "east", "west", "EEE-WWW:agreement:2030-03-17");
        assertThat(id).hasSize(16).matches("[0-9a-f]{16}")
                .isEqualTo(AlertTypes.alertId("sc", AlertType.REALIGNMENT, "east", "west", "EEE-WWW:agreement:2030-03-17"))
                .isNotEqualTo(AlertTypes.alertId("sc", AlertType.REALIGNMENT, "east", "west", "EEE-WWW:agreement:2030-03-18"))
                .isNotEqualTo(AlertTypes.alertId("other", AlertType.REALIGNMENT, "east", "west", "EEE-WWW:agreement:2030-03-17"));
    }
}
