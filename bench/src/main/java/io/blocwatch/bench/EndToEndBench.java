package io.blocwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.config.JobConfig;
import io.blocwatch.contracts.Json;
import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import io.blocwatch.job.BlocwatchJob;
import io.blocwatch.job.BlocwatchPipeline;
import io.blocwatch.job.JobSinks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The job-level measurements and the one table of the benchmark suite:
 * <ul>
 *   <li>end-to-end throughput of the real pipeline (parse, tag, route, score, alert) on a
 *       MiniCluster at each parallelism, over pre-generated items, with sinks that only count;</li>
 *   <li>item-to-alert latency through a real Kafka broker, exactly-once and at-least-once;</li>
 *   <li>keyed state per bloc pair after 10^4, 10^5, 10^6 items;</li>
 * </ul>
 * and, with {@code --jmh FILE}, the JMH results (JSON) of {@link TaggingBenchmark} in the same table.
 *
 * <pre>java -cp benchmarks.jar io.blocwatch.bench.EndToEndBench [--items 50000] [--parallelism 1,2]
 *     [--rate 5000] [--latency-seconds 20] [--checkpoint-ms 500] [--state 10000,100000,1000000]
 *     [--skip-throughput] [--skip-latency] [--skip-state] [--jmh jmh.json] [--out table.md]</pre>
 */
public final class EndToEndBench {

    private EndToEndBench() {}

