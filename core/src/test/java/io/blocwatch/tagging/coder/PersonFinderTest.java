package io.blocwatch.tagging.coder;

import static io.blocwatch.tagging.coder.Items.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.blocwatch.contracts.PersonTag;
import io.blocwatch.contracts.TaggedItem;
import org.junit.jupiter.api.Test;

class PersonFinderTest {

    @Test
    void officeHoldersComeFromTheTextsOwnStructure() {
        // names no dictionary holds: the title and the country around them say who they are
        TaggedItem t = tag("2024-05-02T10:00:00Z", "",
                "Zambian Foreign Minister Tamba Kelewe met Peru's Defence Minister Luis Arrubal. "
                        + "The interior minister of Chile, Marta Ovalle, joined them, and Omar Haddad, Jordan's ambassador, "
                        + "said Kelewe had proposed a second meeting.");
        assertThat(t.persons()).extracting(PersonTag::name, PersonTag::country, PersonTag::role).containsExactlyInAnyOrder(
                tuple("Tamba Kelewe", "ZMB", "foreign minister"), tuple("Luis Arrubal", "PER", "defense minister"),
                tuple("Marta Ovalle", "CHL", "interior minister"), tuple("Omar Haddad", "JOR", "ambassador"));
        assertThat(t.persons()).filteredOn(p -> p.name().equals("Tamba Kelewe")).singleElement()
                .satisfies(p -> assertThat(p.evidence()).hasSize(2));
    }

    @Test
    void aBareTitleBeforeANameIsAnOfficeOfTheStoryStateAndHyphenatedGivenNamesStayWhole() {
        TaggedItem t = tag("2024-05-02T10:00:00Z", "",
                "Bolivia recalled its ambassador from Lima on Wednesday. Foreign Minister Rosa Quispe accused Peru of "
                        + "meddling, and Vice Minister Park Ji-hoon of South Korea offered to mediate.");
        assertThat(t.persons()).extracting(PersonTag::name, PersonTag::country).contains(
                tuple("Rosa Quispe", "BOL"), tuple("Park Ji-hoon", "KOR"));
        assertThat(t.persons()).extracting(PersonTag::role).contains("foreign minister");
        assertThat(Items.acts(t)).contains("BOL>PER:accuse");
        // a bare title in a sentence about the past guesses no state
        TaggedItem history = tag("2024-05-02T10:00:00Z", "",
                "Bolivia recalled its ambassador on Wednesday. The treaty was signed in 1904 by President Ismael Montes.");
        assertThat(history.persons()).extracting(PersonTag::name).doesNotContain("Ismael Montes");
        // a former office holder recalled is no person, whatever state the story is about
        TaggedItem past = tag("2024-05-02T10:00:00Z", "",
                "Cuba freed two prisoners on Wednesday. President Barack Obama had eased sanctions in 2015.");
        assertThat(past.persons()).isEmpty();
    }

    @Test
    void aNameInAppositionAfterTheTitleAndNamesWithJoinedParticlesAreFound() {
        TaggedItem t = tag("2024-05-02T10:00:00Z", "",
                "Kenya's trade minister, Amina Wairimu, said the talks would resume. "
                        + "Yemen's defence minister Faisal al-Harbi visited the port.");
        assertThat(t.persons()).extracting(PersonTag::name, PersonTag::country).containsExactlyInAnyOrder(
                tuple("Amina Wairimu", "KEN"), tuple("Faisal al-Harbi", "YEM"));
    }

    @Test
    void portfolioWordsMilitaryRanksAndJoinedParticlesAroundTheTitleAreRead() {
        TaggedItem t = tag("2024-05-02T10:00:00Z", "",
                "Malawi's information minister, Grace Phiri, spoke first. "
                        + "Gabon's defence ministry spokesman, Lieutenant General Paul Ndong, said the border was calm. "
                        + "The pact was signed by Khalid al-Mansour, the Omani foreign trade minister.");
        assertThat(t.persons()).extracting(PersonTag::name, PersonTag::country).containsExactlyInAnyOrder(
                tuple("Grace Phiri", "MWI"), tuple("Paul Ndong", "GAB"), tuple("Khalid al-Mansour", "OMN"));
    }

    @Test
    void aKnownOfficeHolderKeepsTheSpellingTheItemUses() {
        // the dictionary writes "Kim Jong-un"; the item writes the name without the hyphen
        TaggedItem t = tag("2024-05-02T10:00:00Z", "", "North Korean leader Kim Jong Un inspected a missile unit on Monday.");
        assertThat(t.persons()).extracting(PersonTag::name, PersonTag::country).containsExactly(tuple("Kim Jong Un", "PRK"));
    }

    @Test
    void aTitleWithoutAnyCountryMakesNoGuess() {
        TaggedItem t = tag("2024-05-02T10:00:00Z", "", "Defence Minister Luis Arrubal said the army would stay.");
        assertThat(t.persons()).isEmpty();
        // with the country it is a person
        assertThat(tag("2024-05-02T10:00:00Z", "", "Peruvian Defence Minister Luis Arrubal said the army would stay.")
                .persons()).extracting(PersonTag::country).containsExactly("PER");
    }

