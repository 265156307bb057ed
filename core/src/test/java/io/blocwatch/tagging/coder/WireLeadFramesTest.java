package io.blocwatch.tagging.coder;

import static io.blocwatch.tagging.coder.Items.acts;
import static io.blocwatch.tagging.coder.Items.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.contracts.ActorTag;
import io.blocwatch.contracts.TaggedItem;
import org.junit.jupiter.api.Test;

/**
 * Wire-lead frames that a literal pattern list misses unless its words generalise: words of one
 * class standing for each other, quantities before the object, coordinated objects, symmetric
 * acts without "with", and the limits of each (force posture is not help, a denial has no target).
 */
class WireLeadFramesTest {

    private static final String DAY = "2024-05-02T10:00:00Z";

    @Test
    void wordsOfOneClassStandForEachOtherInsideAPattern() {
        // written "cut ties with", "tighten sanctions on", "strike targets in"
        assertThat(acts(tag(DAY, "", "Niger cut diplomatic relations with Benin on Tuesday."))).containsExactly("NER>BEN:other");
        assertThat(acts(tag(DAY, "", "Washington tightened its embargo on Venezuela on Wednesday."))).containsExactly("USA>VEN:other");
        assertThat(acts(tag(DAY, "", "Turkish jets struck targets inside Iraq's Duhok province overnight.")))
                .containsExactly("TUR>IRQ:threaten");
        // the same words in a pattern they do not belong to are no act
        assertThat(acts(tag(DAY, "", "Niger discussed its relations with Benin on Tuesday."))).isEmpty();
    }

    @Test
    void aQuantityAndACoordinatedObjectMaySitInsideAnAttackPattern() {
        assertThat(acts(tag(DAY, "", "Yemen's rebels aside, Iran fired dozens of rockets and drones at Israel on Sunday.")))
                .contains("IRN>ISR:threaten");
        assertThat(acts(tag(DAY, "", "Russia launched a barrage of missiles at Ukraine overnight."))).containsExactly("RUS>UKR:threaten");
        // a quantity of goods that are neither arms nor relief is still no event
        assertThat(acts(tag(DAY, "", "Chile shipped thousands of tonnes of copper to Japan on Monday."))).isEmpty();
    }

    @Test
    void troopsSentToAStateHelpItButTroopsSentToItsBorderArePosture() {
        assertThat(acts(tag(DAY, "", "Rwanda sent police and soldiers to Mozambique on Friday.")))
                .containsExactlyInAnyOrder("RWA>MOZ:military-cooperation", "MOZ>RWA:military-cooperation");
        assertThat(acts(tag(DAY, "", "Hungary deployed hundreds of extra troops to its border with Serbia this week.")))
                .containsExactly("HUN>SRB:threaten");
    }

    @Test
    void reliefGoodsInAShipmentAreAid() {
        assertThat(acts(tag(DAY, "", "Japan delivered a shipment of medical equipment to Tonga on Friday.")))
                .containsExactly("JPN>TON:other");
    }

    @Test
    void twoStatesReopeningTheirBorderActTowardEachOther() {
        assertThat(acts(tag(DAY, "", "Kenya and Somalia reopened their border on Monday.")))
                .containsExactlyInAnyOrder("KEN>SOM:other", "SOM>KEN:other");
        // one state alone reopening a border names no partner
        assertThat(acts(tag(DAY, "", "Kenya reopened its border crossings on Monday after the storm."))).isEmpty();
    }

    @Test
    void aDenialTargetsTheAccuserNeverTheStateInTheDeniedClause() {
        assertThat(acts(tag(DAY, "", "Uganda denied that its soldiers had entered South Sudan."))).isEmpty();
        assertThat(acts(tag(DAY, "", "Uganda denied claims by South Sudan that its soldiers had crossed the border.")))
                .containsExactly("UGA>SSD:criticize");
    }

