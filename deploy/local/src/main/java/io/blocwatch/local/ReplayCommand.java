package io.blocwatch.local;

import io.blocwatch.config.JobConfig;
import io.blocwatch.job.BlocwatchJob;
import io.blocwatch.job.JobSinks;
import io.blocwatch.job.NewsInputs;
import io.blocwatch.contracts.DeadLetter;
import io.blocwatch.contracts.TaggedItem;
import java.io.IOException;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * {@code replay --input ITEMS.jsonl --output DIR}: the full pipeline on a MiniCluster over a
 * bounded file, in event time whatever the file's order.
 */
final class ReplayCommand {

    private ReplayCommand() {}

    static int run(Options options, PrintStream out, PrintStream err) throws Exception {
        if (options.get("tagged") != null) {
            return runTagged(options, out);
        }
        Path input = options.requireFile("input");
        Path dir = Path.of(options.require("output"));
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("input.bounded-replay", "true");
        keys.put("job.parallelism", "1");
        keys.put("job.name", "blocwatch-replay");
        String parallelism = options.take("parallelism");
        if (parallelism != null) {
            keys.put("job.parallelism", parallelism);
        }
        keys.putAll(options.remaining());
        JobConfig config = JobConfig.of(keys);
        Files.createDirectories(dir);
        long started = System.nanoTime();
        Configuration flink = BlocwatchJob.flinkConfiguration(config, false);
        flink.set(org.apache.flink.configuration.RestartStrategyOptions.RESTART_STRATEGY, "none");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(flink);
        new BlocwatchJob(NewsInputs.file(input, BlocwatchJob.parser(config)), JobSinks.files(dir), config).execute(env);
        long ms = (System.nanoTime() - started) / 1_000_000;
        out.printf("replayed %s in %d ms into %s: %d tagged, %d scores, %d alerts, %d dead letters%n", input, ms, dir,
                lines(dir.resolve("tagged.jsonl")), lines(dir.resolve("scores.jsonl")),
                lines(dir.resolve("alerts.jsonl")), lines(dir.resolve("deadletter.jsonl")));
        return 0;
    }

    /**
     * {@code replay --tagged TAGGED.jsonl --output DIR}: routing, scoring and alerting over TaggedItem v1
     * lines (gold tags, or another coder's output) instead of tagging raw items; same outputs and
     * options. Lines that are not valid TaggedItem v1 go to DIR/deadletter.jsonl with the reason.
     */
    static int runTagged(Options options, PrintStream out) throws Exception {
        Path input = options.requireFile("tagged");
        Path dir = Path.of(options.require("output"));
        if (options.get("input") != null) {
            throw new IllegalArgumentException("replay takes --input ITEMS.jsonl or --tagged TAGGED.jsonl, not both");
        }
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("input.bounded-replay", "true");
        keys.put("job.parallelism", "1");
        keys.put("job.name", "blocwatch-replay-tagged");
        String parallelism = options.take("parallelism");
        if (parallelism != null) {
            keys.put("job.parallelism", parallelism);
        }
        keys.putAll(options.remaining());
        JobConfig config = JobConfig.of(keys);
        TaggedLines.Read read = TaggedLines.read(input);
        Files.createDirectories(dir);
        long started = System.nanoTime();
        Configuration flink = BlocwatchJob.flinkConfiguration(config, false);
        flink.set(org.apache.flink.configuration.RestartStrategyOptions.RESTART_STRATEGY, "none");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(flink);
        DataStream<TaggedItem> tagged = bounded(env, read.items(), TaggedItem.class, "tagged-items")
                .assignTimestampsAndWatermarks(WatermarkStrategy.<TaggedItem>noWatermarks()
                        .withTimestampAssigner((t, ts) -> t.eventTimeMillis()))
                .uid("tagged-file-timestamps").name("tagged-items-in-event-time");
        DataStream<DeadLetter> rejected = bounded(env, read.rejected(), DeadLetter.class, "rejected-tagged-lines");
        new BlocwatchJob(null, JobSinks.files(dir), config).buildFromTagged(env, tagged, rejected);
        env.execute(config.get("job.name"));
        long ms = (System.nanoTime() - started) / 1_000_000;
        out.printf("replayed %s in %d ms into %s: %d tagged items, %d scores, %d alerts, %d dead letters%n", input, ms, dir,
                lines(dir.resolve("tagged.jsonl")), lines(dir.resolve("scores.jsonl")),
                lines(dir.resolve("alerts.jsonl")), lines(dir.resolve("deadletter.jsonl")));
        return 0;
    }

    /** A bounded stream of {@code list}; Flink's collection source refuses an empty collection, so none is sent. */
    private static <T> DataStream<T> bounded(StreamExecutionEnvironment env, java.util.List<T> list, Class<T> type,
            String name) {
        TypeInformation<T> info = TypeInformation.of(type);
        if (!list.isEmpty()) {
            return env.fromData(list, info).uid(name).name(name);
        }
        return env.fromSequence(0, 0).filter(x -> false).uid(name + "-none").name(name)
                .map(x -> (T) null).returns(info);
    }

    static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createFile(file);
            return 0;
        }
        try (var s = Files.lines(file)) {
            return s.count();
        }
    }
}
