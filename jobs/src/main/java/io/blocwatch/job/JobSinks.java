package io.blocwatch.job;

import io.blocwatch.connectors.files.JsonLinesFileSink;
import io.blocwatch.connectors.kafka.KafkaEndpoints;
import io.blocwatch.connectors.kafka.KafkaSettings;
import io.blocwatch.contracts.Alert;
import io.blocwatch.contracts.BlocScore;
import io.blocwatch.contracts.DeadLetter;
import io.blocwatch.contracts.TaggedItem;
import java.io.Serializable;
import java.nio.file.Path;
import org.apache.flink.api.connector.sink2.Sink;

/** The four outputs of the job; tests pass collecting sinks. */
public record JobSinks(
        Sink<TaggedItem> tagged,
        Sink<BlocScore> scores,
        Sink<Alert> alerts,
        Sink<DeadLetter> deadLetters,
        boolean singleWriter) implements Serializable {

    /** Kafka topics, exactly-once when the settings say so. Keys: item id, scenario|pair, alert id, origin. */
    public static JobSinks kafka(KafkaSettings s) {
        return new JobSinks(
                KafkaEndpoints.jsonSink(s, s.taggedTopic(), TaggedItem.class, TaggedItem::id),
                KafkaEndpoints.jsonSink(s, s.scoresTopic(), BlocScore.class, BlocScore::key),
                KafkaEndpoints.jsonSink(s, s.alertsTopic(), Alert.class, Alert::alertId),
                KafkaEndpoints.jsonSink(s, s.deadLetterTopic(), DeadLetter.class, DeadLetter::source),
                false);
    }

    /** JSON-lines files in {@code dir}: tagged.jsonl, scores.jsonl, alerts.jsonl, deadletter.jsonl. */
    public static JobSinks files(Path dir) {
        return new JobSinks(
                new JsonLinesFileSink<>(dir.resolve("tagged.jsonl")),
                new JsonLinesFileSink<>(dir.resolve("scores.jsonl")),
                new JsonLinesFileSink<>(dir.resolve("alerts.jsonl")),
                new JsonLinesFileSink<>(dir.resolve("deadletter.jsonl")),
                true);
    }
}
