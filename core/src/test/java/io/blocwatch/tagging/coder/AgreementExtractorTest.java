package io.blocwatch.tagging.coder;

import static io.blocwatch.tagging.coder.Items.pairs;
import static io.blocwatch.tagging.coder.Items.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.blocwatch.contracts.AgreementTag;
import io.blocwatch.contracts.TaggedItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementExtractorTest {

    @Test
    void theSignatoriesArePartiesAndTheCriticIsNot() {
        TaggedItem t = tag("2024-03-14T10:00:00Z", "",
                "Chile and Peru signed a fisheries agreement in Lima on Wednesday. Bolivia condemned the deal.");
        assertThat(t.agreements()).extracting(AgreementTag::parties, AgreementTag::status, AgreementTag::date, AgreementTag::place)
                .containsExactly(tuple(List.of("CHL", "PER"), "signed", "2024-03-13", "Lima"));
        assertThat(pairs(t, "sign-agreement")).containsExactlyInAnyOrder("CHL>PER", "PER>CHL");
        assertThat(pairs(t, "criticize")).containsExactlyInAnyOrder("BOL>CHL", "BOL>PER");
    }

    @Test
    void whoTriesHopesOrWantsToSignIsAPartyToAPlannedAgreement() {
        for (String body : List.of("Ghana and Togo are trying to negotiate a fisheries accord before the rainy season.",
                "Ghana and Togo want to conclude a fisheries accord this year.",
                "Ghana and Togo hope to reach a final agreement on fisheries.")) {
            TaggedItem t = tag("2024-03-14T10:00:00Z", "", body);
            assertThat(t.agreements()).as(body).extracting(AgreementTag::parties, AgreementTag::status)
                    .containsExactly(tuple(List.of("GHA", "TGO"), "planned"));
            assertThat(pairs(t, "sign-agreement")).as(body).isEmpty();
        }
    }

    @Test
    void anAccessionIsATreatyWithTheAllianceSignedWhenNewsListedWhenRecalledPlannedWhenPending() {
        // news: signed, with the pairs
        TaggedItem news = tag("2024-03-14T10:00:00Z", "", "Montenegro joined the African Union on Wednesday.");
        assertThat(news.agreements()).extracting(AgreementTag::parties, AgreementTag::status)
                .containsExactly(tuple(List.of("AU", "MNE"), "signed"));
        assertThat(pairs(news, "sign-agreement")).isNotEmpty();
        // recalled: listed, signed, without a date and without pairs
        TaggedItem recalled = tag("2024-03-14T10:00:00Z", "", "Croatia joined NATO in 2009 and sent troops to Kabul.");
        assertThat(recalled.agreements()).extracting(AgreementTag::parties, AgreementTag::status, AgreementTag::date)
                .containsExactly(tuple(List.of("HRV", "NATO"), "signed", null));
        assertThat(pairs(recalled, "sign-agreement")).isEmpty();
        // pending: one planned treaty per candidate; the organisation is not one of "the three countries"
        TaggedItem pending = tag("2024-03-14T10:00:00Z", "",
                "Greece said it would ratify Austria's and Ireland's applications to join NATO, after the three countries "
                        + "signed a memorandum in Vienna on Tuesday.");
        assertThat(pending.agreements()).extracting(AgreementTag::form, AgreementTag::parties, AgreementTag::status)
                .contains(tuple("treaty", List.of("AUT", "NATO"), "planned"), tuple("treaty", List.of("IRL", "NATO"), "planned"),
                        tuple("memorandum", List.of("AUT", "GRC", "IRL"), "signed"));
    }

    @Test
    void aNamedDeclarationItsLeadersCommitToIsIssuedThatDay() {
        TaggedItem t = tag("2024-12-12T06:00:00Z", "",
                "In what the mediators called the Doha Declaration, Kenyan President William Ruto and Ugandan President "
                        + "Yoweri Museveni committed on Wednesday to reopen their border.");
        assertThat(t.agreements()).extracting(AgreementTag::form, AgreementTag::parties, AgreementTag::status,
                AgreementTag::date).containsExactly(tuple("declaration", List.of("KEN", "UGA"), "signed", "2024-12-11"));
        assertThat(pairs(t, "sign-agreement")).containsExactlyInAnyOrder("KEN>UGA", "UGA>KEN");
        // a declaration only named, with no commitment by its parties, is reported
        TaggedItem named = tag("2024-12-12T06:00:00Z", "",
                "Kenya and Uganda disagree on what the Doha Declaration means for their border.");
        assertThat(named.agreements()).extracting(AgreementTag::status).doesNotContain("signed");
    }

    @Test
    void aDealBrokeredByOneStateAndSignedByOfficialsOfTheThreeCountriesHasThreeParties() {
        TaggedItem t = tag("2023-03-10T14:00:00Z", "",
                "Bahrain and Qatar agreed on Friday to reopen their embassies, under an agreement brokered by Oman and "
                        + "signed in Muscat by senior officials of the three countries.");
        assertThat(t.agreements()).extracting(AgreementTag::parties, AgreementTag::status, AgreementTag::place)
                .containsExactly(tuple(List.of("BHR", "OMN", "QAT"), "signed", "Muscat"));
        assertThat(pairs(t, "sign-agreement")).contains("BHR>QAT", "OMN>QAT", "QAT>OMN");
    }

    @Test
    void anotherNamedAgreementIsNoReferenceToTheLastAndAYearInItsClausePlacesItsSigningInThePast() {
        TaggedItem t = tag("2025-04-24T10:00:00Z", "",
                "Peru said on Wednesday that the Amazon Waters Treaty with Brazil would stay suspended. "
                        + "The Lima Accord, signed after the 1998 war, fixed the border with Ecuador.");
        assertThat(pairs(t, "sign-agreement")).isEmpty();
        // a name used again refers back to the agreement it named
        TaggedItem again = tag("2025-04-24T10:00:00Z", "",
                "Guyana and Suriname signed the Nickerie Declaration on Tuesday. Brazil welcomed the Nickerie Declaration.");
        assertThat(Items.acts(again)).contains("BRA>GUY:praise", "BRA>SUR:praise");
    }

    @Test
    void anAgreementsPurposeIsNoActOnItAndItsMediatorsAreNoParties() {
        TaggedItem t = tag("2024-11-27T10:00:00Z", "",
                "Armenia and Azerbaijan accepted an agreement to end the fighting, brokered by the United States and France.");
        assertThat(t.agreements()).extracting(AgreementTag::parties).doesNotContain(List.of("FRA", "USA"));
    }

    @Test
    void admittingAStateOrBecomingAMemberIsAnAccession() {
        TaggedItem admitted = tag("2025-06-02T10:00:00Z", "",
                "Meeting in Nairobi on Sunday, the bloc's leaders admitted Somalia as the EAC's eighth member.");
        assertThat(admitted.agreements()).extracting(AgreementTag::form, AgreementTag::parties, AgreementTag::status,
                AgreementTag::date).containsExactly(tuple("treaty", List.of("EAC", "SOM"), "signed", "2025-06-01"));
        assertThat(pairs(admitted, "sign-agreement")).containsExactlyInAnyOrder("EAC>SOM", "SOM>EAC");
        TaggedItem became = tag("2024-03-08T10:00:00Z", "", "Sweden became NATO's 32nd member on Thursday.");
        assertThat(became.agreements()).extracting(AgreementTag::parties, AgreementTag::status)
                .containsExactly(tuple(List.of("NATO", "SWE"), "signed"));
        // neither an admission of refugees nor a hope to become a member
        TaggedItem refugees = tag("2024-03-08T10:00:00Z", "",
                "Chad admitted thousands of Sudanese refugees on Thursday. Ukraine hopes to become a member of NATO.");
        assertThat(refugees.agreements()).isEmpty();
        assertThat(pairs(refugees, "sign-agreement")).isEmpty();
    }

    @Test
    void aRelativeClauseAfterATitledAgreementAndLeadersNamedInItGiveTheParties() {
        TaggedItem charter = tag("2024-03-14T10:00:00Z", "",
                "Japan suspended its aid programme with Laos on Monday. "
                        + "The Charter on Economic Partnership, which the two countries signed in 2011, is under review.");
        assertThat(charter.agreements()).extracting(AgreementTag::parties).contains(List.of("JPN", "LAO"));
        TaggedItem leaders = tag("2024-06-21T10:00:00Z", "",
                "Chile protested against the fisheries treaty that President Dina Boluarte of Peru and Bolivian "
                        + "President Luis Arce signed in La Paz on Wednesday.");
        assertThat(leaders.agreements()).extracting(AgreementTag::parties, AgreementTag::status)
                .containsExactly(tuple(List.of("BOL", "PER"), "signed"));
    }

    @Test
    void aLawAnnullingAnotherStatesPactCriticisesItsParties() {
        TaggedItem t = tag("2024-03-14T10:00:00Z", "",
                "Somalia's parliament on Tuesday passed a law annulling the port agreement between Ethiopia and Eritrea.");
        assertThat(pairs(t, "criticize")).containsExactlyInAnyOrder("SOM>ETH", "SOM>ERI");
    }

    @Test
    void partiesFromBetweenByAndRelativeClauses() {
        assertThat(tag("2024-03-14T10:00:00Z", "", "A memorandum between Kenya and Uganda was published on Monday.")
                .agreements()).extracting(AgreementTag::parties).containsExactly(List.of("KEN", "UGA"));
        assertThat(tag("2024-03-14T10:00:00Z", "", "The accord, signed in Dakar by Senegal and Gambia, covers fishing.")
                .agreements()).extracting(AgreementTag::parties).containsExactly(List.of("GMB", "SEN"));
        assertThat(tag("2024-03-14T10:00:00Z", "", "Ghana criticised the protocol that Togo and Benin signed on Monday.")
                .agreements()).extracting(AgreementTag::parties).containsExactly(List.of("BEN", "TGO"));
    }

    @Test
    void aSigningOfEarlierMonthsIsBackgroundWithoutPairs() {
        TaggedItem t = tag("2024-09-20T10:00:00Z", "",
                "Chile and Peru, which signed a fisheries agreement on 13 March, met again on Thursday.");
        assertThat(t.agreements()).extracting(AgreementTag::status, AgreementTag::date)
                .containsExactly(tuple("signed", "2024-03-13"));
        assertThat(pairs(t, "sign-agreement")).isEmpty();
        // the same signing reported on its day has pairs
        assertThat(pairs(tag("2024-03-13T18:00:00Z", "", "Chile and Peru signed a fisheries agreement on Wednesday."),
                "sign-agreement")).hasSize(2);
    }

    @Test
    void negotiationsAndFutureSigningsArePlanned() {
        TaggedItem t = tag("2024-03-14T10:00:00Z", "", "Kenya and Uganda will sign a trade agreement next month.");
        assertThat(t.agreements()).extracting(AgreementTag::status, AgreementTag::domain).containsExactly(tuple("planned", "economic"));
        assertThat(pairs(t, "sign-agreement")).isEmpty();
    }

    @Test
    void aNamedAgreementBelongsToTheTwoStatesItsSentenceNames() {
        TaggedItem t = tag("2024-03-14T10:00:00Z", "",
                "Under the Rio Grande Water Sharing Treaty, Mexican farmers draw water that the United States releases.");
        assertThat(t.agreements()).extracting(AgreementTag::form, AgreementTag::parties, AgreementTag::status)
                .containsExactly(tuple("treaty", List.of("MEX", "USA"), "reported"));
        // a common noun with two states around it is no agreement of theirs
        assertThat(tag("2024-03-14T10:00:00Z", "", "Mexico said the treaty talks with the United States and Canada resumed.")
                .agreements()).extracting(AgreementTag::parties).doesNotContain(List.of("MEX", "USA"));
    }

    @Test
    void joiningAnAllianceIsATreatyWithIt() {
        TaggedItem t = tag("2023-04-04T16:00:00Z", "", "Finland joined NATO on Tuesday.");
        assertThat(t.agreements()).extracting(AgreementTag::form, AgreementTag::parties, AgreementTag::status)
                .containsExactly(tuple("treaty", List.of("FIN", "NATO"), "signed"));
        assertThat(pairs(t, "sign-agreement")).containsExactlyInAnyOrder("FIN>NATO", "NATO>FIN");
    }

    @Test
    void aPronounSubjectAndACoordinatedVerbSignForTheStateNamedBefore() {
        TaggedItem t = tag("2024-10-11T07:00:00Z", "",
                "Lima broke with its old suppliers. It signed a five-year arms agreement with Brazil in March, "
                        + "and in June concluded a naval cooperation protocol with Chile.");
        assertThat(t.agreements()).extracting(AgreementTag::parties, AgreementTag::status)
                .containsExactlyInAnyOrder(tuple(List.of("BRA", "PER"), "signed"), tuple(List.of("CHL", "PER"), "signed"));
        // both are months before the item: references without pairs
        assertThat(pairs(t, "sign-agreement")).isEmpty();
        // reported speech keeps its own speaker: "said it had signed" is not resolved by this rule
        TaggedItem news = tag("2024-10-11T07:00:00Z", "", "Peru turned to its neighbours. It signed a fisheries pact with Chile on Thursday.");
        assertThat(pairs(news, "sign-agreement")).containsExactlyInAnyOrder("PER>CHL", "CHL>PER");
    }

    @Test
    void similarAgreementsWithSeveralStatesAreOneAgreementWithEach() {
        TaggedItem t = tag("2024-07-09T02:00:00Z", "", "Kenya has signed similar agreements with Rwanda and Ghana.");
        assertThat(t.agreements()).extracting(AgreementTag::parties)
                .containsExactlyInAnyOrder(List.of("GHA", "KEN"), List.of("KEN", "RWA"));
        // a singular agreement with several states stays one agreement
        TaggedItem one = tag("2024-07-09T02:00:00Z", "", "Kenya signed a trade agreement with Rwanda and Ghana on Monday.");
        assertThat(one.agreements()).extracting(AgreementTag::parties).containsExactly(List.of("GHA", "KEN", "RWA"));
        // several signatories of agreements with one partner: each with the partner, not with each other
        TaggedItem each = tag("2024-07-09T02:00:00Z", "",
                "Sudan and Chad signed agreements on air links with Egypt in Cairo on Monday.");
        assertThat(each.agreements()).extracting(AgreementTag::parties)
                .containsExactlyInAnyOrder(List.of("EGY", "SDN"), List.of("EGY", "TCD"));
        TaggedItem mirror = tag("2024-07-09T02:00:00Z", "",
                "Armenia and Georgia signed separate agreements with Iran and the European Union on Monday.");
        assertThat(mirror.agreements()).extracting(AgreementTag::parties)
                .containsExactlyInAnyOrder(List.of("ARM", "EU", "IRN"), List.of("EU", "GEO", "IRN"));
    }

    @Test
    void talksThatEndWithoutAnAgreementPlanOne() {
        TaggedItem t = tag("2024-07-02T15:00:00Z", "",
                "Qatar hosted the foreign ministers of Sudan and Chad on Monday for talks on their border, "
                        + "but the meeting ended without an agreement.");
        assertThat(t.agreements()).extracting(AgreementTag::parties, AgreementTag::status, AgreementTag::date)
                .containsExactly(tuple(List.of("SDN", "TCD"), "planned", null));
        assertThat(pairs(t, "sign-agreement")).isEmpty();
    }

    @Test
    void lettingAStateJoinIsAPlannedAccessionAndTheDepositaryAndTheRatifierAreNoParties() {
        TaggedItem let = tag("2024-01-27T09:00:00Z", "", "The Greek parliament voted on Tuesday to let Ukraine join NATO.");
        assertThat(let.agreements()).extracting(AgreementTag::parties, AgreementTag::status)
                .containsExactly(tuple(List.of("NATO", "UKR"), "planned"));
        assertThat(pairs(let, "sign-agreement")).isEmpty();
        TaggedItem ratified = tag("2024-01-27T09:00:00Z", "",
                "Greek lawmakers ratified Ukraine's accession protocol on Tuesday. NATO welcomed the vote.");
        assertThat(ratified.agreements()).extracting(AgreementTag::parties).containsExactly(List.of("NATO", "UKR"));
        TaggedItem deposit = tag("2024-01-27T09:00:00Z", "",
                "Ukraine can now deposit its instrument of accession with the US government, NATO said.");
        assertThat(deposit.agreements()).extracting(AgreementTag::parties).containsExactly(List.of("NATO", "UKR"));
    }

    @Test
    void anOrganisationsFoundingTreatyIsNoAgreementOfTheItem() {
        TaggedItem t = tag("2024-04-04T16:00:00Z", "",
                "Ukraine handed its papers to Canada, whose government keeps the North Atlantic Treaty, NATO said.");
        assertThat(t.agreements()).extracting(AgreementTag::parties).doesNotContain(List.of("CAN", "UKR"));
        // a named treaty between the two states of its sentence still is theirs
        assertThat(tag("2024-04-04T16:00:00Z", "", "Under the Pacific Security Treaty, Chilean troops train where the Peruvian army allows.")
                .agreements()).extracting(AgreementTag::parties).containsExactly(List.of("CHL", "PER"));
    }

    @Test
    void aCeasefireAgreedByTheTwoCountriesIsSignedAndABrokeringStateIsNoParty() {
        TaggedItem t = tag("2022-09-16T16:00:00Z", "",
                "Armenian and Azerbaijani troops fought along the border on Friday. The two countries' defence chiefs agreed "
                        + "a ceasefire later in the day, officials said.");
        assertThat(t.agreements()).extracting(AgreementTag::parties, AgreementTag::status)
                .containsExactly(tuple(List.of("ARM", "AZE"), "signed"));
        // "agreed that" reports a view, not an agreement
        assertThat(tag("2022-09-16T16:00:00Z", "", "Chile and Peru agreed that the fisheries treaty needs work.")
                .agreements()).extracting(AgreementTag::status).doesNotContain("signed");
        TaggedItem brokered = tag("2025-06-28T08:00:00Z", "", "Congo and Rwanda signed a US-brokered peace agreement in Washington on Friday.");
        assertThat(brokered.agreements()).extracting(AgreementTag::parties).containsExactly(List.of("COD", "RWA"));
        assertThat(pairs(brokered, "other")).containsExactlyInAnyOrder("USA>COD", "USA>RWA");
    }

    @Test
    void aPluperfectSigningInReportedSpeechIsTheDaysNews() {
        TaggedItem t = tag("2024-11-27T10:00:00Z", "",
                "The Kenyan president announced on Tuesday that Ethiopia and Eritrea had signed a border agreement.");
        assertThat(pairs(t, "sign-agreement")).containsExactlyInAnyOrder("ETH>ERI", "ERI>ETH");
        // without the reporting verb the pluperfect places it before the story
        TaggedItem earlier = tag("2024-11-27T10:00:00Z", "",
                "Ethiopia and Eritrea had signed a border agreement before the war broke out.");
        assertThat(pairs(earlier, "sign-agreement")).isEmpty();
    }

    @Test
    void draggedIntoAnAllianceAndAnApplicationHeldUpReferToTheAccession() {
        TaggedItem dragged = tag("2023-12-19T08:00:00Z", "",
                "Russian President Vladimir Putin said on Monday that the West had dragged Moldova into the African Union, and warned of consequences.");
        assertThat(dragged.agreements()).extracting(AgreementTag::parties, AgreementTag::status, AgreementTag::date)
                .containsExactly(tuple(List.of("AU", "MDA"), "signed", null));
        assertThat(pairs(dragged, "sign-agreement")).isEmpty();
        TaggedItem held = tag("2023-04-04T16:30:00Z", "",
                "Ukraine hopes to join NATO soon. Moldova's application is still held up by Turkey.");
        assertThat(held.agreements()).extracting(AgreementTag::parties, AgreementTag::status)
                .contains(tuple(List.of("MDA", "NATO"), "planned"));
        // a possessed request is no bid to join
        assertThat(tag("2023-04-04T16:30:00Z", "", "NATO members met. Moldova's request for fuel was granted by Turkey.")
                .agreements()).isEmpty();
    }

    @Test
    void theSidesOfTalksAreNamedBeforeTheTalksNotInTheirSubject() {
        TaggedItem t = tag("2024-07-02T15:00:00Z", "",
                "Qatar hosted the foreign ministers of Sudan and Chad on Monday for talks over Sudan's memorandum with "
                        + "Egypt, but the meeting ended without an agreement, a Qatari minister said.");
        assertThat(t.agreements()).extracting(AgreementTag::parties, AgreementTag::status)
                .contains(tuple(List.of("SDN", "TCD"), "planned"));
    }

    @Test
    void anAttributionAfterACommaIsNoPartyOfTheListBeforeIt() {
        TaggedItem t = tag("2024-06-07T10:00:00Z", "",
                "Rwandan troops must leave unless Rwanda withdraws from its mining memorandum with Burundi, "
                        + "Congo's national security adviser Jean Mbala said in an interview.");
        assertThat(t.agreements()).extracting(AgreementTag::parties).containsExactly(List.of("BDI", "RWA"));
        // a real list with its "and" stays one group
        assertThat(tag("2024-06-07T10:00:00Z", "", "Rwanda signed a memorandum with Burundi, Uganda and Kenya on Friday.")
                .agreements()).extracting(AgreementTag::parties).containsExactly(List.of("BDI", "KEN", "RWA", "UGA"));
    }

    @Test
    void aPartnershipItsLeadersLaunchIsADeclarationAndLaterMentionsReferToIt() {
        TaggedItem t = tag("2025-02-13T10:00:00Z", "",
                "Brazil, Argentina and Chile announced on Wednesday a new security partnership for the South Atlantic. "
                        + "Peru has a fisheries deal with Chile. Venezuela said the partnership would undermine stability in the region.");
        assertThat(t.agreements()).extracting(AgreementTag::form, AgreementTag::parties, AgreementTag::status)
                .contains(tuple("declaration", List.of("ARG", "BRA", "CHL"), "signed"));
        assertThat(pairs(t, "sign-agreement")).hasSize(6);
        assertThat(pairs(t, "criticize")).containsExactlyInAnyOrder("VEN>ARG", "VEN>BRA", "VEN>CHL");
        // a partnership that is only a relationship is no agreement
        assertThat(tag("2025-02-13T10:00:00Z", "", "Brazil and Argentina praised their strategic partnership on Wednesday.")
                .agreements()).isEmpty();
    }

    @Test
    void aContractSignedWithAStateUnderWhichTheSubjectBoughtIsTheirsAndTheFirstAttributionSpeaks() {
        TaggedItem bought = tag("2022-04-10T09:00:00Z", "",
                "Egypt bought the jets under a contract signed with France in 2015, according to Egyptian officials.");
        assertThat(bought.agreements()).extracting(AgreementTag::form, AgreementTag::parties, AgreementTag::status)
                .containsExactly(tuple("contract", List.of("EGY", "FRA"), "signed"));
        TaggedItem said = tag("2025-05-30T08:30:00Z", "",
                "Egyptian President Abdel Fattah el-Sisi spoke on Thursday. A contract with Italy does exist, Sisi told "
                        + "state television, but none of the frigates went to Libya.");
        assertThat(said.agreements()).extracting(AgreementTag::parties, AgreementTag::status)
                .containsExactly(tuple(List.of("EGY", "ITA"), "reported"));
    }

    @Test
    void aTreatyNamedAfterPeaceMadeWithAStateIsTheSubjectsAndThePartners() {
        TaggedItem t = tag("2024-07-09T02:00:00Z", "",
                "Jordan was the second Arab state to make peace with Israel, in a treaty signed at the border on October 26, 1994.");
        assertThat(t.agreements()).extracting(AgreementTag::parties, AgreementTag::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("ISR", "JOR"), "1994-10-26"));
    }

    @Test
    void itsAgreementWithAPartnerIsNotThePartnersOwn() {
        TaggedItem t = tag("2024-07-09T02:00:00Z", "",
                "Hungary said it could cut power to Serbia if Belgrade ends the transit of Russian oil when its supply contract with Moscow runs out.");
        assertThat(t.agreements()).extracting(AgreementTag::parties).containsExactly(List.of("RUS", "SRB"));
    }

    @Test
    void aJoiningWithNoObjectInAnItemAboutMembershipJoinsTheItemsOrganisation() {
        TaggedItem t = tag("2024-03-07T10:00:00Z", "",
                "Montenegro became a member of NATO on Thursday. Albania joined in April 2009, officials recalled.");
        assertThat(t.agreements()).extracting(AgreementTag::parties).contains(List.of("ALB", "NATO"));
        // not in an item about something else
        TaggedItem other = tag("2024-03-07T10:00:00Z", "", "Brazil hosted the G20 summit. Argentina joined in March, officials said.");
        assertThat(other.agreements()).isEmpty();
    }

    @Test
    void bilateralDealsAmongSeveralStatesAreOneAgreementPerPair() {
        TaggedItem t = tag("2024-05-02T10:00:00Z", "",
                "The five coastal states met in Baku on Tuesday to discuss fishing quotas. Peru, Chile and Ecuador "
                        + "already divided their fishing grounds among themselves in bilateral deals signed between 1998 and 2003.");
        assertThat(t.agreements()).extracting(a -> String.join("-", a.parties()))
                .contains("CHL-ECU", "CHL-PER", "ECU-PER").doesNotContain("CHL-ECU-PER");
        // one plural agreement among the same states without "bilateral" stays one agreement
        TaggedItem joint = tag("2024-05-02T10:00:00Z", "",
                "Peru, Chile and Ecuador signed fisheries agreements in Lima on Tuesday, officials said.");
        assertThat(joint.agreements()).extracting(a -> String.join("-", a.parties())).doesNotContain("CHL-ECU");
    }
}
