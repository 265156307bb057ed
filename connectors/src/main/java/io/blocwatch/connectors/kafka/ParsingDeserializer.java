package io.blocwatch.connectors.kafka;

import io.blocwatch.connectors.RawRecord;
import io.blocwatch.connectors.json.NewsItemParser;
import io.blocwatch.connectors.json.ParseOutcome;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Parses each Kafka record into an item or a dead letter inside the source, so that event time is
 * known per partition: watermarks then advance per partition and an idle one can be skipped.
 * Never throws on bad input.
 */
public final class ParsingDeserializer implements KafkaRecordDeserializationSchema<ParseOutcome> {

    private static final long serialVersionUID = 1L;
    private final NewsItemParser parser;

    public ParsingDeserializer(NewsItemParser parser) {
        this.parser = parser;
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<ParseOutcome> out) {
        RawRecord raw = new RawRecord(record.topic() + "/" + record.partition() + "@" + record.offset(), record.value());
        out.collect(parser.parse(raw));
    }

    @Override
    public TypeInformation<ParseOutcome> getProducedType() {
        return TypeInformation.of(ParseOutcome.class);
    }
}
