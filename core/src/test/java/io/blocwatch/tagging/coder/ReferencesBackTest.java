package io.blocwatch.tagging.coder;

import static io.blocwatch.tagging.coder.Items.acts;
import static io.blocwatch.tagging.coder.Items.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.blocwatch.contracts.AgreementTag;
import io.blocwatch.contracts.TaggedItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words that point back to what an earlier sentence said or who said it: "the remarks", "that
 * account", "the department"; and dates and parties given once for a whole clause.
 */
class ReferencesBackTest {

    @Test
    void aReactionToRemarksTargetsWhoeverMadeThem() {
        TaggedItem t = tag("2024-05-06T10:00:00Z", "",
                "Speaking in Lima on Sunday, Bolivia's ambassador told reporters that Peru should stop arming its border police. "
                        + "Peruvian lawmakers called the remarks an insult to the country.");
        assertThat(acts(t)).contains("PER>BOL:criticize");
    }

    @Test
    void disputingAnAccountCriticisesItsSource() {
        TaggedItem t = tag("2024-05-06T10:00:00Z", "",
                "Ghana's foreign ministry welcomed the border deal, but said Togo would have to pay for the new posts. "
                        + "Lome disputed that account, saying the costs would be shared.");
        assertThat(acts(t)).contains("TGO>GHA:criticize");
        // the account's own speaker does not dispute it
        assertThat(acts(t)).noneMatch(a -> a.startsWith("GHA>TGO:criticize"));
    }

    @Test
    void remarksWithNoSpeakerBeforeThemTargetNobody() {
        TaggedItem t = tag("2024-05-06T10:00:00Z", "",
                "Peruvian lawmakers called the remarks an insult to the country.");
        assertThat(acts(t)).isEmpty();
    }

    @Test
    void theDepartmentStandsForTheStateWhoseDepartmentActedJustBefore() {
        TaggedItem t = tag("2024-05-06T10:00:00Z", "",
                "The US State Department on Friday approved the possible sale of 24 attack helicopters to Morocco. "
                        + "The department also approved the sale of up to 30 transport aircraft to Egypt.");
        assertThat(acts(t)).contains("USA>MAR:arms-transfer", "USA>EGY:arms-transfer");
    }

    @Test
    void aYearAfterTheDayDatesTheSigning() {
        TaggedItem t = tag("2024-06-19T10:00:00Z", "",
                "Chile's security still rests on the treaty it signed with Argentina in Santiago on 12 March 1984.");
        assertThat(t.agreements()).extracting(AgreementTag::parties, AgreementTag::date)
                .contains(tuple(List.of("ARG", "CHL"), "1984-03-12"));
        assertThat(acts(t)).noneMatch(a -> a.endsWith("sign-agreement"));
    }

    @Test
    void theMembersOfAnOrganisationSigningStandForTheOrganisation() {
        TaggedItem t = tag("2024-06-19T10:00:00Z", "",
                "Japan and the ten members of ASEAN signed a declaration on maritime safety on Tuesday.");
        assertThat(t.agreements()).extracting(AgreementTag::parties).contains(List.of("ASEAN", "JPN"));
    }

    @Test
    void aYearThatEndsALongClauseMakesTheSigningBackground() {
        TaggedItem t = tag("2024-06-19T10:00:00Z", "",
                "Kenya and Tanzania signed a declaration on the conduct of fishing fleets on Lake Victoria in Arusha in 2009.");
        assertThat(t.agreements()).extracting(AgreementTag::parties).contains(List.of("KEN", "TZA"));
        assertThat(acts(t)).noneMatch(a -> a.endsWith("sign-agreement"));
    }

    @Test
    void aDecisionToActIsTheDecidersActAndTheCondemnationIsAimedAtThem() {
        TaggedItem t = tag("2024-05-06T10:00:00Z", "",
                "Serbia on Saturday condemned Washington's decision to lift defence trade restrictions on Kosovo and urged "
                        + "the United States to reconsider.");
        assertThat(acts(t)).contains("SRB>USA:criticize", "USA>XKX:other", "SRB>USA:warn")
                .doesNotContain("USA>USA:warn");
    }

    @Test
    void aJudgementAfterAsNamesTheVictimNotTheTarget() {
        TaggedItem t = tag("2024-05-06T10:00:00Z", "",
                "Lebanon was struck by Israeli warplanes on Wednesday. Egypt condemned the strikes as a flagrant violation "
                        + "of Lebanon's sovereignty.");
        assertThat(acts(t)).contains("ISR>LBN:threaten", "EGY>ISR:criticize").doesNotContain("EGY>LBN:criticize");
    }

