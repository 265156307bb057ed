package io.blocwatch.connectors.feeds;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids a feed already produced, with when each was first emitted, oldest first: bounded in
 * number and in age, so the memory of a feed that runs for years stays small. Thread-safe.
 */
public final class SeenIds {

    private final LinkedHashMap<String, Long> firstSeen = new LinkedHashMap<>();

    public SeenIds() {}

    public SeenIds(Map<String, Long> restored) {
        restored.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> firstSeen.put(e.getKey(), e.getValue()));
    }

    public synchronized boolean contains(String id) {
        return firstSeen.containsKey(id);
    }

    /** Remembers {@code id}; false when it was already known. */
    public synchronized boolean add(String id, long nowMillis) {
        return firstSeen.putIfAbsent(id, nowMillis) == null;
    }

    /** Forgets ids first seen before {@code nowMillis - maxAgeMillis}, then the oldest beyond {@code maxCount}. */
    public synchronized void expire(long nowMillis, long maxAgeMillis, int maxCount) {
        Iterator<Map.Entry<String, Long>> it = firstSeen.entrySet().iterator();
        int excess = firstSeen.size() - maxCount;
        while (it.hasNext()) {
            Map.Entry<String, Long> e = it.next();
            if (excess > 0 || e.getValue() < nowMillis - maxAgeMillis) {
                it.remove();
                excess--;
            } else {
                break;
            }
        }
    }

    public synchronized int size() {
        return firstSeen.size();
    }

    public synchronized Map<String, Long> snapshot() {
        return new LinkedHashMap<>(firstSeen);
    }
}