    @Test
    void aTransferVerbOrAWeakWordDoesNotMakeAFoodOrNatureStoryPolitical() {
        TaggedItem food = tag(DAY, "Street food weekend",
                "One stall is selling Moroccan pancakes with Greek honey. Another returns with Thai noodles and Danish pastries.");
        assertThat(food.actors()).isEmpty();
        TaggedItem nature = tag(DAY, "Sharks of the north",
                "Researchers used a drone to film Greenland sharks off Svalbard, and a Canada goose flew past.");
        assertThat(nature.actors()).isEmpty();
        // the same transfer verb with arms after it is political
        assertThat(acts(tag(DAY, "", "Iran is selling attack drones to Russia, Ukraine said."))).contains("IRN>RUS:arms-transfer");
    }

    @Test
    void aCountryNameBeforeATwoWordUsStateIsATown() {
        TaggedItem t = tag(DAY, "", "Our road trip ended in Cuba, New York, after a night in Denmark, South Carolina. "
                + "Later Cuba protested to the United States over the new sanctions.");
        assertThat(t.actors()).extracting(ActorTag::code).containsExactlyInAnyOrder("CUB", "USA");
        assertThat(t.actors().stream().filter(a -> a.code().equals("CUB")).findFirst().orElseThrow().mentions()).isEqualTo(1);
    }

    @Test
    void anAutonomousRegionCountsForItsState() {
        TaggedItem t = tag(DAY, "", "Greenland's government criticised the United States on Tuesday.");
        assertThat(t.actors()).extracting(ActorTag::code).containsExactlyInAnyOrder("DNK", "USA");
        assertThat(acts(t)).containsExactly("DNK>USA:criticize");
    }

    @Test
    void theHeadlinesListedUnderReadMoreAreLinksNotContent() {
        TaggedItem t = tag(DAY, "", "Brazil criticised Paraguay on Monday over the dam tariff.\n\nRead more:\n"
                + "- Chile and Peru sign fishing deal\n- Bolivia beat Uruguay in qualifier\n\nFollow Southern Wire on X for updates.");
        assertThat(t.actors()).extracting(ActorTag::code).containsExactlyInAnyOrder("BRA", "PRY");
    }

    @Test
    void anIrregularParticipleAfterBeIsAPassiveWhoseAgentFollowsBy() {
        assertThat(acts(tag(DAY, "", "A Syrian drone was shot down by Jordanian jets near the border on Monday.")))
                .containsExactly("JOR>SYR:threaten");
    }

    @Test
    void aMovementThatGovernsAStateStandsForItOnlyFromTheDayItTookPower() {
        assertThat(acts(tag(DAY, "", "Taliban forces fired on Iranian border guards on Saturday.")))
                .containsExactly("AFG>IRN:threaten");
        TaggedItem before = tag("2019-05-02T10:00:00Z", "", "Taliban fighters attacked a police post in Kandahar on Saturday.");
        assertThat(before.actors()).isEmpty();
    }

    @Test
    void askingAnotherToLeaveOrStopIsADemandNotARequest() {
        assertThat(acts(tag(DAY, "", "Mali asked France to withdraw its soldiers without delay."))).containsExactly("MLI>FRA:warn");
        assertThat(acts(tag(DAY, "", "Mali asked France for help with the floods."))).containsExactly("MLI>FRA:other");
        assertThat(tag(DAY, "", "Mali asked France for help with the floods.").interactions().get(0).polarity())
                .isEqualTo("cooperative");
        // said that another should stop: a demand by the speaker
        assertThat(acts(tag(DAY, "", "Beijing said Canberra should stop its military surveillance flights."))).containsExactly("CHN>AUS:warn");
        assertThat(acts(tag(DAY, "", "Beijing said Canberra should not worry about the military talks."))).isEmpty();
    }

    @Test
    void aDeadlineIsNotTheDayOfTheAct() {
        // published in May: "by March" of the next year is when the troops must be gone, the demand is today's
        assertThat(acts(tag("2023-12-20T10:00:00Z", "", "Niger has asked the United States to withdraw its troops by March.")))
                .containsExactly("NER>USA:warn");
        // a month that is past does make the act background
        assertThat(acts(tag("2023-12-20T10:00:00Z", "", "Niger asked the United States in March to withdraw its troops."))).isEmpty();
    }

