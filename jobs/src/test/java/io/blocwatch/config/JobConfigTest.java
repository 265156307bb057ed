package io.blocwatch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobConfigTest {

    @Test
    void fileThenArgumentsThenEnvironmentForClientProperties(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("blocwatch.yaml");
        Files.writeString(file, "kafka:\n  bootstrap-servers: broker-a:9092\n  group-id: from-file\ntopics:\n  alerts: a.from.file\n");
        JobConfig config = JobConfig.fromArgs(
                new String[] {"--config", file.toString(), "--kafka.group-id", "from-args", "--checkpoint.interval=PT30S"},
                Map.of("BLOCWATCH_KAFKA_CLIENT_SECURITY_PROTOCOL", "SASL_SSL",
                        "BLOCWATCH_KAFKA_CLIENT_SASL_JAAS_CONFIG", "org.example.Login required password=\"hunter2\";"));
        assertThat(config.get("kafka.bootstrap-servers")).isEqualTo("broker-a:9092");
        assertThat(config.get("kafka.group-id")).isEqualTo("from-args");
        assertThat(config.get("topics.alerts")).isEqualTo("a.from.file");
        assertThat(config.checkpointInterval()).hasSeconds(30);
        assertThat(config.kafkaSettings().clientProperties())
                .containsEntry("security.protocol", "SASL_SSL")
                .containsKey("sasl.jaas.config");
        assertThat(config.toString()).doesNotContain("hunter2").contains("kafka.client.sasl.jaas.config=******");
        assertThat(config.kafkaSettings().toString()).doesNotContain("hunter2");
    }

    @Test
    void unknownKeysAndBadValuesFailWithTheKeyNamed() {
        assertThatThrownBy(() -> JobConfig.of(Map.of("checkpoint.intervall", "PT1S")))
                .hasMessageContaining("unknown key 'checkpoint.intervall'")
                .hasMessageContaining("did you mean 'checkpoint.interval'");
        assertThatThrownBy(() -> JobConfig.of(Map.of("checkpoint.interval", "10s")))
                .hasMessageContaining("'checkpoint.interval' must be an ISO-8601 duration");
        assertThatThrownBy(() -> JobConfig.of(Map.of("job.parallelism", "0")))
                .hasMessageContaining("'job.parallelism' must be a positive integer");
        assertThatThrownBy(() -> JobConfig.of(Map.of("checkpoint.interval", "PT20M")))
                .hasMessageContaining("'kafka.transaction-timeout'");
        // The transaction of a checkpoint may stay open for an interval plus the whole checkpoint.
        assertThatThrownBy(() -> JobConfig.of(Map.of("checkpoint.interval", "PT1M", "checkpoint.timeout", "PT9M")))
                .hasMessageContaining("must be longer than 'checkpoint.interval' (PT1M) plus 'checkpoint.timeout' (PT9M)");
        assertThat(JobConfig.of(Map.of("checkpoint.interval", "PT1M", "checkpoint.timeout", "PT8M")).transactionTimeout())
                .hasMinutes(10);
        assertThatThrownBy(() -> JobConfig.of(Map.of("scenarios.file", "/no/such/file.yaml")))
                .hasMessageContaining("'scenarios.file'");
        assertThatThrownBy(() -> JobConfig.defaults().kafkaSettings())
                .hasMessageContaining("'kafka.bootstrap-servers' is required");
    }

    @Test
    void argumentsAreReadWithParameterToolAndMistakesNamed() {
        JobConfig config = JobConfig.fromArgs(new String[] {"--kafka.bootstrap-servers", "b:1", "--job.parallelism=3",
                "--kafka.client.sasl.jaas.config", "x required password=\"p=q\";", "--job.name", "first", "--job.name", "last"},
                Map.of());
        assertThat(config.parallelism()).isEqualTo(3);
        assertThat(config.get("job.name")).isEqualTo("last");
        assertThat(config.kafkaClientProperties()).containsEntry("sasl.jaas.config", "x required password=\"p=q\";");
        // a value that starts with a dash is given attached
        assertThat(JobConfig.fromArgs(new String[] {"--kafka.client.ssl.key.password=-dash-"}, Map.of())
                .kafkaClientProperties()).containsEntry("ssl.key.password", "-dash-");
        assertThatThrownBy(() -> JobConfig.fromArgs(new String[] {"--job.name"}, Map.of()))
                .hasMessageContaining("option --job.name needs a value");
        assertThatThrownBy(() -> JobConfig.fromArgs(new String[] {"stray"}, Map.of()))
                .hasMessageContaining("unexpected argument 'stray'");
        assertThatThrownBy(() -> JobConfig.fromArgs(new String[] {"--kafka.exactly-once", "yes"}, Map.of()))
                .hasMessageContaining("'kafka.exactly-once' must be true or false, got 'yes'");
    }

    @Test
    void valuesAreTypedByTheirConfigOptions() {
        JobConfig config = JobConfig.of(Map.of("checkpoint.timeout", "PT7M", "input.feeds.remember", "P7D"));
        assertThat(config.get(BlocwatchOptions.CHECKPOINT_TIMEOUT)).hasMinutes(7);
        assertThat(config.duration("input.feeds.remember")).hasDays(7);
        assertThat(config.get(BlocwatchOptions.INPUT_MAX_RECORD_BYTES)).isEqualTo(1048576);
        assertThat(config.get("input.feeds.remember")).isEqualTo("P7D");
        assertThat(JobConfig.defaults().get("input.feeds.remember")).isEqualTo("P30D");
        assertThat(JobConfig.defaults().get("kafka.transaction-timeout")).isEqualTo("PT10M");
        assertThat(JobConfig.defaults().parallelism()).isNull();
    }

    @Test
    void kafkaSettingsHoldTheControlTopicAndRefuseABlankName() {
        JobConfig config = JobConfig.of(Map.of("kafka.bootstrap-servers", "b:1", "topics.control", "my.control"));
        assertThat(config.kafkaSettings().controlTopic()).isEqualTo("my.control");
        assertThat(config.kafkaSettings().inputTopic()).isEqualTo("news.items");
        assertThatThrownBy(() -> JobConfig.of(Map.of("kafka.bootstrap-servers", "b:1", "topics.alerts", " ")).kafkaSettings())
                .hasMessageContaining("'topics.alerts' has no value");
        assertThatThrownBy(() -> new io.blocwatch.connectors.kafka.KafkaSettings("b:1", "g", "in", "al", "sc", "tg", "dl",
                "", "p", true, 1000, Map.of())).hasMessageContaining("control topic");
        assertThatThrownBy(() -> new io.blocwatch.connectors.kafka.KafkaSettings("b:1", "g", "in", "al", "sc", "tg", "dl",
                "ctl", "p", true, 0, Map.of())).hasMessageContaining("transaction timeout");
    }

    @Test
    void helpIsGeneratedFromTheOptionsWithTheirDefaults() {
        String help = JobConfig.help();
        assertThat(help).contains("--checkpoint.interval").contains("checkpoint interval; exactly-once output becomes visible")
                .contains("default: PT10S").contains("default: P30D").contains("default: 1048576")
                .contains("--kafka.client.*");
    }

    @Test
    void helpListsEveryKey() {
        String help = JobConfig.help();
        JobConfig.KEYS.forEach(k -> assertThat(help).contains("--" + k.key()));
    }
}
