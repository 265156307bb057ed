package io.blocwatch.local;

import io.blocwatch.evaluation.GoldEvaluation;
import io.blocwatch.tagging.NewsTagger;
import java.io.PrintStream;
import java.nio.file.Path;

/** {@code evaluate --gold FILE.jsonl [--diff] [--dictionary FILE] [--lexicon FILE]}. */
final class EvaluateCommand {

    private EvaluateCommand() {}

    static int run(Options options, PrintStream out, PrintStream err) {
        Path gold = options.requireFile("gold");
        boolean diff = options.flag("diff");
        Path dictionary = TagCommand.existing("dictionary", options.take("dictionary"));
        Path lexicon = TagCommand.existing("lexicon", options.take("lexicon"));
        options.requireNoneLeft("gold", "diff", "dictionary", "lexicon");
        return GoldEvaluation.run(gold, diff, out, NewsTagger.withFiles(dictionary, lexicon));
    }
}
