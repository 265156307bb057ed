package io.blocwatch.scoring;

import io.blocwatch.contracts.Alert;
import io.blocwatch.contracts.BlocScore;

/** Where the scorer's results go, and the pair's clock: its host's collector, side output and timers. */
public interface PairOutput {

    void score(BlocScore score);

    void alert(Alert alert);

    /** Asks for {@link PairScorer#onTick} of the pair at event time {@code time}. */
    void registerTick(long time);

    /** Withdraws a tick asked for earlier. */
    void cancelTick(long time);
}
