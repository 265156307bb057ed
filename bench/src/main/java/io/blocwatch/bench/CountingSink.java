package io.blocwatch.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * A sink that only counts what it receives and when the first and last element arrived. The
 * counters live in this JVM (the MiniCluster runs here), keyed by the sink's name.
 */
public final class CountingSink<T> implements Sink<T> {

    private static final long serialVersionUID = 1L;

    /** What one named sink has seen. */
    public static final class Tally {
        public final LongAdder count = new LongAdder();
        public final AtomicLong firstNanos = new AtomicLong(Long.MAX_VALUE);
        public final AtomicLong lastNanos = new AtomicLong(Long.MIN_VALUE);
    }

    private static final Map<String, Tally> TALLIES = new ConcurrentHashMap<>();

    private final String name;

    public CountingSink(String name) {
        this.name = name;
    }

    public static Tally tally(String name) {
        return TALLIES.computeIfAbsent(name, n -> new Tally());
    }

    public static void resetAll() {
        TALLIES.clear();
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        Tally t = tally(name);
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context ctx) {
                long now = System.nanoTime();
                t.count.increment();
                t.firstNanos.accumulateAndGet(now, Math::min);
                t.lastNanos.accumulateAndGet(now, Math::max);
            }

            @Override
            public void flush(boolean endOfInput) {}

            @Override
            public void close() {}
        };
    }
}