    @Test
    void forcesSentToAStateAreHostedByItButForcesSentToAMissionAreAContribution() {
        assertThat(acts(tag(DAY, "", "Rwanda began deploying more than 1,000 soldiers and police to Mozambique on Friday.")))
                .containsExactlyInAnyOrder("RWA>MOZ:military-cooperation", "MOZ>RWA:military-cooperation");
        assertThat(acts(tag(DAY, "", "Ghana and Benin sent troops to ECOWAS's standby force on Friday.")))
                .containsExactlyInAnyOrder("GHA>ECOWAS:military-cooperation", "BEN>ECOWAS:military-cooperation");
    }

    @Test
    void anAspectualVerbLendsItsSubjectAndTheActGoesOn() {
        assertThat(acts(tag(DAY, "", "Sudanese forces continued to shell Chadian border villages on Sunday.")))
                .containsExactly("SDN>TCD:threaten");
    }

    @Test
    void aLastingStateInThePassiveIsNotTheDaysAct() {
        assertThat(acts(tag(DAY, "", "Ukraine's application is still held up by Hungary."))).isEmpty();
        assertThat(acts(tag(DAY, "", "Ukraine's application was blocked by Hungary on Tuesday."))).containsExactly("HUN>UKR:other");
    }

    @Test
    void weaponsOrForcesThatHitAPlaceAreArmedForceButOtherThingsThatHitAreNot() {
        assertThat(acts(tag(DAY, "", "Russian shells hit a village in Moldova on Monday, officials said.")))
                .containsExactly("RUS>MDA:threaten");
        assertThat(acts(tag(DAY, "", "Floods hit a village in Moldova on Monday, Russian officials said."))).isEmpty();
    }

    @Test
    void orderingAnotherStatesDiplomatsToLeaveIsAProtest() {
        assertThat(acts(tag(DAY, "", "Latvia ordered 12 Russian diplomats and embassy staff to leave the country on Friday.")))
                .containsExactly("LVA>RUS:protest");
        // ordering one's own troops is no protest
        assertThat(acts(tag(DAY, "", "Latvia ordered its troops to stay in their barracks on Friday."))).isEmpty();
    }

    @Test
    void aThreatToLeaveAnOrganisationTargetsIt() {
        assertThat(acts(tag(DAY, "", "Niger's leader threatened on Sunday to pull the country out of ECOWAS after the summit.")))
                .containsExactly("NER>ECOWAS:threaten");
    }

    @Test
    void aSentencePoliceSentAbroadIsAboutSecurityEvenWithWordsBetweenThePatternsWords() {
        assertThat(acts(tag(DAY, "", "Kenya sent the first 400 police officers to Haiti on Tuesday.")))
                .containsExactlyInAnyOrder("KEN>HTI:military-cooperation", "HTI>KEN:military-cooperation");
    }

    @Test
    void aScoreOrAVisitOrJoiningATripDoesNotMakeAnItemPolitical() {
        assertThat(tag(DAY, "Rugby", "Samoa beat Ireland 28-24 in Dublin, and Fiji and Tonga meet in Suva next weekend.").actors()).isEmpty();
        assertThat(tag(DAY, "Language school", "Students of Portuguese can join a trip to Lisbon, and the Korean class visits "
                + "a Seoul restaurant in town.").actors()).isEmpty();
        // joining an organisation is political
        assertThat(tag(DAY, "", "Timor-Leste joined ASEAN on Tuesday.").actors()).isNotEmpty();
    }

    @Test
    void aNounModifierMaySitBeforeAPatternsNounButNotBeforeItsPreposition() {
        assertThat(acts(tag(DAY, "", "The United States eased oil sanctions on Venezuela on Tuesday."))).containsExactly("USA>VEN:other");
        // "withdrew its diplomatic staff from" is a protest, not the retreat "withdraw from"
        assertThat(acts(tag(DAY, "", "Bolivia said on Monday it was withdrawing its diplomatic staff from Peru.")))
                .containsExactly("BOL>PER:protest");
    }

    @Test
    void anEmbassyThatAnActIsAimedAtNamesItsHostButAChannelDoesNot() {
        assertThat(acts(tag(DAY, "", "Turkey reopened its embassy in Damascus on Saturday."))).contains("TUR>SYR:other");
        TaggedItem channel = tag(DAY, "", "Japan lodged a protest with North Korea through its embassy in Beijing on Monday.");
        assertThat(channel.actors()).extracting(ActorTag::code).containsExactlyInAnyOrder("JPN", "PRK");
    }

