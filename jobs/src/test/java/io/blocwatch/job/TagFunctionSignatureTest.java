package io.blocwatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.contracts.NewsItem;
import io.blocwatch.contracts.TaggedItem;
import io.blocwatch.scoring.NearDuplicateSignature;
import io.blocwatch.tagging.NewsTagger;
import org.junit.jupiter.api.Test;

/** The tag stage signs the text its tagger folded, so a copy signs like the original. */
class TagFunctionSignatureTest {

    static final String TITLE = "Serbia and Hungary sign energy agreement";
    static final String BODY = "BELGRADE - Serbia and Hungary signed an agreement on Monday to build an oil pipeline "
            + "between the two countries, the Serbian president said after talks with the Hungarian prime minister.\n"
            + "The pipeline is due to be finished within three years and will carry Russian oil to a refinery "
            + "near Novi Sad, officials said.";

    static NewsItem item(String id, String title, String body) {
        return new NewsItem(id, "Test Wire", "https://example.org/" + id, "2024-06-20T15:00:00Z", "en", title, body);
    }

    @Test
    void theSignatureIsOfTheTextTheTaggerFoldedAndACopySignsAlike() {
        NewsTagger tagger = NewsTagger.withDefaults();
        TaggedItem original = TagFunction.tagAndSign(tagger, item("a", TITLE, BODY));
        assertThat(original.signature()).hasSize(NearDuplicateSignature.LENGTH)
                .isEqualTo(NearDuplicateSignature.of(TITLE + "\n\n" + BODY));

        TaggedItem copy = TagFunction.tagAndSign(tagger, item("b", "Serbia, Hungary agree on oil pipeline",
                BODY.replace("BELGRADE - ", "BELGRADE (Agencies) — ").replace("said.", "said on Monday.")));
        assertThat(NearDuplicateSignature.similarity(original.signature(), copy.signature())).isGreaterThan(0.5);

        TaggedItem other = TagFunction.tagAndSign(tagger, item("c", "Hungary and Serbia disagree over migrants",
                "BUDAPEST - Hungary's prime minister criticised Serbia on Tuesday for letting migrants cross the "
                        + "border, and the Serbian president said the two countries would discuss it next week."));
        assertThat(NearDuplicateSignature.similarity(original.signature(), other.signature())).isLessThan(0.25);
    }
}
