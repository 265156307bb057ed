package io.blocwatch.operators;

import static io.blocwatch.operators.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.scoring.Contribution;
import io.blocwatch.scoring.CountedEvent;
import io.blocwatch.scoring.NearDuplicateSignature;
import io.blocwatch.scoring.PairState;
import io.blocwatch.scoring.SeenItem;
import io.blocwatch.alerting.JumpBaseline;
import io.blocwatch.alerting.PolarizationSample;
import io.blocwatch.alerting.RememberedAgreement;
import io.blocwatch.contracts.AgreementTag;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.util.Collector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BlocEventRouterTest {

    final BlocEventRouter router = new BlocEventRouter(SCENARIOS);

    @Test
    void interactionsFallInWithinAWithinBOrAcrossWithTableWeights() {
        BlocEvent e = wb(item("r-1", "2031-01-05T08:00:00Z", "text",
                List.of(interaction("HUN", "SRB", "praise", "Budapest praised Belgrade"),
                        interaction("ALB", "XKX", "support", null),
                        interaction("SRB", "HRV", "threaten", "troops at the border"),
                        interaction("SRB", "BIH", "criticize", null),
                        interaction("USA", "SRB", "warn", null)),
                List.of()));
        assertThat(e.interactions).extracting(i -> i.source + ">" + i.target, i -> i.channel, i -> i.weight)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("HUN>SRB", BlocEvent.WITHIN_A, 2.5),
                        org.assertj.core.groups.Tuple.tuple("ALB>XKX", BlocEvent.WITHIN_B, 3.5),
                        org.assertj.core.groups.Tuple.tuple("SRB>HRV", BlocEvent.ACROSS, -7.0));
        assertThat(e.interactions.get(0).sentence).isEqualTo("Budapest praised Belgrade");
        assertThat(e.key).isEqualTo(WB_KEY);
        assertThat(e.eventTime).isEqualTo(t("2031-01-05T08:00:00Z"));
        assertThat(e.itemId).isEqualTo("r-1");
        assertThat(e.url).endsWith("/r-1");
        assertThat(e.signature).hasSize(NearDuplicateSignature.LENGTH);
    }

    @Test
    void agreementsAreIntraBlocOrCrossBloc() {
        BlocEvent e = wb(item("r-2", "2031-01-05T08:00:00Z", "text", List.of(),
                List.of(signed("agreement", "defense", "2031-01-04", null, "HUN", "SRB"),
                        signed("declaration", "defense", "2031-01-04", null, "ALB", "HRV", "XKX"),
                        signed("contract", "economic", "2031-01-04", null, "HRV", "SRB"),
                        signed("contract", "defense", "2031-01-04", null, "FRA", "SRB"),
                        signed("plan", "other", "2031-01-04", null, "SRB"))));
        assertThat(e.agreements).extracting(a -> String.join("-", a.parties), a -> a.relation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("HUN-SRB", BlocEvent.BlocAgreement.INTRA_A),
                org.assertj.core.groups.Tuple.tuple("ALB-HRV-XKX", BlocEvent.BlocAgreement.INTRA_B),
                org.assertj.core.groups.Tuple.tuple("HRV-SRB", BlocEvent.BlocAgreement.CROSS));
        assertThat(e.agreements.get(0).status).isEqualTo(AgreementTag.SIGNED);
    }

    @Test
    void anUndatedSigningWithoutPairsIsBackgroundNotASigningToday() {
        // recalled without a date and without sign-agreement pairs: history, not news
        assertThat(wb(item("r-3", "2031-01-05T08:00:00Z", "text",
                List.of(interaction("SRB", "XKX", "criticize", "s")),
                List.of(signed("contract", "economic", null, null, "HRV", "SRB")))).agreements).isEmpty();
        // the same undated signing with its pairs in the item is the item's news
        BlocEvent news = wb(item("r-4", "2031-01-05T08:00:00Z", "text",
                List.of(interaction("HRV", "SRB", "sign-agreement", "s"), interaction("SRB", "HRV", "sign-agreement", "s")),
                List.of(signed("contract", "economic", null, null, "HRV", "SRB"))));
        assertThat(news.agreements).extracting(a -> a.relation).containsExactly(BlocEvent.BlocAgreement.CROSS);
    }

    @Test
    void itemsThatTouchNoPairProduceNoEvent() {
        assertThat(router.route(item("r-3", "2031-01-05T08:00:00Z", "text",
                List.of(interaction("SRB", "BIH", "criticize", null), interaction("FRA", "SRB", "arms-transfer", null)),
                List.of(signed("contract", "defense", null, null, "FRA", "SRB"))))).isEmpty();
        assertThat(router.route(item("r-4", "2031-01-05T08:00:00Z", "quiet", List.of(), List.of()))).isEmpty();
    }

    @Test
    void oneEventPerScenarioAndPairTouched() {
        List<BlocEvent> events = new ArrayList<>();
        router.flatMap(item("r-5", "2031-01-05T08:00:00Z", "text",
                List.of(interaction("HUN", "RUS", "praise", null), interaction("HUN", "SRB", "support", null)),
                List.of()), new Collector<>() {
                    @Override
                    public void collect(BlocEvent record) {
                        events.add(record);
                    }

                    @Override
                    public void close() {}
                });
        assertThat(events).extracting(e -> e.key).containsExactly(WB_KEY, "great-powers|euro-atlantic|russia-china");
        assertThat(events.get(1).interactions).extracting(i -> i.channel).containsExactly(BlocEvent.ACROSS);
    }

    @ParameterizedTest
    @ValueSource(classes = {BlocEvent.class, BlocEvent.BlocInteraction.class, BlocEvent.BlocAgreement.class,
            PairState.class, Contribution.class, CountedEvent.class, SeenItem.class, RememberedAgreement.class,
            JumpBaseline.class, PolarizationSample.class})
    void recordsAndStateAreFlinkPojosWithoutKryo(Class<?> type) {
        TypeInformation<?> info = TypeInformation.of(type);
        assertThat(info).isInstanceOf(PojoTypeInfo.class);
        SerializerConfigImpl config = new SerializerConfigImpl();
        config.setGenericTypes(false);
        // Throws UnsupportedOperationException if any nested field would need Kryo.
        assertThat(info.createSerializer(config)).isNotNull();
    }
}
