package io.blocwatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blocwatch.config.JobConfig;
import java.time.Duration;
import java.util.Map;
import org.apache.flink.streaming.api.environment.CheckpointConfig;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

/** The checkpoint settings the job hands to Flink, as the execution environment reads them. */
class CheckpointSettingsTest {

    private static CheckpointConfig checkpoints(Map<String, String> values) {
        JobConfig config = JobConfig.of(values);
        return StreamExecutionEnvironment.getExecutionEnvironment(BlocwatchJob.flinkConfiguration(config, true))
                .getCheckpointConfig();
    }

    @Test
    void checkpointsStayAlignedUnlessAnAlignedTimeoutIsGiven() {
        CheckpointConfig c = checkpoints(Map.of("checkpoint.interval", "PT0.5S"));
        assertThat(c.getCheckpointingConsistencyMode()).isEqualTo(org.apache.flink.core.execution.CheckpointingMode.EXACTLY_ONCE);
        assertThat(c.getCheckpointInterval()).isEqualTo(500);
        assertThat(c.getMinPauseBetweenCheckpoints()).isEqualTo(250);
        assertThat(c.isUnalignedCheckpointsEnabled()).isFalse();
    }

    @Test
    void anAlignedTimeoutTurnsOnUnalignedCheckpointsAfterThatWait() {
        CheckpointConfig c = checkpoints(Map.of("checkpoint.interval", "PT0.5S", "checkpoint.aligned-timeout", "PT0.1S"));
        assertThat(c.isUnalignedCheckpointsEnabled()).isTrue();
        assertThat(c.getAlignedCheckpointTimeout()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void anAlignedTimeoutThatIsNotAPositiveDurationIsRefusedWithTheKey() {
        assertThatThrownBy(() -> JobConfig.of(Map.of("checkpoint.aligned-timeout", "soon")))
                .hasMessageContaining("checkpoint.aligned-timeout");
        assertThatThrownBy(() -> JobConfig.of(Map.of("checkpoint.aligned-timeout", "PT0S")))
                .hasMessageContaining("checkpoint.aligned-timeout").hasMessageContaining("positive");
    }
}
