package io.blocwatch.local;

import io.blocwatch.config.JobConfig;
import io.blocwatch.job.BlocwatchJob;
import io.blocwatch.job.JobSinks;
import io.blocwatch.job.NewsInputs;
import java.io.IOException;
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
