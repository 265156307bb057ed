package io.blocwatch.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The dashboard's web server: read-only, three routes. {@code /} is the page, {@code /events} a
 * server-sent event stream (first the whole {@link DashboardData} as {@code snapshot}, then each
 * {@code score}, {@code alert} and {@code item} as it arrives), {@code /snapshot.json} the same
 * data at once. Every other method than GET and HEAD is refused. Bound to a loopback address, it
 * also refuses requests whose Host header names another host (a web page elsewhere cannot read it
 * through DNS rebinding).
 */
final class DashboardServer implements AutoCloseable {

    static final int CLIENT_QUEUE = 10_000;
    private static final String CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            + "connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final HttpServer server;
    private final ExecutorService threads;
    private final DashboardData data;
    private final List<BlockingQueue<String>> clients = new CopyOnWriteArrayList<>();
    private final boolean loopback;
    private volatile boolean closed;

    private DashboardServer(HttpServer server, ExecutorService threads, DashboardData data, boolean loopback) {
        this.server = server;
        this.threads = threads;
        this.data = data;
        this.loopback = loopback;
    }

    static DashboardServer start(DashboardData data, String bind, int port) throws IOException {
        InetAddress address = InetAddress.getByName(bind);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(address, port), 50);
        } catch (BindException e) {
            throw new IllegalArgumentException("cannot listen on " + bind + ":" + port + " (" + e.getMessage()
                    + "): choose another --port, or stop what uses it");
        }
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dashboard-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        DashboardServer s = new DashboardServer(server, threads, data, address.isLoopbackAddress());
        server.createContext("/", s::handle);
        data.onChange(s::broadcast);
        server.start();
        return s;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The address to open: the bound host, or localhost when bound to every interface. */
    String url() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "localhost" : a.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + a.getPort() + "/";
    }

    int clients() {
        return clients.size();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            var h = ex.getResponseHeaders();
            h.set("X-Content-Type-Options", "nosniff");
            h.set("Referrer-Policy", "no-referrer");
            h.set("Cache-Control", "no-store");
            h.set("X-Frame-Options", "DENY");
            if (!method.equals("GET") && !method.equals("HEAD")) {
                h.set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain", "read-only: GET and HEAD only\n");
                return;
            }
            if (loopback && !localHost(ex.getRequestHeaders().getFirst("Host"))) {
                send(ex, 421, "text/plain", "this dashboard answers only to localhost\n");
                return;
            }
            String path = ex.getRequestURI().getPath();
            switch (path) {
                case "/", "/index.html" -> {
                    h.set("Content-Security-Policy", CSP);
                    send(ex, 200, "text/html; charset=utf-8", DashboardPage.live());
                }
                case "/snapshot.json" -> send(ex, 200, "application/json", data.snapshotJson());
                case "/events" -> {
                    if (method.equals("HEAD")) {
                        send(ex, 200, "text/event-stream; charset=utf-8", "");
                    } else {
                        stream(ex);
                    }
                }
                default -> send(ex, 404, "text/plain", "not found\n");
            }
        }
    }

    private static boolean localHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            name = name.substring(0, name.indexOf(']') + 1);
        } else if (name.contains(":")) {
            name = name.substring(0, name.lastIndexOf(':'));
        }
        return name.equals("localhost") || name.equals("[::1]") || name.startsWith("127.");
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** One client's stream: the snapshot, then every change, with a comment every 15 s to notice a gone client. */
    private void stream(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = new ArrayBlockingQueue<>(CLIENT_QUEUE);
        String snapshot;
        synchronized (data) {
            // Under the data's lock: no change falls between the snapshot and the queue.
            snapshot = data.snapshotJson();
            clients.add(queue);
        }
        try (OutputStream out = ex.getResponseBody()) {
            out.write(event("snapshot", snapshot).getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (!closed) {
                String next = queue.poll(15, TimeUnit.SECONDS);
                if (next == null) {
                    next = ": still here\n\n";
                } else if (next.isEmpty()) {
                    break; // dropped: the client fell too far behind, it reconnects and gets a new snapshot
                }
                out.write(next.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException gone) {
            // the browser went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
        }
    }

    private void broadcast(String name, String json) {
        String e = event(name, json);
        for (BlockingQueue<String> q : clients) {
            if (!q.offer(e)) {
                q.clear();
                q.offer("");
                clients.remove(q);
            }
        }
    }

    /** One server-sent event; JSON from Jackson holds no raw line breaks. */
    static String event(String name, String json) {
        return "event: " + name + "\ndata: " + json.replace("\r", "").replace("\n", "\ndata: ") + "\n\n";
    }

    @Override
    public void close() {
        closed = true;
        clients.forEach(q -> q.offer(""));
        server.stop(0);
        threads.shutdownNow();
    }
}
