package io.blocwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.blocwatch.contracts.AgreementTag;
import io.blocwatch.contracts.InteractionTag;
import io.blocwatch.contracts.TaggedItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementAndInteractionRulesTest {

    private final NewsTagger tagger = NewsTagger.withDefaults();

    private TaggedItem tag(String published, String title, String body) {
        return tagger.tag(TaggerFixtures.item("r", published, title, body));
    }

    @Test
    void futureSigningIsPlannedWithoutInteractions() {
        TaggedItem t = tag("2024-02-12T09:00:00Z", "Pipeline plans",
                "BUDAPEST - Hungary and Serbia will sign an agreement on a new crude oil pipeline next month, "
                        + "Hungarian Foreign Minister Peter Szijjarto said on Monday.");
        assertThat(t.agreements()).extracting(AgreementTag::form, AgreementTag::domain, AgreementTag::parties,
                AgreementTag::status, AgreementTag::date)
                .containsExactly(tuple("agreement", "energy", List.of("HUN", "SRB"), "planned", null));
        assertThat(t.interactions()).extracting(InteractionTag::kind).doesNotContain("sign-agreement");
    }

    @Test
    void hopedForAllianceIsNoAgreement() {
        TaggedItem t = tag("2024-02-12T09:00:00Z", "Speech",
                "Serbian President Aleksandar Vucic said the pact with Hungary could one day become a military alliance.");
        assertThat(t.agreements()).isEmpty();
        // the same pact, signed, is one
        assertThat(tag("2024-02-12T09:00:00Z", "Pact", "Serbia and Hungary signed a military alliance pact on Monday.")
                .agreements()).extracting(AgreementTag::parties, AgreementTag::status).containsExactly(tuple(List.of("HUN", "SRB"), "signed"));
    }

    @Test
    void existingContractIsReported() {
        TaggedItem t = tag("2025-05-30T09:00:00Z", "Ammunition",
                "A contract with Slovakia for artillery shells does exist, Serbian President Aleksandar Vucic said, "
                        + "but none of the shells went anywhere else.");
        assertThat(t.agreements()).extracting(AgreementTag::form, AgreementTag::parties, AgreementTag::status)
                .containsExactly(tuple("contract", List.of("SRB", "SVK"), "reported"));
    }

    @Test
    void weaponsPurchaseIsAContractAndAnArmsTransfer() {
        TaggedItem t = tag("2024-08-29T09:00:00Z", "Jets",
                "PARIS - Greece signed a contract on Thursday to buy six fighter jets from France.");
        assertThat(t.agreements()).extracting(AgreementTag::form, AgreementTag::parties, AgreementTag::status,
                AgreementTag::date).containsExactly(tuple("contract", List.of("FRA", "GRC"), "signed", "2024-08-29"));
        assertThat(t.interactions()).extracting(InteractionTag::source, InteractionTag::target, InteractionTag::kind)
                .contains(tuple("FRA", "GRC", "arms-transfer"), tuple("GRC", "FRA", "sign-agreement"));
    }

    @Test
    void deniedOrNegatedDeliveriesAreNoInteraction() {
        TaggedItem t = tag("2025-05-30T09:00:00Z", "Denial",
                "Bulgaria denied sending any missiles to Ukraine. No tanks were delivered to Ukraine by Bulgaria, "
                        + "the ministry said.");
        assertThat(t.interactions()).isEmpty();
        // a delivery the item reports is one
        assertThat(tag("2025-05-30T09:00:00Z", "Delivery", "Bulgaria delivered missiles to Ukraine on Thursday.")
                .interactions()).extracting(InteractionTag::source, InteractionTag::target, InteractionTag::kind)
                .containsExactly(tuple("BGR", "UKR", "arms-transfer"));
    }

    @Test
    void accusationContentIsNotAnAct() {
        TaggedItem t = tag("2025-05-29T09:00:00Z", "Claim",
                "MOSCOW - Russia accused Bulgaria on Thursday of shipping artillery shells to Ukraine. "
                        + "Russian officials said Bulgarian plants had delivered the shells to Kyiv.");
        assertThat(t.interactions()).extracting(InteractionTag::source, InteractionTag::target, InteractionTag::kind)
                .containsExactly(tuple("RUS", "BGR", "accuse"));
    }

    @Test
    void forceBuildUpAtABorderIsAThreatAndUrgingIsAWarning() {
        TaggedItem t = tag("2024-06-08T20:00:00Z", "Border",
                "PRISTINA - Serbian army units were deployed along the border with Kosovo on Saturday.\n"
                        + "Kosovo Prime Minister Albin Kurti urged Belgrade to withdraw them immediately.");
        assertThat(t.interactions()).extracting(InteractionTag::source, InteractionTag::target, InteractionTag::kind)
                .containsExactlyInAnyOrder(tuple("SRB", "XKX", "threaten"), tuple("XKX", "SRB", "warn"));
        assertThat(t.interactions()).filteredOn(i -> i.kind().equals("threaten"))
                .extracting(InteractionTag::weight).containsExactly(Weights.of("threaten", "conflictual"));
    }

    @Test
    void troopsForAMissionAreMilitaryCooperationWithTheMission() {
        TaggedItem t = tag("2023-10-01T12:00:00Z", "Troops",
                "Germany is sending 150 soldiers to reinforce NATO's KFOR mission in Kosovo, the ministry said.");
        assertThat(t.interactions()).extracting(InteractionTag::source, InteractionTag::target, InteractionTag::kind)
                .containsExactly(tuple("DEU", "KFOR", "military-cooperation"));
    }

    @Test
    void groupTargetsAndRelativeClauses() {
        TaggedItem t = tag("2025-06-10T12:00:00Z", "Talks",
                "Montenegro and Slovenia quarrelled over fishing rights on Monday. "
                        + "The European Commission called on both sides to keep talking. "
                        + "Russia, which opposes NATO enlargement, has criticised Montenegro's decision to host the summit.");
        assertThat(t.interactions()).extracting(InteractionTag::source, InteractionTag::target, InteractionTag::kind)
                .contains(tuple("EU", "MNE", "warn"), tuple("EU", "SVN", "warn"), tuple("RUS", "MNE", "criticize"))
                .doesNotContain(tuple("NATO", "MNE", "criticize"));
    }

    @Test
    void agreementWithoutDomainWordsAmongSeveralIsOther() {
        TaggedItem t = tag("2025-06-10T12:00:00Z", "Protocol",
                "Albania and Greece signed a protocol on Tuesday in Athens. "
                        + "Separately, Albania and Italy signed an energy agreement on a new gas pipeline on Tuesday.");
        assertThat(t.agreements()).extracting(AgreementTag::parties, AgreementTag::domain, AgreementTag::place)
                .containsExactlyInAnyOrder(tuple(List.of("ALB", "GRC"), "other", "Athens"),
                        tuple(List.of("ALB", "ITA"), "energy", null));
    }
}
