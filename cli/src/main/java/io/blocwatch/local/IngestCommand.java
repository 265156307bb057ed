package io.blocwatch.local;

import io.blocwatch.config.JobConfig;
import io.blocwatch.connectors.feeds.FeedSource;
import io.blocwatch.connectors.feeds.FeedsFile;
import io.blocwatch.connectors.feeds.FetchSettings;
import io.blocwatch.connectors.json.ParseOutcome;
import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import io.blocwatch.connectors.kafka.KafkaEndpoints;
import io.blocwatch.connectors.kafka.KafkaSettings;
import io.blocwatch.contracts.DeadLetter;
import io.blocwatch.contracts.NewsItem;
import io.blocwatch.job.BlocwatchJob;
import io.blocwatch.job.DeadLetterSplitter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.accumulators.IntCounter;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ingest --feeds feeds.yaml (--bootstrap-servers H:P [--topic news.items] | --output ITEMS.jsonl) [--once]}:
 * the feed source on a local MiniCluster, its NewsItem v1 records to a Kafka topic (exactly once,
 * for the job's input) or appended to a JSON-lines file (a corpus for tag and replay). Across
 * runs too: the ids already on the topic (or in the file) are read at start and not written
 * again. Each failed poll is printed on stderr with its reason. With --once every feed is polled
 * once, then it exits.
 */
@Command(name = "ingest", description = {
        "polls RSS/Atom feeds (and their article pages) into NewsItem v1 records on a topic (exactly once) or",
        "appended to a file; failed polls are printed on stderr with the reason; never writes an item twice",
        "across runs: the ids already on the topic (written within --remember) or in the file are skipped"})
final class IngestCommand extends CliCommand {

    static final String ITEMS_ACCUMULATOR = "ingested-items";

    @Option(names = "--feeds", required = true, paramLabel = "feeds.yaml", description = "the feeds to poll")
    String feedsPath;
    @Option(names = "--bootstrap-servers", paramLabel = "H:P", description = "write to a topic on this broker")
    String bootstrap;
    @Option(names = "--topic", paramLabel = "news.items", description = "the topic (with --bootstrap-servers)")
    String topic;
    @Option(names = "--output", paramLabel = "ITEMS.jsonl", description = "append to this file instead")
    String output;
    @Option(names = "--once", description = "one poll of every feed, then exit")
    boolean once;
    @Option(names = "--max-runtime", paramLabel = "PT10M", description = "stop after this long")
    String maxRuntime;
    @Option(names = "--remember", paramLabel = "P30D", description = "how far back the topic's ids are read (default P30D)")
    String rememberText;

    @Override
    int run(PrintStream out, PrintStream err, Map<String, String> variables, Clock clock) throws Exception {
        Path feedsFile = requiredFile("feeds", feedsPath);
        Duration remember = Duration.parse(opt(rememberText, "P30D"));
        if ((bootstrap == null) == (output == null)) {
            throw new IllegalArgumentException("give either --bootstrap-servers HOST:PORT (with --topic, default news.items) or --output ITEMS.jsonl");
        }
        if (topic != null && bootstrap == null) {
            throw new IllegalArgumentException("--topic needs --bootstrap-servers");
        }
        FeedsFile.Loaded loaded = FeedsFile.load(feedsFile);
        loaded.unknownKeys().forEach(k -> err.println("feeds file " + feedsFile + ": unknown key '" + k + "' ignored"));
        FeedSource source = (once ? FeedSource.once(loaded.feeds(), FetchSettings.defaults())
                : FeedSource.continuous(loaded.feeds(), FetchSettings.defaults()))
                .remembering(remember, FeedSource.DEFAULT_MAX_REMEMBERED);

        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("checkpoint.interval", "PT5S");
        keys.put("job.name", "blocwatch-ingest");
        keys.put("kafka.transactional-id-prefix", "blocwatch-ingest");
        if (bootstrap != null) {
            keys.put("kafka.bootstrap-servers", bootstrap);
            keys.put("topics.input", opt(topic, "news.items"));
        }
        JobConfig config = JobConfig.fromArgs(new String[0], System.getenv()).with(keys);
        Configuration flink = BlocwatchJob.flinkConfiguration(config, true);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flink);
        env.setParallelism(Math.max(1, Math.min(2, loaded.feeds().size())));

        // Each run is a new process without a checkpoint: what earlier runs wrote is read back from
        // where they wrote it, and those ids are not written again.
        Set<String> before;
        if (bootstrap != null) {
            KafkaSettings kafka = config.kafkaSettings();
            EmbeddedKafkaBroker.createTopics(bootstrap, 2, kafka.inputTopic());
            before = IngestMemory.onTopic(kafka.clientProperties(), kafka.inputTopic(), remember, Instant.now());
            err.println("remembering " + before.size() + " item id(s) already on " + kafka.inputTopic()
                    + " (committed, written within --remember " + remember + ")");
        } else {
            before = IngestMemory.inFile(Path.of(output), err);
            if (!before.isEmpty()) {
                err.println("remembering " + before.size() + " item id(s) already in " + output + "; new items are appended");
            }
        }
        source = source.skipping(before);

        SingleOutputStreamOperator<NewsItem> items = env.fromSource(source, WatermarkStrategy.noWatermarks(), "news-feeds")
                .uid("source-news-feeds")
                .process(new DeadLetterSplitter()).uid("dead-letter-splitter").name("split-dead-letters");
        items.getSideOutput(DeadLetterSplitter.DEAD_LETTERS).sinkTo(new StderrSink()).setParallelism(1)
                .uid("print-feed-failures").name("print-feed-failures");
        SingleOutputStreamOperator<NewsItem> counted = items.map(new CountItems()).uid("count-ingested").name("count-ingested");
        String target;
        if (bootstrap != null) {
            KafkaSettings kafka = config.kafkaSettings();
            counted.sinkTo(KafkaEndpoints.jsonSink(kafka, kafka.inputTopic(), NewsItem.class, NewsItem::id))
                    .uid("sink-news-items").name("sink-news-items");
            target = "topic " + kafka.inputTopic() + " on " + bootstrap;
        } else {
            counted.sinkTo(new AppendingItemsFileSink(Path.of(output))).setParallelism(1)
                    .uid("sink-news-items-file").name("sink-news-items-file");
            target = output;
        }

        out.println("ingesting " + loaded.feeds().size() + " feed(s) from " + feedsFile + " into " + target
                + (once ? " (one poll of each feed)" : ", polling each on its interval"));
        JobClient job = env.executeAsync("blocwatch-ingest");
        if (once) {
            JobExecutionResult result = job.getJobExecutionResult().get();
            Integer n = result.getAccumulatorResult(ITEMS_ACCUMULATOR);
            out.println("ingested " + (n == null ? 0 : n) + " item(s) into " + target);
            return 0;
        }
        if (maxRuntime != null) {
            Thread.sleep(Duration.parse(maxRuntime).toMillis());
            job.cancel().get();
            out.println("max runtime reached, stopped");
            return 0;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                job.cancel().get();
            } catch (Exception ignored) {
                // already stopped
            }
        }));
        out.println("press Ctrl-C to stop");
        job.getJobExecutionResult().get();
        return 0;
    }

    private static String opt(String v, String fallback) {
        return v == null ? fallback : v;
    }

    /** Counts the items written, for the summary line. */
    static final class CountItems extends RichMapFunction<NewsItem, NewsItem> {
        private static final long serialVersionUID = 1L;
        private transient IntCounter counter;

        @Override
        public void open(OpenContext openContext) {
            counter = new IntCounter();
            getRuntimeContext().addAccumulator(ITEMS_ACCUMULATOR, counter);
        }

        @Override
        public NewsItem map(NewsItem item) {
            counter.add(1);
            return item;
        }
    }

    /** Each failed poll as one line on stderr: the feed, the reason code, what happened. */
    static final class StderrSink implements Sink<DeadLetter> {
        private static final long serialVersionUID = 1L;

        @Override
        public SinkWriter<DeadLetter> createWriter(WriterInitContext context) {
            return new SinkWriter<>() {
                @Override
                public void write(DeadLetter d, Context ctx) {
                    System.err.println("feed failed [" + d.reason() + "] " + d.source() + ": " + d.detail());
                }

                @Override
                public void flush(boolean endOfInput) {
                    System.err.flush();
                }

                @Override
                public void close() {}
            };
        }
    }
}
