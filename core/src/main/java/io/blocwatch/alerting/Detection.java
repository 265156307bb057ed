package io.blocwatch.alerting;

import java.util.List;

/** What an {@link AlertDetector} remembers after an observation, and the alerts it found. */
public record Detection<M>(M memory, List<AlertCandidate> candidates) {

    public Detection {
        candidates = List.copyOf(candidates);
    }

    /** Nothing found; the memory is {@code memory}. */
    public static <M> Detection<M> none(M memory) {
        return new Detection<>(memory, List.of());
    }
}
