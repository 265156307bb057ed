package io.blocwatch.scoring;

import io.blocwatch.contracts.Alert;
import io.blocwatch.contracts.BlocScore;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/** Rolling polarization per scenario and bloc pair, on event time; alerts go to {@link #ALERTS}. */
public class BlocPolarizationFunction extends KeyedProcessFunction<String, BlocEvent, BlocScore> {

    private static final long serialVersionUID = 1L;
    public static final OutputTag<Alert> ALERTS = new OutputTag<>("alerts") {};

    private final BlocScenarios scenarios;

    public BlocPolarizationFunction(BlocScenarios scenarios) {
        this.scenarios = scenarios;
    }

    @Override
    public void processElement(BlocEvent event, Context ctx, Collector<BlocScore> out) {
        // Walking-skeleton placeholder.
    }
}
