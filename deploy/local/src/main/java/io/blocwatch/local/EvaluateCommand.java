package io.blocwatch.local;

import io.blocwatch.evaluation.GoldEvaluation;
import java.io.PrintStream;
import java.nio.file.Path;

/** {@code evaluate --gold FILE.jsonl [--diff]}. */
final class EvaluateCommand {

    private EvaluateCommand() {}

    static int run(Options options, PrintStream out, PrintStream err) {
        Path gold = options.requireFile("gold");
        boolean diff = options.flag("diff");
        options.requireNoneLeft();
        return GoldEvaluation.run(gold, diff, out);
    }
}
