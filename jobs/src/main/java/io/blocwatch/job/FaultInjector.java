package io.blocwatch.job;

import java.io.Serializable;

/**
 * A seam for recovery tests: the job calls {@link #maybeFail} at a few named places (the tag and
 * score stages, the scorer's checkpoint hooks) and an implementation may throw there to make the
 * job fail over. Production uses {@link #NONE}, which never throws.
 */
@FunctionalInterface
public interface FaultInjector extends Serializable {

    /** In the tag stage, once per item ({@code n}: items seen by this subtask since it started). */
    String TAG = "tag";
    /** In the scorer, once per bloc event, before the event touches state. */
    String SCORE = "score";
    /** In the scorer's snapshotState ({@code n}: the checkpoint id). */
    String CHECKPOINT = "checkpoint";
    /** In the scorer's notifyCheckpointComplete, when sinks commit their transactions ({@code n}: checkpoint id). */
    String CHECKPOINT_COMPLETE = "checkpoint-complete";

    FaultInjector NONE = (place, n) -> {};

    /** Throws to simulate a failure at {@code place}; {@code n} says how far this subtask got. */
    void maybeFail(String place, long n) throws Exception;
}
