package io.blocwatch.local;

import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/** {@code broker}: a standalone Kafka broker process for a local Flink cluster, until stopped. */
final class BrokerCommand {

    private BrokerCommand() {}

    static int run(Options options, PrintStream out, PrintStream err) throws Exception {
        String topics = options.take("topics");
        int partitions = Integer.parseInt(java.util.Objects.requireNonNullElse(options.take("partitions"), "2"));
        options.requireNoneLeft();
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
        if (topics != null && !topics.isBlank()) {
            broker.createTopics(partitions, topics.split(","));
        }
        out.println("BOOTSTRAP_SERVERS=" + broker.bootstrapServers());
        out.flush();
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            done.countDown();
        }));
        done.await();
        return 0;
    }
}
