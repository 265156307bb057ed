package io.blocwatch.bench;

import io.blocwatch.samples.NewsItemGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The benchmark input: NewsItem v1 JSON records from {@link NewsItemGenerator} (3–5 KB bodies, a
 * third of them about regional security), the same for the same seed. Generated once per JVM and
 * kept, so that no run measures the generator.
 */
public final class Workload {

    public static final long SEED = 20_261_125L;
    /** Event time of the first item; far enough in the past that a long run never lies in the future. */
    public static final Instant START = Instant.parse("2020-01-01T00:00:00Z");
    public static final Duration SPACING = Duration.ofMinutes(10);

    private static final Map<String, byte[][]> CACHE = new ConcurrentHashMap<>();

    private Workload() {}

    /** {@code count} records (UTF-8 JSON, one item each), item i published at START + i * SPACING. */
    public static byte[][] records(long seed, int count) {
        return records(seed, count, START, SPACING);
    }

    /** {@code count} records, item i published at {@code start + i * spacing}. */
    public static byte[][] records(long seed, int count, Instant start, Duration spacing) {
        return CACHE.computeIfAbsent(seed + ":" + count + ":" + start + ":" + spacing, k -> {
            NewsItemGenerator g = new NewsItemGenerator(seed, start, spacing);
            byte[][] out = new byte[count][];
            for (int i = 0; i < count; i++) {
                out[i] = g.nextJson().getBytes(StandardCharsets.UTF_8);
            }
            return out;
        });
    }

    /** The records as JSON strings. */
    public static List<String> json(long seed, int count) {
        List<String> out = new ArrayList<>(count);
        for (byte[] b : records(seed, count)) {
            out.add(new String(b, StandardCharsets.UTF_8));
        }
        return out;
    }

    public static double meanBytes(byte[][] records) {
        long total = 0;
        for (byte[] r : records) {
            total += r.length;
        }
        return (double) total / records.length;
    }
}
