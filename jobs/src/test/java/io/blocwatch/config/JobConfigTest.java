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
    void helpListsEveryKey() {
        String help = JobConfig.help();
        JobConfig.KEYS.forEach(k -> assertThat(help).contains("--" + k.key()));
    }
}
