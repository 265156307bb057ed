package io.blocwatch.operators;

import io.blocwatch.connectors.RawRecord;
import io.blocwatch.connectors.json.NewsItemParser;
import io.blocwatch.control.ControlUpdate;
import io.blocwatch.control.ControlUpdates;
import io.blocwatch.contracts.DeadLetter;
import io.blocwatch.contracts.DeadLetterReason;
import io.blocwatch.scoring.BlocScenarios;
import io.blocwatch.scoring.Scenario;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Checks each control message once, before it is broadcast ({@link ControlUpdates}, the message
 * format and its rules): a malformed update becomes a dead letter with reason invalid_update and
 * the version in force stays; a valid one goes on.
 */
public final class ControlValidator extends ProcessFunction<RawRecord, ControlUpdate> {

    private static final long serialVersionUID = 1L;
    public static final OutputTag<DeadLetter> REJECTED = new OutputTag<>("rejected-control-updates") {};

    private final Set<String> startScenarioIds;
    private transient Counter accepted;
    private transient Counter rejected;

    public ControlValidator(BlocScenarios startScenarios) {
        this.startScenarioIds = startScenarios.scenarios().stream().map(Scenario::id)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Override
    public void open(OpenContext openContext) {
        accepted = getRuntimeContext().getMetricGroup().counter("controlUpdatesAccepted");
        rejected = getRuntimeContext().getMetricGroup().counter("controlUpdatesRejected");
    }

    @Override
    public void processElement(RawRecord record, Context ctx, Collector<ControlUpdate> out) {
        try {
            ControlUpdate update = validate(record, startScenarioIds);
            accepted.inc();
            out.collect(update);
        } catch (IllegalArgumentException e) {
            rejected.inc();
            String text = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
            ctx.output(REJECTED, NewsItemParser.deadLetter(record, DeadLetterReason.INVALID_UPDATE.code(),
                    "control update rejected, the version in force stays: " + e.getMessage(), text, Instant.now()));
        }
    }

    /** Parses and fully checks one message; throws IllegalArgumentException naming the problem. */
    public static ControlUpdate validate(RawRecord record, Set<String> startScenarioIds) {
        return ControlUpdates.validate(record.value(), startScenarioIds);
    }
}
