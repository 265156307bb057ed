package io.blocwatch.local;

import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code broker}: a standalone Kafka broker process for a local Flink cluster, until stopped. */
@Command(name = "broker", description = {
        "a standalone in-process Kafka broker (KRaft) for a local cluster, until stopped; prints BOOTSTRAP_SERVERS=..."})
final class BrokerCommand extends CliCommand {

    @Option(names = "--topics", paramLabel = "a,b", description = "topics to create")
    String topics;
    @Option(names = "--partitions", paramLabel = "N", description = "partitions per topic (default 2)")
    String partitionCount;

    @Override
    int run(PrintStream out, PrintStream err, Map<String, String> env, Clock clock) throws Exception {
        int partitions = Integer.parseInt(java.util.Objects.requireNonNullElse(partitionCount, "2"));
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
