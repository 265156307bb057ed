package io.blocwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.contracts.TaggedItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AmbiguityTest {

    private final NewsTagger tagger = NewsTagger.withDefaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Storms cut power across Georgia|Heavy storms swept across Georgia on Monday, leaving thousands of homes in Macon and Augusta without power, the state's utilities said.",
        "Holiday table|Roast the turkey for about three hours and set the table with your finest china. Turkey, gravy and pie make the menu.",
        "A river novel|The novel follows a fisherman who spends his whole life on the Niger river, mending nets at every landing.",
        "Sneakers|Jordan sneakers remain the most wanted shoes among collectors, says shop owner Jordan Lee.",
        "County fair|Chad Bennett, a retired teacher from Macon, won the county pie contest for the third year.",
        "Sports|The buyer, a collector from Savannah, Georgia, outbid rivals from Turkey Creek in a bidding war."
    })
    void quietItemsYieldNoActors(String title, String body) {
        TaggedItem t = tagger.tag(TaggerFixtures.item("q", "2024-05-07T09:00:00Z", title, body));
        assertThat(t.actors()).isEmpty();
        assertThat(t.interactions()).isEmpty();
    }

    @Test
    void ambiguousCountryCountsInAPoliticalContext() {
        TaggedItem t = tagger.tag(TaggerFixtures.item("g", "2024-05-07T09:00:00Z", "Talks in Tbilisi",
                "Georgia's government said on Monday that its foreign minister would travel to Ankara. "
                        + "Turkey and Georgia signed a transit agreement last year."));
        assertThat(t.actors()).extracting(a -> a.code()).contains("GEO", "TUR");
    }

    @Test
    void datelineAloneIsNotAnActor() {
        TaggedItem t = tagger.tag(TaggerFixtures.item("d", "2024-05-07T09:00:00Z", "Local weather",
                "BELGRADE - Rain is expected over the weekend, forecasters said."));
        assertThat(t.actors()).isEmpty();
        // the dateline's city acting in the body is the government
        TaggedItem acting = tagger.tag(TaggerFixtures.item("d2", "2024-05-07T09:00:00Z", "Protest",
                "BELGRADE - Belgrade condemned the arrest of a Serbian police officer by Kosovo police."));
        assertThat(acting.actors()).extracting(a -> a.code()).contains("SRB", "XKX");
    }

    @Test
    void lowerCaseUsAndUnAreWords() {
        TaggedItem t = tagger.tag(TaggerFixtures.item("u", "2024-05-07T09:00:00Z", "Recipe",
                "Let us bake a cake; it is un gâteau in French cookbooks."));
        assertThat(t.actors()).extracting(a -> a.code()).doesNotContain("USA", "UN");
    }
}
