package io.blocwatch.scoring;

import io.blocwatch.contracts.TaggedItem;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/** Maps a tagged item to the bloc pairs it concerns, one {@link BlocEvent} per pair. */
public final class BlocEventRouter implements FlatMapFunction<TaggedItem, BlocEvent> {

    private static final long serialVersionUID = 1L;
    private final BlocScenarios scenarios;

    public BlocEventRouter(BlocScenarios scenarios) {
        this.scenarios = scenarios;
    }

    @Override
    public void flatMap(TaggedItem item, Collector<BlocEvent> out) {
        // Walking-skeleton placeholder.
    }
}
