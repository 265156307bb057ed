package io.blocwatch.job;

import io.blocwatch.connectors.json.ParseOutcome;
import java.io.Serializable;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Where the news comes from: a stream of parse outcomes (items or dead letters) with event-time
 * timestamps and watermarks from the given strategy. Tests pass their own.
 */
@FunctionalInterface
public interface NewsInput extends Serializable {
    DataStream<ParseOutcome> open(StreamExecutionEnvironment env, WatermarkStrategy<ParseOutcome> watermarks);
}
