package io.blocwatch.job;

import io.blocwatch.config.BlocwatchOptions;
import io.blocwatch.config.JobConfig;
import io.blocwatch.connectors.json.NewsItemParser;
import io.blocwatch.connectors.kafka.KafkaReachability;
import io.blocwatch.connectors.kafka.KafkaSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The cluster job: {@link #main} checks the configuration and the broker, then runs
 * {@link #forKafka}, the Kafka wiring of the one job graph ({@link BlocwatchPipeline}) that the
 * demo, the tests and the benchmarks run too.
 */
public final class BlocwatchJob {

    private BlocwatchJob() {}

    /**
     * The job graph on Kafka, as the cluster runs it: news from {@code topics.input} (and the feeds
     * of {@code input.feeds.file}, when set), run-time updates from {@code topics.control}, outputs
     * to the four output topics, exactly-once when the configuration says so.
     */
    public static BlocwatchPipeline forKafka(JobConfig config) {
        KafkaSettings kafka = config.kafkaSettings();
        return new BlocwatchPipeline(
                FeedInputs.forConfig(config, NewsInputs.kafka(kafka, parser(config))),
                NewsInputs.kafkaControl(kafka, config.get("topics.control")),
                JobSinks.kafka(kafka), config);
    }

    /** The parser the configuration asks for (size and time limits). */
    public static NewsItemParser parser(JobConfig config) {
        return new NewsItemParser(config.maxRecordBytes(), config.duration("input.max-future"),
                Instant.parse("1900-01-01T00:00:00Z"), Clock.systemUTC());
    }

    /** Checkpointing, state and serialization settings for a streaming run. */
    public static Configuration flinkConfiguration(JobConfig config, boolean checkpointing) {
        Map<String, String> c = new HashMap<>();
        c.put("pipeline.name", config.get("job.name"));
        // Every type on the wire has a Flink serializer; a Kryo fallback would fail the job at build time.
        c.put("pipeline.generic-types", "false");
        if (checkpointing) {
            c.put("execution.checkpointing.interval", config.checkpointInterval().toMillis() + " ms");
            c.put("execution.checkpointing.mode", "EXACTLY_ONCE");
            c.put("execution.checkpointing.timeout", config.duration("checkpoint.timeout").toMillis() + " ms");
            c.put("execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION");
            c.put("execution.checkpointing.min-pause", Math.min(1000, config.checkpointInterval().toMillis() / 2) + " ms");
            // Opt-in: barriers stuck behind queued records under backpressure overtake them after this long.
            Duration aligned = config.get(BlocwatchOptions.CHECKPOINT_ALIGNED_TIMEOUT);
            if (aligned != null) {
                c.put("execution.checkpointing.unaligned.enabled", "true");
                c.put("execution.checkpointing.aligned-checkpoint-timeout", aligned.toMillis() + " ms");
            }
        }
        return Configuration.fromMap(c);
    }

    /** Cluster entry point: the Kafka job. Options are listed by --help. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println("Blocwatch job: news items from Kafka to alerts, scores, tags and dead letters.");
            System.out.println("Usage: flink run blocwatch-job.jar [--config FILE] [--key value]...");
            System.out.println(JobConfig.help());
            return;
        }
        JobConfig config = JobConfig.fromArgs(args, System.getenv());
        // A wrong address or a dead broker is a message now, not a job that restarts every minute in silence.
        KafkaReachability.check(config.kafkaSettings().bootstrapServers(),
                config.kafkaSettings().clientProperties(), KafkaReachability.DEFAULT_TIMEOUT);
        forKafka(config).execute(StreamExecutionEnvironment.getExecutionEnvironment(flinkConfiguration(config, true)));
    }
}
