package io.blocwatch.local;

import io.blocwatch.evaluation.DyadBattery;
import io.blocwatch.evaluation.GoldEvaluation;
import io.blocwatch.tagging.NewsTagger;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate --gold FILE.jsonl [--diff] [--dictionary FILE] [--lexicon FILE]}, or
 * {@code evaluate --battery FILE.tsv [--diff]} for a probe battery of wire sentences with their dyads.
 */
@Command(name = "evaluate", description = {
        "precision, recall and F1 of the tagger against items that carry a gold block, recall per kind and",
        "PLOVER category, polarity confusion, misses and false hits by cause; a file without any gold block",
        "exits with code 2;",
        "or, with --battery, dyad precision, recall and F1 on a probe battery's two halves"})
final class EvaluateCommand extends CliCommand {

    @Option(names = "--gold", paramLabel = "FILE.jsonl", description = "items with a gold block")
    String goldFile;
    @Option(names = "--battery", paramLabel = "FILE.tsv", description = {
            "a probe battery: lines of SRC>TGT:c|x;...<TAB>sentence ('-' for none), scored by dyad",
            "on two fixed halves (by the sentence's hash: tune = even, blind = odd; --diff lists the tune half)"})
    String batteryFile;
    @Option(names = "--diff", description = "list misses and false hits per item")
    boolean diff;
    @Option(names = "--dictionary", paramLabel = "FILE", description = "a dictionary merged over the shipped one")
    String dictionaryFile;
    @Option(names = "--lexicon", paramLabel = "FILE", description = "an event lexicon instead of the shipped one")
    String lexiconFile;

    @Override
    int run(PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
        if ((goldFile == null) == (batteryFile == null)) {
            throw new IllegalArgumentException("give exactly one of --gold FILE.jsonl and --battery FILE.tsv");
        }
        Path dictionary = TagCommand.existing("dictionary", dictionaryFile);
        Path lexicon = TagCommand.existing("lexicon", lexiconFile);
        NewsTagger tagger = NewsTagger.withFiles(dictionary, lexicon);
        if (batteryFile != null) {
            return DyadBattery.run(requiredFile("battery", batteryFile), diff, out, tagger);
        }
        return GoldEvaluation.run(requiredFile("gold", goldFile), diff, out, tagger);
    }
}
