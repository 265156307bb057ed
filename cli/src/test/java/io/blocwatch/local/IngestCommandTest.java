package io.blocwatch.local;

import static io.blocwatch.connectors.feeds.FeedDocuments.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.connectors.feeds.FeedServer;
import io.blocwatch.connectors.feeds.FeedServer.Route;
import io.blocwatch.connectors.kafka.EmbeddedKafkaExtension;
import io.blocwatch.connectors.kafka.TopicConsumer;
import io.blocwatch.contracts.Json;
import io.blocwatch.contracts.NewsItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code blocwatch ingest} against a local HTTP server, into a file and into the in-process broker. */
class IngestCommandTest {

    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    private static final Instant T = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
    private static final String STORY = "Serbia and Hungary signed a defence cooperation agreement in Belgrade on Tuesday, "
            + "the two defence ministries said in a joint statement.";

    private FeedServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FeedServer();
        server.put("/wire/rss.xml", Route.ok(RSS_TYPE, rss(
                rssItem("w-1", "/wire/1.html", "Serbia and Hungary sign defence pact", STORY, T),
                rssItem("w-2", "/wire/2.html", "Ministers meet again", STORY + " Talks continue.", T.plusSeconds(600)))));
        server.put("/broken/rss.xml", Route.ok(RSS_TYPE, "<rss version=\"2.0\"><channel><item><title>cut off"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Path feeds(Path dir) throws Exception {
        return Files.writeString(dir.resolve("feeds.yaml"), "feeds:\n"
                + "  - url: " + server.url("/wire/rss.xml") + "\n    name: Balkan Wire\n    language: en\n    poll: PT5M\n"
                + "  - url: " + server.url("/broken/rss.xml") + "\n    name: Broken Desk\n");
    }

    @Test
    void onceIntoAFileWritesNewsItemsAndReportsTheFailedFeed(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("items.jsonl");
        CliRun r = CliRun.of("ingest", "--feeds", feeds(dir).toString(), "--output", out.toString(), "--once");

        assertThat(r.code()).as(r.err()).isZero();
        List<NewsItem> items = Files.readAllLines(out).stream().filter(l -> !l.isBlank())
                .map(l -> Json.read(l, NewsItem.class)).toList();
        assertThat(items).extracting(NewsItem::title).containsExactly("Serbia and Hungary sign defence pact", "Ministers meet again");
        assertThat(items).allSatisfy(i -> {
            assertThat(i.source()).isEqualTo("Balkan Wire");
            assertThat(i.language()).isEqualTo("en");
            assertThat(i.id()).startsWith("feed-");
        });
        assertThat(items.get(0).url()).isEqualTo(server.url("/wire/1.html"));
        assertThat(items.get(0).publishedAt()).isEqualTo(T.toString());
        assertThat(r.out()).contains("ingested 2 item(s)");
        assertThat(r.err()).contains("feed failed [malformed_feed] " + server.url("/broken/rss.xml"));
    }

    @Test
    void onceIntoKafkaWritesEachItemOnceReadCommitted(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("ingest", "--feeds", feeds(dir).toString(), "--bootstrap-servers", KAFKA.broker().bootstrapServers(),
                "--topic", "ingest.items", "--once");

        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> got = TopicConsumer.readUntil(KAFKA.broker().bootstrapServers(), "ingest.items", l -> l.size() >= 2,
                Duration.ofSeconds(30));
        assertThat(got).extracting(n -> n.get("title").asText())
                .containsExactlyInAnyOrder("Serbia and Hungary sign defence pact", "Ministers meet again");
    }

    @Test
    void wrongUsageExitsWithCode2AndSaysWhy(@TempDir Path dir) throws Exception {
        CliRun neither = CliRun.of("ingest", "--feeds", feeds(dir).toString());
        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.err()).contains("give either --bootstrap-servers");
        CliRun missing = CliRun.of("ingest", "--feeds", dir.resolve("nope.yaml").toString(), "--output", "x.jsonl");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist");
    }
}
