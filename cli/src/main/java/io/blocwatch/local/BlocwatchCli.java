package io.blocwatch.local;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The local command line behind {@code deploy/local/blocwatch}: tag, replay, evaluate, demo,
 * broker. Each command is a small class; this one only dispatches and turns errors into exit codes.
 */
public final class BlocwatchCli {

    private BlocwatchCli() {}

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.println(usage());
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "tag" -> TagCommand.run(Options.parse(rest), out, err);
                case "replay" -> ReplayCommand.run(Options.parse(rest), out, err);
                case "evaluate" -> EvaluateCommand.run(Options.parse(rest), out, err);
                case "gold-to-tagged" -> GoldToTaggedCommand.run(Options.parse(rest), out);
                case "demo", "run" -> DemoCommand.run(Options.parse(rest), out, err);
                case "broker" -> BrokerCommand.run(Options.parse(rest), out, err);
                case "dashboard" -> DashboardCommand.run(Options.parse(rest), out, err, System.getenv());
                case "report" -> ReportCommand.run(Options.parse(rest), out, err);
                case "alerts" -> AlertsCommand.run(Options.parse(rest), out, err, System.getenv(), java.time.Clock.systemUTC());
                case "ingest" -> IngestCommand.run(Options.parse(rest), out, err);
                default -> {
                    err.println("blocwatch: unknown command '" + args[0] + "'");
                    err.println(usage());
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println("blocwatch " + args[0] + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("blocwatch " + args[0] + ": failed: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    static String usage() {
        return String.join("\n",
                "Usage: deploy/local/blocwatch COMMAND [options]",
                "",
                "Commands:",
                "  demo     [--bootstrap-servers HOST:PORT] [--input ITEMS.jsonl] [--max-runtime PT5M] [--dashboard-port 8088] [--key value]...",
                "           the main job on a local MiniCluster with an in-process Kafka broker (or an existing one);",
                "           produces the sample items, prints alerts as they arrive, serves the live dashboard",
                "  tag      --input ITEMS.jsonl --output TAGGED.jsonl [--dictionary FILE] [--lexicon FILE]",
                "           one TaggedItem v1 line per input item, same order; --dictionary merges a dictionary file",
                "           over the shipped one, --lexicon replaces the event lexicon (docs/tagging.md)",
                "  replay   --input ITEMS.jsonl --output DIR [--parallelism N] [--key value]...",
                "           the full pipeline on a MiniCluster over a file in event time; writes DIR/tagged.jsonl,",
                "           DIR/scores.jsonl, DIR/alerts.jsonl, DIR/deadletter.jsonl",
                "  replay   --tagged TAGGED.jsonl --output DIR [--key value]...",
                "           routing, scoring and alerting over TaggedItem v1 lines (gold tags or another coder's);",
                "           lines that are not valid TaggedItem v1 go to DIR/deadletter.jsonl with the reason",
                "  gold-to-tagged --input GOLD.jsonl --output TAGGED.jsonl",
                "           the gold blocks of a development set as TaggedItem v1 lines, for replay --tagged",
                "  evaluate --gold FILE.jsonl [--diff] [--dictionary FILE] [--lexicon FILE]",
                "           precision, recall and F1 of the tagger against items with a gold block",
                "  broker   [--port 9092] [--topics a,b,c] [--partitions N]",
                "           a standalone in-process Kafka broker (KRaft) for a local cluster, until stopped",
                "  alerts   --bootstrap-servers HOST:PORT [--scenario S] [--type T,...] [--min-severity low|medium|high|critical]",
                "           [--since PT6H|P7D|INSTANT] [--from-beginning] [--format text|json] [--max-alerts N] [--max-runtime PT1M]",
                "           [--topic security.alerts]: follows the committed alerts of a running job",
                "  dashboard --bootstrap-servers HOST:PORT [--port 8088] [--bind 127.0.0.1] [--max-runtime PT10M]",
                "           the live analyst page (charts, alerts, evidence) over a running job's topics",
                "  report   --input REPLAY_DIR --output report.html [--items ITEMS.jsonl]",
                "           the dashboard's charts, alerts and evidence as one self-contained HTML file",
                "  ingest   --feeds feeds.yaml (--bootstrap-servers HOST:PORT [--topic news.items] | --output ITEMS.jsonl) [--once]",
                "           polls RSS/Atom feeds (and their article pages) into NewsItem v1 records on a topic or in a file;",
                "           --once: one poll of every feed, then exit; failed polls are printed on stderr with the reason;",
                "           never writes an item twice across runs: the ids already on the topic (written within",
                "           --remember P30D) or in the file are skipped, and new items are appended to the file",
                "",
                "Job options (--key value) for demo and replay:",
                io.blocwatch.config.JobConfig.help());
    }
}
