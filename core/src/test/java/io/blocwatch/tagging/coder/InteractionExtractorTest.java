package io.blocwatch.tagging.coder;

import static io.blocwatch.tagging.coder.Items.acts;
import static io.blocwatch.tagging.coder.Items.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.contracts.TaggedItem;
import org.junit.jupiter.api.Test;

class InteractionExtractorTest {

    @Test
    void subjectAndObjectNotTheNearestName() {
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "Ghana, which borders Togo, criticised Burkina Faso on Monday."))).containsExactly("GHA>BFA:criticize");
    }

    @Test
    void goodsHandedOverGoToTheRecipientAfterToAndReliefGoodsAreAidNotArms() {
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Iranian transport planes delivered an air-defence system to Venezuela on Monday.")))
                .containsExactly("IRN>VEN:arms-transfer");
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Algeria airlifted 30 tonnes of medical supplies to Niger on Monday.")))
                .containsExactly("DZA>NER:other");
        // the received goods come from the "from" state, however long the pattern
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Malawi received humanitarian aid from Zambia on Monday.")))
                .containsExactly("ZMB>MWI:other");
        // a shipment that is neither arms nor relief is no event
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Chile shipped copper to Japan on Monday."))).isEmpty();
    }

    @Test
    void aHabitNamedAfterTheActsClauseDoesNotMakeItBackgroundAndThePronounAfterSaidOnSundayIsTheSpeaker() {
        TaggedItem t = tag("2024-03-14T10:00:00Z", "",
                "Bolivia said on Wednesday it had severed diplomatic relations with Peru. "
                        + "La Paz accused Peruvian troops of crossing the border, a charge Lima has repeatedly denied.");
        assertThat(acts(t)).contains("BOL>PER:other", "BOL>PER:accuse");
        // a habit in the act's own clause still places it in the past
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Bolivia has repeatedly accused Peru of meddling."))).isEmpty();
    }

    @Test
    void aFamilyNameWrittenFirstRefersBackToTheOfficeHolderButNotWhenAnotherNameFollows() {
        TaggedItem t = tag("2024-06-20T10:00:00Z", "",
                "North Korean leader Kim Jong Un met Laotian President Thongloun Sisoulith in Pyongyang on Wednesday. "
                        + "Kim praised Laos as a true friend.");
        assertThat(acts(t)).contains("PRK>LAO:praise");
        TaggedItem other = tag("2024-06-20T10:00:00Z", "",
                "North Korean leader Kim Jong Un met Laotian President Thongloun Sisoulith in Pyongyang on Wednesday. "
                        + "Kim Min-seo, a student, praised Laos as a true friend.");
        assertThat(other.persons()).extracting(p -> p.name()).doesNotContain("Kim Min-seo");
        assertThat(acts(other)).doesNotContain("PRK>LAO:praise");
    }

    @Test
    void aCoordinatedNounBeforeAPatternsPrepositionAndAGovernmentsNameAreRead() {
        TaggedItem t = tag("2024-06-20T10:00:00Z", "",
                "Laos and Vietnam signed a defence pact in Hanoi on Wednesday. Thailand expressed concern and regret over the pact.");
        assertThat(acts(t)).contains("THA>LAO:criticize", "THA>VNM:criticize");
        // the accord in a government's name is no agreement
        TaggedItem gna = tag("2024-06-20T10:00:00Z", "",
                "Malta received the prime minister of the Government of National Accord on Wednesday.");
        assertThat(gna.agreements()).isEmpty();
    }

    @Test
    void forceThatHitsPlacesInAStateTargetsItButForceAgainstAnArmedGroupThereDoesNot() {
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Tajikistan struck six border posts in Kyrgyzstan on Monday.")))
                .containsExactly("TJK>KGZ:threaten");
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Kenya struck militants in Somalia on Monday."))).isEmpty();
    }

    @Test
    void theyAfterAListOfStatesIsTheList() {
        TaggedItem t = tag("2024-07-29T10:00:00Z", "",
                "Nicaragua recalled its envoys from Chile, Peru and Uruguay on Monday after they refused to recognise "
                        + "President Daniel Ortega's victory.");
        assertThat(acts(t)).contains("CHL>NIC:criticize", "PER>NIC:criticize", "URY>NIC:criticize");
    }

    @Test
    void diplomatsWithdrawnOrDeclaredUnwelcomeHoweverWordedAreAProtest() {
        assertThat(acts(tag("2024-07-29T10:00:00Z", "",
                "Bolivia said on Monday it was withdrawing its diplomatic staff from Chile and Peru.")))
                .containsExactlyInAnyOrder("BOL>CHL:protest", "BOL>PER:protest");
        assertThat(acts(tag("2024-07-29T10:00:00Z", "",
                "Ghana declared two officials at Togo's embassy persona non grata on Monday."))).containsExactly("GHA>TGO:protest");
        // withdrawing troops is no protest
        assertThat(acts(tag("2024-07-29T10:00:00Z", "", "Chile withdrew its troops from Haiti on Monday.")))
                .doesNotContain("CHL>HTI:protest");
    }

    @Test
    void aLookAlikeNameActingOnAnotherStateIsTheState() {
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Jordan sent aid to Lebanon on Monday.")))
                .containsExactly("JOR>LBN:other");
        assertThat(tag("2024-03-14T10:00:00Z", "", "Jordan scored twice against Brazil on Monday.").actors()).isEmpty();
    }

    @Test
    void aPassiveTakesItsAgentAsSource() {
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Armenia was condemned by Azerbaijan and Turkey on Monday.")))
                .containsExactlyInAnyOrder("AZE>ARM:criticize", "TUR>ARM:criticize");
    }

    @Test
    void coordinatedSourcesAndTargets() {
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Mali and Niger accused France and Ivory Coast of meddling.")))
                .containsExactlyInAnyOrder("MLI>FRA:accuse", "MLI>CIV:accuse", "NER>FRA:accuse", "NER>CIV:accuse");
    }

    @Test
    void theContentOfAnAccusationOrADenialIsNoEvent() {
        TaggedItem t = tag("2024-03-14T10:00:00Z", "", "Russia accused Bulgaria of supplying weapons to Ukraine.");
        assertThat(acts(t)).containsExactly("RUS>BGR:accuse");
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Bulgaria denied that it had sent weapons to Ukraine.")))
                .doesNotContain("BGR>UKR:arms-transfer");
    }

    @Test
    void negatedAndHypotheticalActsAreNotCoded() {
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Egypt did not condemn Ethiopia, and Kenya might criticise Somalia.")))
                .isEmpty();
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Egypt condemned Ethiopia, and Kenya criticised Somalia.")))
                .containsExactlyInAnyOrder("EGY>ETH:criticize", "KEN>SOM:criticize");
    }

    @Test
    void aReactionToAnAgreementTargetsItsParties() {
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "Armenia and Iran signed a transit pact on Wednesday. Azerbaijan called the pact a provocation.")))
                .contains("AZE>ARM:criticize", "AZE>IRN:criticize");
    }

    @Test
    void aReactionToAStrikeNamedEarlierTargetsTheStrikerNotThePlaceStruck() {
        TaggedItem t = tag("2024-03-14T10:00:00Z", "",
                "Turkey's drone strike on a village in Iraq killed four people on Monday. "
                        + "The strike was condemned by Iran and Syria. "
                        + "Egypt described it as a grave violation of Iraq's sovereignty.");
        assertThat(acts(t)).contains("TUR>IRQ:threaten", "IRN>TUR:criticize", "SYR>TUR:criticize", "EGY>TUR:criticize")
                .doesNotContain("EGY>IRQ:criticize");
    }

    @Test
    void laterReferencesToSanctionsAndRaidsReachTheirAuthorsAndAreNoNewActs() {
        TaggedItem t = tag("2024-03-14T10:00:00Z", "",
                "Canada imposed sanctions on Belarus on Monday. Minsk called the sanctions unfounded. "
                        + "Peruvian police forced their way into the Bolivian consulate in Lima. "
                        + "Chile and Argentina condemned the raid.");
        assertThat(acts(t)).contains("CAN>BLR:other", "BLR>CAN:criticize", "PER>BOL:threaten", "CHL>PER:criticize",
                "ARG>PER:criticize").doesNotContain("CHL>ARG:threaten", "ARG>CHL:threaten");
    }

    @Test
    void reciprocalAccusationsGoBothWaysAndTariffsReachTheStateWhoseGoodsTheyHit() {
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "Fighting broke out between Armenia and Azerbaijan on Tuesday, and each side accused the other of shelling first.")))
                .contains("ARM>AZE:accuse", "AZE>ARM:accuse");
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "India and China accused each other of provocations on Friday.")))
                .containsExactlyInAnyOrder("IND>CHN:accuse", "CHN>IND:accuse");
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "Canada announced tariffs of 30% on all Mexican steel on Monday.")))
                .containsExactly("CAN>MEX:other");
    }

    @Test
    void namesOfPactsCabinetMeetingsAndCourtesyCallsAreNoActs() {
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "Kenya and Ethiopia signed an economic cooperation framework agreement in Nairobi on Tuesday.")))
                .containsExactlyInAnyOrder("KEN>ETH:sign-agreement", "ETH>KEN:sign-agreement");
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "Kenya and Ethiopia signed a border agreement on Tuesday. "
                        + "The decision was taken at a cabinet meeting chaired by Uganda's president.")))
                .noneMatch(a -> a.startsWith("UGA>"));
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Japan's foreign minister called on President Marcos in Manila.")))
                .isEmpty();
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Japan called on China to release the detained crew.")))
                .containsExactly("JPN>CHN:warn");
    }

    @Test
    void intrudersNamedBeforeARelativeClauseAndTheSecondVerbOfACoordinationKeepTheirSubjects() {
        TaggedItem t = tag("2024-03-14T10:00:00Z", "",
                "Estonia shot down two Russian drones that entered Estonian airspace on Monday. "
                        + "Finland said it stood with Estonia and called the incursion reckless.");
        assertThat(acts(t)).contains("RUS>EST:threaten", "FIN>RUS:criticize");
    }

    @Test
    void aTimeAfterSinceMeasuresASpanAndLeavesTheActNews() {
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "Latvia accused Russia on Tuesday of the worst provocation since the Second World War.")))
                .containsExactly("LVA>RUS:accuse");
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Latvia accused Russia of provocations during the Second World War.")))
                .isEmpty();
    }

    @Test
    void concernThatAStateActsAndAClaimThatAStateDoesHarmAreCriticism() {
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "Kenya's foreign minister said he was concerned that Uganda could close the border again.")))
                .contains("KEN>UGA:criticize");
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "Vietnam's foreign ministry said China was building military outposts in the disputed sea, which would heighten tension and endanger shipping.")))
                .contains("VNM>CHN:criticize");
        // the state harmed is no harmer
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "Vietnam's foreign ministry said its fishermen had been harmed by storms.")))
                .isEmpty();
    }

    @Test
    void contingentsJoinAnExerciseAndAVerbInASeriesKeepsTheSentencesSubject() {
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "Thousands of troops began joint exercises between Indonesia and Malaysia on Monday, with a contingent "
                        + "from Singapore.")))
                .contains("IDN>SGP:military-cooperation", "SGP>MYS:military-cooperation");
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "The Indian foreign ministry described the Chinese patrol as provocative, said it stood with its Bhutanese "
                        + "partners, and asked for talks.")))
                .contains("IND>CHN:criticize", "IND>BTN:support").doesNotContain("CHN>BTN:support");
    }

    @Test
    void approvingACandidatesBidIsSupportFromTheStateWhoseParliamentApproves() {
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Croatian lawmakers approved Montenegro's EU membership bid on Monday.")))
                .contains("HRV>MNE:support");
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "Montenegro's bid was delayed by Croatia, whose parliament endorsed Montenegro's accession on Monday.")))
                .contains("HRV>MNE:support");
    }

    @Test
    void anArmsSaleReachesTheRecipientNamedAfterTheGoods() {
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "The United States approved the sale of 12 attack helicopters and missiles to Morocco on Friday.")))
                .containsExactly("USA>MAR:arms-transfer");
    }

    @Test
    void aParticipleAndItsPronounSpeakForTheMainClausesSubject() {
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "Honduras broke off relations with Taiwan on Sunday, saying it stood with China.")))
                .contains("HND>CHN:support").doesNotContain("TWN>CHN:support");
    }

    @Test
    void forcesSentIntoAStateAtItsCallAreHostedNotAThreat() {
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "Rwanda deployed troops in Mozambique on Friday at the request of President Filipe Nyusi.")))
                .containsExactlyInAnyOrder("RWA>MOZ:military-cooperation", "MOZ>RWA:military-cooperation");
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Rwanda deployed troops in Mozambique on Friday.")))
                .doesNotContain("RWA>MOZ:military-cooperation");
    }

    @Test
    void sayingAnAgreementWouldDoHarmCriticisesItsParties() {
        TaggedItem t = tag("2024-03-14T10:00:00Z", "",
                "Fiji and India signed a maritime security agreement in Suva on Tuesday. "
                        + "Indonesia said the agreement would undermine stability in the region.");
        assertThat(acts(t)).contains("IDN>FJI:criticize", "IDN>IND:criticize");
        // denying the harm is no criticism
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "Fiji and India signed a maritime security agreement in Suva on Tuesday. "
                        + "Indonesia said the agreement would not undermine stability in the region.")))
                .doesNotContain("IDN>FJI:criticize");
    }

    @Test
    void concernVoicedAboutNoOneNamedInAnItemAboutAnAgreementTargetsItsParties() {
        TaggedItem t = tag("2024-03-14T10:00:00Z", "Vanuatu and China sign a policing pact",
                "Vanuatu and China signed a policing agreement in Port Vila on Wednesday. "
                        + "New Zealand said it was concerned about any step that could unsettle the region.");
        assertThat(acts(t)).contains("NZL>VUT:criticize", "NZL>CHN:criticize");
        // with someone named, the concern is theirs to receive
        assertThat(acts(tag("2024-03-14T10:00:00Z", "Vanuatu and China sign a policing pact",
                "Vanuatu and China signed a policing agreement in Port Vila on Wednesday. "
                        + "New Zealand said it was concerned about Australia's silence.")))
                .doesNotContain("NZL>VUT:criticize");
    }

    @Test
    void forcePostureAndForceAcrossABorderAreThreats() {
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "Venezuela massed troops and armoured vehicles along its border with Guyana on Tuesday.")))
                .containsExactly("VEN>GUY:threaten");
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Chinese coast guard ships fired water cannon at a Philippine vessel.")))
                .containsExactly("CHN>PHL:threaten");
    }

    @Test
    void backgroundActsBeforeTheNewsWindowAreNotCoded() {
        assertThat(acts(tag("2024-09-14T10:00:00Z", "", "Sudan has repeatedly accused Chad of arming the rebels.")))
                .isEmpty();
        assertThat(acts(tag("2024-09-14T10:00:00Z", "", "Sudan accused Chad of arming the rebels on Friday.")))
                .containsExactly("SDN>TCD:accuse");
    }

    @Test
    void mediatingTalksOrADealIsCooperationWithEachSide() {
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "Qatar hosted the foreign ministers of Rwanda and Uganda for talks on Monday.")))
                .containsExactlyInAnyOrder("QAT>RWA:other", "QAT>UGA:other");
        assertThat(acts(tag("2024-03-14T10:00:00Z", "",
                "Rwanda and Uganda signed a peace deal brokered by Qatar on Monday.")))
                .contains("QAT>RWA:other", "QAT>UGA:other").doesNotContain("QAT>RWA:sign-agreement");
        // hosting a summit of one's own is no mediation
        assertThat(acts(tag("2024-03-14T10:00:00Z", "", "Qatar hosted a business forum on Monday."))).isEmpty();
    }

    @Test
    void forcesActingTogetherCooperateEachWithEachOther() {
        assertThat(acts(tag("2024-04-08T10:00:00Z", "",
                "Warships from Chile, Peru and Ecuador sailed together off the Pacific coast on Sunday.")))
                .containsExactlyInAnyOrder("CHL>PER:military-cooperation", "CHL>ECU:military-cooperation",
                        "PER>CHL:military-cooperation", "PER>ECU:military-cooperation",
                        "ECU>CHL:military-cooperation", "ECU>PER:military-cooperation");
    }

    @Test
    void everyActCarriesItsPloverCategory() {
        TaggedItem t = tag("2024-03-14T10:00:00Z", "", "Egypt condemned Ethiopia and thanked Sudan for its support.");
        assertThat(t.interactions()).allSatisfy(i -> assertThat(i.plover()).isNotBlank());
        assertThat(Items.plover(t)).contains("DISAPPROVE");
    }

    @Test
    void aDemandAfterAReportedClauseIsTheReportersAndAnEarlierClausesHabitIsNotItsOwn() {
        TaggedItem t = tag("2023-08-10T04:00:00Z", "",
                "Hanoi said this week that Phnom Penh had repeatedly promised to close the dam and had broken its word, "
                        + "and urged Cambodia to honour the promise.");
        assertThat(Items.pairs(t, "warn")).containsExactly("VNM>KHM");
        // the habit in the act's own clause still makes it background
        TaggedItem habit = tag("2023-08-10T04:00:00Z", "", "Hanoi has repeatedly urged Cambodia to close the dam.");
        assertThat(Items.pairs(habit, "warn")).isEmpty();
    }

    @Test
    void aPastTenseReadAsAnAdjectiveStillActsAndAVowedResponseAnswersTheActsAuthor() {
        TaggedItem t = tag("2025-05-07T06:00:00Z", "",
                "Armenia fired rockets at three villages in Azerbaijan on Wednesday. Azerbaijan's defence ministry said "
                        + "Azerbaijan would retaliate at a time of its choosing.");
        assertThat(Items.pairs(t, "threaten")).containsExactly("ARM>AZE");
        assertThat(Items.pairs(t, "warn")).containsExactly("AZE>ARM");
        // a response ruled out is none
        TaggedItem not = tag("2025-05-07T06:00:00Z", "",
                "Armenia fired rockets at three villages in Azerbaijan on Wednesday. Azerbaijan said it would not retaliate.");
        assertThat(Items.pairs(not, "warn")).isEmpty();
        assertThat(Items.pairs(not, "threaten")).containsExactly("ARM>AZE");
    }

    @Test
    void heOrSheOpeningASentenceIsThePersonNamedJustBefore() {
        TaggedItem t = tag("2024-05-02T10:00:00Z", "",
                "Brazil and Chile announced a new naval partnership on Thursday. Argentine Foreign Minister Diana Mondino "
                        + "told local radio that the news was a surprise. He called the Chilean decision reckless.");
        assertThat(Items.pairs(t, "criticize")).contains("ARG>CHL").doesNotContain("BRA>CHL");
    }

    @Test
    void aMediatorWhoBrokeredTheTalksMediatesBetweenTheAgreementsParties() {
        TaggedItem t = tag("2025-06-28T10:00:00Z", "",
                "The foreign ministers of Sudan and Chad signed a border agreement in Doha on Friday. They signed it in "
                        + "the presence of Qatari Prime Minister Mohammed bin Abdulrahman Al Thani, who had brokered the talks.");
        assertThat(Items.pairs(t, "other")).contains("QAT>SDN", "QAT>TCD");
    }

    @Test
    void aProtestToAStateAndAnIrregularPastReadAsANounAreActs() {
        assertThat(Items.pairs(tag("2024-05-02T10:00:00Z", "", "Vietnam protested to China over the incursion on Monday."),
                "protest")).containsExactly("VNM>CHN");
        assertThat(Items.pairs(tag("2024-05-02T10:00:00Z", "",
                "Armenian troops shot dead two Azerbaijani soldiers near the border, the Azerbaijani defence ministry said."),
                "threaten")).containsExactly("ARM>AZE");
        // an -ing noun after a noun stays a noun: "development funding for" is no act
        assertThat(tag("2024-05-02T10:00:00Z", "",
                "Australia has frozen about 12 million Australian dollars in development funding for Nauru, its foreign ministry said on Tuesday.")
                .interactions()).isEmpty();
    }
}
