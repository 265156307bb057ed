package io.blocwatch.local;

import io.blocwatch.evaluation.GoldEvaluation;
import io.blocwatch.tagging.NewsTagger;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate --gold FILE.jsonl [--diff] [--dictionary FILE] [--lexicon FILE]}. */
@Command(name = "evaluate", description = {
        "precision, recall and F1 of the tagger against items that carry a gold block, recall per kind and",
        "PLOVER category, polarity confusion; a file without any gold block exits with code 2"})
final class EvaluateCommand extends CliCommand {

    @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl", description = "items with a gold block")
    String goldFile;
    @Option(names = "--diff", description = "list misses and false hits per item")
    boolean diff;
    @Option(names = "--dictionary", paramLabel = "FILE", description = "a dictionary merged over the shipped one")
    String dictionaryFile;
    @Option(names = "--lexicon", paramLabel = "FILE", description = "an event lexicon instead of the shipped one")
    String lexiconFile;

    @Override
    int run(PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
        Path gold = requiredFile("gold", goldFile);
        Path dictionary = TagCommand.existing("dictionary", dictionaryFile);
        Path lexicon = TagCommand.existing("lexicon", lexiconFile);
        return GoldEvaluation.run(gold, diff, out, NewsTagger.withFiles(dictionary, lexicon));
    }
}
