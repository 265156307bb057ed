package io.blocwatch.contracts;

/**
 * The parts a polarization index is built from, each an event-time decayed quantity:
 * cohesion inside each bloc, and cooperation and hostility across the pair.
 */
public record ScoreComponents(
        double cohesionA,
        double cohesionB,
        double crossCooperation,
        double crossHostility,
        double evidenceMass) {}
