package io.blocwatch.bench;

import io.blocwatch.connectors.RawRecord;
import io.blocwatch.connectors.json.NewsItemParser;
import io.blocwatch.connectors.json.ParseOutcome;
import io.blocwatch.job.NewsInput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A bounded, parallel input of pre-generated records: a number sequence (split evenly over the
 * source subtasks) mapped to the records of {@link Workload}, then parsed exactly as the file and
 * Kafka inputs parse. Subtask s of p reads items s, s+p, s+2p... so that event time advances
 * evenly on every subtask. The records are generated before the job starts, so the run measures
 * the pipeline, not the generator or a file system.
 */
public final class GeneratedNews implements NewsInput {

    private static final long serialVersionUID = 1L;
    /** The {@link CountingSink} tally whose first time is when the first record left the source. */
    public static final String SOURCE_TALLY = "source";
    private final long seed;
    private final int count;
    private final int parallelism;
    private final NewsItemParser parser;

    public GeneratedNews(long seed, int count, int parallelism, NewsItemParser parser) {
        if (count % parallelism != 0) {
            throw new IllegalArgumentException("count must be a multiple of the parallelism");
        }
        this.seed = seed;
        this.count = count;
        this.parallelism = parallelism;
        this.parser = parser;
    }

    @Override
    public DataStream<ParseOutcome> open(StreamExecutionEnvironment env, WatermarkStrategy<ParseOutcome> watermarks) {
        NewsItemParser p = parser;
        return env.fromSequence(0, count - 1).setParallelism(parallelism).uid("source-generated")
                .map(new ToRecord(seed, count, parallelism)).returns(TypeInformation.of(RawRecord.class))
                .uid("generated-records").name("records")
                .map(p::parse).returns(TypeInformation.of(ParseOutcome.class))
                .uid("parse-generated").name("parse")
                .assignTimestampsAndWatermarks(watermarks).uid("watermarks-generated");
    }

    /** Sequence number to record, interleaved over the source subtasks. */
    static final class ToRecord extends RichMapFunction<Long, RawRecord> {
        private static final long serialVersionUID = 1L;
        private final long seed;
        private final int count;
        private final int parallelism;
        private transient byte[][] records;
        private transient boolean started;

        ToRecord(long seed, int count, int parallelism) {
            this.seed = seed;
            this.count = count;
            this.parallelism = parallelism;
        }

        @Override
        public void open(OpenContext openContext) {
            records = Workload.records(seed, count);
        }

        @Override
        public RawRecord map(Long n) {
            if (!started) {
                started = true;
                CountingSink.tally(SOURCE_TALLY).firstNanos.accumulateAndGet(System.nanoTime(), Math::min);
            }
            int chunk = count / parallelism;
            int i = (int) (n % chunk) * parallelism + (int) (n / chunk);
            return new RawRecord("gen:" + i, records[i]);
        }
    }
}
