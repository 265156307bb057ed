package io.blocwatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CPU time of a job run by thread group: each Flink task thread under its task's name (subtask
 * suffixes dropped, so the two subtasks of parallelism 2 add up), every other Java thread as
 * "other Java threads", and what the process used beyond all Java threads (garbage collection,
 * the JIT compilers, the VM) as "JVM (GC, JIT)". Task threads end with their job, so a sampler
 * reads every thread's CPU time a few times a second and keeps the last reading of each.
 */
final class ThreadCpu implements AutoCloseable {

    private static final java.util.regex.Pattern SUBTASK = java.util.regex.Pattern.compile("(.+) \\(\\d+/\\d+\\)#\\d+");
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Map<Long, Long> startNanos = new ConcurrentHashMap<>();
    private final Map<Long, Long> lastNanos = new ConcurrentHashMap<>();
    private final Map<Long, String> names = new ConcurrentHashMap<>();
    private final long processStart;
    private final long gcMillisStart = gcMillis();
    private final long jitMillisStart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    private final Thread sampler;
    private volatile boolean running = true;

    ThreadCpu() {
        threads.setThreadCpuTimeEnabled(true);
        sample(true);
        processStart = os.getProcessCpuTime();
        sampler = new Thread(() -> {
            while (running) {
                sample(false);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-thread-cpu-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample(boolean first) {
        long[] ids = threads.getAllThreadIds();
        long[] cpu = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            cpu[i] = threads.getThreadCpuTime(ids[i]);
        }
        ThreadInfo[] info = threads.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            if (cpu[i] < 0 || info[i] == null) {
                continue;
            }
            names.putIfAbsent(ids[i], info[i].getThreadName());
            if (first) {
                startNanos.put(ids[i], cpu[i]);
            } else {
                startNanos.putIfAbsent(ids[i], 0L); // a thread born during the run started at zero
            }
            lastNanos.put(ids[i], cpu[i]);
        }
    }

    /** Stops sampling; CPU seconds by group, largest first in a sorted map by name. */
    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample(false);
    }

    /** Collectors' accumulated time (pauses and concurrent cycles as the collectors count them) and JIT compile time, elapsed. */
    double gcSeconds;
    double jitSeconds;

    private static long gcMillis() {
        long t = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            t += Math.max(0, gc.getCollectionTime());
        }
        return t;
    }

    /** CPU seconds by group since this sampler started (call after {@link #close()}). */
    Map<String, Double> byGroup() {
        Map<String, Double> out = new TreeMap<>();
        double java = 0;
        for (Map.Entry<Long, Long> e : lastNanos.entrySet()) {
            double s = (e.getValue() - startNanos.getOrDefault(e.getKey(), 0L)) / 1e9;
            if (s <= 0) {
                continue;
            }
            java += s;
            out.merge(group(names.get(e.getKey())), s, Double::sum);
        }
        double process = (os.getProcessCpuTime() - processStart) / 1e9;
        out.put("JVM (GC, JIT)", Math.max(0, process - java));
        gcSeconds = (gcMillis() - gcMillisStart) / 1e3;
        jitSeconds = (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitMillisStart) / 1e3;
        return out;
    }

    /** A task thread's name without its subtask suffix ("tag -> sink (1/2)#0" → "tag -> sink"). */
    static String group(String threadName) {
        if (threadName == null) {
            return "other Java threads";
        }
        java.util.regex.Matcher m = SUBTASK.matcher(threadName);
        if (m.matches()) {
            return m.group(1);
        }
        return "other Java threads";
    }
}
