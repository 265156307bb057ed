package io.blocwatch.local;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * One subcommand of the local command line: its options are picocli fields of the subclass, filled
 * before {@link #run} is called; {@code --help} prints the usage picocli generates from them.
 */
abstract class CliCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, hidden = true, description = "this help")
    boolean help;

    /** Runs the command with the parsed options; an IllegalArgumentException is a usage error (exit code 2). */
    abstract int run(PrintStream out, PrintStream err, Map<String, String> env, Clock clock) throws Exception;

    /** The input file a required {@code --option} names, which must exist. */
    static Path requiredFile(String option, String value) {
        Path p = Path.of(value);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException(option + " file " + p + " does not exist or is not a file");
        }
        return p;
    }
}
