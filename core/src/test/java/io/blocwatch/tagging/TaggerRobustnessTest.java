package io.blocwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.contracts.ActorTag;
import io.blocwatch.contracts.NewsItem;
import io.blocwatch.contracts.TaggedItem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class TaggerRobustnessTest {

    @Test
    void survivesJavaSerialisationAndRebuildsItsAutomaton() throws Exception {
        NewsTagger tagger = NewsTagger.withDefaults();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(tagger);
        }
        NewsTagger copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (NewsTagger) in.readObject();
        }
        TaggedItem a = tagger.tag(TaggerFixtures.seedParaphrase());
        TaggedItem b = copy.tag(TaggerFixtures.seedParaphrase());
        assertThat(b.actors()).isEqualTo(a.actors());
        assertThat(b.agreements()).isEqualTo(a.agreements());
        assertThat(b.interactions()).isEqualTo(a.interactions());
    }

    @Test
    void handlesEmptyAndOddItems() {
        NewsTagger tagger = NewsTagger.withDefaults();
        TaggedItem empty = tagger.tag(new NewsItem("e", "s", "u", "2024-01-01T00:00:00Z", "en", null, null));
        assertThat(empty.actors()).isEmpty();
        assertThat(empty.id()).isEqualTo("e");
        TaggedItem punct = tagger.tag(new NewsItem("p", "s", "u", "2024-01-01T00:00:00Z", "en", "...", "-- ; \u201C\u201D ..."));
        assertThat(punct.actors()).isEmpty();
        TaggedItem caps = tagger.tag(new NewsItem("c", "s", "u", "2024-01-01T00:00:00Z", "en",
                "SERBIA AND HUNGARY HOLD TALKS", "Ministers from Serbia and Hungary met."));
        assertThat(caps.actors()).extracting(ActorTag::code).containsExactly("HUN", "SRB");
    }
}
