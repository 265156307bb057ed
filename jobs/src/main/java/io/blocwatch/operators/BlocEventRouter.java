package io.blocwatch.operators;

import io.blocwatch.contracts.TaggedItem;
import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.scoring.BlocScenarios;
import io.blocwatch.scoring.PairRouter;
import java.util.List;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/** The Flink shell of {@link PairRouter}: one {@link BlocEvent} per scenario and bloc pair a tagged item concerns. */
public final class BlocEventRouter implements FlatMapFunction<TaggedItem, BlocEvent> {

    private static final long serialVersionUID = 1L;
    private final PairRouter router;

    public BlocEventRouter(BlocScenarios scenarios) {
        this.router = new PairRouter(scenarios);
    }

    @Override
    public void flatMap(TaggedItem item, Collector<BlocEvent> out) {
        for (BlocEvent event : router.route(item)) {
            out.collect(event);
        }
    }

    /** The events of one item, in scenario and pair order. */
    public List<BlocEvent> route(TaggedItem item) {
        return router.route(item);
    }
}