    @Test
    void twoLeadersNamedWithTheirTitlesSignTogether() {
        TaggedItem t = tag(DAY, "", "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defence "
                + "treaty in Pyongyang on Wednesday.");
        assertThat(acts(t)).containsExactlyInAnyOrder("RUS>PRK:sign-agreement", "PRK>RUS:sign-agreement");
    }

    @Test
    void anEventVerbMakesAnItemPoliticalOnlyBesideANameThatIsStillAnActorInContext() {
        assertThat(tag(DAY, "Cruise review", "The ship sailed past Greece and Turkey to Malta. Guests praised the Italian chef "
                + "and the Norwegian captain.").actors()).isEmpty();
        // the same verb beside a state is political
        assertThat(acts(tag(DAY, "", "Malta praised Italy for its help with the rescue."))).containsExactly("MLT>ITA:praise");
    }

    @Test
    void listingAStatesForcesAsTerroristsOrBarringItsOfficialsIsASanction() {
        assertThat(acts(tag(DAY, "", "Canada designated Iran's Revolutionary Guard a terrorist organisation on Monday.")))
                .containsExactly("CAN>IRN:other");
        assertThat(acts(tag(DAY, "", "Belarus banned 20 Polish officials from entering the country on Friday.")))
                .containsExactly("BLR>POL:other");
        // designating a venue is no sanction
        assertThat(acts(tag(DAY, "", "Canada designated Iran's national team a guest at the tournament on Monday."))).isEmpty();
    }

    @Test
    void prisonersHandedOverToTheirStateAreAConcession() {
        assertThat(acts(tag(DAY, "", "Azerbaijan handed over four Armenian soldiers to Yerevan on Tuesday.")))
                .containsExactly("AZE>ARM:other");
    }

    @Test
    void aWarningGivenOnADayNamesItsTargetInItsContentAndASeriesOfActsSharesItsSubject() {
        assertThat(acts(tag(DAY, "", "Egypt warned on Thursday that any attempt by Ethiopia to fill the dam would be met with force.")))
                .contains("EGY>ETH:warn");
        assertThat(acts(tag(DAY, "", "Egypt's security council, chaired by the president, closed its airspace to Ethiopian "
                + "flights, suspended all trade with Ethiopia and said more steps would follow."))).contains("EGY>ETH:other");
    }

    @Test
    void agreeingOnAJointCooperativeActIsCooperationButAgreeingToTalkLaterIsNot() {
        assertThat(acts(tag(DAY, "", "Saudi Arabia and Syria agreed to resume diplomatic relations on Tuesday.")))
                .containsExactlyInAnyOrder("SAU>SYR:other", "SYR>SAU:other");
        assertThat(acts(tag(DAY, "", "Chad agreed to resume talks with Sudan next month."))).isEmpty();
    }

    @Test
    void theSupportAStateHoldsIsGivenByItsOwner() {
        assertThat(acts(tag(DAY, "", "The minister said on Sunday that Estonia had NATO's full solidarity after the incursion.")))
                .contains("NATO>EST:support");
        assertThat(acts(tag(DAY, "", "Georgia does not have the backing of the EU for its membership bid, officials said.")))
                .doesNotContain("EU>GEO:support");
    }

    @Test
    void troopsPutAlongABorderArePosture() {
        assertThat(acts(tag(DAY, "", "Finland put some 2,000 troops along its border with Russia on Friday.")))
                .containsExactly("FIN>RUS:threaten");
    }

    @Test
    void weaponsUnloadedForAnotherStatesArmyAreAnArmsTransferButOtherCargoIsNot() {
        assertThat(acts(tag(DAY, "", "A Turkish navy ship docked in Tripoli on Monday and unloaded a consignment of rifles "
                + "and ammunition for the Libyan army."))).contains("TUR>LBY:arms-transfer");
        assertThat(acts(tag(DAY, "", "A Turkish cargo ship docked in Tripoli on Monday and unloaded a consignment of grain "
                + "for Libyan mills."))).noneMatch(a -> a.endsWith("arms-transfer"));
    }

