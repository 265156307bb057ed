package io.blocwatch.local;

import io.blocwatch.config.JobConfig;
import io.blocwatch.job.BlocwatchJob;
import io.blocwatch.job.BlocwatchPipeline;
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
import java.util.List;
import java.util.Map;
import java.time.Clock;
import java.util.ArrayList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Model.CommandSpec;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * {@code replay --input ITEMS.jsonl --output DIR}: the full pipeline on a MiniCluster over a
 * bounded file, in event time whatever the file's order.
 */
@Command(name = "replay", description = {
        "the full pipeline on a MiniCluster over a bounded file, in event time whatever the file's order; writes",
        "DIR/tagged.jsonl, DIR/scores.jsonl, DIR/alerts.jsonl, DIR/deadletter.jsonl; with --tagged TAGGED.jsonl",
        "instead of --input: routing, scoring and alerting over TaggedItem v1 lines (gold tags or another coder's),",
        "lines that are not valid TaggedItem v1 go to DIR/deadletter.jsonl; takes every job option below"})
final class ReplayCommand extends CliCommand {

    @Option(names = "--input", paramLabel = "ITEMS.jsonl", description = "NewsItem v1 lines")
    String inputFile;
    @Option(names = "--tagged", paramLabel = "TAGGED.jsonl", description = "TaggedItem v1 lines instead of --input")
    String taggedFile;
    @Option(names = "--output", paramLabel = "DIR", description = "the output directory")
    String outputDir;
    @Option(names = "--parallelism", paramLabel = "N", description = "the job's parallelism (default 1)")
    String parallelism;
    @Option(names = "--config", paramLabel = "FILE", description = "job options from a YAML file (--key value over it)")
    String configFile;
    @Unmatched
    List<String> jobOptions = new ArrayList<>();
    @Spec
    CommandSpec spec;

    @Override
    int run(PrintStream out, PrintStream err, Map<String, String> variables, Clock clock) throws Exception {
        Map<String, String> given = JobOptions.parse(jobOptions, BlocwatchCli.optionNames(spec));
        if (taggedFile != null) {
            return runTagged(given, out);
        }
        Path input = requiredFile("input", required("input", inputFile));
        Path dir = Path.of(required("output", outputDir));
        JobConfig config = replayConfig(given, "blocwatch-replay");
        Files.createDirectories(dir);
        long started = System.nanoTime();
        StreamExecutionEnvironment env = localEnvironment(config);
        new BlocwatchPipeline(NewsInputs.file(input, BlocwatchJob.parser(config)), JobSinks.files(dir), config).execute(env);
        // where the items came from, so that `report --input DIR` shows their titles without --items
        Files.writeString(dir.resolve(ReportCommand.INPUT_NOTE), input.toAbsolutePath() + System.lineSeparator());
        report(out, input, dir, started, "tagged");
        return 0;
    }

    /**
     * {@code replay --tagged TAGGED.jsonl --output DIR}: routing, scoring and alerting over TaggedItem v1
     * lines (gold tags, or another coder's output) instead of tagging raw items; same outputs and
     * options. Lines that are not valid TaggedItem v1 go to DIR/deadletter.jsonl with the reason.
     */
    private int runTagged(Map<String, String> given, PrintStream out) throws Exception {
        Path input = requiredFile("tagged", taggedFile);
        Path dir = Path.of(required("output", outputDir));
        if (inputFile != null) {
            throw new IllegalArgumentException("replay takes --input ITEMS.jsonl or --tagged TAGGED.jsonl, not both");
        }
        JobConfig config = replayConfig(given, "blocwatch-replay-tagged");
        TaggedLines.Read read = TaggedLines.read(input);
        Files.createDirectories(dir);
        long started = System.nanoTime();
        StreamExecutionEnvironment env = localEnvironment(config);
        DataStream<TaggedItem> tagged = bounded(env, read.items(), TaggedItem.class, "tagged-items")
                .assignTimestampsAndWatermarks(WatermarkStrategy.<TaggedItem>noWatermarks()
                        .withTimestampAssigner((t, ts) -> t.eventTimeMillis()))
                .uid("tagged-file-timestamps").name("tagged-items-in-event-time");
        DataStream<DeadLetter> rejected = bounded(env, read.rejected(), DeadLetter.class, "rejected-tagged-lines");
        new BlocwatchPipeline(null, JobSinks.files(dir), config).buildFromTagged(env, tagged, rejected);
        env.execute(config.get("job.name"));
        report(out, input, dir, started, "tagged items");
        return 0;
    }

    /**
     * The job options of a bounded replay: event-time re-ordering, parallelism 1 unless asked, then
     * the {@code --config} file's keys, then the user's {@code --key value}s.
     */
    private JobConfig replayConfig(Map<String, String> given, String jobName) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("input.bounded-replay", "true");
        keys.put("job.parallelism", "1");
        keys.put("job.name", jobName);
        if (configFile != null) {
            keys.putAll(JobConfig.readFile(existingInput("config", configFile)));
        }
        if (parallelism != null) {
            keys.put("job.parallelism", parallelism);
        }
        keys.putAll(given);
        return JobConfig.of(keys);
    }

    /** The value of a required option ("missing --output" when it was not given). */
    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException("missing --" + option);
        }
        return value;
    }

    /** An input file named by {@code --option}, which must exist. */
    static Path existingInput(String option, String value) {
        Path p = Path.of(value);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("--" + option + " file " + p + " does not exist or is not a file");
        }
        return p;
    }

    /** An ISO-8601 duration option. */
    static java.time.Duration duration(String option, String value) {
        try {
            return java.time.Duration.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("--" + option + " must be an ISO-8601 duration such as PT2M, got '" + value + "'");
        }
    }

    /** A local MiniCluster environment that fails at once instead of restarting. */
    private static StreamExecutionEnvironment localEnvironment(JobConfig config) {
        Configuration flink = BlocwatchJob.flinkConfiguration(config, false);
        flink.set(org.apache.flink.configuration.RestartStrategyOptions.RESTART_STRATEGY, "none");
        return StreamExecutionEnvironment.createLocalEnvironment(flink);
    }

    private static void report(PrintStream out, Path input, Path dir, long started, String taggedLabel) throws IOException {
        long ms = (System.nanoTime() - started) / 1_000_000;
        out.printf("replayed %s in %d ms into %s: %d %s, %d scores, %d alerts, %d dead letters%n", input, ms, dir,
                lines(dir.resolve("tagged.jsonl")), taggedLabel, lines(dir.resolve("scores.jsonl")),
                lines(dir.resolve("alerts.jsonl")), lines(dir.resolve("deadletter.jsonl")));
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
