package io.blocwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blocwatch.config.JobConfig;
import io.blocwatch.connectors.kafka.EmbeddedKafkaBroker;
import io.blocwatch.connectors.kafka.KafkaSettings;
import io.blocwatch.contracts.Json;
import io.blocwatch.job.BlocwatchJob;
import io.blocwatch.job.JobSinks;
import io.blocwatch.job.NewsInputs;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
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
 * The dashboard as an analyst sees it, in a real headless Chromium: the demo stack (a real Kafka
 * broker, the Blocwatch job on a MiniCluster, the dashboard over its topics), the sample storyline
 * plus an item whose title, body and source carry HTML and a script. The page is opened before
 * any item is produced, so the chart and markers arrive as live updates; a reload then shows the
 * same from the topics' history. A screenshot goes to target/dashboard-browser-test.png on every run.
 *
 * <p>Without /usr/bin/chromium and /usr/bin/chromedriver the test is skipped, unless
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

        // The demo stack: broker, job, dashboard.
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
        stack.add(broker);
        JobConfig config = JobConfig.defaults().with(Map.of("kafka.bootstrap-servers", broker.bootstrapServers(),
                "checkpoint.interval", "PT1S", "watermark.idleness", "PT2S", "job.parallelism", "1"));
        KafkaSettings kafka = config.kafkaSettings();
        broker.createTopics(1, kafka.inputTopic, kafka.alertsTopic, kafka.scoresTopic, kafka.taggedTopic,
                kafka.deadLetterTopic, config.get("topics.control"));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(
                BlocwatchJob.flinkConfiguration(config, true));
        new BlocwatchJob(NewsInputs.kafka(kafka, BlocwatchJob.parser(config)),
                NewsInputs.kafkaControl(kafka, config.get("topics.control")), JobSinks.kafka(kafka), config).build(env);
        JobClient job = env.executeAsync("dashboard-browser-test");
        stack.add(() -> job.cancel().get());
        DashboardCommand.Running dashboard = DashboardCommand.start(AnalystKafka.of(kafka.clientProperties()),
                new DashboardFeed.Topics(kafka.scoresTopic, kafka.alertsTopic, kafka.taggedTopic, kafka.inputTopic),
                null, 0, System.err);
        stack.add(dashboard);
        assertThat(dashboard.server().url()).startsWith("http://127.0.0.1:");

        // The page first, empty; then the items.
        driver = chromium();
        driver.get(dashboard.server().url());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120), Duration.ofMillis(200));
        wait.until(d -> text("#status").startsWith("live"));
        assertThat(driver.findElements(By.cssSelector(".alert-marker"))).isEmpty();

        List<byte[]> items = new ArrayList<>(DemoCommand.sampleItems());
        ObjectNode hostile = Json.MAPPER.createObjectNode();
        hostile.put("id", "bw-html").put("source", HOSTILE_SOURCE).put("url", "https://example.org/bw/html")
                .put("published_at", "2024-06-03T10:00:00Z").put("language", "en").put("title", HOSTILE_TITLE)
                .put("body", HOSTILE_BODY);
        // In its place in time, as a live stream would bring it.
        items.add(Json.writeBytes(hostile));
        items.sort(Comparator.comparing(b -> Json.read(new String(b, StandardCharsets.UTF_8),
                io.blocwatch.contracts.NewsItem.class).publishedAt()));
        DemoCommand.produce(broker.bootstrapServers(), kafka.inputTopic, items);

        // What the job committed: the storyline's alerts and one about the hostile item.
        List<JsonNode> alerts = readUntil(broker, kafka.alertsTopic, got -> got.stream().anyMatch(a ->
                a.path("type").asText().equals("COUNTER_ALIGNMENT")) && got.stream().anyMatch(a ->
                a.path("evidence").toString().contains("bw-html")), Duration.ofSeconds(150));
        Thread.sleep(3000); // a few more checkpoints: the count is final
        alerts = readUntil(broker, kafka.alertsTopic, got -> false, Duration.ofSeconds(2));
        int n = alerts.size();
        assertThat(n).isGreaterThanOrEqualTo(3);
        Map<String, JsonNode> tagged = new HashMap<>();
        readUntil(broker, kafka.taggedTopic, got -> got.size() >= items.size(), Duration.ofSeconds(30))
                .forEach(t -> tagged.put(t.path("id").asText(), t));

        // Live: every alert got its marker on the chart without a reload.
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

    static List<JsonNode> readUntil(EmbeddedKafkaBroker broker, String topic,
                                    java.util.function.Predicate<List<JsonNode>> done, Duration timeout) throws Exception {
        AnalystKafka kafka = AnalystKafka.of(broker.bootstrapServers(), Map.of());
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