    @Test
    void troopsSentToReinforceAnOrganisationsMissionJoinTheMissionNotItsParent() {
        assertThat(acts(tag(DAY, "", "Ireland is sending around 150 soldiers to reinforce the UN's UNIFIL mission in Lebanon, "
                + "the defence forces said on Sunday."))).contains("IRL>UNIFIL:military-cooperation")
                .doesNotContain("IRL>UN:military-cooperation");
    }

    @Test
    void aWireDatelineWithItsDayIsNoActorAndNoSubject() {
        TaggedItem t = tag(DAY, "", "HAVANA, May 1 (Wire) - Nicaragua's army has put units on alert near the border, its state "
                + "media said, accusing Honduras of harbouring armed groups.");
        assertThat(acts(t)).contains("NIC>HND:accuse").noneMatch(a -> a.startsWith("CUB>"));
        assertThat(t.actors()).extracting(io.blocwatch.contracts.ActorTag::code).doesNotContain("CUB");
    }

    @Test
    void aNegationInsideAQuoteDoesNotReachTheParticipleAfterIt() {
        assertThat(acts(tag(DAY, "", "\"Laos demands that Vietnam investigate and not repeat such acts,\" a spokesman for Laos "
                + "said on Thursday, accusing Vietnamese border guards of beating Lao farmers.")))
                .contains("LAO>VNM:accuse");
    }

    @Test
    void aParticipleWithItsAgentAfterANounIsAPassive() {
        assertThat(acts(tag(DAY, "", "Peru demanded the release of six Peruvian fishermen detained by Chilean navy patrols on Sunday.")))
                .contains("CHL>PER:other").doesNotContain("PER>CHL:other");
    }

    @Test
    void fightingAlongsideAnArmyIsNoFightAgainstIt() {
        assertThat(acts(tag(DAY, "", "Burundian troops are fighting alongside Congolese soldiers in South Kivu, officials said.")))
                .noneMatch(a -> a.endsWith(":threaten"));
    }

    @Test
    void rejectingTheSameAccusationsNamesNoAccuser() {
        assertThat(acts(tag(DAY, "", "The United States said on Monday the two governments were trading weapons. Iran has "
                + "repeatedly denied selling drones to Russia, and Moscow has rejected the same accusations.")))
                .noneMatch(a -> a.startsWith("RUS>USA") || a.startsWith("RUS>IRN"));
    }

    @Test
    void aSeatSharedByAStateAndAnOrganisationIsTheStateWhenOnlyTheStateIsNamed() {
        TaggedItem t = tag(DAY, "", "Burundi expelled two Belgian diplomats on Monday. Brussels called the decision "
                + "disproportionate and declared Burundian diplomats persona non grata.");
        assertThat(acts(t)).contains("BEL>BDI:criticize", "BEL>BDI:protest");
        assertThat(t.actors()).extracting(ActorTag::code).doesNotContain("EU");
        // with the union named, Brussels is the union
        assertThat(acts(tag(DAY, "", "The European Union met on Monday. Brussels condemned Belarus over the border crisis.")))
                .contains("EU>BLR:criticize");
    }

    @Test
    void aTreatyInAnOrganisationsNameIsNoAgreement() {
        assertThat(tag(DAY, "", "Armenia criticised the Collective Security Treaty Organization on Monday.").agreements()).isEmpty();
    }

    @Test
    void tellingABodyThatAnotherStateBreachedTheLawCriticisesThatState() {
        assertThat(acts(tag(DAY, "", "Sudan told the U.N. Security Council on Tuesday that Chad's opening of its border to "
                + "armed groups breached international law."))).contains("SDN>TCD:criticize");
    }

    @Test
    void strikesCarriedOutByTwoStatesAreTheirJointOperationAndTheCondemnationIsAimedAtThem() {
        assertThat(acts(tag(DAY, "", "Syria on Friday condemned the air strikes carried out by France and Britain against "
                + "militant camps near Raqqa."))).contains("SYR>FRA:criticize", "SYR>GBR:criticize",
                "FRA>GBR:military-cooperation", "GBR>FRA:military-cooperation");
    }

