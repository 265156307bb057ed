package io.blocwatch.operators;

import static io.blocwatch.operators.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.contracts.AlertType;
import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.scoring.BlocScenarios;
import io.blocwatch.contracts.Json;
import io.blocwatch.contracts.Alert;
import io.blocwatch.contracts.BlocScore;
import io.blocwatch.contracts.TaggedItem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Router and function wired as the job will wire them (TaggedItems with signatures, timestamps on
 * published_at), on a MiniCluster at parallelism 2 with generic types disabled: proves the keying
 * and that nothing falls back to Kryo.
 */
class ScoringPipelineMiniClusterTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void seedStorylineRunsOnAClusterWithTheSameAlerts() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        ((org.apache.flink.api.common.serialization.SerializerConfigImpl) env.getConfig().getSerializerConfig())
                .setGenericTypes(false);
        BlocScenarios scenarios = BlocScenarios.loadDefault();

        List<TaggedItem> items = SeedStorylineTest.story();
        DataStream<BlocEvent> routed = env.fromData(TypeInformation.of(TaggedItem.class), items.toArray(new TaggedItem[0]))
                .assignTimestampsAndWatermarks(WatermarkStrategy.<TaggedItem>forBoundedOutOfOrderness(Duration.ofHours(1))
                        .withTimestampAssigner((item, ts) -> item.eventTimeMillis()))
                .flatMap(new BlocEventRouter(scenarios), TypeInformation.of(BlocEvent.class))
                .uid("bloc-event-router");
        SingleOutputStreamOperator<BlocScore> scores = routed
                .keyBy(BlocEvent::key, Types.STRING)
                .process(new BlocPolarizationFunction(scenarios), TypeInformation.of(BlocScore.class))
                .uid("bloc-polarization");
        DataStream<String> out = scores.map(s -> "score " + Json.write(s)).returns(Types.STRING)
                .union(scores.getSideOutput(BlocPolarizationFunction.ALERTS).map(a -> "alert " + Json.write(a))
                        .returns(Types.STRING));
        List<String> lines = new ArrayList<>();
        try (CloseableIterator<String> it = out.executeAndCollect("scoring-pipeline-test")) {
            it.forEachRemaining(lines::add);
        }
        List<Alert> alerts = lines.stream().filter(l -> l.startsWith("alert "))
                .map(l -> Json.read(l.substring(6), Alert.class)).toList();
        assertThat(alerts).extracting(Alert::type).containsExactlyInAnyOrder(
                AlertType.POLARIZATION_RISE.json(), AlertType.COUNTER_ALIGNMENT.json(), AlertType.CROSS_BLOC_HOSTILITY.json());
        assertThat(lines).anyMatch(l -> l.startsWith("score ") && l.contains("\"scenario\":\"western-balkans\""));
    }
}
