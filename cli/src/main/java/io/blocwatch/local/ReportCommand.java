package io.blocwatch.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import java.util.function.Predicate;

/**
 * {@code blocwatch report --input DIR --output report.html [--items ITEMS.jsonl]}: the dashboard's
 * charts, alert list and evidence as one HTML file from a {@code replay} output directory, to send
 * to colleagues. {@code --items} (the news items the replay read) adds titles and body excerpts to
 * the evidence; without it the evidence shows sentences, links and tags.
 */
@Command(name = "report", description = {
        "the dashboard's charts, alerts and evidence as one self-contained HTML file from a replay output directory"})
final class ReportCommand extends CliCommand {

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "the --output DIR of a replay")
    String inputDir;
    @Option(names = "--output", required = true, paramLabel = "report.html", description = "the HTML file to write")
    String outputFile;
    @Option(names = "--items", paramLabel = "ITEMS.jsonl", description = "the items the replay read (titles, excerpts)")
    String itemsFile;

    /** The file in a replay's output directory that names the items it read. */
    static final String INPUT_NOTE = "input.txt";

    @Override
    int run(PrintStream out, PrintStream err, Map<String, String> env, Clock clock) throws IOException {
        Path dir = Path.of(inputDir);
        Path output = Path.of(outputFile);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("input " + dir + " is not a directory (give the --output DIR of a replay)");
        }
        Path scores = dir.resolve("scores.jsonl");
        Path alerts = dir.resolve("alerts.jsonl");
        if (!Files.isRegularFile(scores) || !Files.isRegularFile(alerts)) {
            throw new IllegalArgumentException(dir + " holds no scores.jsonl and alerts.jsonl: is it the --output DIR of a replay?");
        }
        Path items = null;
        Path note = dir.resolve(INPUT_NOTE);
        if (itemsFile == null && Files.isRegularFile(note)) {
            // the items the replay read, if they are still where they were
            Path read = Path.of(Files.readString(note, StandardCharsets.UTF_8).trim());
            if (Files.isRegularFile(read)) {
                items = read;
            } else {
                err.println("report: the replay's items (" + read + ") are gone; titles left out (give --items FILE)");
            }
        }
        if (itemsFile != null) {
            items = Path.of(itemsFile);
            if (!Files.isRegularFile(items)) {
                throw new IllegalArgumentException("items file " + items + " does not exist or is not a file");
            }
        }
        DashboardData data = new DashboardData();
        int badScores = load(scores, data::addScore, err);
        int badAlerts = load(alerts, data::addAlert, err);
        Path tagged = dir.resolve("tagged.jsonl");
        if (items != null) {
            load(items, data::addNewsItem, err);
        }
        if (Files.isRegularFile(tagged)) {
            load(tagged, data::addTagged, err);
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(output, DashboardPage.report(data.snapshotJson()), StandardCharsets.UTF_8);
        out.println("wrote " + output + ": " + data.pairs().size() + " bloc pair(s), " + data.scoreCount() + " score(s), "
                + data.alertCount() + " alert(s)" + (badScores + badAlerts > 0
                        ? "; " + (badScores + badAlerts) + " line(s) skipped (see above)" : ""));
        return 0;
    }

    /** Adds each non-blank line; reports each line that is not the expected record and counts them. */
    private static int load(Path file, Predicate<String> add, PrintStream err) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int bad = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !add.test(line)) {
                bad++;
                err.println("skipped " + file + ":" + (i + 1) + ": not the record this file should hold");
            }
        }
        return bad;
    }
}
