package io.blocwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.blocwatch.tagging.NewsTagger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldEvaluationTest {

    private static Path ownGold() throws Exception {
        return Path.of(GoldEvaluationTest.class.getResource("/tagging/own-gold.jsonl").toURI());
    }

    private static Path devSet() {
        String p = System.getProperty("blocwatch.dev.gold");
        if (p != null) {
            return Path.of(p);
        }
        // ../../shared/corpus/dev.jsonl from the jobs module of the main checkout; from a worktree the
        // shared folder sits further up, so look in every ancestor
        Path candidate = Path.of("..", "..", "shared", "corpus", "dev.jsonl");
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path c = dir.resolve("shared").resolve("corpus").resolve("dev.jsonl");
            if (Files.isRegularFile(c)) {
                return c;
            }
        }
        return candidate;
    }

    private static GoldEvaluation.Report evaluate(Path gold) throws Exception {
        return GoldEvaluation.evaluate(Files.readAllLines(gold, StandardCharsets.UTF_8), NewsTagger.withDefaults(), null);
    }

    @Test
    void ownGoldItemsMeetTheFloors() throws Exception {
        GoldEvaluation.Report r = evaluate(ownGold());
        assertThat(r.items).isEqualTo(11);
        assertThat(r.get("actors").f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.get("persons").f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(r.get("agreements").f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(r.get("interactions").f1()).isGreaterThanOrEqualTo(0.80);
        assertThat(r.quietCountries).isZero();
    }

    /** Items written after the rules were tuned on dev.jsonl, to measure how they generalise. */
    @Test
    void unseenGoldItemsMeetTheFloors() throws Exception {
        Path unseen = Path.of(GoldEvaluationTest.class.getResource("/tagging/unseen-gold.jsonl").toURI());
        GoldEvaluation.Report r = evaluate(unseen);
        assertThat(r.items).isEqualTo(63);
        assertThat(r.get("actors").f1()).isGreaterThanOrEqualTo(0.98);
        assertThat(r.get("persons").f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(r.get("agreements").f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.get("interactions").f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.quietCountries).isZero();
    }

    @Test
    void devSetMeetsTheFloorsWhenPresent() throws Exception {
        Path dev = devSet();
        assumeTrue(Files.isRegularFile(dev), "dev set not available at " + dev.toAbsolutePath());
        GoldEvaluation.Report r = evaluate(dev);
        assertThat(r.get("actors").f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.get("persons").f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(r.get("agreements").f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(r.get("interactions").f1()).isGreaterThanOrEqualTo(0.80);
        assertThat(r.quietItems).isEqualTo(4);
        assertThat(r.quietCountries).isZero();
    }

    @Test
    void printsAStableReportAndDiff() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int rc = GoldEvaluation.run(ownGold(), true, new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(rc).isZero();
        assertThat(out).containsPattern("(?m)^actors +P=\\d\\.\\d{3} R=\\d\\.\\d{3} F1=\\d\\.\\d{3} \\(tp=\\d+ fp=\\d+ fn=\\d+\\)$");
        assertThat(out).contains("persons", "agreements", "interactions", "ambiguity", "kind accuracy",
                "status accuracy");
    }

    @Test
    void diffListsMissesAndFalseHits(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("g.jsonl");
        Files.writeString(f, "{\"id\":\"x-1\",\"source\":\"s\",\"url\":\"u\",\"published_at\":\"2024-01-01T00:00:00Z\","
                + "\"language\":\"en\",\"title\":\"Hungary and Austria\",\"body\":\"Officials met.\","
                + "\"gold\":{\"actors\":[\"HUN\",\"POL\"],\"persons\":[],\"agreements\":[],\"interactions\":[]}}\n");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        GoldEvaluation.run(f, true, new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("x-1:", "missed actors: POL", "false actors: AUT");
    }

    @Test
    void missingOrBrokenFileIsANonZeroExit(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        assertThat(GoldEvaluation.run(dir.resolve("nope.jsonl"), false, out)).isNotZero();
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("not found");
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{not json\n");
        assertThat(GoldEvaluation.run(bad, false, out)).isNotZero();
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("line 1");
        assertThat(List.of(rcOfDirectory(dir))).containsOnly(2);
    }

    private static int rcOfDirectory(Path dir) {
        return GoldEvaluation.run(dir, false, new PrintStream(new ByteArrayOutputStream()));
    }
}
