package io.blocwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's web server over data the test adds: read-only, loopback, a live event stream. */
class DashboardServerTest {

    @TempDir
    Path tmp;

    private DashboardData data;
    private DashboardServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        data = new DashboardData();
        Path dir = ReportCommandTest.replayDir(tmp.resolve("replay"));
        java.nio.file.Files.readAllLines(dir.resolve("scores.jsonl")).forEach(data::addScore);
        server = DashboardServer.start(data, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesThePageWithItsPolicyAndRefusesWrites() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.url())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.body()).contains("data-mode=\"live\"").contains("uPlot");
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(server.url()))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(server.url() + "etc/passwd")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(server.url()).startsWith("http://127.0.0.1:");
    }

    @Test
    void answersOnlyToRequestsAddressedToLocalhost() throws Exception {
        assertThat(rawStatus("evil.example")).isEqualTo(421);
        assertThat(rawStatus("localhost:" + server.port())).isEqualTo(200);
    }

    @Test
    void theEventStreamStartsWithTheHistoryThenCarriesEachNewAlert() throws Exception {
        HttpResponse<java.io.InputStream> stream = http.send(HttpRequest.newBuilder(URI.create(server.url() + "events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        List<String> first = readEvent(in);
        assertThat(first.get(0)).isEqualTo("event: snapshot");
        assertThat(first.get(1)).contains("\"polarization\":0.31").contains("\"alerts\":[]");
        long until = System.currentTimeMillis() + 5000;
        while (server.clients() == 0 && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        data.addTagged("{\"id\":\"it-9\",\"actors\":[{\"code\":\"SRB\"}]}");
        data.addAlert(alertJson("live-1", "it-9"));
        CompletableFuture<List<String>> next = CompletableFuture.supplyAsync(() -> readEvent(in));
        List<String> alert = next.get(10, TimeUnit.SECONDS);
        assertThat(alert.get(0)).isEqualTo("event: alert");
        assertThat(alert.get(1)).contains("\"alert_id\":\"live-1\"").contains("\"it-9\":{\"id\":\"it-9\"")
                .contains("\"actors\":[\"SRB\"]");
        stream.body().close();
    }

    private int rawStatus(String host) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    private static List<String> readEvent(BufferedReader in) {
        try {
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!lines.isEmpty()) {
                        return lines;
                    }
                } else if (!line.startsWith(":")) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An Alert v1 line naming one item. */
    private static String alertJson(String id, String itemId) {
        return io.blocwatch.contracts.Json.write(AlertsCommandTest.alert(id, "REALIGNMENT", "western-balkans", "high",
                "2024-06-20T00:00:00Z", "a pact across the divide",
                new io.blocwatch.contracts.Evidence(itemId, "https://example.org/" + itemId, "They signed.")));
    }
}
