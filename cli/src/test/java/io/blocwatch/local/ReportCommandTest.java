package io.blocwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blocwatch.contracts.Alert;
import io.blocwatch.contracts.BlocScore;
import io.blocwatch.contracts.Evidence;
import io.blocwatch.contracts.Json;
import io.blocwatch.contracts.ScoreComponents;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code blocwatch report} over a replay directory the test writes itself. */
class ReportCommandTest {

    static final String HOSTILE_TITLE = "Troops massed </script><script>window.__pwned=1</script> <!-- on the border";
    static final List<String> PAIR = List.of("belgrade-budapest", "tirana-zagreb-pristina");

    @TempDir
    Path tmp;

    /** A replay's outputs: 30 daily scores, three alerts, tagged items, and the items with one hostile title. */
    static Path replayDir(Path dir) throws Exception {
        Files.createDirectories(dir);
        List<String> scores = new ArrayList<>();
        for (int d = 1; d <= 30; d++) {
            double pi = d < 10 ? 0.05 : d < 20 ? 0.31 : 0.18;
            scores.add(Json.write(new BlocScore(BlocScore.SCHEMA, "western-balkans", PAIR, pi,
                    new ScoreComponents(0.1, 0.05, 0.02, pi + 0.1, 3.0), String.format("2024-06-%02dT12:00:00Z", d), d)));
        }
        scores.add(Json.write(new BlocScore(BlocScore.SCHEMA, "great-powers", List.of("euro-atlantic", "russia-china"), 0.02,
                new ScoreComponents(0.3, 0, 0, 0, 1.0), "2024-06-05T00:00:00Z", 1)));
        Files.write(dir.resolve("scores.jsonl"), scores);
        Files.write(dir.resolve("alerts.jsonl"), List.of(
                Json.write(new Alert(Alert.SCHEMA, "a-hostile", "CROSS_BLOC_HOSTILITY", "western-balkans", PAIR, "high", 0.31,
                        "2024-06-10T12:00:00Z", "SRB -> XKX threaten (weight -7.0)", List.of(new Evidence("it-1",
                                "https://example.org/it-1", HOSTILE_TITLE)), "2024-06-10T12:00:00Z", "x|1")),
                Json.write(new Alert(Alert.SCHEMA, "a-rise", "POLARIZATION_RISE", "western-balkans", PAIR, "medium", 0.31,
                        "2024-06-10T12:00:00Z", "polarization 0.310 crossed 0.25", List.of(new Evidence("it-1",
                                "javascript:alert(1)", "Serbia threatened Kosovo.")), "2024-06-10T12:00:00Z", "x|2")),
                "{\"broken\":",
                Json.write(new Alert(Alert.SCHEMA, "a-jump", "POLARIZATION_JUMP", "western-balkans", PAIR, "critical", 0.31,
                        "2024-06-19T12:00:00Z", "a jump", List.of(new Evidence("it-2", "https://example.org/it-2",
                                "Kosovo warned Serbia.")), "2024-06-19T12:00:00Z", "x|3"))));
        Files.write(dir.resolve("tagged.jsonl"), List.of(
                "{\"schema\":\"blocwatch.tagged-item/v1\",\"id\":\"it-1\",\"published_at\":\"2024-06-10T12:00:00Z\",\"source\":\"Wire\","
                        + "\"url\":\"https://example.org/it-1\",\"actors\":[{\"code\":\"SRB\",\"kind\":\"country\",\"mentions\":2,\"evidence\":[]},"
                        + "{\"code\":\"XKX\",\"kind\":\"country\",\"mentions\":1,\"evidence\":[]}],\"persons\":[],\"agreements\":[],"
                        + "\"interactions\":[{\"source\":\"SRB\",\"target\":\"XKX\",\"polarity\":\"conflictual\",\"kind\":\"threaten\","
                        + "\"weight\":-7.0,\"evidence\":[]}]}"));
        Files.write(dir.resolve("deadletter.jsonl"), List.of());
        Path items = dir.resolve("items.jsonl");
        Files.write(items, List.of("{\"id\":\"it-1\",\"source\":\"<b>Wire</b>\",\"url\":\"https://example.org/it-1\","
                + "\"published_at\":\"2024-06-10T12:00:00Z\",\"language\":\"en\",\"title\":" + Json.write(HOSTILE_TITLE)
                + ",\"body\":\"<img src=x onerror=alert(1)> Serbia threatened Kosovo.\"}"));
        return dir;
    }

