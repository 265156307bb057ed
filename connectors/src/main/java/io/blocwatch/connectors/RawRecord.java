package io.blocwatch.connectors;

/**
 * One input record before parsing: its bytes (possibly null or not UTF-8) and where it came from
 * ({@code topic/partition@offset} for Kafka, {@code file:line} for files).
 */
public record RawRecord(String origin, byte[] value) {}
