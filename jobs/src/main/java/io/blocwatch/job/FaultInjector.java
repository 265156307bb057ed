package io.blocwatch.job;

import java.io.Serializable;

/**
 * A hook the tag operator ({@code control.TagWithUpdates}) still calls once per item. The job graph
 * always passes {@link #NONE}, which never throws: the recovery test injects its faults through the
 * graph's input and sinks instead, so that it runs the graph {@code main} runs. Left only for that
 * operator's constructor; it goes when the operator drops the parameter.
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
