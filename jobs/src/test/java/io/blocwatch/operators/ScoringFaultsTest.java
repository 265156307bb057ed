package io.blocwatch.operators;

import static io.blocwatch.operators.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.contracts.AlertType;
import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.scoring.BlocScenarios;
import io.blocwatch.contracts.Alert;
import io.blocwatch.contracts.BlocScore;
import io.blocwatch.contracts.TaggedItem;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * The three scoring faults of one incident raising several alerts, a recalled signing counting as a
 * new one, and an old event dated today, through the router and the scorer (western-balkans:
 * Serbia and Hungary against Albania, Croatia and Kosovo). Items written for this test.
 */
class ScoringFaultsTest {

    private static KeyedOneInputStreamOperatorTestHarness<String, BlocEvent, BlocScore> replay(BlocScenarios scenarios,
            List<TaggedItem> items) throws Exception {
        var h = harness(new BlocPolarizationFunction(scenarios));
        BlocEventRouter router = new BlocEventRouter(scenarios);
        for (TaggedItem item : items) {
            for (BlocEvent e : router.route(item)) {
                push(h, e);
            }
            h.processWatermark(item.eventTimeMillis() - HOUR);
        }
        return h;
    }

    private static List<Alert> ofType(List<Alert> alerts, String type) {
        return alerts.stream().filter(a -> a.type().equals(type)).toList();
    }

    @Test
    void aThreePartyDeclarationAcrossTheBlocsReadThreeWaysAndReportedAgainIsOneRealignment() throws Exception {
        TaggedItem summit = item("r-1", "2031-05-12T10:00:00Z",
                "Hungary, Albania and Croatia sign a declaration on river transport at a summit in Szeged",
                List.of(),
                List.of(signed("declaration", "economic", null, "Hungary and Albania sign a declaration", "HUN", "ALB"),
                        signed("declaration", "economic", "2031-05-12", "the three governments signed a declaration", "ALB", "HRV", "HUN"),
                        signed("agreement", "economic", "2031-05-12", "the agreement signed by the three", "HRV", "HUN")));
        // The headline's undated reading has its signatories in the item: news, not background.
        summit = withSigning(summit, "HUN", "ALB", "HRV");
        TaggedItem followUp = withSigning(item("r-2", "2031-05-14T08:00:00Z",
                "Two days after the Szeged declaration, ministers met again to discuss its first projects",
                List.of(), List.of(signed("declaration", "economic", null, "the declaration they signed", "HUN", "HRV", "ALB"))),
                "HUN", "ALB", "HRV");
        List<Alert> alerts = alerts(replay(SCENARIOS, List.of(summit, followUp)));
        assertThat(ofType(alerts, AlertType.REALIGNMENT.json())).singleElement().satisfies(a -> {
            assertThat(a.incident()).isEqualTo("REALIGNMENT|ALB-HRV-HUN:signing:2031-05-12");
            assertThat(a.summary()).contains("ALB-HRV-HUN", "2031-05-12");
            assertThat(a.evidence()).extracting(e -> e.itemId()).containsExactly("r-1");
        });
    }

    @Test
    void aSigningRecalledByLaterItemsIsNotSignedAgain() throws Exception {
        // Serbia and Hungary sign a defence pact; a month later, items about a border quarrel recall it with its date.
        TaggedItem pact = withSigning(item("c-1", "2031-03-02T09:00:00Z", uniqueText("c-1"), List.of(),
                List.of(signed("agreement", "defense", "2031-03-02", "signed a defence pact", "HUN", "SRB"))), "HUN", "SRB");
        List<TaggedItem> items = new ArrayList<>(List.of(pact));
        for (int k = 0; k < 3; k++) {
            String id = "c-" + (2 + k);
            // A coder that (wrongly) lists sign-agreement pairs for a recall: the pact's date says it is history.
            items.add(withSigning(item(id, "2031-04-0" + (2 + 2 * k) + "T09:00:00Z", uniqueText(id),
                    List.of(interaction("SRB", "XKX", "criticize", "Belgrade criticised Pristina, " + id)),
                    List.of(signed("agreement", "defense", "2031-03-02", "the pact signed in March", "HUN", "SRB"))), "HUN", "SRB"));
        }
        var h = replay(SCENARIOS, items);
        BlocScore last = lastScore(h);
        // Cohesion of bloc A comes from the one signing only, decayed over a month: it does not grow with each recall.
        BlocScore afterPact = scores(h).get(0);
        assertThat(last.components().cohesionA()).isLessThan(afterPact.components().cohesionA());
        // While hostility grows with each criticism, so the index rises.
        assertThat(last.polarization()).isGreaterThan(scores(h).get(1).polarization());
    }

    @Test
    void anOldCrossBlocDealRecalledTodayAndAnUndatedBackgroundPactRaiseNoAlert() throws Exception {
        TaggedItem history = item("h-1", "2031-06-01T12:00:00Z",
                "Serbia and Croatia marked forty years since their 1991 trade agreement",
                List.of(), List.of(signed("agreement", "economic", "1991-02-14", "the 1991 trade agreement", "HRV", "SRB")));
        TaggedItem undated = item("h-2", "2031-06-03T12:00:00Z",
                "Commentators recalled the defence declaration of Albania, Croatia and Kosovo",
                List.of(), List.of(signed("declaration", "defense", null, "the declaration", "ALB", "HRV", "XKX")));
        TaggedItem pact = withSigning(item("h-3", "2031-06-04T12:00:00Z", uniqueText("h-3"), List.of(),
                List.of(signed("agreement", "defense", "2031-06-04", "signed a defence pact", "HUN", "SRB"))), "HUN", "SRB");
        List<Alert> alerts = alerts(replay(SCENARIOS, List.of(history, undated, pact)));
        assertThat(ofType(alerts, AlertType.REALIGNMENT.json())).isEmpty();
        // The undated declaration is background, not a signing on 3 June: no rival signing for the pact.
        assertThat(ofType(alerts, AlertType.COUNTER_ALIGNMENT.json())).isEmpty();
    }

    @Test
    void withSigningReportsOnceASecondItemReportingTheSameSigningAddsNothing() throws Exception {
        BlocScenarios once = BlocScenarios.parse("""
                defaults:
                  signing_reports: once
                scenarios:
                  - id: western-balkans
                    blocs:
                      - {id: belgrade-budapest, members: [SRB, HUN]}
                      - {id: tirana-zagreb-pristina, members: [ALB, HRV, XKX]}
                """);
        TaggedItem first = withSigning(item("o-1", "2031-03-02T09:00:00Z", uniqueText("o-1"), List.of(),
                List.of(signed("agreement", "defense", "2031-03-02", "signed a defence pact", "HUN", "SRB"))), "HUN", "SRB");
        TaggedItem second = withSigning(item("o-2", "2031-03-02T15:00:00Z", uniqueText("o-2"), List.of(),
                List.of(signed("agreement", "defense", null, "have signed a defence pact", "HUN", "SRB"))), "HUN", "SRB");
        assertThat(scores(replay(once, List.of(first, second)))).hasSize(1);
        assertThat(scores(replay(SCENARIOS, List.of(first, second)))).hasSize(2);
    }

    private static TaggedItem withSigning(TaggedItem item, String... parties) {
        List<io.blocwatch.contracts.InteractionTag> all = new ArrayList<>(item.interactions());
        all.addAll(signing(item.agreements().get(0).evidence().get(0), parties));
        return item(item.id(), item.publishedAt(), item.id() + " " + uniqueText(item.id()), all, item.agreements());
    }
}
