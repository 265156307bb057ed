package io.blocwatch.contracts;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One event behind a BlocScore: its kind, who did it to whom, the part of the pair it counted in
 * ({@code within-a}, {@code within-b}, {@code across}), its weight decayed to the score's time, and
 * the item that reported it.
 */
@JsonPropertyOrder({"kind", "source", "target", "channel", "weight", "event_time", "item_ids"})
public record ScoreContribution(
        String kind,
        String source,
        String target,
        String channel,
        double weight,
        String eventTime,
        List<String> itemIds) {

    public ScoreContribution {
        itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
    }
}
