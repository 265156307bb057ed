package io.blocwatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.config.JobConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;

/**
 * Savepoints map state to operators by uid: an operator without one gets an id derived from the
 * graph's shape, which changes when the graph does, and its state is then lost on upgrade.
 */
class OperatorUidTest {

    @Test
    void everyOperatorOfTheKafkaJobHasAUniqueStableUid() {
        JobConfig config = JobConfig.defaults().with(Map.of("kafka.bootstrap-servers", "localhost:9092"));
        // Wired as BlocwatchJob.main wires it.
        List<String> uids = uids(config, BlocwatchJob.forKafka(config));

        assertThat(uids).doesNotContainNull().doesNotHaveDuplicates();
        // The uids a savepoint of the running job refers to: renaming one orphans its state.
        assertThat(uids).contains("source-news-items", "source-control-updates", "control-validator",
                "dead-letter-splitter", "news-tagger", "bloc-event-router",
                "bloc-polarization", "count-scores", "count-alerts",
                "sink-tagged", "sink-scores", "sink-alerts", "sink-deadletter");
    }

    @Test
    void everyOperatorOfTheFileReplayJobHasAUniqueUid() {
        JobConfig config = JobConfig.of(Map.of("input.bounded-replay", "true"));
        List<String> uids = uids(config, new BlocwatchPipeline(
                NewsInputs.file(Path.of("items.jsonl"), BlocwatchJob.parser(config)),
                JobSinks.files(Path.of("out")), config));

        assertThat(uids).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(uids).contains("source-news-file", "replay-event-time-sorter", "bloc-polarization");
    }

    private static List<String> uids(JobConfig config, BlocwatchPipeline job) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(
                BlocwatchJob.flinkConfiguration(config, true));
        job.build(env);
        StreamGraph graph = env.getStreamGraph();
        return graph.getStreamNodes().stream()
                .map(StreamNode::getTransformationUID)
                .toList();
    }
}
