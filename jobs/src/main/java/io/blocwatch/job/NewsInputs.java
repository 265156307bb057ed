package io.blocwatch.job;

import io.blocwatch.connectors.RawRecord;
import io.blocwatch.connectors.files.LineFileSource;
import io.blocwatch.connectors.json.NewsItemParser;
import io.blocwatch.connectors.json.ParseOutcome;
import io.blocwatch.connectors.kafka.KafkaEndpoints;
import io.blocwatch.connectors.kafka.KafkaSettings;
import java.nio.file.Path;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/** The two real inputs: a Kafka topic and a JSON-lines file. */
public final class NewsInputs {

    private NewsInputs() {}

    /** The input topic; watermarks are generated per partition inside the source. */
    public static NewsInput kafka(KafkaSettings settings, NewsItemParser parser) {
        return (env, watermarks) -> env.fromSource(KafkaEndpoints.newsSource(settings, parser), watermarks, "news-items")
                .uid("source-news-items");
    }

    /**
     * The control topic. It carries no event time: the source declares itself idle, so that joining
     * it to the items leaves their watermark alone. (A watermark of "end of time" here would take
     * over as soon as the news feed itself went idle, and every later item would be late.)
     */
    public static ControlInput kafkaControl(KafkaSettings settings, String topic) {
        return env -> env.fromSource(KafkaEndpoints.controlSource(settings, topic),
                        WatermarkStrategy.<RawRecord>forGenerator(ctx -> new AlwaysIdle()), "control-updates")
                .uid("source-control-updates");
    }

    /** Watermarks for a stream that must never hold event time back nor move it forward. */
    static final class AlwaysIdle implements WatermarkGenerator<RawRecord> {
        @Override
        public void onEvent(RawRecord event, long eventTimestamp, WatermarkOutput output) {}

        @Override
        public void onPeriodicEmit(WatermarkOutput output) {
            output.markIdle();
        }
    }

    /** A bounded JSON-lines file, parsed line by line. */
    public static NewsInput file(Path file, NewsItemParser parser) {
        String path = file.toAbsolutePath().toString();
        return (env, watermarks) -> env.fromSource(LineFileSource.of(Path.of(path)), WatermarkStrategy.noWatermarks(), "news-file")
                .uid("source-news-file")
                .map(parser::parse).returns(TypeInformation.of(ParseOutcome.class))
                .uid("parse-news-file").name("parse")
                .assignTimestampsAndWatermarks(watermarks)
                .uid("watermarks-news-file");
    }
}
