package io.blocwatch.job;

import io.blocwatch.connectors.json.ParseOutcome;
import io.blocwatch.contracts.DeadLetter;
import io.blocwatch.contracts.NewsItem;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/** Valid items go on; rejected records go to {@link #DEAD_LETTERS}, counted per reason. */
public final class DeadLetterSplitter extends ProcessFunction<ParseOutcome, NewsItem> {

    private static final long serialVersionUID = 1L;
    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};

    private transient Counter itemsIn;
    private transient MetricGroup deadLetterGroup;
    private transient Map<String, Counter> byReason;

    @Override
    public void open(OpenContext openContext) {
        MetricGroup group = getRuntimeContext().getMetricGroup();
        itemsIn = group.counter("itemsIn");
        deadLetterGroup = group.addGroup("deadLettered");
        byReason = new HashMap<>();
    }

    @Override
    public void processElement(ParseOutcome outcome, Context ctx, Collector<NewsItem> out) {
        if (outcome.isOk()) {
            itemsIn.inc();
            out.collect(outcome.item());
        } else {
            DeadLetter dl = outcome.deadLetter();
            byReason.computeIfAbsent(dl.reason(), r -> deadLetterGroup.addGroup("reason", r).counter("count")).inc();
            ctx.output(DEAD_LETTERS, dl);
        }
    }
}
