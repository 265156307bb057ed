package io.blocwatch.local;

import static io.blocwatch.connectors.feeds.FeedDocuments.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.connectors.feeds.FeedServer;
import io.blocwatch.connectors.feeds.FeedServer.Route;
import io.blocwatch.connectors.kafka.EmbeddedKafkaExtension;
import io.blocwatch.contracts.Json;
import io.blocwatch.contracts.NewsItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code ingest --once} runs (two processes' worth: nothing kept between them but what they
 * wrote) against the same feed, one entry added between the runs: each item is written exactly
 * once, into the in-process broker and into a file.
 */
class IngestAcrossRunsTest {

    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    private static final Instant T = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3));
    private static final String STORY = "Serbia and Hungary signed a defence cooperation agreement in Belgrade on Tuesday, "
            + "the two defence ministries said in a joint statement.";
    private static final String FIRST = rssItem("w-1", "/wire/1.html", "Serbia and Hungary sign defence pact", STORY, T);
    private static final String SECOND = rssItem("w-2", "/wire/2.html", "Ministers meet again", STORY + " Talks continue.",
            T.plusSeconds(600));
    private static final String THIRD = rssItem("w-3", "/wire/3.html", "Kosovo answers the pact",
            "Kosovo's government said on Wednesday that the agreement between Serbia and Hungary threatened the region.",
            T.plusSeconds(1200));

    private FeedServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FeedServer();
        server.put("/wire/rss.xml", Route.ok(RSS_TYPE, rss(FIRST, SECOND)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Path feeds(Path dir) throws Exception {
        return Files.writeString(dir.resolve("feeds.yaml"), "feeds:\n"
                + "  - url: " + server.url("/wire/rss.xml") + "\n    name: Balkan Wire\n    language: en\n");
    }

    @Test
    void twoRunsIntoAFileAppendOnlyTheNewEntry(@TempDir Path dir) throws Exception {
        Path feeds = feeds(dir);
        Path out = dir.resolve("items.jsonl");
        CliRun first = CliRun.of("ingest", "--feeds", feeds.toString(), "--output", out.toString(), "--once");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("ingested 2 item(s)");
        List<String> afterFirst = Files.readAllLines(out);

        server.put("/wire/rss.xml", Route.ok(RSS_TYPE, rss(FIRST, SECOND, THIRD)));
        CliRun second = CliRun.of("ingest", "--feeds", feeds.toString(), "--output", out.toString(), "--once");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("ingested 1 item(s)");
        assertThat(second.err()).contains("remembering 2 item id(s) already in " + out);

        List<String> lines = Files.readAllLines(out).stream().filter(l -> !l.isBlank()).toList();
        assertThat(lines.subList(0, 2)).as("the first run's lines are kept as they were").isEqualTo(afterFirst);
        List<NewsItem> items = lines.stream().map(l -> Json.read(l, NewsItem.class)).toList();
        assertThat(items).extracting(NewsItem::title)
                .containsExactly("Serbia and Hungary sign defence pact", "Ministers meet again", "Kosovo answers the pact");
        assertThat(items).extracting(NewsItem::id).doesNotHaveDuplicates();
    }

    @Test
    void twoRunsIntoKafkaWriteEachItemOnce(@TempDir Path dir) throws Exception {
        Path feeds = feeds(dir);
        String bootstrap = KAFKA.broker().bootstrapServers();
        CliRun first = CliRun.of("ingest", "--feeds", feeds.toString(), "--bootstrap-servers", bootstrap, "--topic", "runs.items", "--once");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("ingested 2 item(s)");

        server.put("/wire/rss.xml", Route.ok(RSS_TYPE, rss(FIRST, SECOND, THIRD)));
        CliRun second = CliRun.of("ingest", "--feeds", feeds.toString(), "--bootstrap-servers", bootstrap, "--topic", "runs.items", "--once");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("ingested 1 item(s)");
        assertThat(second.err()).contains("remembering 2 item id(s) already on runs.items");

        List<NewsItem> items = committed(bootstrap, "runs.items");
        assertThat(items).extracting(NewsItem::title).containsExactlyInAnyOrder(
                "Serbia and Hungary sign defence pact", "Ministers meet again", "Kosovo answers the pact");
    }

    @Test
    void theMemoryOnATopicIsBoundedByTheAgeLimit(@TempDir Path dir) throws Exception {
        String bootstrap = KAFKA.broker().bootstrapServers();
        CliRun r = CliRun.of("ingest", "--feeds", feeds(dir).toString(), "--bootstrap-servers", bootstrap, "--topic", "aged.items", "--once");
        assertThat(r.code()).as(r.err()).isZero();
        Properties client = new Properties();
        client.put("bootstrap.servers", bootstrap);
        assertThat(IngestMemory.onTopic(client, "aged.items", Duration.ofDays(1), Instant.now())).hasSize(2)
                .allSatisfy(id -> assertThat(id).startsWith("feed-"));
        // Two days on, a one-day memory no longer holds records written today.
        assertThat(IngestMemory.onTopic(client, "aged.items", Duration.ofDays(1), Instant.now().plus(Duration.ofDays(2)))).isEmpty();
    }

    /** Every committed record of the topic, up to its end now. */
    private static List<NewsItem> committed(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("isolation.level", "read_committed");
        p.put("enable.auto.commit", "false");
        List<NewsItem> items = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = new HashMap<>(c.endOffsets(parts));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (end.entrySet().stream().anyMatch(e -> c.position(e.getKey()) < e.getValue()) && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(r -> items.add(Json.read(r.value(), NewsItem.class)));
            }
        }
        return items;
    }
}
