package io.blocwatch.local;

import io.blocwatch.connectors.RawRecord;
import io.blocwatch.contracts.Json;
import io.blocwatch.connectors.json.NewsItemParser;
import io.blocwatch.connectors.json.ParseOutcome;
import io.blocwatch.tagging.NewsTagger;
import java.io.BufferedWriter;
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

/** {@code tag --input ITEMS.jsonl --output TAGGED.jsonl}: the tagger alone, no cluster. */
@Command(name = "tag", description = {
        "one TaggedItem v1 line per input item, same order; bad lines are reported on stderr and skipped;",
        "--dictionary merges a dictionary file over the shipped one, --lexicon replaces the event lexicon (docs/tagging.md)"})
final class TagCommand extends CliCommand {

    @Option(names = "--input", required = true, paramLabel = "ITEMS.jsonl", description = "NewsItem v1 lines")
    String inputFile;
    @Option(names = "--output", required = true, paramLabel = "TAGGED.jsonl", description = "the TaggedItem v1 lines")
    String outputFile;
    @Option(names = "--dictionary", paramLabel = "FILE", description = "a dictionary merged over the shipped one")
    String dictionary;
    @Option(names = "--lexicon", paramLabel = "FILE", description = "an event lexicon instead of the shipped one")
    String lexicon;

    @Override
    int run(PrintStream out, PrintStream err, Map<String, String> env, Clock clock) throws IOException {
        Path input = requiredFile("input", inputFile);
        Path output = Path.of(outputFile);
        NewsTagger tagger = NewsTagger.withFiles(existing("dictionary", dictionary), existing("lexicon", lexicon));
        NewsItemParser parser = new NewsItemParser();
        List<byte[]> lines = JsonLines.read(input);
        int tagged = 0;
        int rejected = 0;
        if (output.toAbsolutePath().getParent() != null) {
            Files.createDirectories(output.toAbsolutePath().getParent());
        }
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (int i = 0; i < lines.size(); i++) {
                byte[] line = lines.get(i);
                if (JsonLines.isBlank(line)) {
                    continue;
                }
                ParseOutcome outcome = parser.parse(new RawRecord(input.getFileName() + ":" + (i + 1), line));
                if (outcome.isOk()) {
                    w.write(Json.write(tagger.tag(outcome.item())));
                    w.newLine();
                    tagged++;
                } else {
                    err.println("skipped " + outcome.deadLetter().source() + ": " + outcome.deadLetter().reason()
                            + " - " + outcome.deadLetter().detail());
                    rejected++;
                }
            }
        }
        out.println("tagged " + tagged + " item(s) into " + output + (rejected > 0 ? ", skipped " + rejected + " bad line(s)" : ""));
        return 0;
    }

    static Path existing(String option, String value) {
        if (value == null) {
            return null;
        }
        Path p = Path.of(value);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("--" + option + " file " + p + " does not exist or is not a file");
        }
        return p;
    }
}
