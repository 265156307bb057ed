package io.blocwatch.connectors.json;

import io.blocwatch.contracts.DeadLetter;
import io.blocwatch.contracts.NewsItem;

/** Either a valid item or the dead letter that says why the record was rejected. */
public record ParseOutcome(NewsItem item, DeadLetter deadLetter) {

    public static ParseOutcome ok(NewsItem item) {
        return new ParseOutcome(item, null);
    }

    public static ParseOutcome rejected(DeadLetter deadLetter) {
        return new ParseOutcome(null, deadLetter);
    }

    public boolean isOk() {
        return item != null;
    }
}
