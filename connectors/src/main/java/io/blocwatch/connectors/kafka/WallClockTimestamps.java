package io.blocwatch.connectors.kafka;

import org.apache.flink.api.common.serialization.SerializationSchema;
import java.util.Optional;
import org.apache.flink.connector.kafka.lineage.KafkaDatasetFacet;
import org.apache.flink.connector.kafka.lineage.KafkaDatasetFacetProvider;
import org.apache.flink.connector.kafka.lineage.TypeDatasetFacet;
import org.apache.flink.connector.kafka.lineage.TypeDatasetFacetProvider;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Leaves the Kafka record timestamp to the producer's clock instead of the element's event time.
 * Outputs of old news (replays, backfills) would otherwise carry timestamps older than the topic's
 * retention.ms and be deleted by the broker's next retention check, committed or not.
 */
final class WallClockTimestamps<T>
        implements KafkaRecordSerializationSchema<T>, KafkaDatasetFacetProvider, TypeDatasetFacetProvider {

    private static final long serialVersionUID = 1L;
    private final KafkaRecordSerializationSchema<T> inner;

    WallClockTimestamps(KafkaRecordSerializationSchema<T> inner) {
        this.inner = inner;
    }

    @Override
    public void open(SerializationSchema.InitializationContext context, KafkaSinkContext sinkContext) throws Exception {
        inner.open(context, sinkContext);
    }

    /** The target topics, which the sink needs to find lingering transactions of pooled ids. */
    @Override
    public Optional<KafkaDatasetFacet> getKafkaDatasetFacet() {
        return inner instanceof KafkaDatasetFacetProvider p ? p.getKafkaDatasetFacet() : Optional.empty();
    }

    @Override
    public Optional<TypeDatasetFacet> getTypeDatasetFacet() {
        return inner instanceof TypeDatasetFacetProvider p ? p.getTypeDatasetFacet() : Optional.empty();
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(T element, KafkaSinkContext context, Long timestamp) {
        return inner.serialize(element, context, null);
    }
}
