package io.blocwatch.local;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Fills {@link DashboardData} from the job's topics, from their beginning and then as records are
 * committed (read_committed): scores, alerts and tagged items, and the input topic for the items'
 * titles when it is there. One thread; {@link #close()} stops it.
 */
final class DashboardFeed implements AutoCloseable {

    record Topics(String scores, String alerts, String tagged, String items) {}

    private final Thread thread;
    private volatile boolean running = true;

    private DashboardFeed(AnalystKafka kafka, Topics topics, List<TopicPartition> partitions, DashboardData data,
                          PrintStream err) {
        this.thread = new Thread(() -> loop(kafka, topics, partitions, data, err), "dashboard-feed");
        this.thread.setDaemon(true);
    }

    /** Checks the broker and topics first (an error within seconds), then starts reading. */
    static DashboardFeed start(AnalystKafka kafka, Topics topics, DashboardData data, PrintStream err) {
        List<TopicPartition> partitions = new ArrayList<>(kafka.partitionsOf(List.of(topics.scores(), topics.alerts(),
                topics.tagged())));
        if (topics.items() != null) {
            try {
                partitions.addAll(kafka.partitionsOf(List.of(topics.items())));
            } catch (IllegalArgumentException e) {
                err.println("dashboard: no item titles (" + e.getMessage() + ")");
            }
        }
        DashboardFeed feed = new DashboardFeed(kafka, topics, partitions, data, err);
        feed.thread.start();
        return feed;
    }

    private void loop(AnalystKafka kafka, Topics topics, List<TopicPartition> partitions, DashboardData data,
                      PrintStream err) {
        try (KafkaConsumer<String, String> consumer = kafka.consumer()) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    String t = r.topic();
                    boolean ok;
                    if (t.equals(topics.scores())) {
                        ok = data.addScore(r.value());
                    } else if (t.equals(topics.alerts())) {
                        ok = data.addAlert(r.value());
                    } else if (t.equals(topics.tagged())) {
                        ok = data.addTagged(r.value());
                    } else {
                        // An input record that is no NewsItem is the job's dead letter; here it only lacks a title.
                        data.addNewsItem(r.value());
                        ok = true;
                    }
                    if (!ok) {
                        err.println("dashboard: skipped " + t + "/" + r.partition() + "@" + r.offset()
                                + ": not the record this topic should hold");
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.InterruptException e) {
            // closing
        } catch (RuntimeException e) {
            if (running) {
                err.println("dashboard: reading the topics stopped: " + e);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
