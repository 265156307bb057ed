package io.blocwatch.job;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Re-orders each key's elements by event time: holds them until the watermark passes their
 * timestamp, then releases them in timestamp order (ties in arrival order). Used for bounded
 * replays of archives whose lines are not in publication order; state is cleared as it drains.
 */
public final class EventTimeSorter<T> extends KeyedProcessFunction<String, T, T> implements ResultTypeQueryable<T> {

    private static final long serialVersionUID = 1L;
    private final TypeInformation<T> type;
    private transient MapState<Long, List<T>> pending;

    public EventTimeSorter(TypeInformation<T> type) {
        this.type = type;
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return type;
    }

    @Override
    public void open(OpenContext openContext) {
        pending = getRuntimeContext().getMapState(new MapStateDescriptor<>("pending-by-event-time", Types.LONG, Types.LIST(type)));
    }

    @Override
    public void processElement(T value, Context ctx, Collector<T> out) throws Exception {
        long ts = ctx.timestamp() == null ? Long.MIN_VALUE : ctx.timestamp();
        if (ts <= ctx.timerService().currentWatermark()) {
            out.collect(value);
            return;
        }
        List<T> list = pending.get(ts);
        if (list == null) {
            list = new ArrayList<>();
            ctx.timerService().registerEventTimeTimer(ts);
        }
        list.add(value);
        pending.put(ts, list);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<T> out) throws Exception {
        List<T> list = pending.get(timestamp);
        if (list != null) {
            list.forEach(out::collect);
            pending.remove(timestamp);
        }
    }
}