    /** Throughput of one job run. */
    record Throughput(int parallelism, int items, double seconds, double wallSeconds, long alerts, long scores,
            double cpuSeconds, Map<String, Double> cpuByThread, double jitSeconds) {
        /** CPU time of the whole JVM per item, over the job's run (MiniCluster start included). */
        double cpuMillisPerItem() {
            return cpuSeconds * 1000 / items;
        }
        double itemsPerSecond() {
            return items / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int items = Integer.parseInt(o.getOrDefault("items", "50000"));
        int[] parallelisms = ints(o.getOrDefault("parallelism", "1,2"));
        int latencySeconds = Integer.parseInt(o.getOrDefault("latency-seconds", "20"));
        long checkpointMs = Long.parseLong(o.getOrDefault("checkpoint-ms", "500"));
        long[] stateAt = longs(o.getOrDefault("state", "10000,100000,1000000"));

        List<String[]> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        double mean = Workload.meanBytes(Workload.records(Workload.SEED, 2000));
        Map<String, Double> jmh = new LinkedHashMap<>();
        if (o.containsKey("jmh")) {
            for (JsonNode b : Json.MAPPER.readTree(Files.readString(Path.of(o.get("jmh"))))) {
                String name = b.get("benchmark").asText();
                name = name.substring(name.lastIndexOf('.') + 1);
                double score = b.get("primaryMetric").get("score").asDouble();
                double error = b.get("primaryMetric").get("scoreError").asDouble();
                jmh.put(name, score);
                rows.add(row("JMH " + name + " (1 thread)", score, mean, 1,
                        String.format(Locale.ROOT, "± %.0f items/s (99.9%%)", error)));
            }
        }

        List<Throughput> throughput = new ArrayList<>();
        if (!o.containsKey("skip-throughput")) {
            // The tagger is a lot of code for the JIT: C2 keeps compiling for some 80,000 items (30-40 s of
            // compiler threads on a second core), so a short warm-up measures the compiler, not the job.
            // JMH's rates are warm; the job's are measured warm too, after an unmeasured run.
            int warm = Math.max(2, Integer.parseInt(o.getOrDefault("throughput-warmup-items",
                    Integer.toString(Math.max(items, 80_000)))) / 2 * 2);
            log("end-to-end: warming up the JVM with " + warm + " items at parallelism 2 (not measured)...");
            Throughput w = runJob(2, warm);
            log(String.format(Locale.ROOT, "  warm-up: %.0f items/s, JIT compilation %.1f s", w.itemsPerSecond(), w.jitSeconds()));
            for (int p : parallelisms) {
                int n = items / p * p;
                log("end-to-end: " + n + " items at parallelism " + p + "...");
                Throughput t = runJob(p, n);
                throughput.add(t);
                log(String.format(Locale.ROOT, "  %.0f items/s (%.1f s busy, %.1f s wall with MiniCluster start), %d scores, %d alerts; "
                                + "the JVM used %.1f CPU-s (%.2f ms per item, %.2f cores on average); load %s",
                        t.itemsPerSecond(), t.seconds(), t.wallSeconds(), t.scores(), t.alerts(), t.cpuSeconds(),
                        t.cpuMillisPerItem(), t.cpuSeconds() / t.wallSeconds(), Latency.loadAverage()));
                log("  CPU by thread: " + cpuShares(t));
                notes.add("parallelism " + p + ", CPU-s by thread: " + cpuShares(t));
                rows.add(row("job end-to-end, parallelism " + p, t.itemsPerSecond(), mean, p,
                        String.format(Locale.ROOT, "%d items, %.1f s; %d alerts; %.2f ms CPU per item, %.2f cores", n, t.seconds(),
                                t.alerts(), t.cpuMillisPerItem(), t.cpuSeconds() / t.wallSeconds())));
            }
        }

        List<Latency.Result> latency = new ArrayList<>();
        if (!o.containsKey("skip-latency")) {
            int[] rates = ints(o.getOrDefault("rate", "5000"));
            int latencyParallelism = Integer.parseInt(o.getOrDefault("latency-parallelism", "2"));
            int warmupSeconds = Integer.parseInt(o.getOrDefault("warmup-seconds", Integer.toString(Math.min(5, latencySeconds / 4))));
            int jvmWarmup = Integer.parseInt(o.getOrDefault("jvm-warmup-seconds", "0"));
            EmbeddedKafkaBroker inProcess = null;
            String bootstrap = o.get("bootstrap-servers");
            List<Latency.Target> targets = new ArrayList<>();
            if (o.containsKey("flink-rest")) {
                targets.add(Latency.standalone(o.get("flink-rest"), o.getOrDefault("submit", "deploy/local/flink")));
            } else {
                // --flink-variants 'A|B': each rate and guarantee once per set of Flink settings, side by side
                for (Map<String, String> flink : variants(o.getOrDefault("flink-variants", ""))) {
                    targets.add(Latency.miniCluster(flink));
                }
            }
            Latency.Target target = targets.get(0);
            if (bootstrap == null) {
                log("latency: starting an in-process Kafka broker...");
                inProcess = EmbeddedKafkaBroker.start();
                bootstrap = inProcess.bootstrapServers();
            }
            try {
                if (jvmWarmup > 0) {
                    // The first job of a JVM (the harness's, or a fresh TaskManager's) runs its code cold for
                    // seconds; near capacity the backlog it builds is never caught up, and every later alert
                    // of that run waits behind it. One unmeasured run first.
                    log("latency: warming up (" + target.describe() + ", at-least-once, " + rates[0] + " items/s for "
                            + jvmWarmup + " s, not measured)...");
                    Latency.run(bootstrap, target, false, rates[0], jvmWarmup, 0, latencyParallelism, checkpointMs);
                }
                // Each rate, guarantee, target and set of job options, one after the other in this JVM.
                for (int r0 : rates) {
                    for (boolean eo : guarantees(o.getOrDefault("guarantees", "exactly-once,at-least-once"))) {
                        for (Latency.Target t : targets) {
                            for (Map<String, String> jobOptions : variants(o.getOrDefault("job-variants", ""))) {
                                log("latency: " + (eo ? "exactly-once" : "at-least-once") + ", " + r0 + " items/s for "
                                        + latencySeconds + " s (the first " + warmupSeconds + " s not measured), checkpoints every "
                                        + checkpointMs + " ms, parallelism " + latencyParallelism + ", " + t.describe()
                                        + (jobOptions.isEmpty() ? "" : ", " + jobOptions) + "...");
                                Latency.Result r = Latency.run(bootstrap, t, jobOptions, eo, r0, latencySeconds, warmupSeconds,
                                        latencyParallelism, checkpointMs);
                                latency.add(r);
                                log("  " + Latency.describe(r));
                            }
                        }
                    }
                }
            } finally {
                if (inProcess != null) {
                    inProcess.close();
                }
            }
        }

        List<StateSize.Row> state = new ArrayList<>();
        if (!o.containsKey("skip-state")) {
            log("state: scoring operator in the keyed harness, snapshots after " + java.util.Arrays.toString(stateAt) + " items...");
            state = StateSize.measure(stateAt);
        }

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Input: generated NewsItem v1 JSON, mean %.0f bytes per item (seed %d).%n%n",
                mean, Workload.SEED));
        out.append("| measurement | items/s | MB/s | MB/s per core | note |\n|---|---:|---:|---:|---|\n");
        for (String[] r : rows) {
            out.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        if (!notes.isEmpty()) {
            out.append("\nCPU time of the end-to-end runs by thread (task threads by task; \"JVM (GC, JIT)\" is the process's CPU beyond its Java threads):\n");
            for (String n : notes) {
                out.append("- ").append(n).append('\n');
            }
        }
        if (!latency.isEmpty()) {
            out.append("\n| item → alert latency (Kafka, parallelism 2) | input rate | alerts | p50 | p99 | max |\n|---|---:|---:|---:|---:|---:|\n");
            for (Latency.Result r : latency) {
                out.append(String.format(Locale.ROOT, "| %s, checkpoints every %d ms | %.0f/s (target %d) | %d | %.0f ms | %.0f ms | %.0f ms |%n",
                        r.exactlyOnce() ? "exactly-once" : "at-least-once", r.checkpointMs(), r.sentRate(), r.targetRate(),
                        r.alerts(), r.p50(), r.p99(), r.max()));
            }
            out.append("\n| Kafka path | where | input rate | job's rate after warm-up | behind at the end | checkpoints completed | failed once triggered | failed to trigger while tasks started | load |\n|---|---|---:|---:|---:|---:|---:|---:|---|\n");
            for (Latency.Result r : latency) {
                out.append(String.format(Locale.ROOT, "| %s | %s | %.0f/s | %.0f/s | %d (%s) | %d | %d | %d | %s |%n",
                        r.exactlyOnce() ? "exactly-once" : "at-least-once", r.where(), r.sentRate(), r.processedRate(),
                        r.lagAtEnd(), r.keptUp() ? "kept up" : "fell behind", r.completed(), r.failedRunning(),
                        r.failedAtStart(), r.load()));
            }
        }
        if (!state.isEmpty()) {
            out.append("\n| state after N items | bloc-pair keys | snapshot bytes | bytes per key |\n|---:|---:|---:|---:|\n");
            for (StateSize.Row r : state) {
                out.append(String.format(Locale.ROOT, "| %,d | %d | %,d | %,.0f |%n", r.items(), r.keys(), r.bytes(), r.bytesPerKey()));
            }
        }

        out.append("\nTargets:\n");
        Double tagger = jmh.get("tagger");
        Double naive = jmh.get("naiveRegex");
        Double tagStage = jmh.get("taggerAndSignature");
        if (tagger != null && naive != null) {
            target(out, "tagger ≥ 20× the naive regex tagger", tagger / naive, 20);
        }
        Throughput p1 = throughput.stream().filter(t -> t.parallelism() == 1).findFirst().orElse(null);
        Throughput p2 = throughput.stream().filter(t -> t.parallelism() == 2).findFirst().orElse(null);
        if (p1 != null && tagStage != null) {
            // The tag stage (tag + near-duplicate signature) is the job's work per item; the rest is framework.
            target(out, String.format(Locale.ROOT, "job end-to-end at parallelism 1 (%.0f items/s) ≥ 0.8× the tag stage's JMH rate (%.0f items/s)",
                    p1.itemsPerSecond(), tagStage), p1.itemsPerSecond() / tagStage, 0.8);
        }
        if (p1 != null && p2 != null) {
            target(out, "parallelism 2 ≥ 1.6× parallelism 1", p2.itemsPerSecond() / p1.itemsPerSecond(), 1.6);
        }
        // Kafka, exactly-once: the highest input rate that was kept up with p99 ≤ 1.5 s and no failed checkpoint.
        Latency.Result bestEo = latency.stream().filter(r -> r.exactlyOnce() && r.keptUp())
                .max(java.util.Comparator.comparingDouble(Latency.Result::sentRate)).orElse(null);
        if (bestEo != null && p1 != null) {
            double ratio = bestEo.sentRate() / p1.itemsPerSecond();
            boolean ok = ratio >= 0.7 && bestEo.p99() <= 1500 && bestEo.failedRunning() == 0;
            out.append(String.format(Locale.ROOT,
                    "- Kafka path, exactly-once, checkpoints every %d ms (%s): %.0f items/s kept up = %.2f× the MiniCluster end-to-end rate at parallelism 1 (%.0f items/s), p99 item→alert %.0f ms, %d checkpoint(s) failed once triggered; target ≥ 0.7× with p99 ≤ 1500 ms and none failed — %s%n",
                    bestEo.checkpointMs(), bestEo.where(), bestEo.sentRate(), ratio, p1.itemsPerSecond(), bestEo.p99(),
                    bestEo.failedRunning(), ok ? "met" : "MISSED"));
        } else if (p1 != null && latency.stream().anyMatch(Latency.Result::exactlyOnce)) {
            out.append("- Kafka path, exactly-once: no input rate was kept up — MISSED\n");
        }
        for (Latency.Result r : latency) {
            if (!r.exactlyOnce()) {
                out.append(String.format(Locale.ROOT, "- at-least-once at %.0f items/s (%s): p99 item→alert %.0f ms (target ≤ 300 ms), %s — %s%n",
                        r.sentRate(), r.where(), r.p99(), r.keptUp() ? "kept up" : "fell behind",
                        r.keptUp() && r.p99() <= 300 ? "met" : "MISSED"));
            }
        }
        if (state.size() >= 2) {
            double first = state.get(0).bytesPerKey();
            double lastPerKey = state.get(state.size() - 1).bytesPerKey();
            double growth = lastPerKey / first;
            out.append(String.format(Locale.ROOT, "- state flat in the stream's length: bytes per key ×%.2f from %,d to %,d items — %s%n",
                    growth, state.get(0).items(), state.get(state.size() - 1).items(), growth < 1.5 ? "met" : "MISSED"));
        }
        System.out.println();
        System.out.print(out);
        if (o.containsKey("out")) {
            Files.writeString(Path.of(o.get("out")), out.toString());
        }
        System.exit(0);
    }

