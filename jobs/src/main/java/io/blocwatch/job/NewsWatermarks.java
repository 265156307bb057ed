package io.blocwatch.job;

import io.blocwatch.connectors.json.ParseOutcome;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Event time is the item's published_at. Watermarks trail the newest item by a bounded
 * out-of-orderness; dead letters carry no event time and never move them; a partition idle for
 * longer than the idleness timeout stops holding the others back.
 */
public final class NewsWatermarks {

    private NewsWatermarks() {}

    public static WatermarkStrategy<ParseOutcome> strategy(Duration outOfOrderness, Duration idleness) {
        long bound = outOfOrderness.toMillis();
        WatermarkStrategy<ParseOutcome> base = ctx -> new ItemsOnly(bound);
        return base.withTimestampAssigner((outcome, recordTimestamp) ->
                        outcome.isOk() ? outcome.item().eventTimeMillis() : Long.MIN_VALUE)
                .withIdleness(idleness);
    }

    /**
     * For bounded replays of archives in any order: timestamps from published_at, and no watermark
     * until the input ends, so that every item is on time and is re-ordered before scoring.
     */
    public static WatermarkStrategy<ParseOutcome> atEndOfInput() {
        return WatermarkStrategy.<ParseOutcome>noWatermarks().withTimestampAssigner((outcome, recordTimestamp) ->
                outcome.isOk() ? outcome.item().eventTimeMillis() : Long.MIN_VALUE);
    }

    static final class ItemsOnly implements WatermarkGenerator<ParseOutcome> {
        private final long bound;
        private long maxTimestamp = Long.MIN_VALUE;

        ItemsOnly(long bound) {
            this.bound = bound;
        }

        @Override
        public void onEvent(ParseOutcome event, long eventTimestamp, WatermarkOutput output) {
            if (event.isOk() && eventTimestamp > maxTimestamp) {
                maxTimestamp = eventTimestamp;
            }
        }

        @Override
        public void onPeriodicEmit(WatermarkOutput output) {
            if (maxTimestamp != Long.MIN_VALUE) {
                output.emitWatermark(new Watermark(maxTimestamp - bound - 1));
            }
        }
    }
}
