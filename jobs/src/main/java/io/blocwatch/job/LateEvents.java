package io.blocwatch.job;

import io.blocwatch.contracts.DeadLetter;
import io.blocwatch.contracts.DeadLetterReason;
import io.blocwatch.scoring.BlocEvent;
import java.time.Instant;

/** Items that arrive later than the allowed lateness are kept as dead letters, not dropped. */
final class LateEvents {

    private LateEvents() {}

    static DeadLetter deadLetter(BlocEvent event) {
        String detail = "item " + event.itemId + " published " + Instant.ofEpochMilli(event.eventTime)
                + " arrived after event time had passed it by more than the allowed lateness; not scored for "
                + event.key();
        return new DeadLetter(null, DeadLetterReason.LATE_EVENT.code(), detail, "item:" + event.itemId,
                0, event.url, Instant.now().toString());
    }
}