    @Test
    void givingAnotherStatesForcesAccessToBasesIsHostingThem() {
        assertThat(acts(tag(DAY, "", "Poland will give US forces access to three more of its air bases, the two governments said.")))
                .contains("POL>USA:military-cooperation", "USA>POL:military-cooperation");
    }

    @Test
    void aStrikeReachesTheStateNamedLaterInItsClause() {
        assertThat(acts(tag(DAY, "", "Turkish warplanes struck what Ankara described as a militant depot near Sinjar inside Iraq "
                + "early on Tuesday, officials said."))).contains("TUR>IRQ:threaten");
        assertThat(acts(tag(DAY, "", "The UN chief condemned Thursday's air strike by the Saudi-led coalition on a market in "
                + "northern Yemen."))).contains("SAU>YEM:threaten");
    }

    @Test
    void aParticipleAfterAnAttributionIsTheSpeakers() {
        assertThat(acts(tag(DAY, "", "Vietnamese ships rammed a Malaysian trawler near the reef on Saturday, Kuala Lumpur said, "
                + "calling the action dangerous and illegal."))).contains("MYS>VNM:criticize")
                .doesNotContain("VNM>MYS:criticize");
    }

    @Test
    void aHyphenedParticipleAndItsForcesKeepTheirSubject() {
        assertThat(acts(tag(DAY, "", "Libya's UN-backed government accused Egypt on Tuesday of arming eastern militias.")))
                .contains("LBY>EGY:accuse");
        assertThat(acts(tag(DAY, "", "Armenia said on Wednesday its air force had shot down two Azerbaijani drones over its territory.")))
                .contains("ARM>AZE:threaten");
    }

    @Test
    void aJudgementInQuotesIsStillTheSpeakersAndADecisionToSendArmsIsNoDelivery() {
        assertThat(acts(tag(DAY, "", "China's ambassador in Tokyo called Japan's decision to send destroyers to Manila "
                + "\"extremely dangerous\".")))
                .contains("CHN>JPN:criticize").doesNotContain("JPN>PHL:arms-transfer");
    }

    @Test
    void anOverseasTerritoryCountsForItsState() {
        assertThat(acts(tag(DAY, "", "Spain protested on Wednesday against British naval exercises off Gibraltar.")))
                .contains("ESP>GBR:protest");
    }

    @Test
    void aChargeRejectedInARelativeClauseCriticisesTheAccuser() {
        assertThat(acts(tag(DAY, "", "Mali accused Algeria on Tuesday of harbouring armed groups near the border, a charge Algiers "
                + "rejected as baseless."))).contains("MLI>DZA:accuse", "DZA>MLI:criticize");
    }

    @Test
    void aWarningFromTheStateAnActJustHitIsAimedAtItsAuthor() {
        assertThat(acts(tag(DAY, "", "Iranian forces seized a Greek-flagged tanker in the Gulf on Friday, and Greece's foreign "
                + "minister warned of serious consequences."))).contains("GRC>IRN:warn");
    }

    @Test
    void reportedMeasuresTakenByStatesAndJudgedUnjustifiedCriticiseThem() {
        assertThat(acts(tag(DAY, "", "Serbia's foreign ministry said on Monday the measures taken by Pristina and Tirana were "
                + "unjustified."))).contains("SRB>XKX:criticize", "SRB>ALB:criticize");
    }

    @Test
    void tiesUpgradedToAPartnershipAreAJointDeclaration() {
        assertThat(acts(tag(DAY, "", "India and Indonesia upgraded their ties to a comprehensive strategic partnership on Sunday.")))
                .contains("IND>IDN:sign-agreement", "IDN>IND:sign-agreement");
    }

    @Test
    void theMoveNobodyCodedIsTheFirstActorsAndStrikesInsideAStateHitIt() {
        assertThat(acts(tag(DAY, "", "China removed Lithuania from its customs register on Friday, and Lithuania's economy minister "
                + "called the decision an unjust retaliation."))).contains("LTU>CHN:criticize");
        assertThat(acts(tag(DAY, "", "Turkish drones carried out strikes inside Syria's Hasakah province on Saturday.")))
                .contains("TUR>SYR:threaten");
    }

