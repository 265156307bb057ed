package io.blocwatch.connectors.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.util.function.SerializableFunction;

/** The Kafka key of a record, as UTF-8 (null keys stay null). */
public final class RecordKeySchema<T> implements SerializationSchema<T> {

    private static final long serialVersionUID = 1L;
    private final SerializableFunction<T, String> key;

    public RecordKeySchema(SerializableFunction<T, String> key) {
        this.key = key;
    }

    @Override
    public byte[] serialize(T element) {
        String k = key.apply(element);
        return k == null ? null : k.getBytes(StandardCharsets.UTF_8);
    }
}
