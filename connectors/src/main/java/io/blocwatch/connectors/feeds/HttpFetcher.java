package io.blocwatch.connectors.feeds;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Fetches feeds and pages politely: a User-Agent naming the project, robots.txt obeyed (rules
 * cached per host for an hour), at most one request per host per {@link FetchSettings#perHostInterval}
 * (or the site's Crawl-delay when longer, up to a minute),
 * conditional GET with ETag and Last-Modified, gzip, redirects, timeouts, and retries with
 * exponential backoff on connection failures, timeouts, 429 and 5xx. Thread-safe.
 */
public final class HttpFetcher {

    /** A response: 200 with a body, or 304 (not modified, no body). */
    public record Response(int status, URI uri, byte[] body, String contentType, String etag, String lastModified) {
        public boolean notModified() {
            return status == 304;
        }
    }

    private record Robots(BaseRobotRules rules, long fetchedAtNanos) {}

    private static final long ROBOTS_TTL_NANOS = Duration.ofHours(1).toNanos();

    private final FetchSettings settings;
    private final HttpClient client;
    private final Map<String, Robots> robots = new ConcurrentHashMap<>();
    /** Shared by every fetcher in the JVM: the readers of one TaskManager keep one pace per host together. */
    private static final Map<String, Long> NEXT_SLOT = new ConcurrentHashMap<>();

    public HttpFetcher(FetchSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public FetchSettings settings() {
        return settings;
    }

    /** GET {@code uri} unless robots.txt forbids it; with validators from the last response, a 304 may come back. */
    public Response get(URI uri, String etag, String lastModified) throws FeedFailure {
        if (!allowedByRobots(uri)) {
            throw new FeedFailure(FeedFailure.ROBOTS, "robots.txt of " + hostKey(uri) + " disallows " + uri
                    + " for " + FetchSettings.ROBOT_NAME);
        }
        return fetch(uri, etag, lastModified, settings.maxAttempts());
    }

    boolean allowedByRobots(URI uri) {
        String host = hostKey(uri);
        Robots cached = robots.get(host);
        if (cached == null || System.nanoTime() - cached.fetchedAtNanos() > ROBOTS_TTL_NANOS) {
            cached = new Robots(readRobots(uri), System.nanoTime());
            robots.put(host, cached);
        }
        return cached.rules().isAllowed(uri.toString());
    }

    private BaseRobotRules readRobots(URI uri) {
        URI robotsUri = URI.create(hostKey(uri) + "/robots.txt");
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        try {
            Response r = fetch(robotsUri, null, null, 1);
            return parser.parseContent(robotsUri.toString(), r.body(), r.contentType() == null ? "text/plain" : r.contentType(),
                    List.of(FetchSettings.ROBOT_NAME));
        } catch (FeedFailure e) {
            // No robots.txt (404), or the site is down: nothing is forbidden; the fetch itself reports the outage.
            return parser.failedFetch(404);
        }
    }

    private Response fetch(URI uri, String etag, String lastModified, int attempts) throws FeedFailure {
        FeedFailure last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                sleep(settings.backoff().toMillis() << (attempt - 2));
            }
            awaitSlot(uri);
            HttpRequest.Builder req = HttpRequest.newBuilder(uri).GET()
                    .timeout(settings.requestTimeout())
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
                    .header("Accept-Encoding", "gzip");
            if (etag != null) {
                req.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                req.header("If-Modified-Since", lastModified);
            }
            try {
                HttpResponse<InputStream> resp = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
                int status = resp.statusCode();
                String newEtag = resp.headers().firstValue("ETag").orElse(null);
                String newModified = resp.headers().firstValue("Last-Modified").orElse(null);
                if (status == 304) {
                    resp.body().close();
                    return new Response(304, resp.uri(), new byte[0], null, newEtag == null ? etag : newEtag,
                            newModified == null ? lastModified : newModified);
                }
                byte[] body = read(resp);
                if (status >= 200 && status < 300) {
                    return new Response(status, resp.uri(), body, resp.headers().firstValue("Content-Type").orElse(null),
                            newEtag, newModified);
                }
                last = new FeedFailure(FeedFailure.UNREACHABLE, "HTTP " + status + " from " + resp.uri()
                        + (attempts > 1 ? " (attempt " + attempt + " of " + attempts + ")" : ""), body, null);
                if (status != 429 && status < 500) {
                    throw last;
                }
            } catch (HttpTimeoutException e) {
                last = new FeedFailure(FeedFailure.UNREACHABLE, "no answer from " + uri + " within "
                        + settings.requestTimeout() + " (attempt " + attempt + " of " + attempts + ")", null, e);
            } catch (IOException e) {
                last = new FeedFailure(FeedFailure.UNREACHABLE, "cannot fetch " + uri + ": " + e + " (attempt "
                        + attempt + " of " + attempts + ")", null, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FeedFailure(FeedFailure.UNREACHABLE, "interrupted while fetching " + uri, null, e);
            }
        }
        throw last;
    }

    private byte[] read(HttpResponse<InputStream> resp) throws IOException {
        boolean gzip = resp.headers().firstValue("Content-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
        try (InputStream raw = resp.body(); InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > settings.maxBodyBytes()) {
                    throw new IOException("body larger than " + settings.maxBodyBytes() + " bytes");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** Waits until this host may be asked again, then books the next slot. */
    private void awaitSlot(URI uri) {
        long interval = settings.perHostInterval().toNanos();
        Robots r = robots.get(hostKey(uri));
        if (r != null && r.rules().getCrawlDelay() > 0) {
            // The site's Crawl-delay, when it asks for more than our own interval (at most a minute).
            interval = Math.max(interval, Duration.ofMillis(Math.min(r.rules().getCrawlDelay(), 60_000)).toNanos());
        }
        if (interval <= 0) {
            return;
        }
        long step = interval;
        String host = hostKey(uri);
        long now = System.nanoTime();
        long[] wait = new long[1];
        NEXT_SLOT.compute(host, (h, next) -> {
            long start = next == null || next < now ? now : next;
            wait[0] = start - now;
            return start + step;
        });
        if (wait[0] > 0) {
            sleep(Duration.ofNanos(wait[0]).toMillis());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String hostKey(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port);
    }
}