    static Throughput runJob(int parallelism, int items) throws Exception {
        CountingSink.resetAll();
        JobConfig config = JobConfig.of(Map.of("job.parallelism", Integer.toString(parallelism),
                "job.name", "bench-throughput-p" + parallelism));
        Workload.records(Workload.SEED, items); // generated before the clock starts
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism,
                BlocwatchJob.flinkConfiguration(config, false));
        JobSinks sinks = new JobSinks(new CountingSink<>("tagged"), new CountingSink<>("scores"),
                new CountingSink<>("alerts"), new CountingSink<>("deadletters"), false);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        ThreadCpu byThread = new ThreadCpu();
        new BlocwatchPipeline(new GeneratedNews(Workload.SEED, items, parallelism, BlocwatchJob.parser(config)), sinks, config)
                .execute(env);
        byThread.close();
        Map<String, Double> cpuByThread = byThread.byGroup();
        log(String.format(Locale.ROOT, "  collectors' time %.1f s, JIT compilation %.1f s (elapsed, all compiler threads)", byThread.gcSeconds, byThread.jitSeconds));
        long wall1 = System.nanoTime();
        long cpu1 = os.getProcessCpuTime();
        long tagged = CountingSink.tally("tagged").count.sum();
        long dead = CountingSink.tally("deadletters").count.sum();
        if (tagged != items || dead != 0) {
            throw new IllegalStateException("expected " + items + " tagged items and no dead letters, got " + tagged + " and " + dead);
        }
        long first = CountingSink.tally(GeneratedNews.SOURCE_TALLY).firstNanos.get();
        long last = Math.max(CountingSink.tally("tagged").lastNanos.get(),
                Math.max(CountingSink.tally("scores").lastNanos.get(), CountingSink.tally("alerts").lastNanos.get()));
        return new Throughput(parallelism, items, (last - first) / 1e9, (wall1 - wall0) / 1e9,
                CountingSink.tally("alerts").count.sum(), CountingSink.tally("scores").count.sum(), (cpu1 - cpu0) / 1e9,
                cpuByThread, byThread.jitSeconds);
    }

    private static String[] row(String name, double itemsPerSecond, double meanBytes, int cores, String note) {
        double mbs = itemsPerSecond * meanBytes / 1e6;
        return new String[] {name, String.format(Locale.ROOT, "%,.0f", itemsPerSecond),
                String.format(Locale.ROOT, "%.1f", mbs), String.format(Locale.ROOT, "%.1f", mbs / cores), note};
    }

    /** "tag -> sink-tagged 9.1 s (62%), ..." for the groups over 1% of the run's CPU, largest first. */
    static String cpuShares(Throughput t) {
        double total = t.cpuByThread().values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder b = new StringBuilder();
        t.cpuByThread().entrySet().stream().sorted((x, y) -> Double.compare(y.getValue(), x.getValue()))
                .filter(e -> e.getValue() >= total * 0.01)
                .forEach(e -> b.append(b.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%s %.1f s (%.0f%%)",
                        e.getKey(), e.getValue(), 100 * e.getValue() / total)));
        return b.toString();
    }

    private static void target(StringBuilder out, String what, double ratio, double goal) {
        out.append(String.format(Locale.ROOT, "- %s: %.2f× — %s%n", what, ratio, ratio >= goal ? "met" : "MISSED"));
    }

    private static void log(String s) {
        System.err.println("[bench] " + s);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String k = args[i].substring(2);
            if (k.startsWith("skip-")) {
                o.put(k, "true");
            } else {
                o.put(k, args[++i]);
            }
        }
        return o;
    }

    /** {@code 'a=1,b=2|c=3|'}: sets of settings separated by '|' (an empty one: none). */
    static List<Map<String, String>> variants(String s) {
        List<Map<String, String>> out = new ArrayList<>();
        for (String variant : s.split("\\|", -1)) {
            Map<String, String> m = new LinkedHashMap<>();
            for (String kv : variant.split(",")) {
                if (!kv.isBlank()) {
                    m.put(kv.substring(0, kv.indexOf('=')).trim(), kv.substring(kv.indexOf('=') + 1).trim());
                }
            }
            out.add(m);
        }
        return out;
    }

    /** The delivery guarantees of the latency runs, in the order given. */
    static boolean[] guarantees(String s) {
        String[] names = s.split(",");
        boolean[] out = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = switch (names[i].trim()) {
                case "exactly-once", "eo" -> true;
                case "at-least-once", "alo" -> false;
                default -> throw new IllegalArgumentException("--guarantees: exactly-once or at-least-once, not " + names[i]);
            };
        }
        return out;
    }

    private static int[] ints(String s) {
        return java.util.Arrays.stream(s.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static long[] longs(String s) {
        return java.util.Arrays.stream(s.split(",")).mapToLong(Long::parseLong).toArray();
    }
}
