package io.blocwatch.local;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The local command line behind {@code deploy/local/blocwatch}: tag, replay, evaluate, demo,
 * broker and the analyst's commands. Each command is its own class with picocli options; this one
 * only dispatches, prints the generated help and turns errors into exit codes (2: a usage error,
 * with one line on stderr; 1: the command failed).
 */
@Command(name = "deploy/local/blocwatch", subcommands = {
        DemoCommand.class, TagCommand.class, ReplayCommand.class, GoldToTaggedCommand.class, EvaluateCommand.class,
        BrokerCommand.class, AlertsCommand.class, DashboardCommand.class, ReportCommand.class, IngestCommand.class})
public final class BlocwatchCli {

    /** The width of a command's --help; the overview puts each command's synopsis on one line. */
    private static final int HELP_WIDTH = 110;

    private BlocwatchCli() {}

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv(), Clock.systemUTC());
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.println(usage());
            return args.length == 0 ? 2 : 0;
        }
        CommandLine root = commandLine();
        CommandLine command = root.getSubcommands().get(args[0]);
        if (command == null) {
            err.println("blocwatch: unknown command '" + args[0] + "'");
            err.println(usage());
            return 2;
        }
        try {
            CliCommand cli = parse(root, command, args);
            if (command.isUsageHelpRequested()) {
                out.print(command.getUsageMessage());
                return 0;
            }
            return cli.run(out, err, env, clock);
        } catch (IllegalArgumentException e) {
            err.println("blocwatch " + args[0] + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("blocwatch " + args[0] + ": failed: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    /** The command line with every subcommand (aliases included), as picocli models it. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(BlocwatchCli.class);
        // an option given twice keeps the last value, as it always has
        cl.setOverwrittenOptionsAllowed(true);
        // "--input FILE" as the README writes it (BlocwatchCli splits "--input=FILE" before parsing)
        cl.setSeparator(" ");
        // "-hx" is a value, never -h and -x run together (a job option's value may start with a dash)
        cl.setPosixClusteredShortOptionsAllowed(false);
        cl.setUsageHelpWidth(HELP_WIDTH);
        for (CommandLine sub : cl.getSubcommands().values()) {
            // options in the order each command declares them, in its synopsis and its option list
            sub.getCommandSpec().usageMessage().sortOptions(false).sortSynopsis(false);
        }
        return cl;
    }

    /**
     * The options of one command, parsed into its class. Usage errors become IllegalArgumentExceptions
     * with the command line's own messages: an unknown option names the closest one the command takes.
     * The hint is OptionHints', not picocli's own suggestion: picocli reports a missing required option
     * before an unknown one ("tag --inptu x" would say that --input is missing, not that --inptu is a
     * typo), and its suggestions come as a multi-line "Possible solutions" block, not one line.
     */
    static CliCommand parse(CommandLine root, CommandLine command, String[] args) {
        List<String> split = splitAttachedValues(command.getCommandSpec(), args);
        try {
            root.parseArgs(split.toArray(new String[0]));
        } catch (ParameterException e) {
            String unknown = unknownOption(command.getCommandSpec(), split.subList(1, split.size()));
            if (unknown != null) {
                throw new IllegalArgumentException(OptionHints.unknown(unknown, optionNames(command.getCommandSpec())), e);
            }
            throw new IllegalArgumentException(message(e), e);
        }
        return command.getCommand();
    }

    /**
     * {@code --name=value} of the command's own options as two arguments: they are shown and parsed with a
     * space before their value. A job option ({@code --kafka.client.x=-v}) stays as written, for JobOptions.
     */
    private static List<String> splitAttachedValues(CommandSpec spec, String[] args) {
        List<String> split = new ArrayList<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 2 && spec.findOption(a.substring(0, eq)) != null) {
                split.add(a.substring(0, eq));
                split.add(a.substring(eq + 1));
            } else {
                split.add(a);
            }
        }
        return split;
    }

    /**
     * The first option (without its dashes) that {@code spec} does not take, skipping option values;
     * null when every option is known, or when the command passes unknown ones on as job options.
     */
    private static String unknownOption(CommandSpec spec, List<String> args) {
        if (!spec.unmatchedArgsBindings().isEmpty()) {
            return null;
        }
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                continue;
            }
            String name = a.indexOf('=') > 2 ? a.substring(0, a.indexOf('=')) : a;
            OptionSpec option = spec.findOption(name);
            if (option == null) {
                return name.substring(2);
            }
            if (option.arity().max() > 0) {
                i++; // its value
            }
        }
        return null;
    }

    /** The long option names of {@code spec} without their dashes, help excluded. */
    static List<String> optionNames(CommandSpec spec) {
        return spec.options().stream().filter(o -> !o.usageHelp()).map(o -> o.longestName().substring(2)).toList();
    }

    private static String message(ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException missing && e.getMessage().startsWith("Missing required option")) {
            return "missing " + String.join(", ", missing.getMissing().stream().map(BlocwatchCli::explained).toList());
        }
        if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return "option " + label(missing.getMissing().get(0)) + " needs a value";
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return "unexpected argument '" + u.getUnmatched().get(0) + "'";
        }
        return e.getMessage();
    }

    /** "--input ITEMS.jsonl (NewsItem v1 lines)": a missing option with what it is for. */
    private static String explained(ArgSpec arg) {
        String[] what = arg.description();
        return label(arg) + (arg instanceof OptionSpec o ? " " + o.paramLabel() : "")
                + (what.length == 0 ? "" : " (" + what[0] + ")");
    }

    private static String label(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    /** The help of the whole command line: every command's generated synopsis and description, then the job options. */
    static String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("Usage: deploy/local/blocwatch COMMAND [options]   (COMMAND --help: one command's options)\n\nCommands:\n");
        CommandLine all = commandLine();
        all.setUsageHelpWidth(400);
        for (CommandLine sub : new java.util.LinkedHashSet<>(all.getSubcommands().values())) {
            CommandLine.Help help = sub.getHelp();
            sb.append("  ").append(help.synopsis(0).strip()).append('\n');
            for (String line : sub.getCommandSpec().usageMessage().description()) {
                sb.append("      ").append(line).append('\n');
            }
        }
        sb.append("\nJob options (--key value) for demo and replay:\n");
        sb.append(io.blocwatch.config.JobConfig.help());
        return sb.toString().stripTrailing();
    }
}
