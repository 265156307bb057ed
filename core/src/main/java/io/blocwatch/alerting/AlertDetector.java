package io.blocwatch.alerting;

/**
 * One alert rule of docs/scoring.md, in the shape every detector shares: given what the rule
 * remembers for the pair ({@code M}: remembered agreements, an armed flag, a baseline; {@link Void}
 * when it remembers nothing) and one {@link Observation}, it returns what it remembers next and the
 * alerts it found. De-duplication of the candidates across incidents is the scorer's.
 */
public interface AlertDetector<M> {

    Detection<M> detect(M memory, Observation observation);
}
