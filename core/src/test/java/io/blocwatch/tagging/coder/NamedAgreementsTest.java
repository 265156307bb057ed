package io.blocwatch.tagging.coder;

import static io.blocwatch.tagging.coder.Items.acts;
import static io.blocwatch.tagging.coder.Items.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.blocwatch.contracts.AgreementTag;
import io.blocwatch.contracts.TaggedItem;
import org.junit.jupiter.api.Test;

/** Agreements referred to by name or by "the two countries": their parties are found all the same. */
class NamedAgreementsTest {

    @Test
    void aKnownAgreementNamedAloneListsItsPartiesWhenTheItemNamesThem() {
        TaggedItem t = tag("2024-08-05T10:00:00Z", "",
                "Chinese ships rammed a Philippine boat on Sunday. Washington said an attack on Philippine vessels "
                        + "would invoke the 1951 Mutual Defense Treaty.");
        assertThat(t.agreements()).extracting(AgreementTag::parties, AgreementTag::form, AgreementTag::status)
                .contains(tuple(java.util.List.of("PHL", "USA"), "treaty", "reported"));
        // a recalled signing is no news: no sign-agreement pairs
        assertThat(acts(t)).noneMatch(a -> a.endsWith("sign-agreement"));
    }

    @Test
    void aNameSharedByTwoKnownAgreementsIsResolvedByTheStatesTheItemNames() {
        TaggedItem korea = tag("2024-08-05T10:00:00Z", "",
                "North Korea fired missiles on Sunday. Seoul said the Mutual Defense Treaty would deter any attack.");
        assertThat(korea.agreements()).extracting(AgreementTag::parties).doesNotContain(java.util.List.of("PHL", "USA"));
        TaggedItem both = tag("2024-08-05T10:00:00Z", "",
                "South Korea and the Philippines held talks with the United States on Sunday about the Mutual Defense Treaty.");
        // both known treaties of that name fit the item: none is chosen
        assertThat(both.agreements()).extracting(AgreementTag::parties)
                .doesNotContain(java.util.List.of("KOR", "USA"), java.util.List.of("PHL", "USA"));
    }

    @Test
    void anAgreementBetweenTheTwoCountriesIsTheirs() {
        TaggedItem t = tag("2024-08-05T10:00:00Z", "",
                "Angola criticised Namibia on Monday over the fishing dispute. The fleet operates under a 2010 memorandum "
                        + "between the two countries.");
        assertThat(t.agreements()).extracting(AgreementTag::parties, AgreementTag::form)
                .contains(tuple(java.util.List.of("AGO", "NAM"), "memorandum"));
    }

    @Test
    void statesThatAgreeToACeasefireSignItAndTheMediatorsOfTheTalksAreNoParties() {
        TaggedItem t = tag("2024-04-28T10:00:00Z", "",
                "Sudan and South Sudan agreed early on Sunday to an immediate ceasefire after a week of clashes on their border. "
                        + "The deal was reached in talks in Addis Ababa mediated by Ethiopia and Kenya.");
        assertThat(t.agreements()).extracting(AgreementTag::parties, AgreementTag::status)
                .containsExactly(tuple(java.util.List.of("SDN", "SSD"), "signed"));
        assertThat(acts(t)).contains("SDN>SSD:sign-agreement", "SSD>SDN:sign-agreement",
                "ETH>SDN:other", "ETH>SSD:other", "KEN>SDN:other", "KEN>SSD:other");
        assertThat(acts(t)).noneMatch(a -> a.startsWith("ETH>KEN") || a.startsWith("KEN>ETH"));
    }

    @Test
    void aStateBoundToAnotherByATreatyNamesBothParties() {
        TaggedItem t = tag("2024-08-05T10:00:00Z", "",
                "Portugal, bound to Brazil by a 2000 treaty of friendship and cooperation, criticised Venezuela on Monday.");
        assertThat(t.agreements()).extracting(AgreementTag::parties, AgreementTag::form, AgreementTag::status)
                .contains(tuple(java.util.List.of("BRA", "PRT"), "treaty", "reported"));
    }

