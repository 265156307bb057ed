package io.blocwatch.operators;

import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.scoring.BlocScenarios;
import io.blocwatch.scoring.NearDuplicateSignature;
import io.blocwatch.scoring.ScoringSettings;
import io.blocwatch.contracts.ActorTag;
import io.blocwatch.contracts.AgreementTag;
import io.blocwatch.contracts.Alert;
import io.blocwatch.contracts.BlocScore;
import io.blocwatch.contracts.InteractionTag;
import io.blocwatch.contracts.TaggedItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;

/** Test fixtures: tagged items written for these tests, and a harness around the function. */
final class Fixtures {

    static final String WB = "western-balkans";
    static final String A = "belgrade-budapest";
    static final String B = "tirana-zagreb-pristina";
    static final String WB_KEY = WB + "|" + A + "|" + B;
    static final long DAY = ScoringSettings.DAY_MS;
    static final long HOUR = ScoringSettings.HOUR_MS;

    static final BlocScenarios SCENARIOS = BlocScenarios.loadDefault();

    private Fixtures() {}

    static long t(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    static InteractionTag interaction(String source, String target, String kind, String sentence) {
        boolean conflictual = Set.of("criticize", "warn", "accuse", "protest", "threaten").contains(kind);
        return new InteractionTag(source, target, conflictual ? InteractionTag.CONFLICTUAL : InteractionTag.COOPERATIVE,
                kind, 0.0, sentence == null ? List.of() : List.of(sentence));
    }

    static AgreementTag signed(String form, String domain, String date, String sentence, String... parties) {
        return new AgreementTag(form, domain, List.of(parties), AgreementTag.SIGNED, date, null,
                sentence == null ? List.of() : List.of(sentence));
    }

    /** sign-agreement interactions for every ordered pair of parties. */
    static List<InteractionTag> signing(String sentence, String... parties) {
        List<InteractionTag> out = new ArrayList<>();
        for (String a : parties) {
            for (String b : parties) {
                if (!a.equals(b)) {
                    out.add(interaction(a, b, "sign-agreement", sentence));
                }
            }
        }
        return out;
    }

    static TaggedItem item(String id, String publishedAt, String text, List<InteractionTag> interactions,
                           List<AgreementTag> agreements) {
        Set<String> codes = new LinkedHashSet<>();
        interactions.forEach(i -> {
            codes.add(i.source());
            codes.add(i.target());
        });
        agreements.forEach(a -> codes.addAll(a.parties()));
        List<ActorTag> actors = codes.stream().sorted()
                .map(c -> new ActorTag(c, c.length() == 3 ? ActorTag.COUNTRY : ActorTag.ORGANIZATION, 1, List.of()))
                .toList();
        return new TaggedItem(null, id, publishedAt, "test-wire", "https://news.example.org/" + id, actors, List.of(),
                agreements, interactions, NearDuplicateSignature.of(text));
    }

    /** The item's event for the western-balkans pair (the item must touch it). */
    static BlocEvent wb(TaggedItem item) {
        return new BlocEventRouter(SCENARIOS).route(item).stream()
                .filter(e -> e.key.equals(WB_KEY)).findFirst()
                .orElseThrow(() -> new AssertionError(item.id() + " does not touch " + WB_KEY));
    }

    /** A cross-bloc criticism with its own text, so items are never near-duplicates of each other. */
    static BlocEvent criticism(String id, long time) {
        return wb(item(id, Instant.ofEpochMilli(time).toString(),
                uniqueText(id),
                List.of(interaction("SRB", "XKX", "criticize", "Belgrade criticised Pristina, statement " + id)), List.of()));
    }

    private static final String[] VOCABULARY = ("ministry border crossing statement patrol envoy dispute "
            + "convoy bridge village police mayor river customs talks summit delegation barracks road "
            + "election parliament harbour pipeline tariff railway airport monastery license plates").split(" ");

    /** Twenty words drawn from the id: two such texts are never near-duplicates of each other. */
    static String uniqueText(String id) {
        java.util.Random random = new java.util.Random(id.hashCode());
        StringBuilder sb = new StringBuilder(id);
        for (int i = 0; i < 20; i++) {
            sb.append(' ').append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        return sb.toString();
    }

    static KeyedOneInputStreamOperatorTestHarness<String, BlocEvent, BlocScore> harness(BlocPolarizationFunction fn)
            throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, BlocEvent, BlocScore> h = harness0(fn);
        h.open();
        return h;
    }

    /** A harness not yet opened, to restore a snapshot into. */
    static KeyedOneInputStreamOperatorTestHarness<String, BlocEvent, BlocScore> harness0(BlocPolarizationFunction fn)
            throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, BlocEvent, BlocScore> h =
                new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(fn), BlocEvent::key, Types.STRING);
        // The job runs with generic types disabled: any state or record type that falls back to Kryo fails here.
        ((SerializerConfigImpl) h.getExecutionConfig().getSerializerConfig()).setGenericTypes(false);
        return h;
    }

    static void push(KeyedOneInputStreamOperatorTestHarness<String, BlocEvent, BlocScore> h, BlocEvent e) throws Exception {
        h.processElement(e, e.eventTime);
    }

    static List<Alert> alerts(KeyedOneInputStreamOperatorTestHarness<String, BlocEvent, BlocScore> h) {
        List<Alert> out = new ArrayList<>();
        if (h.getSideOutput(BlocPolarizationFunction.ALERTS) != null) {
            for (StreamRecord<Alert> r : h.getSideOutput(BlocPolarizationFunction.ALERTS)) {
                out.add(r.getValue());
            }
        }
        return out;
    }

    static List<String> alertTypes(KeyedOneInputStreamOperatorTestHarness<String, BlocEvent, BlocScore> h) {
        return alerts(h).stream().map(Alert::type).toList();
    }

    static List<BlocEvent> late(KeyedOneInputStreamOperatorTestHarness<String, BlocEvent, BlocScore> h) {
        List<BlocEvent> out = new ArrayList<>();
        if (h.getSideOutput(BlocPolarizationFunction.LATE) != null) {
            for (StreamRecord<BlocEvent> r : h.getSideOutput(BlocPolarizationFunction.LATE)) {
                out.add(r.getValue());
            }
        }
        return out;
    }

    static List<BlocScore> scores(KeyedOneInputStreamOperatorTestHarness<String, BlocEvent, BlocScore> h) {
        return h.extractOutputValues();
    }

    static BlocScore lastScore(KeyedOneInputStreamOperatorTestHarness<String, BlocEvent, BlocScore> h) {
        List<BlocScore> s = scores(h);
        return s.get(s.size() - 1);
    }
}
