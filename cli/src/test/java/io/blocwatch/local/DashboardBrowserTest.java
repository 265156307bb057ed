package io.blocwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blocwatch.contracts.Json;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard as an analyst sees it, in a real headless Chromium: the demo stack started by the
 * demo command itself (a real Kafka broker, the Blocwatch job on a MiniCluster, the dashboard over
 * its topics) on the sample storyline plus an item whose title, body and source carry HTML and a
 * script. The page's markers, rows and first alert's evidence are checked against what the job
 * committed to the topics, after a reload (history) and for an alert raised while the page is open
 * (live). A screenshot goes to target/dashboard-browser-test.png on every run; the report file gets
 * the same treatment, offline, with target/report-browser-test.png.
 *
 * <p>Without /usr/bin/chromium and /usr/bin/chromedriver the tests are skipped, unless
 * BLOCWATCH_REQUIRE_BROWSER=1 (as in .ci/run), which makes a missing browser a failure.
 */
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOT = Path.of("target", "dashboard-browser-test.png");
    static final String HOSTILE_TITLE = "Serbia masses troops on Kosovo border <script>window.__pwned=1</script>";
    static final String HOSTILE_BODY = "BELGRADE - Serbia has massed troops, tanks and artillery along its border with Kosovo, "
            + "the Kosovo government said on Monday <img src=x onerror=\"window.__pwned=2\">.\n"
            + "Kosovo accused Belgrade of preparing an invasion.";
    static final String HOSTILE_SOURCE = "Untrusted <i>Wire</i>";

    @TempDir
    Path tmp;

    private ChromeDriver driver;
    private Path screenshot = SCREENSHOT;
    private final List<AutoCloseable> stack = new ArrayList<>();

    @Test
    void theDemoStacksChartMarkersAndEvidenceShowWhatTheJobWroteAndNewsTextStaysText() throws Exception {
        requireBrowser();
        screenshot = SCREENSHOT;

        // The demo stack as the README's first command starts it (broker, job, dashboard), on this test's items:
        // the sample storyline and, in its place in time, an item whose title, body and source carry HTML.
        List<byte[]> items = new ArrayList<>(DemoCommand.sampleItems());
        ObjectNode hostile = Json.MAPPER.createObjectNode();
        hostile.put("id", "bw-html").put("source", HOSTILE_SOURCE).put("url", "https://example.org/bw/html")
                .put("published_at", "2024-06-03T10:00:00Z").put("language", "en").put("title", HOSTILE_TITLE)
                .put("body", HOSTILE_BODY);
        items.add(Json.writeBytes(hostile));
        items.sort(Comparator.comparing(b -> Json.read(new String(b, StandardCharsets.UTF_8),
                io.blocwatch.contracts.NewsItem.class).publishedAt()));
        Path input = tmp.resolve("items.jsonl");
        Files.write(input, items.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList());

        ByteArrayOutputStream demoOut = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(demoOut, true, StandardCharsets.UTF_8);
        Thread demo = new Thread(() -> BlocwatchCli.run(new String[] {"demo", "--input", input.toString(),
                "--dashboard-port", "0", "--max-runtime", "PT10M", "--watermark.idleness", "PT2S",
                "--checkpoint.interval", "PT1S"}, out, out), "demo");
        demo.start();
        stack.add(() -> {
            demo.interrupt();
            demo.join(60_000);
        });
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!demoOut.toString(StandardCharsets.UTF_8).contains("dashboard: http") && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        String printed = demoOut.toString(StandardCharsets.UTF_8);
        Matcher url = Pattern.compile("dashboard: (http://127\\.0\\.0\\.1:\\d+/)").matcher(printed);
        Matcher bootstrap = Pattern.compile("Kafka broker: (\\S+)").matcher(printed);
        assertThat(url.find()).as(printed).isTrue();
        assertThat(bootstrap.find()).as(printed).isTrue();
        String broker = bootstrap.group(1);

        // The page while the job is still at work: chart and markers arrive as live updates.
        driver = chromium();
        driver.get(url.group(1));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120), Duration.ofMillis(200));
        wait.until(d -> text("#status").startsWith("live"));

        // What the job committed: the storyline's alerts and one about the hostile item.
        List<JsonNode> alerts = readUntil(broker, "security.alerts", got -> got.stream().anyMatch(a ->
                a.path("type").asText().equals("COUNTER_ALIGNMENT")) && got.stream().anyMatch(a ->
                a.path("evidence").toString().contains("bw-html")), Duration.ofSeconds(150));
        Thread.sleep(3000); // a few more checkpoints: the count is final
        alerts = readUntil(broker, "security.alerts", got -> false, Duration.ofSeconds(2));
        int n = alerts.size();
        assertThat(n).isGreaterThanOrEqualTo(3);
        Map<String, JsonNode> tagged = new HashMap<>();
        readUntil(broker, "news.tagged", got -> got.size() >= items.size(), Duration.ofSeconds(30))
                .forEach(t -> tagged.put(t.path("id").asText(), t));

        // The open page fills as the job commits: a marker per alert on the chart.
        wait.until(d -> d.findElements(By.cssSelector(".alert-marker")).size() == n);
        wait.until(d -> d.findElements(By.cssSelector(".pair canvas")).size() >= 1);
        // History: a reload rebuilds the same page from the topics' beginning.
        driver.navigate().refresh();
        wait.until(d -> d.findElements(By.cssSelector(".alert-marker")).size() == n);
        assertThat(driver.findElements(By.cssSelector("tr.alert-row"))).hasSize(n);
        assertThat(text("#alert-count")).isEqualTo("(" + n + ")");
        assertThat(driver.findElement(By.cssSelector(".pair[data-pair='western-balkans|belgrade-budapest|tirana-zagreb-pristina']"))
                .findElements(By.cssSelector(".alert-marker"))).hasSize(n);

        // The first alert (earliest event time) opens its evidence: summary, sentences, titles, links, tags.
        JsonNode first = alerts.stream().min(Comparator.comparing((JsonNode a) -> a.path("event_time").asText())
                .thenComparing(a -> a.path("alert_id").asText())).orElseThrow();
        marker(first).click();
        wait.until(d -> first.path("alert_id").asText().equals(
                d.findElement(By.id("evidence")).getAttribute("data-alert-id")));
        assertThat(text("#evidence h2")).startsWith("#1 " + first.path("type").asText());
        assertThat(text("#evidence .summary")).isEqualTo(first.path("summary").asText());
        List<String> sentences = new ArrayList<>();
        first.path("evidence").forEach(e -> sentences.add(e.path("sentence").asText()));
        assertThat(driver.findElements(By.cssSelector("#evidence blockquote")).stream().map(WebElement::getText))
                .containsExactlyElementsOf(sentences);
        String itemId = first.path("evidence").get(0).path("item_id").asText();
        WebElement item = driver.findElement(By.cssSelector("#evidence .item[data-item-id='" + itemId + "']"));
        JsonNode sourceItem = Json.MAPPER.readTree(items.stream().map(b -> new String(b, StandardCharsets.UTF_8))
                .filter(s -> s.contains("\"" + itemId + "\"")).findFirst().orElseThrow());
        WebElement title = item.findElement(By.cssSelector(".item-title a"));
        assertThat(title.getText()).isEqualTo(sourceItem.path("title").asText());
        assertThat(title.getAttribute("href")).isEqualTo(sourceItem.path("url").asText());
        List<String> actors = new ArrayList<>();
        tagged.get(itemId).path("actors").forEach(a -> actors.add(a.path("code").asText()));
        assertThat(actors).isNotEmpty();
        assertThat(item.findElements(By.cssSelector(".tag.actor")).stream().map(WebElement::getText))
                .containsExactlyElementsOf(actors);
        assertThat(item.findElements(By.cssSelector(".tag.interaction"))).hasSize(tagged.get(itemId).path("interactions").size());

        // The hostile item: every text shows as written, nothing of it runs or becomes markup.
        JsonNode aboutHostile = alerts.stream().filter(a -> a.path("evidence").toString().contains("bw-html"))
                .findFirst().orElseThrow();
        driver.findElement(By.cssSelector("tr.alert-row[data-alert-id='" + aboutHostile.path("alert_id").asText() + "']")).click();
        WebElement h = driver.findElement(By.cssSelector("#evidence .item[data-item-id='bw-html']"));
        assertThat(h.findElement(By.cssSelector(".item-title")).getText()).isEqualTo(HOSTILE_TITLE);
        assertThat(h.findElement(By.cssSelector(".source")).getText()).startsWith(HOSTILE_SOURCE);
        assertThat(h.findElement(By.cssSelector(".body")).getText()).contains("<img src=x onerror=\"window.__pwned=2\">");
        assertThat(h.findElements(By.cssSelector("blockquote")).stream().map(WebElement::getText))
                .anyMatch(s -> s.contains("<script>window.__pwned=1</script>"));
        assertThat(h.findElements(By.cssSelector("script, img, i"))).isEmpty();
        assertThat(((JavascriptExecutor) driver).executeScript("return typeof window.__pwned")).isEqualTo("undefined");

        // Filters: only critical alerts keep their markers and rows.
        long critical = alerts.stream().filter(a -> a.path("severity").asText().equals("critical")).count();
        new Select(driver.findElement(By.id("filter-severity"))).selectByValue("critical");
        wait.until(d -> d.findElements(By.cssSelector(".alert-marker")).size() == critical);
        assertThat(driver.findElements(By.cssSelector("tr.alert-row"))).hasSize((int) critical);
        new Select(driver.findElement(By.id("filter-severity"))).selectByValue("");
        wait.until(d -> d.findElements(By.cssSelector(".alert-marker")).size() == n);

        // Live: a later report raises one more alert, which reaches the open page without a reload.
        ObjectNode later = Json.MAPPER.createObjectNode();
        later.put("id", "bw-later").put("source", "Balkan Security Digest").put("url", "https://example.org/bw/later")
                .put("published_at", "2025-06-02T10:00:00Z").put("language", "en")
                .put("title", "Kosovo says Serbian armour is back at the border")
                .put("body", "PRISTINA - Kosovo said on Monday that Serbia had again massed troops, tanks and artillery along "
                        + "its border with Kosovo, two months after the defence pacts.");
        DemoCommand.produce(broker, "news.items", List.of(Json.writeBytes(later)));
        List<JsonNode> more = readUntil(broker, "security.alerts", got -> got.size() > n, Duration.ofSeconds(90));
        assertThat(more).hasSizeGreaterThan(n);
        wait.until(d -> d.findElements(By.cssSelector(".alert-marker")).size() == more.size());
        assertThat(text("#alert-count")).isEqualTo("(" + more.size() + ")");

        // What the analyst sees: the storyline with the first alert's evidence open.
        marker(first).click();
        wait.until(d -> first.path("alert_id").asText().equals(
                d.findElement(By.id("evidence")).getAttribute("data-alert-id")));
    }

    @Test
    void theReportFileOpensWithoutANetworkAndShowsItsAlertsAndEvidence() throws Exception {
        requireBrowser();
        screenshot = Path.of("target", "report-browser-test.png");
        Path dir = ReportCommandTest.replayDir(tmp.resolve("replay"));
        Path report = tmp.resolve("report.html");
        assertThat(ReportCommandTest.run("--input", dir.toString(), "--output", report.toString(), "--items",
                dir.resolve("items.jsonl").toString()).code()).isZero();
        driver = chromium();
        driver.get(report.toUri().toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100));
        wait.until(d -> d.findElements(By.cssSelector(".alert-marker")).size() == 3);
        assertThat(text("#status")).startsWith("report");
        assertThat(driver.findElements(By.cssSelector(".pair"))).hasSize(2);
        driver.findElement(By.cssSelector("tr.alert-row[data-alert-id='a-hostile']")).click();
        WebElement item = driver.findElement(By.cssSelector("#evidence .item[data-item-id='it-1']"));
        assertThat(item.findElement(By.cssSelector(".item-title a")).getText()).isEqualTo(ReportCommandTest.HOSTILE_TITLE);
        assertThat(item.findElement(By.cssSelector("blockquote")).getText()).isEqualTo(ReportCommandTest.HOSTILE_TITLE);
        assertThat(item.findElement(By.cssSelector(".source")).getText()).startsWith("<b>Wire</b>");
        assertThat(item.findElements(By.cssSelector("script, img, b"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        assertThat(((JavascriptExecutor) driver).executeScript("return typeof window.__pwned")).isEqualTo("undefined");
        new Select(driver.findElement(By.id("filter-type"))).selectByValue("POLARIZATION_JUMP");
        wait.until(d -> d.findElements(By.cssSelector(".alert-marker")).size() == 1);

        // Drag across a chart zooms into that span (the marker moves along); a double-click shows everything again.
        WebElement over = driver.findElement(By.cssSelector(".pair .u-over"));
        String left = driver.findElement(By.cssSelector(".alert-marker")).getCssValue("left");
        int w = over.getSize().getWidth();
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(over, -w / 3, 0).clickAndHold()
                .moveByOffset(w / 2, 0).release().perform();
        wait.until(d -> !d.findElement(By.cssSelector(".alert-marker")).getCssValue("left").equals(left));
        new org.openqa.selenium.interactions.Actions(driver).doubleClick(over).perform();
        wait.until(d -> d.findElement(By.cssSelector(".alert-marker")).getCssValue("left").equals(left));
    }

    private static void requireBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "1".equals(System.getenv("BLOCWATCH_REQUIRE_BROWSER"))) {
            throw new AssertionError("BLOCWATCH_REQUIRE_BROWSER=1 but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install chromium chromium-driver");
        }
        assumeTrue(present, "skipped: no " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver; BLOCWATCH_REQUIRE_BROWSER=1 makes this a failure)");
    }

    private WebElement marker(JsonNode alert) {
        return driver.findElement(By.cssSelector(".alert-marker[data-alert-id='" + alert.path("alert_id").asText() + "']"));
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private ChromeDriver chromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1500,1000",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterEach
    void screenshotAndStop() throws Exception {
        try {
            if (driver != null) {
                Files.createDirectories(screenshot.getParent());
                Files.write(screenshot, driver.getScreenshotAs(OutputType.BYTES));
                driver.quit();
            }
        } finally {
            for (int i = stack.size() - 1; i >= 0; i--) {
                try {
                    stack.get(i).close();
                } catch (Exception ignored) {
                    // stopping anyway
                }
            }
        }
    }

    static List<JsonNode> readUntil(String broker, String topic,
                                    java.util.function.Predicate<List<JsonNode>> done, Duration timeout) throws Exception {
        AnalystKafka kafka = AnalystKafka.of(broker, Map.of());
        var partitions = kafka.partitionsOf(List.of(topic));
        List<JsonNode> got = new ArrayList<>();
        long until = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = kafka.consumer()) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < until && !done.test(got)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    got.add(Json.MAPPER.readTree(r.value()));
                }
            }
        }
        return got;
    }
}
