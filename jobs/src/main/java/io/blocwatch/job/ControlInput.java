package io.blocwatch.job;

import io.blocwatch.connectors.RawRecord;
import java.io.Serializable;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Where run-time updates (dictionaries, bloc scenarios) come from. The stream must not hold back
 * event time: it carries no event time of its own.
 */
@FunctionalInterface
public interface ControlInput extends Serializable {
    DataStream<RawRecord> open(StreamExecutionEnvironment env);
}
