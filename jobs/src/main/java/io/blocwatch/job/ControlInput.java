package io.blocwatch.job;

import io.blocwatch.connectors.RawRecord;
import java.io.Serializable;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Where run-time updates (dictionaries, bloc scenarios) come from. The stream must not hold back
 * event time: it carries no event time of its own.
 */
@FunctionalInterface
public interface ControlInput extends Serializable {

    /**
     * No updates: an empty, bounded stream that ends at once, so that the tag and route operators
     * are the same with or without a control topic. For bounded runs (see {@link BlocwatchPipeline}).
     */
    ControlInput NONE = env -> env.fromData(List.<RawRecord>of(), TypeInformation.of(RawRecord.class))
            .uid("source-no-control-updates").name("no-control-updates");

    DataStream<RawRecord> open(StreamExecutionEnvironment env);
}
