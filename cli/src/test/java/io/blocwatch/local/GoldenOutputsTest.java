package io.blocwatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixed commands' outputs, byte for byte, against recorded copies in
 * {@code src/test/resources/golden/}: {@code tag} on the sample items and on the project's own gold
 * sets, {@code replay} on the sample items, and {@code gold-to-tagged} + {@code replay --tagged} on a
 * gold set (scoring and alerting apart from the tagger). A change that moves code must leave them
 * equal; a change meant to alter what the tagger or the scorer says records them again with
 * {@code mvn -pl cli test -Dtest=GoldenOutputsTest -Dblocwatch.golden.update=true}, and
 * the diff of the recorded files is part of that change.
 */
class GoldenOutputsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path SAMPLES = Path.of("../testkit/src/main/resources/samples/news-items.jsonl");
    private static final Path GOLD_SETS = Path.of("../core/src/test/resources/gold");
    private static final boolean UPDATE = Boolean.getBoolean("blocwatch.golden.update");

    @Test
    void tagOutputsAreUnchanged(@TempDir Path dir) throws IOException {
        tagAndCompare(SAMPLES, "samples.tagged.jsonl", dir);
        for (String set : List.of("tune", "blind", "wire-tune", "wire-blind", "quiet-tune", "quiet-blind")) {
            tagAndCompare(GOLD_SETS.resolve(set + ".jsonl"), set + ".tagged.jsonl", dir);
        }
    }

    @Test
    void replayOfTheSampleItemsIsUnchanged(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("replay");
        CliRun run = CliRun.of("replay", "--input", SAMPLES.toString(), "--output", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        compareDirectory(out, "samples.replay");
    }

    @Test
    void replayOfGoldTagsIsUnchanged(@TempDir Path dir) throws IOException {
        Path tagged = dir.resolve("gold-tagged.jsonl");
        CliRun convert = CliRun.of("gold-to-tagged", "--input", GOLD_SETS.resolve("tune.jsonl").toString(),
                "--output", tagged.toString());
        assertThat(convert.code()).as(convert.err()).isZero();
        compare(tagged, "tune.gold-tagged.jsonl");
        Path out = dir.resolve("replay");
        CliRun run = CliRun.of("replay", "--tagged", tagged.toString(), "--output", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        compareDirectory(out, "tune.gold-replay");
    }

    private static void tagAndCompare(Path input, String golden, Path dir) throws IOException {
        Path output = dir.resolve(golden);
        CliRun run = CliRun.of("tag", "--input", input.toString(), "--output", output.toString());
        assertThat(run.code()).as(run.err()).isZero();
        compare(output, golden);
    }

    private static void compareDirectory(Path out, String name) throws IOException {
        for (String file : List.of("tagged.jsonl", "scores.jsonl", "alerts.jsonl", "deadletter.jsonl")) {
            compare(out.resolve(file), name + "/" + file);
        }
    }

    private static void compare(Path actual, String golden) throws IOException {
        Path recorded = GOLDEN.resolve(golden);
        String text = Files.readString(actual, StandardCharsets.UTF_8);
        if (UPDATE) {
            Files.createDirectories(recorded.getParent());
            Files.writeString(recorded, text, StandardCharsets.UTF_8);
            return;
        }
        assertThat(recorded).as("recorded output %s (record it with -Dblocwatch.golden.update=true)", golden).exists();
        String expected = Files.readString(recorded, StandardCharsets.UTF_8);
        if (!expected.equals(text)) {
            assertThat(firstDifference(expected, text)).as("%s differs from its recorded copy", golden).isEmpty();
        }
    }

    /** The first differing line, numbered, so that a failure says where without printing whole files. */
    private static String firstDifference(String expected, String actual) {
        List<String> want = expected.lines().collect(Collectors.toList());
        List<String> got = actual.lines().collect(Collectors.toList());
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String w = i < want.size() ? want.get(i) : "<no line>";
            String g = i < got.size() ? got.get(i) : "<no line>";
            if (!w.equals(g)) {
                return "line " + (i + 1) + ":\n  recorded: " + w + "\n  now:      " + g;
            }
        }
        return "the same lines, different line endings";
    }
}