    @Test
    void theContentOfAnAccusationIsNoActEvenAfterAnAdverb() {
        assertThat(acts(tag(DAY, "", "Niger's foreign minister accused France on Wednesday of repeatedly violating Nigerien airspace.")))
                .contains("NER>FRA:accuse").doesNotContain("FRA>NER:threaten");
    }

    @Test
    void peoplesWithABorderForceAreStatesAndTwoSidesThatClashAreNoJointOperation() {
        assertThat(acts(tag(DAY, "", "Tajik and Kyrgyz border forces clashed on Saturday, killing two guards.")))
                .containsExactlyInAnyOrder("TJK>KGZ:threaten", "KGZ>TJK:threaten");
    }

    @Test
    void aHeadlineListsItsActorsWithABareComma() {
        assertThat(acts(tag(DAY, "", "Chile, Argentina sign border patrol accord")))
                .containsExactlyInAnyOrder("CHL>ARG:sign-agreement", "ARG>CHL:sign-agreement");
        assertThat(tag(DAY, "", "Ghana, Togo to sign maritime boundary deal").agreements())
                .extracting(a -> String.join("-", a.parties()) + " " + a.status()).containsExactly("GHA-TGO planned");
        // a comma after a name inside a sentence is an attribution, not a list
        assertThat(acts(tag(DAY, "", "The accord with Armenia, Turkey said, was not acceptable."))).isEmpty();
    }

    @Test
    void theStateNamedInsideAnActsObjectIsItsTarget() {
        assertThat(acts(tag(DAY, "", "Latvia closed the only Belarusian consulate in Daugavpils on Friday.")))
                .containsExactly("LVA>BLR:protest");
        // the act's own subject inside the object is no target
        assertThat(acts(tag(DAY, "", "Latvia closed the Latvian consulate in Minsk on Friday."))).isEmpty();
    }

    @Test
    void theSubjectOfAClauseIsTheOtherSideOfAFightWithSomeone() {
        assertThat(acts(tag(DAY, "", "Three Kyrgyz border guards were wounded in a clash with Tajik troops on Friday.")))
                .containsExactlyInAnyOrder("KGZ>TJK:threaten", "TJK>KGZ:threaten");
        // cooperation "with" someone that the subject only fears is no act of the subject
        assertThat(acts(tag(DAY, "", "Japan said it feared closer military cooperation with Pyongyang."))).isEmpty();
    }

    @Test
    void theHostOfASigningCeremonyMediatesBetweenTheParties() {
        assertThat(acts(tag(DAY, "", "Armenia and Azerbaijan signed the declaration on Friday at a ceremony hosted by the United States.")))
                .containsExactlyInAnyOrder("ARM>AZE:sign-agreement", "AZE>ARM:sign-agreement", "USA>ARM:other", "USA>AZE:other");
    }

    @Test
    void afterAVerbOfResultTheInfinitivesActTookPlaceAndIsTheObjects() {
        assertThat(acts(tag(DAY, "", "Two rockets hit a Lebanese border village, prompting Beirut to lodge a protest with Israel.")))
                .contains("LBN>ISR:protest");
        // asking is no result: the act is only demanded
        assertThat(acts(tag(DAY, "", "Paris urged Beirut to lodge a protest with Israel."))).doesNotContain("LBN>ISR:protest");
    }

    @Test
    void aReactionToAStepNamedAfterACommaIsAimedAtWhoTookIt() {
        assertThat(acts(tag(DAY, "", "Norway expelled fifteen Russian diplomats on Thursday, a step Moscow condemned as hostile.")))
                .contains("RUS>NOR:criticize");
    }

    @Test
    void aLegalComplaintIsAnAccusationOfTheStateItIsAgainst() {
        assertThat(acts(tag(DAY, "", "Chile filed a complaint at the World Trade Organization against Peru on Monday.")))
                .containsExactly("CHL>PER:accuse");
    }

    @Test
    void aStateSaidToBeInBreachOfItsCommitmentsIsCriticised() {
        assertThat(acts(tag(DAY, "", "Sweden told the Security Council on Monday that Syria was in serious breach of its obligations.")))
                .containsExactly("SWE>SYR:criticize");
        assertThat(acts(tag(DAY, "", "Sweden said Syria was not in breach of its obligations."))).isEmpty();
    }

