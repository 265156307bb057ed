package io.blocwatch.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PolarizationFormulaTest {

    static final ScenarioParameters P = ScenarioParameters.defaults();
    static final long H = P.halfLifeMs();

    static double pi(PairState s) {
        return PolarizationFormula.polarization(s, P);
    }

    static PairState with(String channel, double... weights) {
        PairState s = new PairState();
        for (double w : weights) {
            s.add(channel, w, 0, H);
        }
        return s;
    }

    @Test
    void nothingReportedIsZero() {
        assertThat(pi(new PairState())).isZero();
    }

    @Test
    void risesWithCohesionAndCrossHostilityFallsWithCrossCooperation() {
        assertThat(pi(with(BlocEvent.WITHIN_A, 5))).isPositive();
        assertThat(pi(with(BlocEvent.ACROSS, -7))).isGreaterThan(pi(with(BlocEvent.ACROSS, -2.2)));
        assertThat(pi(with(BlocEvent.ACROSS, 5))).isNegative();
        PairState hostileAndCohesive = with(BlocEvent.ACROSS, -7);
        hostileAndCohesive.add(BlocEvent.WITHIN_B, 5, 0, H);
        assertThat(pi(hostileAndCohesive)).isGreaterThan(pi(with(BlocEvent.ACROSS, -7)));
        PairState infighting = with(BlocEvent.WITHIN_A, -5);
        assertThat(pi(infighting)).isNegative();
    }

    @Test
    void exactValueMatchesTheDocumentedEquation() {
        PairState s = with(BlocEvent.ACROSS, -7, 3);
        s.add(BlocEvent.WITHIN_A, 10, 0, H);
        double cohesionA = 10 / 30.0;
        double hostility = 7 / 30.0;
        double cooperation = 3 / 30.0;
        assertThat(pi(s)).isCloseTo(0.3 * cohesionA / 2 + 0.7 * (hostility - cooperation), within(1e-12));
    }

    @Test
    void staysWithinBoundsUnderOverwhelmingEvidence() {
        PairState max = new PairState();
        PairState min = new PairState();
        for (int i = 0; i < 10_000; i++) {
            max.add(BlocEvent.ACROSS, -10, 0, H);
            max.add(BlocEvent.WITHIN_A, 10, 0, H);
            max.add(BlocEvent.WITHIN_B, 10, 0, H);
            min.add(BlocEvent.ACROSS, 10, 0, H);
            min.add(BlocEvent.WITHIN_A, -10, 0, H);
            min.add(BlocEvent.WITHIN_B, -10, 0, H);
        }
        assertThat(pi(max)).isLessThan(1).isGreaterThan(0.99);
        assertThat(pi(min)).isGreaterThan(-1).isLessThan(-0.99);
    }

    @Test
    void priorKeepsOneArticleFromSwingingTheIndex() {
        assertThat(pi(with(BlocEvent.ACROSS, -7))).isLessThan(0.2);
    }

    @Test
    void massesHalveEveryHalfLife() {
        PairState s = with(BlocEvent.ACROSS, -8);
        s.decayTo(H, H);
        assertThat(s.conflictX).isCloseTo(4, within(1e-9));
        assertThat(s.countX).isCloseTo(0.5, within(1e-9));
        s.decayTo(0, H); // never backwards
        assertThat(s.conflictX).isCloseTo(4, within(1e-9));
    }

    @Test
    void lateEventContributesWhatItWouldHaveInOrder() {
        PairState inOrder = new PairState();
        inOrder.add(BlocEvent.ACROSS, -3, 0, H);
        inOrder.add(BlocEvent.ACROSS, -7, H / 2, H);
        inOrder.add(BlocEvent.WITHIN_A, 5, H, H);
        PairState late = new PairState();
        late.add(BlocEvent.ACROSS, -3, 0, H);
        late.add(BlocEvent.WITHIN_A, 5, H, H);
        late.add(BlocEvent.ACROSS, -7, H / 2, H);
        assertThat(late.conflictX).isCloseTo(inOrder.conflictX, within(1e-9));
        assertThat(pi(late)).isCloseTo(pi(inOrder), within(1e-12));
    }
}