    @Test
    void oneSelfContainedFileWhoseNewsTextCannotBreakOutOfItsData() throws Exception {
        Path dir = replayDir(tmp.resolve("replay"));
        Path report = tmp.resolve("out/report.html");
        Run r = run("--input", dir.toString(), "--output", report.toString(), "--items", dir.resolve("items.jsonl").toString());
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("2 bloc pair(s), 31 score(s), 3 alert(s); 1 line(s) skipped");
        assertThat(r.err).contains("alerts.jsonl:3");

        String html = Files.readString(report);
        // Nothing is loaded from anywhere: no src or href attributes, no stylesheet links; uPlot is inside.
        assertThat(html).doesNotContain("<link").doesNotContain(" src=\"http").doesNotContain("src='http");
        assertThat(html).contains("uPlot").contains("default-src 'none'");
        // The hostile title appears only escaped: it cannot end the data element, start a script or a comment.
        assertThat(html).doesNotContain("window.__pwned=1</script>").doesNotContain("<!-- on the border")
                .doesNotContain("<img src=x");
        assertThat(Pattern.compile("</script>").matcher(html).results().count()).isEqualTo(3);
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"blocwatch-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        JsonNode data = Json.MAPPER.readTree(m.group(1));
        assertThat(data.path("alerts")).hasSize(3);
        assertThat(data.path("scores")).hasSize(31);
        assertThat(data.path("items").path("it-1").path("title").asText()).isEqualTo(HOSTILE_TITLE);
        assertThat(data.path("items").path("it-1").path("actors").toString()).isEqualTo("[\"SRB\",\"XKX\"]");
        assertThat(data.path("alerts").get(0).path("evidence").get(0).path("sentence").asText()).isEqualTo(HOSTILE_TITLE);
    }

    @Test
    void withoutItemsTheEvidenceStillHasSentencesLinksAndTags() throws Exception {
        Path dir = replayDir(tmp.resolve("replay"));
        Run r = run("--input", dir.toString(), "--output", tmp.resolve("r.html").toString());
        assertThat(r.code).isZero();
        String html = Files.readString(tmp.resolve("r.html"));
        assertThat(html).contains("\"SRB\",\"XKX\"").contains("Kosovo warned Serbia.");
    }

    @Test
    void theItemsAReplayReadGiveTheTitlesWithoutItems() throws Exception {
        Path dir = replayDir(tmp.resolve("replay"));
        Files.writeString(dir.resolve(ReportCommand.INPUT_NOTE), dir.resolve("items.jsonl").toAbsolutePath() + "\n");
        Run r = run("--input", dir.toString(), "--output", tmp.resolve("r.html").toString());
        assertThat(r.code).as(r.err).isZero();
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"blocwatch-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(Files.readString(tmp.resolve("r.html")));
        assertThat(m.find()).isTrue();
        assertThat(Json.MAPPER.readTree(m.group(1)).path("items").path("it-1").path("title").asText()).isEqualTo(HOSTILE_TITLE);
    }

    @Test
    void aDirectoryThatIsNotAReplaysOutputIsNamed() throws Exception {
        Run missing = run("--input", tmp.resolve("nowhere").toString(), "--output", tmp.resolve("r.html").toString());
        assertThat(missing.code).isEqualTo(2);
        assertThat(missing.err).contains("is not a directory");
        Files.createDirectories(tmp.resolve("empty"));
        Run empty = run("--input", tmp.resolve("empty").toString(), "--output", tmp.resolve("r.html").toString());
        assertThat(empty.code).isEqualTo(2);
        assertThat(empty.err).contains("holds no scores.jsonl and alerts.jsonl");
        assertThat(Files.exists(tmp.resolve("r.html"))).isFalse();
    }

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "report";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = BlocwatchCli.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
