package io.blocwatch.job;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.MetricReporterFactory;

/**
 * Keeps every metric a MiniCluster in this JVM registers, by its full identifier
 * ({@code host.taskmanager.tm.job.operator.subtask.name}), so that tests can read Flink's own
 * counters and gauges. Metrics stay readable after their task ends.
 */
public final class InMemoryMetricReporter implements MetricReporter {

    private static final Map<String, Metric> METRICS = new ConcurrentHashMap<>();

    /** Adds the reporter to a MiniCluster configuration. */
    public static Configuration register(Configuration conf) {
        conf.setString("metrics.reporter.mem.factory.class", Factory.class.getName());
        return conf;
    }

    /** Sum of the counters whose identifier contains {@code .job.} and ends with {@code .suffix}. */
    public static long counterSum(String job, String suffix) {
        long sum = 0;
        for (Map.Entry<String, Metric> e : METRICS.entrySet()) {
            if (e.getKey().contains("." + job + ".") && e.getKey().endsWith("." + suffix) && e.getValue() instanceof Counter c) {
                sum += c.getCount();
            }
        }
        return sum;
    }

    /** Counter values by identifier suffix after {@code marker} (e.g. deadLettered.reason.x.count), summed over subtasks. */
    public static Map<String, Long> countersAfter(String job, String marker) {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (Map.Entry<String, Metric> e : METRICS.entrySet()) {
            int at = e.getKey().indexOf(marker);
            if (e.getKey().contains("." + job + ".") && at >= 0 && e.getValue() instanceof Counter c) {
                out.merge(e.getKey().substring(at), c.getCount(), Long::sum);
            }
        }
        return out;
    }

    /** The job's {@code numRestarts} gauge on the JobManager, or -1 when it is not registered. */
    public static long restarts(String job) {
        for (Map.Entry<String, Metric> e : METRICS.entrySet()) {
            if (e.getKey().endsWith(".jobmanager." + job + ".numRestarts") && e.getValue() instanceof Gauge<?> g) {
                return ((Number) g.getValue()).longValue();
            }
        }
        return -1;
    }

    /** Identifiers of the kept metrics that contain {@code part} (for diagnostics). */
    public static java.util.List<String> identifiers(String part) {
        return METRICS.keySet().stream().filter(k -> k.contains(part)).sorted().toList();
    }

    @Override
    public void open(MetricConfig config) {}

    @Override
    public void close() {}

    @Override
    public void notifyOfAddedMetric(Metric metric, String metricName, MetricGroup group) {
        METRICS.put(group.getMetricIdentifier(metricName), metric);
    }

    @Override
    public void notifyOfRemovedMetric(Metric metric, String metricName, MetricGroup group) {
        // kept on purpose: tests read final values after the job ends
    }

    /** Named in {@code metrics.reporter.<name>.factory.class}. */
    public static final class Factory implements MetricReporterFactory {
        @Override
        public MetricReporter createMetricReporter(Properties properties) {
            return new InMemoryMetricReporter();
        }
    }
}
