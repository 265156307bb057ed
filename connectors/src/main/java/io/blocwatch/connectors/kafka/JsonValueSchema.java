package io.blocwatch.connectors.kafka;

import io.blocwatch.contracts.Json;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;

/** A contract record as its versioned JSON; declares its type for the sink's lineage. */
public final class JsonValueSchema<T> implements SerializationSchema<T>, ResultTypeQueryable<T> {

    private static final long serialVersionUID = 1L;
    private final Class<T> type;

    public JsonValueSchema(Class<T> type) {
        this.type = type;
    }

    @Override
    public byte[] serialize(T element) {
        return Json.writeBytes(element);
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return TypeInformation.of(type);
    }
}
