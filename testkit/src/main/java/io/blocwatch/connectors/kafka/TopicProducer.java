package io.blocwatch.connectors.kafka;

import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes test items to a topic, all to one partition so that they keep their order. */
public final class TopicProducer {

    private TopicProducer() {}

    public static void sendInOrder(String bootstrapServers, String topic, int partition, List<String> values) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, partition, null, value));
            }
        }
    }
}
