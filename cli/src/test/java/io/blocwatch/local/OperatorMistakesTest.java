package io.blocwatch.local;

import static io.blocwatch.local.CommandLineTest.cli;
import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.local.CommandLineTest.Run;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator sees after a mistake: the command classes run in-process, and their exit code
 * and output are read as a terminal would show them.
 */
class OperatorMistakesTest {

    @Test
    void aMistypedOptionIsNamedWithTheOneMeant(@TempDir Path dir) throws Exception {
        Path items = CommandLineTest.samples(dir);
        Run tag = cli("tag", "--inptu", items.toString(), "--output", dir.resolve("t.jsonl").toString());
        assertThat(tag.code()).isEqualTo(2);
        assertThat(tag.err()).contains("unknown option --inptu (did you mean --input?)");

        Run evaluate = cli("evaluate", "--gold", items.toString(), "--dif");
        assertThat(evaluate.code()).isEqualTo(2);
        assertThat(evaluate.err()).contains("unknown option --dif (did you mean --diff?)").doesNotContain("needs a value");

        Run replay = cli("replay", "--inptu", items.toString(), "--output", dir.toString());
        assertThat(replay.err()).contains("did you mean --input?");
        Run tagExtra = cli("tag", "--input", items.toString(), "--output", dir.resolve("t.jsonl").toString(), "--lexicn", "x");
        assertThat(tagExtra.err()).contains("unknown option --lexicn (did you mean --lexicon?)");
    }

    @Test
    void evaluateOnItemsWithoutGoldFailsInsteadOfAPerfectScore(@TempDir Path dir) throws Exception {
        Run run = cli("evaluate", "--gold", CommandLineTest.samples(dir).toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("carries a 'gold' block").doesNotContain("F1=1.000");
    }

    @Test
    void evaluateScoresAProbeBatteryByDyadOnItsTwoHalves(@TempDir Path dir) throws Exception {
        Path battery = dir.resolve("battery.tsv");
        // Six sentences written for this test: signings, an expulsion, praise, and a line with no event.
        Files.writeString(battery, String.join("\n",
                "PER>CHL:c;CHL>PER:c\tPeru and Chile signed a fisheries agreement in Lima on Monday.",
                "NOR>RUS:x\tNorway expelled three Russian diplomats on Thursday.",
                "-\tThe Brazil squad trained in Lisbon ahead of Sunday's friendly.",
                "KEN>ETH:c\tKenya praised Ethiopia for reopening the border crossing.",
                "FIN>EST:c;EST>FIN:c\tFinland and Estonia signed a defence cooperation agreement on Friday.",
                "POL>BLR:x\tPoland condemned Belarus over the border incident on Saturday.") + "\n");
        Run run = cli("evaluate", "--battery", battery.toString());
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).contains("dyads, tune half  lines=").contains("dyads, blind half lines=");
        int lines = 0;
        int tp = 0;
        for (String l : run.out().split("\n")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("lines=(\\d+) tp=(\\d+)").matcher(l);
            if (m.find()) {
                lines += Integer.parseInt(m.group(1));
                tp += Integer.parseInt(m.group(2));
            }
        }
        assertThat(lines).isEqualTo(6);
        assertThat(tp).as("dyads found of the 9 written").isGreaterThanOrEqualTo(7);

        Files.writeString(battery, "PER>CHL:c Peru and Chile signed a pact.\n");
        Run malformed = cli("evaluate", "--battery", battery.toString());
        assertThat(malformed.code()).isEqualTo(3);
        assertThat(malformed.out()).contains("line 1 has no tab");

        Run neither = cli("evaluate");
        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.err()).contains("exactly one of --gold FILE.jsonl and --battery FILE.tsv");
    }

    @Test
    void demoChecksItsInputFileAndItsConfigurationBeforeStartingAnything(@TempDir Path dir) throws Exception {
        Run missing = cli("demo", "--input", dir.resolve("missing.jsonl").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--input file").contains("missing.jsonl").contains("does not exist");
        assertThat(missing.out()).doesNotContain("starting an in-process Kafka broker");

        Path config = dir.resolve("blocwatch.yaml");
        Files.writeString(config, "checkpoint:\n  intervall: PT1S\n");
        Run badConfig = cli("demo", "--config", config.toString());
        assertThat(badConfig.code()).isEqualTo(2);
        assertThat(badConfig.err()).contains("checkpoint.intervall").contains("did you mean 'checkpoint.interval'");
        assertThat(badConfig.out()).doesNotContain("starting an in-process Kafka broker");

        Run typo = cli("demo", "--max-runtim", "PT1S");
        assertThat(typo.err()).contains("did you mean --max-runtime?");
    }

    @Test
    void demoAgainstABrokerThatDoesNotAnswerSaysSoAndStops() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run run = cli("demo", "--bootstrap-servers", "127.0.0.1:" + port, "--max-runtime", "PT1S");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no Kafka broker answered at 127.0.0.1:" + port).contains("--bootstrap-servers")
                .doesNotContain("\tat ");
        assertThat(run.out()).doesNotContain("running on a local MiniCluster");
    }

    @Test
    void theDemoHasItsOwnConsumerGroupAndTransactionalIdsAndTakesAConfigFile(@TempDir Path dir) throws Exception {
        Map<String, String> defaults = DemoCommand.demoKeys(null, Map.of());
        assertThat(defaults).containsEntry("kafka.group-id", "blocwatch-demo")
                .containsEntry("kafka.transactional-id-prefix", "blocwatch-demo");
        Path config = dir.resolve("demo.yaml");
        Files.writeString(config, "kafka:\n  group-id: my-demo\njob:\n  parallelism: 1\n");
        Map<String, String> fromFile = DemoCommand.demoKeys(config.toString(),
                JobOptions.parse(List.of("--job.parallelism", "2"), List.of("input")));
        assertThat(fromFile).containsEntry("kafka.group-id", "my-demo").containsEntry("job.parallelism", "2")
                .containsEntry("kafka.transactional-id-prefix", "blocwatch-demo");
    }

    @Test
    void replayReadsAConfigFileLikeTheClusterJob(@TempDir Path dir) throws Exception {
        Path items = CommandLineTest.samples(dir);
        Path config = dir.resolve("replay.yaml");
        Files.writeString(config, "scenarios:\n  file: " + dir.resolve("no-such-scenarios.yaml") + "\n");
        Run run = cli("replay", "--input", items.toString(), "--output", dir.resolve("out").toString(), "--config", config.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("scenarios.file").contains("no-such-scenarios.yaml");

        Run missing = cli("replay", "--input", items.toString(), "--output", dir.resolve("out").toString(),
                "--config", dir.resolve("nope.yaml").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--config file").contains("nope.yaml");
    }
}
