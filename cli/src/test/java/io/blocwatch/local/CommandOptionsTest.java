package io.blocwatch.local;

import static io.blocwatch.local.CommandLineTest.cli;
import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.local.CommandLineTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The options each command takes (picocli's model of them), the help generated from them, and the
 * README's table of command lines: they must say the same thing.
 */
class CommandOptionsTest {

    private static final Path README = Path.of("../README.md");

    private static CliCommand parsed(String... args) {
        CommandLine root = BlocwatchCli.commandLine();
        return BlocwatchCli.parse(root, root.getSubcommands().get(args[0]), args);
    }

    @Test
    void everyCommandLineInTheReadmeTableParsesAndEveryOptionIsInTheHelp() throws Exception {
        String section = Files.readString(README).split("## The local command line", 2)[1].split("### When something", 2)[0];
        Matcher row = Pattern.compile("^\\| `deploy/local/blocwatch ([a-z-]+)(.*?)` \\|", Pattern.MULTILINE).matcher(section);
        Set<String> commands = new LinkedHashSet<>();
        String help = BlocwatchCli.usage();
        while (row.find()) {
            String command = row.group(1);
            commands.add(command);
            CommandLine sub = BlocwatchCli.commandLine().getSubcommands().get(command);
            assertThat(sub).as("README command " + command).isNotNull();
            assertThat(help).contains("deploy/local/blocwatch " + command + " ");
            Matcher option = Pattern.compile("--([a-z-]+)").matcher(row.group(2));
            while (option.find()) {
                assertThat(sub.getCommandSpec().findOption("--" + option.group(1)))
                        .as("README: " + command + " --" + option.group(1)).isNotNull();
            }
        }
        assertThat(commands).containsExactlyInAnyOrder("tag", "replay", "gold-to-tagged", "evaluate", "demo", "broker",
                "alerts", "dashboard", "report", "ingest");
        // and the other way round: every command the help lists is in the README's table
        for (String listed : new LinkedHashSet<>(BlocwatchCli.commandLine().getSubcommands().keySet())) {
            if (!listed.equals("run")) {
                assertThat(commands).as("help lists " + listed).contains(listed);
            }
        }
    }

    @Test
    void eachCommandHasItsOwnGeneratedHelp() {
        Run run = cli("alerts", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: deploy/local/blocwatch alerts").contains("--min-severity S")
                .contains("--from-beginning").contains("low < medium < high < critical");
        assertThat(cli("--help").out()).contains("Job options (--key value) for demo and replay:")
                .contains("--checkpoint.interval");
    }

    @Test
    void aValuedOptionCloseToAFlagKeepsItsValue() {
        // "since" is two edits from the flag "once" (ingest) and "--since 6h" is still a valued option
        AlertsCommand alerts = (AlertsCommand) parsed("alerts", "--bootstrap-servers", "h:1", "--since", "6h", "--from-beginning");
        assertThat(alerts.since).isEqualTo("6h");
        assertThat(alerts.fromBeginningFlag).isTrue();
        IngestCommand ingest = (IngestCommand) parsed("ingest", "--feeds", "f.yaml", "--output", "o.jsonl", "--once");
        assertThat(ingest.once).isTrue();
        assertThat(ingest.output).isEqualTo("o.jsonl");
    }

    @Test
    void valuesMayBeAttachedWithAnEqualsSignAndTheLastOneWins() {
        TagCommand tag = (TagCommand) parsed("tag", "--input=a.jsonl", "--output", "b.jsonl", "--output=c.jsonl");
        assertThat(tag.inputFile).isEqualTo("a.jsonl");
        assertThat(tag.outputFile).isEqualTo("c.jsonl");
        ReplayCommand replay = (ReplayCommand) parsed("replay", "--input", "a", "--output", "d", "--kafka.group-id=g",
                "--job.parallelism", "2");
        assertThat(JobOptions.parse(replay.jobOptions, List.of("input", "output")))
                .containsEntry("kafka.group-id", "g").containsEntry("job.parallelism", "2");
        // a job option's value may start with a dash, "-h" included: it is a value, not the help
        ReplayCommand dashed = (ReplayCommand) parsed("replay", "--input", "a", "--output", "d",
                "--kafka.client.ssl.key.password=-hx-", "--kafka.client.sasl.password", "-h-");
        assertThat(dashed.help).isFalse();
        assertThat(JobOptions.parse(dashed.jobOptions, List.of("input")))
                .containsEntry("kafka.client.ssl.key.password", "-hx-").containsEntry("kafka.client.sasl.password", "-h-");
        assertThat(cli("tag", "--inptu=a.jsonl", "--output", "b.jsonl").err())
                .contains("unknown option --inptu (did you mean --input?)");
    }

    @Test
    void usageErrorsAreOneLineWithExitCodeTwo() {
        for (String[] args : List.of(new String[] {"ingest", "--feeds", "f.yaml", "--onse"},
                new String[] {"tag", "--output", "x"}, new String[] {"tag", "--input", "x", "--output"},
                new String[] {"broker", "--prt", "9092"}, new String[] {"demo", "--dashbord-port", "1"})) {
            Run run = cli(args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        }
        assertThat(cli("ingest", "--feeds", "f.yaml", "--onse").err()).contains("unknown option --onse (did you mean --once?)");
        assertThat(cli("tag", "--output", "x").err()).contains("blocwatch tag: missing --input");
        assertThat(cli("demo", "--dashbord-port", "1").err()).contains("did you mean --dashboard-port?");
    }
}
