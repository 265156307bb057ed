package io.blocwatch.job;

import io.blocwatch.config.JobConfig;
import io.blocwatch.connectors.feeds.FeedSource;
import io.blocwatch.connectors.feeds.FeedsFile;
import io.blocwatch.connectors.json.ParseOutcome;
import java.nio.file.Path;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * RSS/Atom feeds as the job's input ({@code input.feeds.file}): alone ({@code input.feeds.only=true})
 * or joined to another input (the Kafka topic). Each feed has its own watermark inside the source;
 * {@code watermark.idleness} lets a quiet feed stop holding event time back.
 */
public final class FeedInputs {

    private FeedInputs() {}

    /** The feeds of {@code source} as a news input, with the stable uid {@code source-news-feeds}. */
    public static NewsInput feeds(FeedSource source) {
        return (env, watermarks) -> env.fromSource(source, watermarks, "news-feeds").uid("source-news-feeds");
    }

    /** Both inputs, one stream. */
    public static NewsInput union(NewsInput first, NewsInput second) {
        return (env, watermarks) -> {
            DataStream<ParseOutcome> a = first.open(env, watermarks);
            return a.union(second.open(env, watermarks));
        };
    }

    /** The continuous source of the configuration's feeds file, with its memory of emitted ids. */
    public static FeedSource source(JobConfig config) {
        FeedsFile.Loaded loaded = FeedsFile.load(Path.of(config.require("input.feeds.file")));
        loaded.unknownKeys().forEach(k -> System.err.println("feeds file " + config.get("input.feeds.file")
                + ": unknown key '" + k + "' ignored"));
        return FeedSource.continuous(loaded.feeds(), io.blocwatch.connectors.feeds.FetchSettings.defaults())
                .remembering(config.duration("input.feeds.remember"), FeedSource.DEFAULT_MAX_REMEMBERED);
    }

    /**
     * The input the configuration asks for: {@code kafka} alone without a feeds file; the feeds and
     * {@code kafka} with one; the feeds alone with {@code input.feeds.only=true}.
     */
    public static NewsInput forConfig(JobConfig config, NewsInput kafka) {
        if (config.get("input.feeds.file") == null) {
            return kafka;
        }
        NewsInput feeds = feeds(source(config));
        return Boolean.parseBoolean(config.get("input.feeds.only")) ? feeds : union(kafka, feeds);
    }
}