    @Test
    void aHeadlineCommaJoinsTheSignatories() {
        TaggedItem t = tag("2024-08-05T10:00:00Z", "Chile, Peru sign maritime security pact",
                "LIMA - The pact, signed on Monday, sets up joint coast guard patrols.");
        assertThat(acts(t)).contains("CHL>PER:sign-agreement", "PER>CHL:sign-agreement");
    }

    @Test
    void statesAlongWithTheSubjectOrJoinedInSigningAreSignatoriesToo() {
        assertThat(acts(tag("2024-08-05T10:00:00Z", "", "Chile, along with Peru and Ecuador, signed the fisheries declaration "
                + "in Lima on Monday."))).contains("CHL>PER:sign-agreement", "PER>ECU:sign-agreement", "ECU>CHL:sign-agreement");
        assertThat(acts(tag("2024-08-05T10:00:00Z", "", "Spain joined Portugal and Morocco in signing the energy pact on Monday.")))
                .contains("ESP>PRT:sign-agreement", "MAR>ESP:sign-agreement");
    }

    @Test
    void anAcceptedAgreementBrokeredByTwoStatesIsSignedAndMediatedAndItsSigningWelcomed() {
        TaggedItem t = tag("2024-11-27T10:00:00Z", "",
                "The president announced on Tuesday that the governments of Armenia and Azerbaijan had accepted an agreement "
                        + "to end the fighting, brokered by Russia and Turkey. The head of the African Union Commission "
                        + "welcomed the signing as a milestone.");
        assertThat(t.agreements()).extracting(AgreementTag::parties, AgreementTag::status)
                .contains(tuple(java.util.List.of("ARM", "AZE"), "signed"));
        assertThat(acts(t)).contains("ARM>AZE:sign-agreement", "RUS>ARM:other", "RUS>AZE:other", "TUR>ARM:other",
                "TUR>AZE:other", "AU>ARM:praise", "AU>AZE:praise");
    }

    @Test
    void oneNegotiatedWithAStateAfterSimilarAgreementsIsAnotherOfThem() {
        TaggedItem t = tag("2024-07-09T10:00:00Z", "",
                "Poland has signed similar agreements with Lithuania and Latvia, and is negotiating one with Estonia.");
        assertThat(t.agreements()).extracting(AgreementTag::parties, AgreementTag::status)
                .contains(tuple(java.util.List.of("EST", "POL"), "planned"));
    }

    @Test
    void aTreatyAllyIsNoTreatyAndABilateralTreatyIsTheSentencesTwoStates() {
        TaggedItem t = tag("2024-07-09T10:00:00Z", "",
                "Canada, Oslo's treaty ally since 1949, praised the talks. New Zealand sent police to Nuku'alofa last year "
                        + "under a bilateral security treaty signed in 2015.");
        assertThat(t.agreements()).extracting(AgreementTag::parties)
                .doesNotContain(java.util.List.of("CAN", "NOR")).contains(java.util.List.of("NZL", "TON"));
    }

    @Test
    void aDealForWeaponsIsAContractAndAHeadlinesLooseWordIsTheBodysAgreement() {
        TaggedItem deal = tag("2024-07-09T10:00:00Z", "",
                "Australia will walk away from its 2016 deal with France for twelve diesel-electric submarines.");
        assertThat(deal.agreements()).extracting(AgreementTag::form).containsExactly("contract");
        TaggedItem headline = tag("2024-07-09T10:00:00Z", "Djibouti links Ethiopian port access to scrapping of Somaliland deal",
                "Djibouti said its ports would stay open to Ethiopia whatever happened to the port memorandum Ethiopia "
                        + "signed with Somaliland in January, officials said.");
        assertThat(headline.agreements()).extracting(AgreementTag::form).containsExactly("memorandum");
    }
}
