package io.blocwatch.job;

import static io.blocwatch.connectors.feeds.FeedDocuments.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.config.JobConfig;
import io.blocwatch.connectors.feeds.FeedServer;
import io.blocwatch.connectors.feeds.FeedServer.Route;
import io.blocwatch.connectors.kafka.EmbeddedKafkaExtension;
import io.blocwatch.connectors.kafka.KafkaSettings;
import io.blocwatch.connectors.kafka.TopicConsumer;
import io.blocwatch.contracts.Json;
import io.blocwatch.contracts.NewsItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds served by a local HTTP server → the job on a MiniCluster (feeds as its only input,
 * exactly-once Kafka sinks on a real broker) → tagged items and alerts; stopped with a savepoint
 * halfway and resumed while the feed re-lists what it already had: no item lost, none twice.
 */
class FeedPipelineTest {

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    @Test
    void feedItemsReachTaggingAndAlertsOnceAcrossARestart(@TempDir Path dir) throws Exception {
        List<NewsItem> samples = Fixtures.sampleItems().stream().map(l -> Json.read(l, NewsItem.class)).toList();
        Map<String, NewsItem> byId = samples.stream().collect(Collectors.toMap(NewsItem::id, i -> i));
        String french = "Les ministres de la Défense de la Serbie et de la Hongrie se sont rencontrés à Belgrade, "
                + "ont annoncé les deux gouvernements dans un communiqué commun publié mardi soir.";

        try (FeedServer server = new FeedServer()) {
            server.put("/wire/rss.xml", Route.ok(RSS_TYPE, rss(entries(byId, "bw-0001", "bw-0002", "bw-0003", "bw-0004"))));
            server.put("/ministry/atom.xml", Route.ok(ATOM_TYPE, atom(atomEntry("urn:test:fr-1", "/ministry/fr-1.html",
                    "Rencontre à Belgrade", french, Instant.parse("2023-09-25T10:00:00Z")))).withEtag("\"a1\""));
            Path feeds = Files.writeString(dir.resolve("feeds.yaml"), "feeds:\n"
                    + "  - url: " + server.url("/wire/rss.xml") + "\n    name: Balkan Wire\n    language: en\n    poll: PT1S\n"
                    + "  - url: " + server.url("/ministry/atom.xml") + "\n    name: Ministry Notes\n    poll: PT1S\n");

            Map<String, String> keys = new HashMap<>(Map.of(
                    "kafka.bootstrap-servers", KAFKA.broker().bootstrapServers(),
                    "topics.input", "feeds.items", "topics.alerts", "feeds.alerts", "topics.scores", "feeds.scores",
                    "topics.tagged", "feeds.tagged", "topics.deadletter", "feeds.deadletter",
                    "checkpoint.interval", "PT0.5S", "watermark.idleness", "PT2S", "job.parallelism", "2"));
            keys.put("input.feeds.file", feeds.toString());
            keys.put("input.feeds.only", "true");
            // The sample stories are from 2023-2025: remember (and accept) entries of any age.
            keys.put("input.feeds.remember", "P36500D");
            JobConfig config = JobConfig.defaults().with(keys);
            KafkaSettings kafka = config.kafkaSettings();
            KAFKA.broker().createTopics(2, kafka.alertsTopic(), kafka.scoresTopic(), kafka.taggedTopic(), kafka.deadLetterTopic());
            KAFKA.broker().createTopics(1, config.get("topics.control"));

            // First run: four wire stories (a build-up on Kosovo's border among them) and a French note.
            JobClient first = start(config, Map.of());
            read(kafka.taggedTopic(), got -> ids(got).size() >= 5, Duration.ofSeconds(90));
            read(kafka.alertsTopic(), got -> types(got).contains("CROSS_BLOC_HOSTILITY"), Duration.ofSeconds(60));
            String savepoint = first.stopWithSavepoint(false, dir.resolve("sp").toUri().toString(), SavepointFormatType.CANONICAL).get();

            // Meanwhile the wire re-lists its four stories and adds four; the ministry's feed is unchanged (304).
            // The feeds file now names the wire differently and lists one more feed.
            server.put("/wire/rss.xml", Route.ok(RSS_TYPE, rss(entries(byId, "bw-0001", "bw-0002", "bw-0003", "bw-0004",
                    "bw-0005", "bw-0006", "bw-0007", "bw-0008"))));
            server.put("/weather/rss.xml", Route.ok(RSS_TYPE, rss(rssItem("wx-1", "/weather/1.html", "Fog over the valley",
                    "Dense fog settled over the valley on Wednesday morning and delayed the first trains of the day.",
                    // before the wire's new stories: each feed is a split with its own watermark, and one polled
                    // while the wire's split sits idle (watermark.idleness PT2S here) moves event time on alone;
                    // a later weather note would make the wire's stories late (README: late_event)
                    Instant.parse("2025-03-01T06:00:00Z")))));
            Files.writeString(feeds, "feeds:\n"
                    + "  - url: " + server.url("/wire/rss.xml") + "\n    name: Balkan Wire Desk\n    language: en\n    poll: PT1S\n"
                    + "  - url: " + server.url("/ministry/atom.xml") + "\n    name: Ministry Notes\n    poll: PT1S\n"
                    + "  - url: " + server.url("/weather/rss.xml") + "\n    name: Valley Weather\n    poll: PT1S\n");
            JobClient second = start(config, Map.of("execution.state-recovery.path", savepoint));
            try {
                read(kafka.taggedTopic(), got -> ids(got).size() >= 10, Duration.ofSeconds(90));
                read(kafka.alertsTopic(), got -> types(got).contains("COUNTER_ALIGNMENT"), Duration.ofSeconds(60));
                Thread.sleep(2500); // more polls (every second) and checkpoints (every 0.5 s): nothing may come twice
                List<JsonNode> tagged = read(kafka.taggedTopic(), got -> false, Duration.ofMillis(1500));
                List<JsonNode> alerts = read(kafka.alertsTopic(), got -> false, Duration.ofMillis(1500));

                assertThat(tagged).hasSize(10);
                assertThat(ids(tagged)).doesNotHaveDuplicates().hasSize(10);
                // The restored wire feed took its new name from the file; the feed added since the savepoint was polled.
                assertThat(tagged).filteredOn(t -> t.get("url").asText().contains("bw-0007")).singleElement()
                        .satisfies(t -> assertThat(t.get("source").asText()).isEqualTo("Balkan Wire Desk"));
                assertThat(tagged).filteredOn(t -> t.get("url").asText().contains("bw-0001")).singleElement()
                        .satisfies(t -> assertThat(t.get("source").asText()).isEqualTo("Balkan Wire"));
                assertThat(tagged).anySatisfy(t -> assertThat(t.get("source").asText()).isEqualTo("Valley Weather"));
                assertThat(alerts).extracting(a -> a.get("alert_id").asText()).doesNotHaveDuplicates();
                assertThat(types(alerts)).filteredOn(t -> !t.startsWith("POLARIZATION_"))
                        .containsExactlyInAnyOrder("CROSS_BLOC_HOSTILITY", "COUNTER_ALIGNMENT");
                // The French note went through untagged (the coder reads English only), counted, not guessed at.
                JsonNode frenchTagged = tagged.stream().filter(t -> t.get("source").asText().equals("Ministry Notes")).findFirst().orElseThrow();
                assertThat(frenchTagged.get("actors")).isEmpty();
                // The ministry's feed was asked with its ETag after the restart, and answered 304.
                assertThat(server.requests("/ministry/atom.xml")).anySatisfy(r -> assertThat(r.header("If-None-Match")).isEqualTo("\"a1\""));
            } finally {
                second.cancel().get();
            }
        }
    }