    @Test
    void aCompoundModifierBeforeANameKeepsItInTheList() {
        assertThat(acts(tag(DAY, "", "Kuwait and oil-rich Qatar signed a defence agreement on Monday.")))
                .containsExactlyInAnyOrder("KWT>QAT:sign-agreement", "QAT>KWT:sign-agreement");
    }

    @Test
    void theAuthorOfAnActNamedAsTheObjectIsTheTarget() {
        assertThat(acts(tag(DAY, "", "Venezuela condemned a resolution adopted by the Organization of American States on Friday.")))
                .containsExactly("VEN>OAS:criticize");
        // the act's own day is no target: "announced sanctions on Friday against ..."
        assertThat(acts(tag(DAY, "", "Russia announced sanctions on Friday against Canadian senators.")))
                .containsExactly("RUS>CAN:other");
    }

    @Test
    void aMediatorCompoundedWithADottedNameIsNoParty() {
        assertThat(acts(tag(DAY, "", "Armenia and Azerbaijan signed a U.S.-brokered peace agreement on Friday.")))
                .containsExactlyInAnyOrder("ARM>AZE:sign-agreement", "AZE>ARM:sign-agreement", "USA>ARM:other", "USA>AZE:other");
    }

    @Test
    void aConflictualActPromisedOnAConditionIsAWarningAndGoodsFromAStateAreItsOwn() {
        assertThat(acts(tag(DAY, "", "Canada said it would impose a 25 percent tariff on all goods from Chile unless talks resumed.")))
                .containsExactly("CAN>CHL:warn");
        assertThat(acts(tag(DAY, "", "Canada imposed a 25 percent tariff on all goods from Chile on Friday.")))
                .containsExactly("CAN>CHL:other");
        // a promise not to act is no warning
        assertThat(acts(tag(DAY, "", "Canada said it would not impose tariffs on Chile if talks resumed."))).isEmpty();
    }

    @Test
    void relationsWithSeveralStatesAreTheSubjectsWithEachAndAStatesAirlinesAreTheState() {
        assertThat(acts(tag(DAY, "", "Qatar restored diplomatic relations with Chad and Jordan on Monday.")))
                .containsExactlyInAnyOrder("QAT>TCD:other", "TCD>QAT:other", "QAT>JOR:other", "JOR>QAT:other");
        assertThat(acts(tag(DAY, "", "Canada banned Iranian airlines from its airspace on Friday."))).containsExactly("CAN>IRN:other");
        assertThat(acts(tag(DAY, "", "Peru turned away two Bolivian military aircraft on Sunday."))).containsExactly("PER>BOL:threaten");
    }

    @Test
    void anUnknownSpeakerApposedToARoleForAStatesInstitutionSpeaksForThatState() {
        assertThat(acts(tag(DAY, "", "Chile welcomed the vote, while Ana Torres, a spokeswoman for the Peruvian foreign ministry, "
                + "urged Bolivia to withdraw its troops."))).contains("PER>BOL:warn").doesNotContain("CHL>BOL:warn");
    }

    @Test
    void anAttackTheSourceDenouncedAndFireIntoWatersAroundAState() {
        assertThat(acts(tag(DAY, "", "Turkish jets struck a village on Tuesday in an attack that Iraq's foreign ministry denounced as a violation.")))
                .contains("IRQ>TUR:criticize");
        assertThat(acts(tag(DAY, "", "North Korea fired artillery shells into the waters around South Korea's islands on Friday.")))
                .contains("PRK>KOR:threaten");
    }

    @Test
    void theJudgementMayComeBeforeTheObjectAndGoodsGivenByOneStateArriveInAnother() {
        assertThat(acts(tag(DAY, "", "Peru rejected as baseless Bolivia's claim that its troops had crossed the border.")))
                .containsExactly("PER>BOL:criticize");
        assertThat(acts(tag(DAY, "", "A shipment of anti-tank missiles donated by Norway has arrived in Ukraine, the ministry said.")))
                .containsExactly("NOR>UKR:arms-transfer");
        assertThat(acts(tag(DAY, "", "Tents and blankets sent by Jordan have arrived in Syria, the agency said.")))
                .containsExactly("JOR>SYR:other");
    }
}