    @Test
    void theDictionaryGivesTheOfficeHeldThatDay() {
        TaggedItem t = tag("2023-06-01T10:00:00Z", "", "Kenyan President William Ruto said the talks would resume.");
        assertThat(t.persons()).extracting(PersonTag::name, PersonTag::role).containsExactly(tuple("William Ruto", "president"));
    }

    @Test
    void aTitleWithItsOwnPhraseThenTheNameInAppositionIsAPerson() {
        TaggedItem t = tag("2024-05-02T10:00:00Z", "",
                "On Friday, Kenya's ambassador in Kampala, Joseph Mwangi Kariuki, told a forum that Uganda should reopen "
                        + "the border. Uganda's chief of defence forces, General Moses Okello Tumusiime, said troops would stay.");
        assertThat(t.persons()).extracting(PersonTag::name, PersonTag::country)
                .contains(tuple("Joseph Mwangi Kariuki", "KEN"), tuple("Moses Okello Tumusiime", "UGA"));
    }

    @Test
    void aSeatInTheTitleOrFramingTheSentenceGivesTheSpokespersonsState() {
        TaggedItem t = tag("2025-07-02T10:00:00Z", "",
                "Iran suspended its cooperation with the IAEA on Wednesday. In Washington, State Department spokeswoman "
                        + "Dana Whitlock called the suspension unacceptable. In New Delhi, foreign ministry spokesperson "
                        + "Arvind Mehra said India had been aware of the plan.");
        assertThat(t.persons()).extracting(PersonTag::name, PersonTag::country)
                .contains(tuple("Dana Whitlock", "USA"), tuple("Arvind Mehra", "IND"));
        // the reaction to "the suspension" is aimed at the state that suspended
        assertThat(Items.pairs(t, "criticize")).contains("USA>IRN");
    }

    @Test
    void aSpokesmanAttributingTheSentencesActSpeaksForItsStateAndOfficeModifiersAreRead() {
        TaggedItem t = tag("2024-05-02T10:00:00Z", "",
                "Bolivia on Friday condemned the raid on its embassy, foreign ministry spokesman Daniel Pardo said. "
                        + "Chile's acting interior minister, Rosa Molina, said the border would stay open.");
        assertThat(t.persons()).extracting(PersonTag::name, PersonTag::country)
                .contains(tuple("Daniel Pardo", "BOL"), tuple("Rosa Molina", "CHL"));
        // a spokesman with no state before him in his sentence is no one's
        assertThat(tag("2024-05-02T10:00:00Z", "", "The talks ended, foreign ministry spokesman Daniel Pardo said.").persons())
                .isEmpty();
    }

    @Test
    void aHyphenatedGivenNameStaysWholeWhenTheTokenizerKeepsTheHyphenOnItsFirstPart() {
        // the tokenizer splits "Su-hoon" as "Su-" + "hoon"
        TaggedItem t = tag("2024-05-02T10:00:00Z", "", "Japan summoned South Korea's ambassador, Kang Su-hoon, on Tuesday.");
        assertThat(t.persons()).extracting(PersonTag::name, PersonTag::country).containsExactly(tuple("Kang Su-hoon", "KOR"));
    }

    @Test
    void aHighCommissionerServesTheStateThatSentHimAndACapitalisedPortfolioIsPartOfTheTitle() {
        TaggedItem t = tag("2024-05-02T10:00:00Z", "",
                "Canada expelled India's High Commissioner Rohan Mehta on Monday, and New Delhi ordered Canada's acting "
                        + "High Commissioner Claire Dubois to leave. Somalia's Information Minister Abdi Warsame said the "
                        + "decision was final.");
        assertThat(t.persons()).extracting(PersonTag::name, PersonTag::country).contains(
                tuple("Rohan Mehta", "IND"), tuple("Claire Dubois", "CAN"), tuple("Abdi Warsame", "SOM"));
        assertThat(t.persons()).extracting(PersonTag::role).contains("high commissioner", "acting high commissioner");
    }

    @Test
    void aSpokesmanWithoutAStateSpeaksForTheStateOfTheStoryOrOfTheCapitalWhereHeBriefs() {
        TaggedItem with = tag("2024-05-02T10:00:00Z", "", "Chile on Wednesday rejected a new map released by Bolivia, "
                + "with foreign ministry spokesman Tomas Ibarra calling it a unilateral act.");
        assertThat(with.persons()).extracting(PersonTag::name, PersonTag::country).contains(tuple("Tomas Ibarra", "CHL"));
        TaggedItem citing = tag("2024-05-02T10:00:00Z", "", "Georgia recalled its ambassador from Armenia on Friday, "
                + "citing what foreign ministry spokesman Levan Gelashvili called hostile remarks.");
        assertThat(citing.persons()).extracting(PersonTag::name, PersonTag::country).contains(tuple("Levan Gelashvili", "GEO"));
        TaggedItem briefing = tag("2024-05-02T10:00:00Z", "", "Canada said on Monday it had asked for consular access to "
                + "two detained citizens. Foreign ministry spokesman Wang Lin told reporters in Beijing that both were under "
                + "investigation.");
        assertThat(briefing.persons()).extracting(PersonTag::name, PersonTag::country).contains(tuple("Wang Lin", "CHN"));
    }
}
