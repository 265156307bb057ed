package io.blocwatch.connectors.feeds;

import static io.blocwatch.connectors.feeds.FeedDocuments.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.connectors.feeds.FeedServer.Route;
import io.blocwatch.contracts.NewsItem;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One poll of one feed against a real local HTTP server, for each kind of feed and of failure. */
class FeedPollerTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant HOUR_AGO = NOW.minus(Duration.ofHours(1));
    private static final String STORY = "The defence ministers of Albania and Croatia met in Tirana on Monday, and they agreed to "
            + "hold a joint exercise on the coast next spring, officials said after the talks.";

    private FeedServer server;
    private FeedPoller poller;

    @BeforeEach
    void start() throws Exception {
        server = new FeedServer();
        FetchSettings fast = FetchSettings.defaults().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(700))
                .withRetries(2, Duration.ofMillis(50)).withPerHostInterval(Duration.ZERO);
        poller = new FeedPoller(new HttpFetcher(fast), FeedPoller.DEFAULT_MAX_AGE);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FeedConfig feed(String path, boolean pages) {
        return new FeedConfig(server.url(path), "Balkan Wire", "en", Duration.ofMinutes(5), pages);
    }

    private FeedPoller.Result poll(String path) {
        return poller.poll(feed(path, false), null, null, id -> false, NOW);
    }

    @Test
    void rssItemsBecomeNewsItemsWithTextResolvedLinksDatesAndAStableId() {
        server.put("/world/rss.xml", Route.ok(RSS_TYPE, rss(
                rssItem(null, "/world/2026/talks.html?utm_source=rss", "Ministers meet in Tirana &amp; agree drill",
                        "<p>" + STORY + "</p><p>More <b>soon</b>.</p>", HOUR_AGO))));
        FeedPoller.Result r = poll("/world/rss.xml");

        assertThat(r.failure()).isNull();
        assertThat(r.items()).hasSize(1);
        NewsItem item = r.items().get(0);
        assertThat(item.url()).isEqualTo(server.url("/world/2026/talks.html?utm_source=rss"));
        assertThat(item.title()).isEqualTo("Ministers meet in Tirana & agree drill");
        assertThat(item.body()).isEqualTo(STORY + "\nMore soon.");
        assertThat(item.publishedAt()).isEqualTo(HOUR_AGO.toString());
        assertThat(item.source()).isEqualTo("Balkan Wire");
        assertThat(item.language()).isEqualTo("en");
        // The id is the canonical link's: the same without the tracking parameter, the same in every poll.
        assertThat(item.id()).isEqualTo(ItemIds.of(null, server.url("/world/2026/talks.html")))
                .isEqualTo(poll("/world/rss.xml").items().get(0).id()).startsWith("feed-");
        // Polite: the project's User-Agent, gzip asked for (and the server's gzip read), robots.txt consulted.
        FeedServer.Request req = server.requests("/world/rss.xml").get(0);
        assertThat(req.header("User-Agent")).contains("Blocwatch");
        assertThat(req.header("Accept-Encoding")).contains("gzip");
        assertThat(server.requests("/robots.txt")).isNotEmpty();
    }

    @Test
    void atomAndRss1FeedsAreRead() {
        server.put("/atom.xml", Route.ok(ATOM_TYPE, atom(atomEntry("urn:ministry:note:7", "notes/7.html",
                "Statement on the border", "<p>" + STORY + "</p>", HOUR_AGO))));
        server.put("/rdf.xml", Route.ok("application/rdf+xml", rss1("http://example.invalid/press/3", "Press review", STORY, HOUR_AGO)));

        NewsItem atom = poll("/atom.xml").items().get(0);
        assertThat(atom.id()).isEqualTo(ItemIds.of("urn:ministry:note:7", null));
        assertThat(atom.url()).isEqualTo(server.url("/notes/7.html"));
        assertThat(atom.body()).isEqualTo(STORY);
        assertThat(atom.publishedAt()).isEqualTo(HOUR_AGO.toString());

        NewsItem rdf = poll("/rdf.xml").items().get(0);
        assertThat(rdf.title()).isEqualTo("Press review");
        assertThat(rdf.publishedAt()).isEqualTo(HOUR_AGO.toString());
    }

    @Test
    void anEntryWithoutADateTakesTheTimeItWasFirstSeen() {
        server.put("/nodates.xml", Route.ok(RSS_TYPE, rss(rssItem("g-1", "http://example.invalid/a", "Undated", STORY, null))));
        assertThat(poll("/nodates.xml").items().get(0).publishedAt()).isEqualTo(NOW.toString());
    }

    @Test
    void entriesAlreadySeenOrTooOldAreSkipped() {
        server.put("/rss.xml", Route.ok(RSS_TYPE, rss(
                rssItem("g-1", "http://example.invalid/1", "One", STORY, HOUR_AGO),
                rssItem("g-2", "http://example.invalid/2", "Two", STORY, HOUR_AGO.plusSeconds(60)),
                rssItem("g-old", "http://example.invalid/0", "Old", STORY, NOW.minus(Duration.ofDays(90))))));
        Set<String> seen = new HashSet<>(Set.of(ItemIds.of("g-1", null)));
        FeedPoller.Result r = poller.poll(feed("/rss.xml", false), null, null, seen::contains, NOW);
        assertThat(r.items()).extracting(NewsItem::title).containsExactly("Two");
        assertThat(r.entriesTooOld()).isEqualTo(1);
    }

    @Test
    void anUnchangedFeedAnswers304ToTheConditionalGet() {
        server.put("/rss.xml", Route.ok(RSS_TYPE, rss(rssItem("g-1", "http://example.invalid/1", "One", STORY, HOUR_AGO)))
                .withEtag("\"v1\""));
        FeedPoller.Result first = poll("/rss.xml");
        assertThat(first.etag()).isEqualTo("\"v1\"");

        FeedPoller.Result second = poller.poll(feed("/rss.xml", false), first.etag(), first.lastModified(), id -> false, NOW);
        assertThat(second.notModified()).isTrue();
        assertThat(second.items()).isEmpty();
        assertThat(second.failure()).isNull();
        assertThat(server.requests("/rss.xml").get(1).header("If-None-Match")).isEqualTo("\"v1\"");
    }

    @Test
    void aServerErrorIsRetriedThenDeadLettered() {
        server.put("/down.xml", Route.status(500));
        FeedPoller.Result r = poll("/down.xml");
        assertThat(r.items()).isEmpty();
        assertThat(r.failure().reason()).isEqualTo("feed_unreachable");
        assertThat(r.failure().detail()).contains("HTTP 500").contains("Balkan Wire");
        assertThat(r.failure().source()).isEqualTo(server.url("/down.xml"));
        assertThat(server.requests("/down.xml")).hasSize(2);
    }

    @Test
    void aSlowServerTimesOut() {
        server.put("/slow.xml", Route.ok(RSS_TYPE, rss()).delayed(2_000));
        FeedPoller.Result r = poll("/slow.xml");
        assertThat(r.failure().reason()).isEqualTo("feed_unreachable");
        assertThat(r.failure().detail()).contains("no answer");
    }

    @Test
    void aRedirectIsFollowedAndLinksResolveAgainstTheNewAddress() {
        server.put("/old/rss.xml", Route.redirect("/new/rss.xml"));
        server.put("/new/rss.xml", Route.ok(RSS_TYPE, rss(rssItem("g-9", "story.html", "Moved", STORY, HOUR_AGO))));
        NewsItem item = poll("/old/rss.xml").items().get(0);
        assertThat(item.url()).isEqualTo(server.url("/new/story.html"));
    }

    @Test
    void malformedXmlAndHtmlInsteadOfAFeedAreDeadLetteredWithTheirReason() {
        server.put("/broken.xml", Route.ok(RSS_TYPE, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item>"));
        server.put("/page.html", Route.ok(HTML_TYPE, "<!DOCTYPE html><html><body><p>Our feeds have moved.</p></body></html>"));

        FeedPoller.Result broken = poll("/broken.xml");
        assertThat(broken.failure().reason()).isEqualTo("malformed_feed");
        assertThat(broken.failure().raw()).startsWith("<?xml");

        FeedPoller.Result html = poll("/page.html");
        assertThat(html.failure().reason()).isEqualTo("not_a_feed");
        assertThat(html.failure().detail()).contains("HTML instead of RSS or Atom");
    }

    @Test
    void robotsTxtIsObeyed() {
        server.put("/robots.txt", Route.ok("text/plain", "User-agent: blocwatch\nDisallow: /private/\n"));
        server.put("/private/rss.xml", Route.ok(RSS_TYPE, rss()));
        FeedPoller.Result r = poll("/private/rss.xml");
        assertThat(r.failure().reason()).isEqualTo("robots_disallowed");
        assertThat(server.requests("/private/rss.xml")).isEmpty();
    }

    @Test
    void thePageGivesTheArticleTextWithoutItsBoilerplateAndTheSummaryStaysWhenExtractionFails() {
        String p1 = "Serbian and Hungarian officials signed a defence cooperation agreement in Belgrade on Monday, the two governments said.";
        String p2 = "The agreement covers joint training, the exchange of officers and, from next year, common procurement of equipment.";
        String p3 = "Officials in Pristina said they were studying the text, and that they would respond after consulting their partners.";
        server.put("/p/1.html", Route.ok(HTML_TYPE, boilerplatePage(p1, p2, p3)));
        server.put("/p/2.html", Route.ok(HTML_TYPE, "<html><body><nav><a href=\"/\">Home</a></nav><p>Watch the video.</p></body></html>"));
        server.put("/rss.xml", Route.ok(RSS_TYPE, rss(
                rssItem("g-1", "/p/1.html", "Pact signed", "Short summary one.", null),
                rssItem("g-2", "/p/2.html", "Video", "Short summary two of a video report.", HOUR_AGO))));

        FeedPoller.Result r = poller.poll(feed("/rss.xml", true), null, null, id -> false, NOW);
        NewsItem extracted = r.items().stream().filter(i -> i.title().equals("Pact signed")).findFirst().orElseThrow();
        assertThat(extracted.body()).isEqualTo(p1 + "\n" + p2 + "\n" + p3);
        // No date in the feed: the page's article:published_time.
        assertThat(extracted.publishedAt()).isEqualTo("2026-11-30T07:15:00Z");
        NewsItem kept = r.items().stream().filter(i -> i.title().equals("Video")).findFirst().orElseThrow();
        assertThat(kept.body()).isEqualTo("Short summary two of a video report.");
        assertThat(r.pagesExtracted()).isEqualTo(1);
        assertThat(r.summariesKept()).isEqualTo(1);
    }

    @Test
    void oneHostIsAskedAtMostOncePerInterval() throws Exception {
        server.put("/p/1", Route.ok(HTML_TYPE, "<p>one</p>"));
        HttpFetcher polite = new HttpFetcher(FetchSettings.defaults().withPerHostInterval(Duration.ofMillis(300)));
        for (int i = 0; i < 3; i++) {
            polite.get(java.net.URI.create(server.url("/p/1")), null, null);
        }
        List<FeedServer.Request> got = server.requests("/p/1");
        assertThat(got).hasSize(3);
        for (int i = 1; i < got.size(); i++) {
            assertThat(got.get(i).receivedAtNanos() - got.get(i - 1).receivedAtNanos())
                    .isGreaterThanOrEqualTo(Duration.ofMillis(250).toNanos());
        }
    }

    @Test
    void theSitesCrawlDelayIsHonoured() throws Exception {
        server.put("/robots.txt", Route.ok("text/plain", "User-agent: *\nCrawl-delay: 1\n"));
        server.put("/p/2", Route.ok(HTML_TYPE, "<p>two</p>"));
        HttpFetcher polite = new HttpFetcher(FetchSettings.defaults().withPerHostInterval(Duration.ZERO));
        polite.get(java.net.URI.create(server.url("/p/2")), null, null);
        polite.get(java.net.URI.create(server.url("/p/2")), null, null);
        List<FeedServer.Request> got = server.requests("/p/2");
        assertThat(got.get(1).receivedAtNanos() - got.get(0).receivedAtNanos()).isGreaterThanOrEqualTo(Duration.ofMillis(900).toNanos());
    }

    @Test
    void theLanguageIsDetectedWhateverTheHint() {
        String french = "Les ministres de la Défense de la Serbie et de la Hongrie ont signé lundi à Belgrade un accord de "
                + "coopération militaire, ont annoncé les deux gouvernements dans un communiqué commun.";
        server.put("/fr.xml", Route.ok(RSS_TYPE, rss(rssItem("g-fr", "http://example.invalid/fr", "Accord signé à Belgrade", french, HOUR_AGO),
                rssItem("g-en", "http://example.invalid/en", "Ministers meet", STORY, HOUR_AGO))));
        List<NewsItem> items = poll("/fr.xml").items();
        assertThat(items).extracting(NewsItem::language).containsExactlyInAnyOrder("fr", "en");
    }
}
