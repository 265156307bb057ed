package io.blocwatch.job;

import io.blocwatch.connectors.RawRecord;
import java.io.Serializable;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;

/**
 * Where run-time updates (dictionaries, bloc scenarios) come from. The stream must not hold back
 * event time: it carries no event time of its own.
 */
@FunctionalInterface
public interface ControlInput extends Serializable {

    /**
     * No updates: an empty, bounded stream that ends at once, so that the tag and route operators
     * are the same with or without a control topic. For bounded runs (see {@link BlocwatchPipeline}).
     * (Flink's fromData fails on an empty collection in 2.2: it reads one element past the end.)
     */
    ControlInput NONE = env -> env.fromSequence(0, 0).uid("source-no-control-updates").name("no-control-updates")
            .flatMap(new NoUpdates()).uid("no-control-updates").name("no-control-updates");

    DataStream<RawRecord> open(StreamExecutionEnvironment env);

    /** Drops the one element of the sequence: the stream carries no update at all. */
    final class NoUpdates implements FlatMapFunction<Long, RawRecord>, ResultTypeQueryable<RawRecord> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(Long ignored, Collector<RawRecord> out) {}

        @Override
        public TypeInformation<RawRecord> getProducedType() {
            return TypeInformation.of(RawRecord.class);
        }
    }
}
