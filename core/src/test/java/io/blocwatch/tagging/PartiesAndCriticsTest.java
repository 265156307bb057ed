package io.blocwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.blocwatch.contracts.AgreementTag;
import io.blocwatch.contracts.InteractionTag;
import io.blocwatch.contracts.TaggedItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who is a party to an agreement and who only talks about it. */
class PartiesAndCriticsTest {

    private final NewsTagger tagger = NewsTagger.withDefaults();

    private TaggedItem tag(String published, String title, String body) {
        return tagger.tag(TaggerFixtures.item("p", published, title, body));
    }

    private static List<String> pairs(TaggedItem t, String kind) {
        return t.interactions().stream().filter(i -> i.kind().equals(kind)).map(i -> i.source() + ">" + i.target())
                .sorted().toList();
    }

    @Test
    void theCriticOfAnAgreementSignedByOthersIsNoParty() {
        TaggedItem t = tag("2025-03-20T08:00:00Z", "Belgrade objects to trilateral pact",
                "BELGRADE - The Serbian government condemned the military declaration signed by Kosovo, Albania "
                        + "and Croatia, calling the document a provocation against Serbia.\n"
                        + "President Aleksandar Vucic warned that the pact could push the region into an arms race.");
        assertThat(t.agreements()).extracting(AgreementTag::form, AgreementTag::parties, AgreementTag::status,
                AgreementTag::date).containsExactly(tuple("declaration", List.of("ALB", "HRV", "XKX"), "signed", null));
        assertThat(pairs(t, "sign-agreement")).noneMatch(p -> p.contains("SRB"));
        assertThat(pairs(t, "criticize")).containsExactly("SRB>ALB", "SRB>HRV", "SRB>XKX");
        assertThat(pairs(t, "warn")).containsExactly("SRB>ALB", "SRB>HRV", "SRB>XKX");
    }

    @Test
    void signedByNamesThePartiesEvenAfterAPlace() {
        TaggedItem t = tag("2023-12-10T16:00:00Z", "Gas memorandum",
                "A memorandum on gas storage was signed in Sofia by the energy ministers of Bulgaria and Serbia, "
                        + "Russian media reported.");
        assertThat(t.agreements()).extracting(AgreementTag::form, AgreementTag::parties, AgreementTag::place)
                .containsExactly(tuple("memorandum", List.of("BGR", "SRB"), "Sofia"));
    }

    @Test
    void aTrailingAttributionIsNoParty() {
        TaggedItem t = tag("2022-11-24T08:00:00Z", "Plates",
                "Belgrade and Pristina concluded a deal on car plates late on Wednesday, the EU's envoy said.");
        assertThat(t.agreements()).extracting(AgreementTag::parties, AgreementTag::status, AgreementTag::date)
                .containsExactly(tuple(List.of("SRB", "XKX"), "signed", "2022-11-23"));
        assertThat(pairs(t, "sign-agreement")).containsExactly("SRB>XKX", "XKX>SRB");
    }

    @Test
    void aLaterSentenceAboutTheContractTakesItsParties() {
        TaggedItem t = tag("2022-05-29T18:00:00Z", "Gas",
                "Serbia and Russia agreed in principle on a three-year gas contract, the president said.\n"
                        + "The contract still has to be signed.");
        assertThat(t.agreements()).extracting(AgreementTag::form, AgreementTag::parties, AgreementTag::status)
                .containsExactly(tuple("contract", List.of("RUS", "SRB"), "planned"));
    }

    @Test
    void criticismFromSeveralCapitalsHasSeveralSources() {
        TaggedItem t = tag("2024-06-11T15:00:00Z", "Bridge",
                "Kosovo Prime Minister Albin Kurti said the bridge would open to cars, despite criticism from "
                        + "Washington and Brussels.");
        assertThat(pairs(t, "criticize")).containsExactly("EU>XKX", "USA>XKX");
    }

    @Test
    void aCapitalUsedAsAPlaceIsNoActor() {
        TaggedItem t = tag("2017-06-05T18:00:00Z", "Accession",
                "Montenegro joined NATO on Monday at a ceremony in Washington.");
        assertThat(t.actors()).extracting(a -> a.code()).containsExactly("MNE", "NATO");
    }

    @Test
    void noGuessedTargetForOwnOfficialsOrUnknownNames() {
        TaggedItem t = tag("2025-03-06T17:00:00Z", "Laws",
                "The European Union and the United States condemned the new laws of Republika Srpska, and the "
                        + "Bosnian state prosecutor summoned Milorad Dodik for questioning.\n"
                        + "Russia's foreign minister accused the West of meddling.");
        assertThat(pairs(t, "criticize")).containsExactly("EU>BIH", "USA>BIH");
        assertThat(pairs(t, "protest")).isEmpty();
        assertThat(pairs(t, "accuse")).isEmpty();
    }

    @Test
    void laterClauseOwnsItsCueAfterAnOpeningQuotation() {
        TaggedItem t = tag("2022-10-14T15:00:00Z", "Sanctions",
                "\u201CWe will not join the sanctions,\u201D President Aleksandar Vucic said on Friday, a day after "
                        + "the European Union urged Serbia to align with its foreign policy.");
        assertThat(t.interactions()).extracting(InteractionTag::source, InteractionTag::target, InteractionTag::kind)
                .containsExactly(tuple("EU", "SRB", "warn"));
    }

    @Test
    void reachingADealConcludesIt() {
        TaggedItem t = tag("2022-08-27T20:00:00Z", "Movement",
                "Kosovo and Serbia struck an agreement on identity cards on Saturday, diplomats said.\n"
                        + "None of the convoys reached Kosovo before the deal.");
        assertThat(t.agreements()).extracting(AgreementTag::parties, AgreementTag::status, AgreementTag::date)
                .containsExactly(tuple(List.of("SRB", "XKX"), "signed", "2022-08-27"));
    }

    @Test
    void aClauseAfterACommaAndAfterHasItsOwnSubject() {
        TaggedItem t = tag("2023-08-07T10:00:00Z", "Spat",
                "Croatian Prime Minister Andrej Plenkovic warned Belgrade on Monday, after Serbian ministers "
                        + "condemned Croatia's celebrations in Knin.");
        assertThat(t.interactions()).extracting(InteractionTag::source, InteractionTag::target, InteractionTag::kind)
                .containsExactlyInAnyOrder(tuple("HRV", "SRB", "warn"), tuple("SRB", "HRV", "criticize"));
    }
}
