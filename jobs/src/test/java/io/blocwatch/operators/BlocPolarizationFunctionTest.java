package io.blocwatch.operators;

import static io.blocwatch.operators.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.blocwatch.contracts.AlertType;
import io.blocwatch.contracts.Severity;
import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.scoring.BlocScenarios;
import io.blocwatch.scoring.NearDuplicateSignature;
import io.blocwatch.contracts.Json;
import io.blocwatch.contracts.Alert;
import io.blocwatch.contracts.BlocScore;
import io.blocwatch.contracts.InteractionTag;
import io.blocwatch.contracts.TaggedItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The keyed function under Flink's operator test harness: state, event time, side outputs. */
class BlocPolarizationFunctionTest {

    static final long T0 = t("2031-06-10T12:00:00Z");
    static final String THREAT_TEXT = "Tanks and howitzers were moved to positions a few kilometres from the crossing "
            + "at Jarinje overnight, according to officials who asked the army to explain the purpose of the move.";
    static final String THREAT_COPY = "According to officials, tanks and howitzers were moved overnight to positions "
            + "a few kilometres from the Jarinje crossing; the officials asked the army to explain the move's purpose.";

    static BlocEvent threat(String id, long time, String text, String... pairs) {
        List<InteractionTag> tags = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            tags.add(interaction(pairs[i], pairs[i + 1], "threaten", pairs[i] + " massed troops facing " + pairs[i + 1]));
        }
        return wb(item(id, Instant.ofEpochMilli(time).toString(), text, tags, List.of()));
    }

    static BlocEvent threat(String id, long time) {
        return threat(id, time, uniqueText(id), "SRB", "XKX");
    }

    static KeyedOneInputStreamOperatorTestHarness<String, BlocEvent, BlocScore> harness() throws Exception {
        return Fixtures.harness(new BlocPolarizationFunction(SCENARIOS));
    }

    @Test
    void scoresDecayByHalfLifeOnTheDailyCadence() throws Exception {
        var h = harness();
        push(h, threat("d-1", T0));
        assertThat(scores(h)).hasSize(1);
        double first = scores(h).get(0).polarization();
        assertThat(first).isCloseTo(0.7 * 7 / 27.0, within(1e-4));

        h.processWatermark(T0 + 30 * DAY);
        List<BlocScore> ticks = scores(h).subList(1, scores(h).size());
        // One score per UTC midnight, the first tick after the event skipped (a score was emitted that day).
        assertThat(ticks).isNotEmpty();
        assertThat(ticks).allSatisfy(s -> assertThat(s.eventTime()).endsWith("T00:00:00Z"));
        assertThat(ticks.get(0).eventTime()).isEqualTo("2031-06-12T00:00:00Z");
        for (int i = 1; i < ticks.size(); i++) {
            assertThat(ticks.get(i).polarization()).isLessThan(ticks.get(i - 1).polarization());
        }
        BlocScore last = ticks.get(ticks.size() - 1);
        assertThat(last.eventTime()).isEqualTo("2031-07-10T00:00:00Z");
        double conflict = 7 * Math.pow(2, -(t("2031-07-10T00:00:00Z") - T0) / (30.0 * DAY));
        assertThat(last.polarization()).isCloseTo(0.7 * conflict / (conflict + 20), within(1e-4));
        assertThat(last.components().crossHostility()).isCloseTo(conflict / (conflict + 20), within(1e-4));
        assertThat(last.items()).isEqualTo(1);
    }

    @Test
    void eventsEmitAScoreOnlyWhenTheIndexMovesMoreThanTheStep() throws Exception {
        var h = harness();
        push(h, threat("e-1", T0));
        // A word of praise inside one bloc moves the index by 0.3 / 2 * 2.5 / 22.5 = 0.017 < 0.02.
        push(h, wb(item("e-2", "2031-06-10T13:00:00Z", "Budapest thanked Belgrade for a warm welcome",
                List.of(interaction("HUN", "SRB", "praise", "Budapest thanked Belgrade")), List.of())));
        assertThat(scores(h)).hasSize(1);
        // The same threat reported again the same day is one event (counts once, no score); the next day's counts.
        push(h, threat("e-3", T0 + 2 * HOUR));
        assertThat(scores(h)).hasSize(1);
        push(h, threat("e-4", T0 + DAY + 2 * HOUR));
        assertThat(scores(h)).hasSize(2);
        assertThat(scores(h).get(1).items()).isEqualTo(4);
    }

    @Test
    void eachScoreNamesTheEventsThatWeighMostInItNow() throws Exception {
        var h = harness();
        push(h, threat("x-1", T0));
        push(h, wb(item("x-2", "2031-06-11T09:00:00Z", uniqueText("x-2"),
                List.of(interaction("XKX", "SRB", "criticize", "Pristina criticised Belgrade")), List.of())));
        push(h, wb(item("x-3", "2031-06-12T09:00:00Z", uniqueText("x-3"),
                List.of(interaction("HUN", "SRB", "military-cooperation", "joint drills"),
                        interaction("SRB", "HUN", "military-cooperation", "joint drills")), List.of())));
        BlocScore last = lastScore(h);
        // The threat (-7, two days old) outweighs the drills (+6 each, fresh) and the criticism (-2.2).
        assertThat(last.topEvents()).extracting(e -> e.kind() + " " + e.source() + ">" + e.target() + " " + e.itemIds())
                .containsExactly("threaten SRB>XKX [x-1]", "military-cooperation HUN>SRB [x-3]",
                        "military-cooperation SRB>HUN [x-3]");
        assertThat(last.topEvents().get(0).weight()).isBetween(-7.0, -6.5);
        assertThat(last.topEvents().get(0).channel()).isEqualTo(BlocEvent.ACROSS);
        // Months later the daily heartbeat names the same events, decayed.
        h.processWatermark(t("2031-09-10T00:00:00Z"));
        BlocScore later = lastScore(h);
        assertThat(later.topEvents()).hasSize(3);
        assertThat(Math.abs(later.topEvents().get(0).weight())).isLessThan(Math.abs(last.topEvents().get(0).weight()) / 4);
    }

    @Test
    void anEventReportedByTwoOutletsCountsOnceAndItsScoreNamesBothItems() throws Exception {
        var h = harness();
        push(h, threat("y-1", T0));
        BlocScore once = lastScore(h);
        // Another outlet's own account of the same build-up, the same day: no new score, no new weight.
        push(h, threat("y-2", T0 + 5 * HOUR));
        push(h, wb(item("y-3", "2031-06-11T09:00:00Z", uniqueText("y-3"),
                List.of(interaction("XKX", "SRB", "criticize", "Pristina criticised Belgrade")), List.of())));
        BlocScore last = lastScore(h);
        assertThat(last).isNotEqualTo(once);
        assertThat(last.topEvents().get(0).kind()).isEqualTo("threaten");
        assertThat(last.topEvents().get(0).itemIds()).containsExactly("y-1", "y-2");
        assertThat(last.components().evidenceMass()).isLessThan(2.5);
    }

    @Test
    void criticismAndAccusationsMoveTheScoreButRaiseNoHostilityAlert() throws Exception {
        var h = harness();
        push(h, wb(item("c-1", "2031-06-10T12:00:00Z", "Pristina accused Belgrade of arming the attackers",
                List.of(interaction("XKX", "SRB", "accuse", "accused Belgrade of arming the attackers"),
                        interaction("SRB", "XKX", "criticize", "Belgrade called the claim shameful"),
                        interaction("SRB", "ALB", "protest", "summoned the Albanian envoy"),
                        interaction("SRB", "HRV", "warn", "warned Zagreb")), List.of())));
        assertThat(alertTypes(h)).doesNotContain(AlertType.CROSS_BLOC_HOSTILITY.json());
        assertThat(lastScore(h).polarization()).isGreaterThan(0.15);
        push(h, threat("c-2", T0 + HOUR));
        assertThat(alertTypes(h)).contains(AlertType.CROSS_BLOC_HOSTILITY.json());
    }

    @Test
    void riseFiresOnceAndRearmsOnlyAfterFallingBelowTheLowerThreshold() throws Exception {
        var h = harness();
        push(h, threat("r-1", T0, "first report of massing", "SRB", "XKX", "HUN", "HRV"));
        assertThat(alertTypes(h)).containsOnlyOnce(AlertType.POLARIZATION_RISE.json());
        push(h, threat("r-2", T0 + HOUR, "second report of a different buildup", "SRB", "ALB"));
        assertThat(lastScore(h).polarization()).isGreaterThan(0.25);
        assertThat(alertTypes(h).stream().filter(AlertType.POLARIZATION_RISE.json()::equals)).hasSize(1);

        // 30 days: still above the re-arm level (0.15), a new push above 0.25 does not fire.
        h.processWatermark(T0 + 30 * DAY);
        assertThat(lastScore(h).polarization()).isBetween(0.15, 0.25);
        push(h, threat("r-3", T0 + 30 * DAY + HOUR, "third report", "SRB", "XKX", "HUN", "ALB"));
        assertThat(lastScore(h).polarization()).isGreaterThan(0.25);
        assertThat(alertTypes(h).stream().filter(AlertType.POLARIZATION_RISE.json()::equals)).hasSize(1);

        // Decay below 0.15 re-arms; the next crossing fires again.
        h.processWatermark(T0 + 100 * DAY);
        assertThat(lastScore(h).polarization()).isLessThan(0.15);
        push(h, threat("r-4", T0 + 100 * DAY + HOUR, "fourth report", "SRB", "XKX", "HUN", "HRV", "SRB", "ALB"));
        assertThat(alertTypes(h).stream().filter(AlertType.POLARIZATION_RISE.json()::equals)).hasSize(2);
    }

    @Test
    void jumpFiresAgainstThePairsOwnBaselineOncePerWindow() throws Exception {
        var h = harness();
        for (int i = 0; i < 4; i++) {
            push(h, criticism("j-" + i, T0 + i * 2 * DAY));
            h.processWatermark(T0 + i * 2 * DAY);
        }
        assertThat(alertTypes(h)).doesNotContain(AlertType.POLARIZATION_JUMP.json());
        long burst = T0 + 8 * DAY;
        push(h, threat("j-burst", burst, "a sudden massing on every border", "SRB", "XKX", "HUN", "HRV", "SRB", "ALB", "HUN", "XKX"));
        assertThat(alertTypes(h)).containsOnlyOnce(AlertType.POLARIZATION_JUMP.json());
        Alert jump = alerts(h).stream().filter(a -> a.type().equals(AlertType.POLARIZATION_JUMP.json())).findFirst().orElseThrow();
        assertThat(jump.eventTime()).isEqualTo(Instant.ofEpochMilli(burst).toString());
        assertThat(jump.severity()).isEqualTo(Severity.CRITICAL.json());
        // A second burst inside the window is part of the same jump.
        push(h, threat("j-burst-2", burst + DAY, "another sudden massing", "SRB", "XKX", "HUN", "HRV", "SRB", "ALB", "HUN", "ALB"));
        assertThat(alertTypes(h)).containsOnlyOnce(AlertType.POLARIZATION_JUMP.json());
    }

    @Test
    void jumpNeedsAMinimumHistory() throws Exception {
        var h = harness();
        push(h, threat("h-1", T0, "a sudden massing on every border", "SRB", "XKX", "HUN", "HRV", "SRB", "ALB", "HUN", "XKX"));
        assertThat(alertTypes(h)).doesNotContain(AlertType.POLARIZATION_JUMP.json());
    }

    @Test
    void syndicatedCopyCountsOnceAndRaisesNoSecondAlert() throws Exception {
        BlocPolarizationFunction fn = new BlocPolarizationFunction(SCENARIOS);
        var h = Fixtures.harness(fn);
        assertThat(NearDuplicateSignature.similarity(NearDuplicateSignature.of(THREAT_TEXT),
                NearDuplicateSignature.of(THREAT_COPY))).isGreaterThanOrEqualTo(0.25);
        push(h, threat("n-1", T0, THREAT_TEXT, "SRB", "XKX"));
        BlocScore afterFirst = lastScore(h);
        int alertsAfterFirst = alerts(h).size();
        push(h, threat("n-2", T0 + 3 * HOUR, THREAT_COPY, "SRB", "XKX"));
        push(h, threat("n-1", T0 + 4 * HOUR, "the same id again, re-delivered", "SRB", "XKX"));
        h.processWatermark(T0 + 5 * DAY);
        assertThat(alerts(h)).hasSize(alertsAfterFirst);
        assertThat(alertTypes(h)).containsOnlyOnce(AlertType.CROSS_BLOC_HOSTILITY.json());
        assertThat(lastScore(h).items()).isEqualTo(1);
        assertThat(lastScore(h).polarization()).isLessThan(afterFirst.polarization());
        assertThat(fn.duplicateEventCount()).isEqualTo(2);
    }

    @Test
    void sameIncidentFromADifferentStoryInsideTheWindowIsAlertedOnce() throws Exception {
        var h = harness();
        push(h, threat("i-1", T0));
        push(h, threat("i-2", T0 + DAY));
        assertThat(alertTypes(h)).containsOnlyOnce(AlertType.CROSS_BLOC_HOSTILITY.json());
        push(h, threat("i-3", T0 + 8 * DAY));
        assertThat(alertTypes(h).stream().filter(AlertType.CROSS_BLOC_HOSTILITY.json()::equals)).hasSize(2);
    }

    @Test
    void stateIsClearedAfterLongSilenceAndTimersStop() throws Exception {
        var h = harness();
        push(h, threat("x-1", T0));
        assertThat(h.numKeyedStateEntries()).isPositive();
        h.processWatermark(T0 + 181 * DAY);
        assertThat(h.numKeyedStateEntries()).isZero();
        assertThat(h.numEventTimeTimers()).isZero();
        // A fresh start: counts from one, and the same incident may alert again.
        push(h, threat("x-2", T0 + 182 * DAY));
        assertThat(lastScore(h).items()).isEqualTo(1);
        assertThat(alertTypes(h).stream().filter(AlertType.CROSS_BLOC_HOSTILITY.json()::equals)).hasSize(2);
        assertThat(h.numEventTimeTimers()).isEqualTo(2);
    }

    @Test
    void eventsLaterThanAllowedLatenessGoToTheLateOutputAndAreCounted() throws Exception {
        BlocPolarizationFunction fn = new BlocPolarizationFunction(SCENARIOS);
        var h = Fixtures.harness(fn);
        push(h, criticism("l-1", T0));
        h.processWatermark(T0 + 3 * DAY);
        int scoresBefore = scores(h).size();
        BlocEvent tooLate = threat("l-late", T0 + DAY);
        push(h, tooLate);
        assertThat(late(h)).extracting(e -> e.itemId).containsExactly("l-late");
        assertThat(fn.lateEventCount()).isEqualTo(1);
        assertThat(scores(h)).hasSize(scoresBefore);
        assertThat(alerts(h)).isEmpty();

        // Within the allowed lateness (one day): counted, exactly as if it had come in order.
        push(h, threat("l-ok", T0 + 3 * DAY - 12 * HOUR));
        assertThat(late(h)).hasSize(1);
        assertThat(alertTypes(h)).containsExactly(AlertType.CROSS_BLOC_HOSTILITY.json());

        var inOrder = harness();
        push(inOrder, criticism("l-1", T0));
        push(inOrder, threat("l-ok", T0 + 3 * DAY - 12 * HOUR));
        inOrder.processWatermark(T0 + 3 * DAY);
        assertThat(lastScore(h).eventTime()).isEqualTo(lastScore(inOrder).eventTime());
        assertThat(lastScore(h).polarization()).isCloseTo(lastScore(inOrder).polarization(), within(1e-4));
    }

    @Test
    void counterAlignmentFiresOncePerIncident() throws Exception {
        var h = harness();
        TaggedItem declaration = item("ca-1", "2031-06-01T10:00:00Z", "Three governments signed a defense declaration",
                signing("signed a defense declaration", "ALB", "HRV", "XKX"),
                List.of(signed("declaration", "defense", "2031-06-01", "signed a defense declaration", "ALB", "HRV", "XKX")));
        TaggedItem pact = item("ca-2", "2031-06-20T10:00:00Z", "Two governments signed a defense pact in reply",
                signing("signed a defense pact", "HUN", "SRB"),
                List.of(signed("agreement", "defense", "2031-06-20", "signed a defense pact", "HUN", "SRB")));
        TaggedItem recap = item("ca-3", "2031-06-24T10:00:00Z", "A weekly analysis recalls both signings in other words",
                List.of(),
                List.of(signed("agreement", "defense", "2031-06-20", "the pact signed last week", "HUN", "SRB"),
                        signed("declaration", "defense", "2031-06-01", "the declaration of early June", "ALB", "HRV", "XKX")));
        push(h, wb(declaration));
        assertThat(alerts(h)).isEmpty();
        push(h, wb(pact));
        push(h, wb(recap));
        List<Alert> counter = alerts(h).stream().filter(a -> a.type().equals(AlertType.COUNTER_ALIGNMENT.json())).toList();
        assertThat(counter).hasSize(1);
        assertThat(counter.get(0).summary()).contains("19 days");
        assertThat(counter.get(0).severity()).isEqualTo(Severity.HIGH.json());
        assertThat(counter.get(0).emittedAt()).isEqualTo("2031-06-20T10:00:00Z");
        assertThat(counter.get(0).evidence()).extracting(e -> e.itemId()).containsExactly("ca-2", "ca-1");
        assertThat(alertTypes(h)).doesNotContain(AlertType.REALIGNMENT.json());
    }

    @Test
    void agreementsFurtherApartThanTheWindowOrOutsideDefenseAreNoCounterAlignment() throws Exception {
        var h = harness();
        push(h, wb(item("w-1", "2031-06-01T10:00:00Z", "declaration",
                List.of(), List.of(signed("declaration", "defense", "2031-06-01", null, "ALB", "HRV")))));
        push(h, wb(item("w-2", "2031-07-15T10:00:00Z", "pact 44 days later",
                List.of(), List.of(signed("agreement", "defense", "2031-07-15", null, "HUN", "SRB")))));
        push(h, wb(item("w-3", "2031-07-16T10:00:00Z", "energy deal",
                List.of(), List.of(signed("memorandum", "energy", "2031-07-16", null, "ALB", "XKX")))));
        assertThat(alertTypes(h)).doesNotContain(AlertType.COUNTER_ALIGNMENT.json());
    }

    @Test
    void signedAgreementAcrossTheBlocsIsARealignment() throws Exception {
        var h = harness();
        push(h, wb(item("ra-1", "2031-06-01T10:00:00Z", "Budapest and Zagreb signed a defense agreement",
                signing("signed a defense agreement", "HRV", "HUN"),
                List.of(signed("agreement", "defense", "2031-06-01", "signed a defense agreement", "HRV", "HUN")))));
        assertThat(alerts(h)).extracting(Alert::type, Alert::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertType.REALIGNMENT.json(), Severity.HIGH.json()));
        assertThat(lastScore(h).polarization()).isNegative();
    }

    @Test
    void snapshotAndRestoreKeepScoresAndMemory() throws Exception {
        var h = harness();
        push(h, criticism("s-1", T0));
        push(h, threat("s-2", T0 + DAY, THREAT_TEXT, "SRB", "XKX"));
        h.processWatermark(T0 + 2 * DAY);
        OperatorSubtaskState snapshot = h.snapshot(1L, T0 + 2 * DAY);
        BlocScore beforeRestart = lastScore(h);
        h.close();

        var restored = Fixtures.harness0(new BlocPolarizationFunction(SCENARIOS));
        restored.initializeState(snapshot);
        restored.open();
        // The syndicated copy is still recognised, the incident still suppressed.
        push(restored, threat("s-3", T0 + 2 * DAY + HOUR, THREAT_COPY, "SRB", "XKX"));
        push(restored, threat("s-4", T0 + 3 * DAY));
        restored.processWatermark(T0 + 6 * DAY);
        assertThat(alertTypes(restored)).doesNotContain(AlertType.CROSS_BLOC_HOSTILITY.json());

        var uninterrupted = harness();
        push(uninterrupted, criticism("s-1", T0));
        push(uninterrupted, threat("s-2", T0 + DAY, THREAT_TEXT, "SRB", "XKX"));
        uninterrupted.processWatermark(T0 + 2 * DAY);
        push(uninterrupted, threat("s-3", T0 + 2 * DAY + HOUR, THREAT_COPY, "SRB", "XKX"));
        push(uninterrupted, threat("s-4", T0 + 3 * DAY));
        uninterrupted.processWatermark(T0 + 6 * DAY);
        List<BlocScore> tail = scores(uninterrupted).subList(scores(uninterrupted).size() - scores(restored).size(),
                scores(uninterrupted).size());
        assertThat(scores(restored)).isNotEmpty().isEqualTo(tail);
        assertThat(lastScore(restored).items()).isEqualTo(beforeRestart.items() + 1);
    }

    @Test
    void stateOfAScenarioRemovedByAConfigurationUpdateIsDroppedAfterRestore() throws Exception {
        var h = harness();
        push(h, threat("u-1", T0));
        OperatorSubtaskState snapshot = h.snapshot(1L, T0);
        h.close();

        BlocScenarios withoutBalkans = new BlocScenarios(List.of(SCENARIOS.scenario("great-powers")), SCENARIOS.settings());
        var restored = Fixtures.harness0(new BlocPolarizationFunction(withoutBalkans));
        restored.initializeState(snapshot);
        restored.open();
        assertThat(restored.numKeyedStateEntries()).isPositive();
        push(restored, threat("u-2", T0 + HOUR));
        restored.processWatermark(T0 + 2 * DAY);
        assertThat(restored.numKeyedStateEntries()).isZero();
        assertThat(restored.numEventTimeTimers()).isZero();
        assertThat(scores(restored)).isEmpty();
        assertThat(alerts(restored)).isEmpty();
    }

    @Test
    void rerunProducesByteIdenticalAlertsAndScores() throws Exception {
        List<String> first = run();
        List<String> second = run();
        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    private static List<String> run() throws Exception {
        var h = harness();
        BlocEventRouter router = new BlocEventRouter(SCENARIOS);
        for (TaggedItem item : SeedStorylineTest.story()) {
            for (BlocEvent e : router.route(item)) {
                push(h, e);
            }
            h.processWatermark(item.eventTimeMillis());
        }
        List<String> out = new ArrayList<>();
        alerts(h).forEach(a -> out.add(Json.write(a)));
        scores(h).forEach(s -> out.add(Json.write(s)));
        return out;
    }
}
