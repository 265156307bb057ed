package io.blocwatch.scoring;

import io.blocwatch.contracts.ScoreComponents;

/** The polarization index of docs/scoring.md, as pure functions of the decayed masses. */
public final class PolarizationFormula {

    private PolarizationFormula() {}

    /** 2^(-elapsed / halfLife). */
    public static double decay(long elapsedMs, long halfLifeMs) {
        return Math.pow(2.0, -(double) elapsedMs / halfLifeMs);
    }

    /** (P - N) / (P + N + prior), in (-1, 1). */
    public static double cohesion(double coop, double conflict, double prior) {
        return (coop - conflict) / (coop + conflict + prior);
    }

    public static ScoreComponents components(PairState s, ScenarioParameters p) {
        double k = p.priorMass();
        double denomX = s.coopX + s.conflictX + k;
        return new ScoreComponents(
                cohesion(s.coopA, s.conflictA, k),
                cohesion(s.coopB, s.conflictB, k),
                s.coopX / denomX,
                s.conflictX / denomX,
                s.countA + s.countB + s.countX);
    }

    /** pi = alpha * (cohesionA + cohesionB) / 2 + (1 - alpha) * (hostilityX - cooperationX). */
    public static double polarization(ScoreComponents c, ScenarioParameters p) {
        double alpha = p.cohesionWeight();
        return alpha * (c.cohesionA() + c.cohesionB()) / 2 + (1 - alpha) * (c.crossHostility() - c.crossCooperation());
    }

    public static double polarization(PairState s, ScenarioParameters p) {
        return polarization(components(s, p), p);
    }
}
