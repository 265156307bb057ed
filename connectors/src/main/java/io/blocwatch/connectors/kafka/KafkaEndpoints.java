package io.blocwatch.connectors.kafka;

import io.blocwatch.connectors.RawRecord;
import io.blocwatch.connectors.json.NewsItemParser;
import io.blocwatch.connectors.json.ParseOutcome;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.sink.TransactionNamingStrategy;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/** Builds the job's Kafka source and sinks from one {@link KafkaSettings}. */
public final class KafkaEndpoints {

    private KafkaEndpoints() {}

    /**
     * The news items topic, read from the committed offsets of the group (from the start when it
     * has none), only committed records of transactional producers.
     */
    public static KafkaSource<ParseOutcome> newsSource(KafkaSettings settings, NewsItemParser parser) {
        return newsSource(settings, new ParsingDeserializer(parser));
    }

    /** The news items topic with another deserializer (tests wrap the parsing one to inject faults). */
    public static KafkaSource<ParseOutcome> newsSource(KafkaSettings settings,
            KafkaRecordDeserializationSchema<ParseOutcome> deserializer) {
        return KafkaSource.<ParseOutcome>builder()
                .setProperties(settings.clientProperties())
                .setBootstrapServers(settings.bootstrapServers())
                .setTopics(settings.inputTopic())
                .setGroupId(settings.groupId())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(deserializer)
                .setProperty("isolation.level", "read_committed")
                .setProperty("partition.discovery.interval.ms", "60000")
                .build();
    }

    /**
     * The control topic of run-time updates, always read from its beginning when the job starts
     * without state (so the latest update of each kind is in force); restored offsets otherwise.
     */
    public static KafkaSource<RawRecord> controlSource(KafkaSettings settings, String topic) {
        return KafkaSource.<RawRecord>builder()
                .setProperties(settings.clientProperties())
                .setBootstrapServers(settings.bootstrapServers())
                .setTopics(topic)
                .setGroupId(settings.groupId() + "-control")
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setDeserializer(new RawRecordDeserializer())
                .setProperty("isolation.level", "read_committed")
                .build();
    }

    /**
     * A sink writing each element as JSON to {@code topic}, keyed by {@code key}. With exactly-once
     * the records become visible to read_committed consumers when the checkpoint that covers them
     * completes.
     */
    public static <T> KafkaSink<T> jsonSink(KafkaSettings settings, String topic, Class<T> type,
            SerializableFunction<T, String> key) {
        return sink(settings, topic, new JsonValueSchema<>(type), key);
    }

    /** A sink writing each element with {@code value} to {@code topic}, keyed by {@code key}, as {@link #jsonSink}. */
    public static <T> KafkaSink<T> sink(KafkaSettings settings, String topic, SerializationSchema<T> value,
            SerializableFunction<T, String> key) {
        return KafkaSink.<T>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setKafkaProducerConfig(settings.clientProperties())
                // Broker-side time, not event time: see WallClockTimestamps.
                .setRecordSerializer(new WallClockTimestamps<>(KafkaRecordSerializationSchema.<T>builder()
                        .setTopic(topic)
                        .setKeySerializationSchema(new RecordKeySchema<>(key))
                        .setValueSerializationSchema(value)
                        .build()))
                .setDeliveryGuarantee(settings.exactlyOnce() ? DeliveryGuarantee.EXACTLY_ONCE : DeliveryGuarantee.AT_LEAST_ONCE)
                .setTransactionalIdPrefix(settings.transactionalIdPrefix() + "-" + topic)
                // Pooled transactional ids: on recovery only transactions the checkpoint does not own
                // are aborted (found with the ListTransactions API), so a transaction awaiting its
                // commit after a failure is not fenced before the committer finishes it.
                .setTransactionNamingStrategy(TransactionNamingStrategy.POOLING)
                .setProperty("transaction.timeout.ms", Long.toString(settings.transactionTimeoutMs()))
                .setProperty("enable.idempotence", "true")
                .setProperty("acks", "all")
                .build();
    }
}
