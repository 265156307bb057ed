package io.blocwatch.connectors.feeds;

import static io.blocwatch.connectors.feeds.FeedDocuments.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.connectors.feeds.FeedServer.Route;
import io.blocwatch.connectors.json.ParseOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The source on a MiniCluster: every feed polled once (bounded), a failing feed's dead letter beside the others' items. */
class FeedSourceTest {

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void aFailingFeedIsDeadLetteredAndTheOthersStillDeliver() throws Exception {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3));
        String text = "Officials of both governments met on Monday and agreed to keep talking about the border next week.";
        try (FeedServer server = new FeedServer()) {
            server.put("/a.xml", Route.ok(RSS_TYPE, rss(rssItem("a-1", "/a/1", "A one", text, t), rssItem("a-2", "/a/2", "A two", text, t))));
            server.put("/b.xml", Route.status(503));
            server.put("/c.xml", Route.ok(ATOM_TYPE, atom(atomEntry("urn:c:1", "/c/1", "C one", text, t))));
            server.put("/d.xml", Route.ok(HTML_TYPE, "<html><body>moved</body></html>"));
            List<FeedConfig> feeds = List.of(
                    new FeedConfig(server.url("/a.xml"), "A", "en", Duration.ofMinutes(5), false),
                    new FeedConfig(server.url("/b.xml"), "B", "en", Duration.ofMinutes(5), false),
                    new FeedConfig(server.url("/c.xml"), "C", "en", Duration.ofMinutes(5), false),
                    new FeedConfig(server.url("/d.xml"), "D", "en", Duration.ofMinutes(5), false));
            FetchSettings fast = FetchSettings.defaults().withRetries(2, Duration.ofMillis(20)).withPerHostInterval(Duration.ZERO);

            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(2);
            List<ParseOutcome> out = env.fromSource(FeedSource.once(feeds, fast), WatermarkStrategy.noWatermarks(), "feeds")
                    .executeAndCollect(100);

            assertThat(out.stream().filter(ParseOutcome::isOk).map(o -> o.item().title()))
                    .containsExactlyInAnyOrder("A one", "A two", "C one");
            assertThat(out.stream().filter(o -> !o.isOk()).map(o -> o.deadLetter().reason() + " " + o.deadLetter().source()))
                    .containsExactlyInAnyOrder("feed_unreachable " + server.url("/b.xml"), "not_a_feed " + server.url("/d.xml"));
        }
    }
}
