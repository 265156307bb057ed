package io.blocwatch.connectors.feeds;

import io.blocwatch.contracts.DeadLetter;
import io.blocwatch.contracts.NewsItem;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * One poll of one feed, without Flink: fetch (conditionally), parse, and turn each entry not yet
 * seen into a NewsItem v1: its id from the GUID or canonical link, {@code source} the feed's name,
 * the article text from its page when the feed asks for pages (the summary when extraction fails,
 * counted), {@code published_at} from the entry, else the page's metadata, else the time it was
 * first seen, and the language detected. A feed that fails yields one dead letter with the reason.
 */
public final class FeedPoller {

    /** Entries older than this are not items any more: they are past the memory of what was emitted. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(30);
    static final int MAX_RAW_CHARS = 4096;

    /**
     * What one poll gave: the new items in publication order, or the dead letter of a failed poll;
     * the validators for the next conditional GET; and how the article pages went.
     */
    public record Result(List<NewsItem> items, DeadLetter failure, boolean notModified, String etag, String lastModified,
            int pagesExtracted, int summariesKept, int entriesTooOld, int entriesWithoutId) {}

    private final HttpFetcher fetcher;
    private final Duration maxAge;

    public FeedPoller(HttpFetcher fetcher, Duration maxAge) {
        this.fetcher = fetcher;
        this.maxAge = maxAge;
    }

    public Result poll(FeedConfig feed, String etag, String lastModified, Predicate<String> alreadySeen, Instant now) {
        URI uri = URI.create(feed.url());
        HttpFetcher.Response response;
        List<FeedEntry> entries;
        try {
            response = fetcher.get(uri, etag, lastModified);
            if (response.notModified()) {
                return new Result(List.of(), null, true, response.etag(), response.lastModified(), 0, 0, 0, 0);
            }
            entries = FeedParser.parse(response.body(), response.contentType(), response.uri());
        } catch (FeedFailure f) {
            return new Result(List.of(), deadLetter(feed, f, now), false, etag, lastModified, 0, 0, 0, 0);
        }
        List<NewsItem> items = new ArrayList<>();
        int extracted = 0;
        int kept = 0;
        int tooOld = 0;
        int noId = 0;
        Instant oldest = now.minus(maxAge);
        for (FeedEntry e : entries) {
            String id = ItemIds.of(e.guid(), e.link());
            if (id == null) {
                noId++;
                continue;
            }
            if (alreadySeen.test(id)) {
                continue;
            }
            if (e.published() != null && e.published().isBefore(oldest)) {
                tooOld++;
                continue;
            }
            String body = e.text();
            Instant published = e.published();
            if (feed.fetchPages() && e.link() != null) {
                ArticleExtractor.Article article = page(e.link());
                if (article != null && article.extracted()) {
                    body = article.text();
                    extracted++;
                } else {
                    kept++;
                }
                if (published == null && article != null) {
                    published = article.published();
                }
            }
            if (published == null) {
                published = now;
            }
            String title = e.title();
            String language = LanguageGuesser.get().detect(title + "\n" + body, feed.language());
            items.add(new NewsItem(id, feed.name(), e.link() == null ? feed.url() : e.link(),
                    published.truncatedTo(ChronoUnit.SECONDS).toString(), language, title, body));
        }
        items.sort(Comparator.comparing(NewsItem::publishedAt));
        return new Result(items, null, false, response.etag(), response.lastModified(), extracted, kept, tooOld, noId);
    }

    /** The page's article, or null when the page could not be fetched. */
    private ArticleExtractor.Article page(String link) {
        try {
            HttpFetcher.Response r = fetcher.get(URI.create(link), null, null);
            return ArticleExtractor.extract(new String(r.body(), charset(r.contentType())), r.uri().toString());
        } catch (FeedFailure | IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset charset(String contentType) {
        if (contentType != null) {
            int i = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
            if (i >= 0) {
                try {
                    return Charset.forName(contentType.substring(i + 8).replace("\"", "").strip());
                } catch (IllegalArgumentException ignored) {
                    // fall back to UTF-8
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    static DeadLetter deadLetter(FeedConfig feed, FeedFailure f, Instant now) {
        byte[] body = f.body();
        String raw = "";
        if (body != null) {
            String text = new String(body, StandardCharsets.UTF_8);
            raw = text.length() > MAX_RAW_CHARS ? text.substring(0, MAX_RAW_CHARS) : text;
        }
        return new DeadLetter(null, f.reason(), "feed '" + feed.name() + "': " + f.getMessage(), feed.url(),
                body == null ? 0 : body.length, raw, now.truncatedTo(ChronoUnit.MILLIS).toString());
    }
}
