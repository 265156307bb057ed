package io.blocwatch.connectors.feeds;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on a free loopback port for the feed tests: each path serves what the test
 * put there (a body with its type and an ETag, a status, a redirect, a delay), honours
 * If-None-Match, gzips when asked, and records every request with its headers.
 */
public final class FeedServer implements AutoCloseable {

    /** What one path answers. */
    public record Route(int status, String contentType, byte[] body, String etag, long delayMillis, String location) {
        public static Route ok(String contentType, String body) {
            return new Route(200, contentType, body.getBytes(StandardCharsets.UTF_8), null, 0, null);
        }

        public Route withEtag(String tag) {
            return new Route(status, contentType, body, tag, delayMillis, location);
        }

        public Route delayed(long millis) {
            return new Route(status, contentType, body, etag, millis, location);
        }

        public static Route status(int status) {
            return new Route(status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8), null, 0, null);
        }

        public static Route redirect(String to) {
            return new Route(301, "text/plain", new byte[0], null, 0, to);
        }
    }

    /** A request as the server saw it. */
    public record Request(String path, Map<String, List<String>> headers, long receivedAtNanos) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "feed-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public FeedServer put(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.add(new Request(path, Map.copyOf(ex.getRequestHeaders()), System.nanoTime()));
        Route route = routes.get(path);
        try (ex) {
            if (route == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            if (route.delayMillis() > 0) {
                try {
                    Thread.sleep(route.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Headers h = ex.getResponseHeaders();
            if (route.location() != null) {
                h.set("Location", route.location());
                ex.sendResponseHeaders(route.status(), -1);
                return;
            }
            if (route.etag() != null) {
                h.set("ETag", route.etag());
                if (route.etag().equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    ex.sendResponseHeaders(304, -1);
                    return;
                }
            }
            h.set("Content-Type", route.contentType());
            byte[] body = route.body();
            String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
            if (accept != null && accept.contains("gzip") && body.length > 0) {
                ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                    gz.write(body);
                }
                body = zipped.toByteArray();
                h.set("Content-Encoding", "gzip");
            }
            ex.sendResponseHeaders(route.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException clientGone) {
            // the client timed out and closed the connection: nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