    @Test
    void praiseForAConcessionGoesToWhoeverMadeIt() {
        TaggedItem t = tag("2024-05-06T10:00:00Z", "",
                "Britain signed an order on Monday ending most British sanctions on Belarus, and Belarus's foreign minister "
                        + "hailed the decision as a turning point.");
        assertThat(acts(t)).contains("GBR>BLR:other", "BLR>GBR:praise");
    }

    @Test
    void aPartyRejectingAPactRejectsAnotherOneNotItsOwn() {
        TaggedItem t = tag("2024-05-06T10:00:00Z", "",
                "Algeria and Tunisia signed a gas accord on Sunday. Tunis also rejected the deal as a breach of its rights.");
        assertThat(acts(t)).noneMatch(a -> a.startsWith("TUN>DZA:criticize"));
    }

    @Test
    void aPactSignedEarlierInTheDayStaysSignedWhenSuchDealsAreDiscussed() {
        TaggedItem t = tag("2024-05-06T18:00:00Z", "",
                "Kenya on Monday rejected a memorandum that Ugandan and Tanzanian ministers signed in Arusha earlier in the day, "
                        + "saying neither had a mandate to conclude such deals.");
        assertThat(t.agreements()).extracting(AgreementTag::parties, AgreementTag::status, AgreementTag::date)
                .containsExactly(tuple(List.of("TZA", "UGA"), "signed", "2024-05-06"));
        assertThat(acts(t)).contains("TZA>UGA:sign-agreement", "KEN>TZA:criticize", "KEN>UGA:criticize");
    }

    @Test
    void hePlusAnOfficialSigningMakesThePronounsStateAParty() {
        TaggedItem t = tag("2024-05-06T18:00:00Z", "",
                "Japanese Foreign Minister Yoko Kamikawa praised Manila's restraint on Monday, as she and Philippine "
                        + "President Ferdinand Marcos signed a memorandum on coast guard cooperation.");
        assertThat(t.agreements()).extracting(AgreementTag::parties).contains(List.of("JPN", "PHL"));
    }

    @Test
    void regretAndHeinousAreCriticism() {
        assertThat(acts(tag("2024-05-06T18:00:00Z", "", "Turkey's foreign ministry said it regretted Greece's military action.")))
                .contains("TUR>GRC:criticize");
        assertThat(acts(tag("2024-05-06T18:00:00Z", "", "Israel struck targets in Lebanon on Monday, and Lebanon's prime "
                + "minister called the strikes a heinous act."))).contains("LBN>ISR:criticize");
    }

    @Test
    void thanksForEachRoleGoToEachActorAndAndAfterAReportedClauseKeepsTheSpeaker() {
        TaggedItem t = tag("2024-05-06T18:00:00Z", "",
                "Ghana's president said the talks had gone well and thanked Nigeria for its patience, Senegal for its "
                        + "advice and Togo for hosting them.");
        assertThat(acts(t)).contains("GHA>NGA:praise", "GHA>SEN:praise", "GHA>TGO:praise");
    }

    @Test
    void twoSigningsOnDifferentDaysAreTwoAgreements() {
        TaggedItem t = tag("2024-04-01T18:00:00Z", "",
                "The presidents of Chile, Peru and Bolivia signed a treaty on Monday fixing their tripoint. The summit came "
                        + "two weeks after the presidents of Chile and Peru signed a treaty in Lima on March 15 on their sea border.");
        assertThat(t.agreements()).extracting(AgreementTag::parties, AgreementTag::date)
                .contains(tuple(List.of("BOL", "CHL", "PER"), "2024-04-01"), tuple(List.of("CHL", "PER"), "2024-03-15"));
    }

    @Test
    void hostingTheMeetingOfAPactsPartiesIsMediation() {
        TaggedItem t = tag("2024-04-01T18:00:00Z", "",
                "Sudan and South Sudan signed a border declaration on Sunday after talks in Kampala. The declaration was read "
                        + "out by Ugandan President Yoweri Museveni, who hosted the meeting.");
        assertThat(acts(t)).contains("UGA>SDN:other", "UGA>SSD:other");
    }

    @Test
    void anAbbreviatedMonthWithItsFullStopDatesTheSigning() {
        TaggedItem t = tag("2019-12-06T16:00:00Z", "", "Peru and Ecuador signed a memorandum in Lima on Nov. 27.");
        assertThat(t.agreements()).extracting(AgreementTag::date).containsExactly("2019-11-27");
    }
}
