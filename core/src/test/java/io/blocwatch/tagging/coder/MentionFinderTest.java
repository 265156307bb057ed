package io.blocwatch.tagging.coder;

import static io.blocwatch.tagging.coder.Items.actors;
import static io.blocwatch.tagging.coder.Items.tag;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionFinderTest {

    @Test
    void demonymsVariantsAndOrganisationsOfTheWholeWorldAreActors() {
        assertThat(actors(tag("2024-05-02T10:00:00Z", "Regional talks",
                "Nigerian and Ivorian officials met Burmese envoys while the ECOWAS commission and the African Union "
                        + "urged restraint. Iraqi and Afghan delegations joined the talks, as did East Timor's foreign minister.")))
                .containsExactlyInAnyOrder("NGA", "CIV", "MMR", "ECOWAS", "AU", "IRQ", "AFG", "TLS");
    }

    @Test
    void aWarningToAnOrganisationTargetsTheOrganisationNotAMember() {
        assertThat(Items.pairs(tag("2024-05-02T10:00:00Z", "", "Mali's junta warned ECOWAS against any intervention."),
                "warn")).containsExactly("MLI>ECOWAS");
    }

    @Test
    void townsDishesBreedsVenuesAndNamesAreNoStates() {
        assertThat(actors(tag("2024-05-02T10:00:00Z", "Weekend",
                "Jordan Pickford signed autographs in Lebanon, Ohio, before the Monaco Grand Prix. The menu offered "
                        + "Swedish meatballs and Turkish coffee, and a Siamese cat slept on France 24's sofa. The mayor said "
                        + "the town's election would be held in May.")))
                .isEmpty();
        // the same words next to politics still name states
        assertThat(actors(tag("2024-05-02T10:00:00Z", "Talks",
                "Jordan and Lebanon condemned the strike, and the Swedish government summoned Turkey's ambassador.")))
                .containsExactlyInAnyOrder("JOR", "LBN", "SWE", "TUR");
    }

    @Test
    void aDatelineInAUsStateMakesTheCountryNameATown() {
        assertThat(actors(tag("2024-08-12T10:00:00Z", "Peru county fair draws record crowd",
                "PERU, Ind. - Visitors packed the fairgrounds in Peru on Sunday, and the fair board thanked the police "
                        + "and the mayor for a safe weekend.")))
                .isEmpty();
        assertThat(actors(tag("2024-08-12T10:00:00Z", "", "LIMA - Peru's government condemned Chile on Sunday.")))
                .containsExactlyInAnyOrder("PER", "CHL");
    }

    @Test
    void watersAndLookAlikesInSportAreNoStates() {
        assertThat(actors(tag("2024-08-12T10:00:00Z", "Georgia opens camp",
                "Georgia opens fall camp to reload on defense. Later the team's ferry crossed the Gulf of Aden.")))
                .isEmpty();
        // the same names in politics are states
        assertThat(actors(tag("2024-08-12T10:00:00Z", "Talks",
                "Georgia accused Russia of moving the border fence, and Yemen warned ships in the Gulf of Aden.")))
                .containsExactlyInAnyOrder("GEO", "RUS", "YEM");
    }

    @Test
    void dishesBreedsStylesAndTeamsAreNoStates() {
        assertThat(actors(tag("2024-08-12T10:00:00Z", "Weekend market",
                "The market sold Italian-style ice cream, Swiss chard, Spanish onions and French doors, and a Turkish "
                        + "Van cat won the show. The mayor thanked the police for a safe fair."))).isEmpty();
        assertThat(actors(tag("2024-08-12T10:00:00Z", "Morocco stun Portugal",
                "Morocco beat Portugal 1-0 in the quarter-final, and their coach praised the fans at the stadium.")))
                .isEmpty();
        // a match that becomes politics is politics
        assertThat(actors(tag("2024-08-12T10:00:00Z", "Match halted",
                "Serbia's foreign ministry condemned Albania after the match was halted over a banner.")))
                .containsExactlyInAnyOrder("SRB", "ALB");
    }

    @Test
    void aCapitalIsTheGovernmentOnlyWhenItActs() {
        assertThat(actors(tag("2024-05-02T10:00:00Z", "", "Ministers met at a ceremony in Nairobi, where Moscow warned Kyiv.")))
                .containsExactlyInAnyOrder("RUS", "UKR");
    }

    @Test
    void aDatelineIsNoActorButTheHeadlineIs() {
        assertThat(actors(tag("2024-05-02T10:00:00Z", "Ghana backs Togo on border",
                "ACCRA - The government said it would support its neighbour's position.")))
                .containsExactlyInAnyOrder("GHA", "TGO");
    }

    @Test
    void aLookAlikeNameThatOpensASentenceWithAnEventVerbOrIsAnActorElsewhereIsTheState() {
        // the subject of an event verb with no political word beside it
        assertThat(actors(tag("2024-05-02T10:00:00Z", "",
                "Jordan turned to its Gulf neighbours. It signed a water pact with Qatar on Thursday.")))
                .containsExactlyInAnyOrder("JOR", "QAT");
        // one sense per item: named as an actor once, the same name is the state in a plain sentence too
        assertThat(Items.tag("2024-05-02T10:00:00Z", "", "Chad condemned the raid by Sudanese forces. Chad is a large country.")
                .actors()).extracting(a -> a.code() + ":" + a.mentions()).containsExactlyInAnyOrder("TCD:2", "SDN:1");
        // listed with a state named with its article: "X and the United States", "X, the Philippines"
        assertThat(actors(tag("2024-05-02T10:00:00Z", "",
                "Jordan and the United States signed a five-year security framework in Amman on Sunday.")))
                .containsExactlyInAnyOrder("JOR", "USA");
        assertThat(actors(tag("2024-05-02T10:00:00Z", "", "Georgia and the Netherlands won two medals each in Lyon."))).isEmpty();
        // not in a recipe, even with a political word somewhere in the item
        assertThat(actors(tag("2024-05-02T10:00:00Z", "Holiday dinner",
                "Turkey needs twenty minutes per pound in the oven. The cabinet holds the good plates."))).isEmpty();
    }

    @Test
    void aNameTwoStatesShareIsResolvedByTheItem() {
        assertThat(actors(tag("2024-05-02T10:00:00Z", "", "Congo accused Rwanda of backing the rebels near Goma.")))
                .containsExactlyInAnyOrder("COD", "RWA");
        assertThat(actors(tag("2024-05-02T10:00:00Z", "",
                "Congo accused Gabon of closing the border, a government spokesman said in Brazzaville.")))
                .contains("COG").doesNotContain("COD");
        // a river is no state
        assertThat(actors(tag("2024-05-02T10:00:00Z", "", "Angola accused Zambia of closing the border near the Congo River.")))
                .containsExactlyInAnyOrder("AGO", "ZMB");
    }

    @Test
    void remarksAimedAtAStateTargetIt() {
        assertThat(Items.pairs(tag("2024-05-02T10:00:00Z", "",
                "Rwanda's president warned on Monday that his country would respond to any attack. The remarks were aimed at Kinshasa."),
                "warn")).containsExactly("RWA>COD");
        // what analysts read into remarks names no target
        assertThat(Items.pairs(tag("2024-05-02T10:00:00Z", "",
                "Rwanda's president warned on Monday that his country would respond to any attack, remarks widely seen as aimed at Kinshasa."),
                "warn")).isEmpty();
    }

    @Test
    void anItemWhoseOnlyNamesAreAdjectivesOfThingsNamesNoActorWhateverItsVerbs() {
        assertThat(actors(tag("2024-05-02T10:00:00Z", "",
                "The county fair drew its biggest crowd on Saturday, with queues for Vietnamese iced coffee and a stand "
                        + "selling Hungarian paprika by the pound. A storytelling corner hosted children under a "
                        + "Moroccan-style tent."))).isEmpty();
        // an adjective with an institution is a state all the same
        assertThat(actors(tag("2024-05-02T10:00:00Z", "",
                "The Peruvian navy seized an Ecuadorian fishing boat on Sunday."))).contains("PER");
    }

    @Test
    void aMovementOrRebelsFromAStateAreNotTheState() {
        assertThat(actors(tag("2024-05-02T10:00:00Z", "",
                "Somalia's al-Shabaab movement seized a Kenyan-flagged dhow off Kismayo on Sunday."))).doesNotContain("SOM");
        assertThat(actors(tag("2024-05-02T10:00:00Z", "",
                "Ethiopian rebels attacked an Eritrean border post on Sunday."))).doesNotContain("ETH");
        // the state's own forces are the state
        assertThat(actors(tag("2024-05-02T10:00:00Z", "",
                "Somalia's army attacked al-Shabaab positions near Kismayo on Sunday."))).contains("SOM");
    }

    @Test
    void goodsThatATradeMeasureStrikesStandForTheirState() {
        assertThat(Items.acts(tag("2024-05-02T10:00:00Z", "",
                "Canada imposed duties of 30 percent on Chilean wine on Monday.")))
                .containsExactly("CAN>CHL:other");
        // the same goods on a shelf are no state
        assertThat(actors(tag("2024-05-02T10:00:00Z", "Market day", "The stall sells Chilean wine and Greek olives."))).isEmpty();
    }

    @Test
    void aTerritoryNamedAsAPlaceIsNoActor() {
        assertThat(actors(tag("2024-05-02T10:00:00Z", "",
                "Jordan sent forty trucks of food aid into Gaza on Sunday, the army said.")))
                .containsExactly("JOR");
    }

    @Test
    void theAgencyInADatelineNamesNoActor() {
        assertThat(actors(tag("2024-05-02T10:00:00Z", "",
                "ROME, May 2 (Euro-Mediterranean Wire) - Italy summoned Libya's ambassador on Thursday.")))
                .containsExactlyInAnyOrder("ITA", "LBY");
    }

    @Test
    void aPoliticalWordInsideAProductNameDoesNotMakeAnItemPolitical() {
        // "army" in "Swiss army knives" is a product; the breeds and pet names are then no states
        var fair = tag("2024-05-02T10:00:00Z", "", "A Tibetan terrier named Lhasa took best in show at the "
                + "county fair in Athens, Ohio, ahead of a Maltese and a Turkish Van called Ankara. Vendors sold Swiss army "
                + "knives engraved with breed names.");
        assertThat(actors(fair)).isEmpty();
        // the same word before a word that is no thing still counts
        var army = tag("2024-05-02T10:00:00Z", "", "The Turkish army shelled positions in Syria on Monday.");
        assertThat(actors(army)).contains("TUR", "SYR");
    }

    @Test
    void teamsNamedAfterOfficesAndOfficersOfClubsAreNoPolitics() {
        assertThat(actors(tag("2024-05-02T10:00:00Z", "", "The Ottawa Senators beat the Washington Capitals 4-3 in a "
                + "shootout on Saturday night, with rookie goalie Jordan Lamarre stopping all three shooters."))).isEmpty();
        assertThat(actors(tag("2024-05-02T10:00:00Z", "", "A Havana Brown and an Egyptian Mau shared the ribbons at the "
                + "cat show on Sunday. The club's president, Chad Ellery, said the show would move to March."))).isEmpty();
        // the office of a state still counts
        assertThat(actors(tag("2024-05-02T10:00:00Z", "", "Egypt's president said on Sunday that talks with Ethiopia "
                + "over the dam had failed."))).contains("EGY", "ETH");
    }

    @Test
    void aBareRequestOrAClubsPresidentDoesNotMakeATravelStoryPolitical() {
        assertThat(actors(tag("2024-05-02T10:00:00Z", "", "The old signpost in the hills points to Norway, Denmark and "
                + "Peru, all towns in this state. Ask the way to Mexico and you will be sent along the river. The president "
                + "of the local hiking club, Dana Pell, said the sign is photographed every day."))).isEmpty();
        // a request to a state still makes an item political
        assertThat(actors(tag("2024-05-02T10:00:00Z", "", "Ukraine asked Germany for more air defence systems.")))
                .containsExactlyInAnyOrder("UKR", "DEU");
    }

    @Test
    void oneAmbiguousWordOfForceOrCabinetNeedsAnEventToo() {
        // a fish tank, a cabinet maker: one such word with a name is no politics
        assertThat(actors(tag("2024-05-02T10:00:00Z", "", "Hobbyists swapped Malawi cichlids and Congo tetras for a "
                + "second-hand tank at the aquarium society's meet on Saturday."))).isEmpty();
        assertThat(actors(tag("2024-05-02T10:00:00Z", "", "A cabinet maker from Denmark showed a walnut desk at the "
                + "craft fair on Sunday."))).isEmpty();
        // with an act it is
        assertThat(actors(tag("2024-05-02T10:00:00Z", "", "Russian tanks shelled Ukrainian positions near Kharkiv on Sunday.")))
                .contains("RUS", "UKR");
    }
}