    @Test
    void theFeedInputJoinsTheKafkaInputWithItsOwnStableUid(@TempDir Path dir) throws Exception {
        Path feeds = Files.writeString(dir.resolve("feeds.yaml"), "feeds:\n  - url: http://127.0.0.1:9/rss.xml\n");
        JobConfig config = JobConfig.defaults().with(Map.of("kafka.bootstrap-servers", "localhost:9092",
                "input.feeds.file", feeds.toString()));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(BlocwatchJob.flinkConfiguration(config, true));
        BlocwatchJob.forKafka(config).build(env);
        List<String> uids = env.getStreamGraph().getStreamNodes().stream()
                .map(org.apache.flink.streaming.api.graph.StreamNode::getTransformationUID).toList();
        assertThat(uids).doesNotContainNull().doesNotHaveDuplicates()
                .contains("source-news-items", "source-news-feeds", "news-tagger", "bloc-polarization");
    }

    private static String[] entries(Map<String, NewsItem> byId, String... ids) {
        String[] out = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            NewsItem it = byId.get(ids[i]);
            String html = "<p>" + it.body().replace("&", "&amp;").replace("<", "&lt;").replace("\n", "</p><p>") + "</p>";
            out[i] = rssItem(null, "/wire/" + it.id() + ".html?utm_medium=rss", it.title().replace("&", "&amp;"), html,
                    Instant.parse(it.publishedAt()));
        }
        return out;
    }

    private static JobClient start(JobConfig config, Map<String, String> flink) throws Exception {
        org.apache.flink.configuration.Configuration conf = BlocwatchJob.flinkConfiguration(config, true);
        flink.forEach(conf::setString);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        BlocwatchJob.forKafka(config).build(env);
        return env.executeAsync("feed-pipeline-test");
    }

    private static List<JsonNode> read(String topic, Predicate<List<JsonNode>> done, Duration timeout) throws Exception {
        return TopicConsumer.readUntil(KAFKA.broker().bootstrapServers(), topic, done, timeout);
    }

    private static List<String> ids(List<JsonNode> tagged) {
        return tagged.stream().map(t -> t.get("id").asText()).toList();
    }

    private static List<String> types(List<JsonNode> alerts) {
        return alerts.stream().map(a -> a.get("type").asText()).toList();
    }
}
