package io.blocwatch.operators;

import io.blocwatch.contracts.TaggedItem;
import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.control.ControlUpdate;
import io.blocwatch.scoring.BlocScenarios;
import io.blocwatch.scoring.PairRouter;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Routes tagged items to bloc pairs ({@link PairRouter}) with the bloc membership in force: the scenarios the job
 * started with until a scenarios update arrives on the control topic.
 */
public final class RouteWithUpdates extends BroadcastProcessFunction<TaggedItem, ControlUpdate, BlocEvent> {

    private static final long serialVersionUID = 1L;
    private final BlocScenarios startScenarios;

    private transient PairRouter router;
    private transient String version;

    public RouteWithUpdates(BlocScenarios startScenarios) {
        this.startScenarios = startScenarios;
    }

    @Override
    public void processElement(TaggedItem item, ReadOnlyContext ctx, Collector<BlocEvent> out) throws Exception {
        ControlUpdate update = ctx.getBroadcastState(ControlState.UPDATES).get(ControlUpdate.SCENARIOS);
        if (router == null || (update != null && !update.version().equals(version))) {
            router = update == null ? new PairRouter(startScenarios)
                    : new PairRouter(BlocScenarios.parse(update.document()));
            version = update == null ? null : update.version();
        }
        router.route(item).forEach(out::collect);
    }

    @Override
    public void processBroadcastElement(ControlUpdate update, Context ctx, Collector<BlocEvent> out) throws Exception {
        if (ControlUpdate.SCENARIOS.equals(update.kind())) {
            ctx.getBroadcastState(ControlState.UPDATES).put(update.kind(), update);
        }
    }
}
