package io.blocwatch.operators;

import static io.blocwatch.operators.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.contracts.AlertType;
import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.contracts.Alert;
import io.blocwatch.contracts.BlocScore;
import io.blocwatch.contracts.TaggedItem;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * The seed storyline, told with fixtures written for this test: a defense declaration in Tirana,
 * Belgrade's protests, the Belgrade-Budapest pact two weeks later, then troops massed on Kosovo's
 * border, reported twice by two outlets.
 */
class SeedStorylineTest {

    static final String TIRANA = "Albania, Croatia and Kosovo put their names to a joint declaration on defense "
            + "cooperation at a ceremony in Tirana on Tuesday, pledging joint exercises and closer coordination "
            + "of their armed forces and defense industries.";
    static final String PROTEST = "Serbia's foreign ministry condemned the Tirana declaration as a provocation "
            + "aimed at Belgrade and lodged a formal protest, while the president said the three neighbours were "
            + "arming themselves against the Serbian people.";
    static final String PACT = "Serbian and Hungarian defense ministers signed a military cooperation agreement in "
            + "Belgrade on Tuesday. Officials in Belgrade presented it as an answer to the declaration that "
            + "Albania, Croatia and Kosovo signed in Tirana two weeks earlier.";
    static final String BUILD_UP = "Serbian armoured units and artillery have been moved up to the administrative "
            + "line with Kosovo over the past days, Western officials said on Thursday, calling the deployment a "
            + "dangerous escalation and asking Belgrade to pull the troops back to their barracks.";
    static final String BUILD_UP_COPY = "Western officials said on Thursday that Serbian armoured units and "
            + "artillery had been moved up to the administrative line with Kosovo in recent days, calling the "
            + "deployment a dangerous escalation and asking Belgrade to pull its troops back to barracks.";

    static List<TaggedItem> story() {
        List<TaggedItem> items = new ArrayList<>();
        items.add(item("s-1", "2030-03-05T11:00:00Z", TIRANA,
                signing("put their names to a joint declaration on defense cooperation", "ALB", "HRV", "XKX"),
                List.of(signed("declaration", "defense", "2030-03-05", "a joint declaration on defense cooperation",
                        "ALB", "HRV", "XKX"))));
        items.add(item("s-2", "2030-03-07T09:30:00Z", PROTEST,
                List.of(interaction("SRB", "ALB", "criticize", "condemned the Tirana declaration as a provocation"),
                        interaction("SRB", "HRV", "protest", "lodged a formal protest"),
                        interaction("SRB", "XKX", "criticize", "arming themselves against the Serbian people")),
                List.of()));
        items.add(item("s-3", "2030-03-19T15:00:00Z", PACT,
                withAll(signing("signed a military cooperation agreement in Belgrade", "HUN", "SRB"),
                        signing("the declaration that Albania, Croatia and Kosovo signed in Tirana", "ALB", "HRV", "XKX")),
                List.of(signed("agreement", "defense", "2030-03-19", "signed a military cooperation agreement", "HUN", "SRB"),
                        signed("declaration", "defense", "2030-03-05", "signed in Tirana two weeks earlier",
                                "ALB", "HRV", "XKX"))));
        items.add(item("s-4", "2030-04-25T18:00:00Z", BUILD_UP,
                List.of(interaction("SRB", "XKX", "threaten", "armoured units and artillery have been moved up to the administrative line")),
                List.of()));
        items.add(item("s-5", "2030-04-25T21:45:00Z", BUILD_UP_COPY,
                List.of(interaction("SRB", "XKX", "threaten", "armoured units and artillery had been moved up to the administrative line")),
                List.of()));
        return items;
    }

    @SafeVarargs
    static <T> List<T> withAll(List<T>... lists) {
        List<T> out = new ArrayList<>();
        for (List<T> l : lists) {
            out.addAll(l);
        }
        return out;
    }

    @Test
    void declarationProtestPactAndBuildUpRaiseCounterAlignmentThenHostilityOnce() throws Exception {
        BlocPolarizationFunction fn = new BlocPolarizationFunction(SCENARIOS);
        KeyedOneInputStreamOperatorTestHarness<String, BlocEvent, BlocScore> h = harness(fn);
        BlocEventRouter router = new BlocEventRouter(SCENARIOS);
        List<Double> after = new ArrayList<>();
        for (TaggedItem item : story()) {
            for (BlocEvent e : router.route(item)) {
                push(h, e);
            }
            h.processWatermark(item.eventTimeMillis() - HOUR);
            after.add(wbScores(h).isEmpty() ? 0.0 : wbScores(h).get(wbScores(h).size() - 1).polarization());
        }
        List<Alert> alerts = alerts(h);
        alerts.forEach(a -> System.out.println("storyline alert " + a.type() + " " + a.eventTime() + " " + a.summary() + " " + a.score()));
        System.out.println("storyline index after each item " + after);

        // The pact item recalls the declaration of two weeks before: history, counted once (at s-1). By the
        // build-up five weeks on, the index has decayed below rise_rearm, so the build-up is a new episode.
        assertThat(alerts).extracting(Alert::type).containsExactly(
                AlertType.POLARIZATION_RISE.json(), AlertType.COUNTER_ALIGNMENT.json(), AlertType.CROSS_BLOC_HOSTILITY.json(),
                AlertType.POLARIZATION_RISE.json());
        assertThat(alerts.get(3).eventTime()).isEqualTo("2030-04-25T18:00:00Z");
        assertThat(alerts).allSatisfy(a -> {
            assertThat(a.scenario()).isEqualTo(WB);
            assertThat(a.blocs()).containsExactly(A, B);
        });
        // The declaration and the angry reply already make a polarizing episode: the rise fires at the protest.
        assertThat(alerts.get(0).eventTime()).isEqualTo("2030-03-07T09:30:00Z");
        Alert counter = alerts.get(1);
        assertThat(counter.eventTime()).isEqualTo("2030-03-19T15:00:00Z");
        assertThat(counter.summary()).contains("HUN-SRB", "ALB-HRV-XKX", "14 days");
        // The pact item restates the declaration, but the evidence points at the item that first reported it.
        assertThat(counter.evidence()).extracting(ev -> ev.itemId()).containsExactly("s-3", "s-1");
        Alert hostility = alerts.get(2);
        assertThat(hostility.eventTime()).isEqualTo("2030-04-25T18:00:00Z");
        assertThat(hostility.evidence()).extracting(ev -> ev.itemId()).containsExactly("s-4");
        assertThat(fn.duplicateEventCount()).isEqualTo(1);

        // The protest pushes the index up, the pact pushes it further, the build-up further still;
        // the syndicated copy changes nothing.
        assertThat(after.get(1)).isGreaterThan(after.get(0));
        assertThat(after.get(2)).isGreaterThan(after.get(1));
        assertThat(after.get(3)).isGreaterThan(after.get(2) * 0.5);
        assertThat(after.get(4)).isEqualTo(after.get(3));
    }

    static List<BlocScore> wbScores(KeyedOneInputStreamOperatorTestHarness<String, BlocEvent, BlocScore> h) {
        return scores(h).stream().filter(s -> s.key().equals(WB_KEY)).toList();
    }
}
