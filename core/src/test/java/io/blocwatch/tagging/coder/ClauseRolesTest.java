package io.blocwatch.tagging.coder;

import static io.blocwatch.tagging.coder.Items.acts;
import static io.blocwatch.tagging.coder.Items.tag;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who plays which part in a clause when the order of words does not say it: the subject of a passive
 * reaction, the speaker of a demand among several speakers, the time of a series of predicates,
 * and what leaving a bloc is.
 */
class ClauseRolesTest {

    private static final String DAY = "2024-05-02T10:00:00Z";

    @Test
    void aPassiveReactionToAnAgreementIsAimedAtItsParties() {
        assertThat(acts(tag(DAY, "", "A fisheries accord signed on Tuesday by Peru and Ecuador was condemned by Chile on Wednesday.")))
                .contains("CHL>PER:criticize", "CHL>ECU:criticize")
                .doesNotContain("PER>CHL:criticize", "ECU>CHL:criticize");
        assertThat(acts(tag(DAY, "", "The pact between Laos and Vietnam was rejected by Thailand on Friday.")))
                .containsExactlyInAnyOrder("THA>LAO:criticize", "THA>VNM:criticize");
    }

    @Test
    void declaringSomethingNullAndVoidJudgesItAndVoidIsNoVerbThere() {
        assertThat(acts(tag(DAY, "", "Morocco declared the Algeria-Tunisia border deal null and void on Thursday.")))
                .containsExactlyInAnyOrder("MAR>DZA:criticize", "MAR>TUN:criticize");
        // "declare" with no judgement after it is no criticism
        assertThat(acts(tag(DAY, "", "Morocco declared a national day of mourning for the victims in Algeria on Thursday.")))
                .isEmpty();
    }

    @Test
    void aDemandBelongsToTheNearestSpeakerBeforeIt() {
        assertThat(acts(tag(DAY, "", "Peru's coast guard said it had moved its buoys, hours after President Ana Rojas of "
                + "Ecuador said Lima must remove them at once or Ecuador would do it.")))
                .contains("ECU>PER:warn").doesNotContain("PER>PER:warn");
    }

    @Test
    void leavingAnOrganisationIsABreakButPullingTroopsOutIsNot() {
        assertThat(acts(tag(DAY, "", "Gabon and Chad withdrew from ECCAS on Monday."))).containsExactlyInAnyOrder(
                "GAB>ECCAS:other", "TCD>ECCAS:other");
        assertThat(Items.pairs(tag(DAY, "", "Gabon and Chad withdrew from ECCAS on Monday."), "other")).isNotEmpty();
        assertThat(tag(DAY, "", "Gabon and Chad withdrew from ECCAS on Monday.").interactions())
                .allSatisfy(i -> assertThat(i.polarity()).isEqualTo("conflictual"));
        assertThat(tag(DAY, "", "Rwanda withdrew its troops from Mozambique on Monday.").interactions())
                .allSatisfy(i -> assertThat(i.polarity()).isEqualTo("cooperative"));
    }

    @Test
    void predicatesInASeriesShareTheirTime() {
        String body = "Relations have soured since January, when Malawi signed a port deal with Zambia. "
                + "Tanzania condemned the deal, recalled its envoy in March and turned to other partners. "
                + "On Monday Tanzania's foreign minister said talks could resume.";
        assertThat(acts(tag(DAY, "", body))).doesNotContain("TZA>MWI:criticize", "TZA>ZMB:criticize");
    }

    @Test
    void quotationMarksAroundAVerbOrAJudgementDoNotHideIt() {
        assertThat(acts(tag(DAY, "", "Bangladesh's foreign ministry said on Monday it 'strongly condemns' Myanmar's decision "
                + "to close the border crossing."))).contains("BGD>MMR:criticize");
        assertThat(acts(tag(DAY, "", "Ghana's government on Tuesday dismissed as 'baseless' accusations by Togolese President "
                + "Kofi Amedo that it was arming rebels."))).contains("GHA>TGO:criticize");
    }

    @Test
    void whatAnAccusationSaysIsNoActTheItemReports() {
        assertThat(acts(tag(DAY, "", "Venezuela's foreign minister on Tuesday rejected as baseless a US accusation that "
                + "Venezuela had shipped drones to Iran.")))
                .contains("VEN>USA:criticize").doesNotContain("VEN>IRN:arms-transfer");
    }

    @Test
    void returnedFireIsAimedAtWhoeverFiredJustBefore() {
        assertThat(acts(tag(DAY, "", "Eritrean troops fired on Ethiopian border posts on Tuesday. Ethiopian soldiers "
                + "returned fire, the army said."))).containsExactlyInAnyOrder("ERI>ETH:threaten", "ETH>ERI:threaten");
    }

    @Test
    void aReactionToTheUnilateralDecisionIsAimedAtItsAuthor() {
        assertThat(acts(tag(DAY, "", "Uganda closed its border with Kenya on Thursday. Kenya said it regretted the "
                + "unilateral decision."))).contains("KEN>UGA:criticize");
    }

    @Test
    void surtaxesAndLeviesOnAPeoplesGoodsAreMeasuresAgainstItsState() {
        assertThat(acts(tag(DAY, "", "Mexico's decision to impose a 50 per cent surtax on Brazilian-made trucks, announced "
                + "by its economy ministry on Monday, drew a rebuke from Brazil's trade ministry.")))
                .contains("MEX>BRA:other", "BRA>MEX:criticize");
    }

    @Test
    void orderingAHighCommissionerToLeaveIsAnExpulsion() {
        assertThat(acts(tag(DAY, "", "Pakistan ordered India's acting High Commissioner Vikram Rao and five colleagues to "
                + "leave by Saturday."))).contains("PAK>IND:protest");
    }

    @Test
    void theLastOfACoordinationBeforeAFiniteVerbStartsTheNextClause() {
        var t = tag(DAY, "Kenya downgrades ties with Kampala and Rwanda cuts them as border row spreads",
                "Kenya recalled its ambassador from Uganda on Monday, the foreign ministry said.");
        assertThat(acts(t)).contains("KEN>UGA:protest").doesNotContain("KEN>RWA:protest");
        // a coordination that no verb follows stays whole
        assertThat(acts(tag(DAY, "", "Serbia criticised Croatia and Albania on Monday.")))
                .containsExactlyInAnyOrder("SRB>HRV:criticize", "SRB>ALB:criticize");
    }

    @Test
    void forcesArrivingAtAHostsCallAreHostedThereButArrivingAloneIsNothing() {
        assertThat(acts(tag(DAY, "", "Rwandan soldiers arrived in Mozambique on Thursday at the request of President "
                + "Filipe Nyusi to help fight an insurgency in the north.")))
                .contains("RWA>MOZ:military-cooperation", "MOZ>RWA:military-cooperation");
        assertThat(acts(tag(DAY, "", "Russian troops arrived in Ukraine's Kherson region on Thursday."))).isEmpty();
    }

    @Test
    void aReactionToACaseBroughtByAnotherIsAimedAtIt() {
        assertThat(acts(tag(DAY, "", "Russia condemned the complaint filed by Georgia at the court on Monday.")))
                .containsExactly("RUS>GEO:criticize");
    }
}
