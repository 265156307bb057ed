package io.blocwatch.tagging.coder;

import io.blocwatch.contracts.ActorTag;
import io.blocwatch.contracts.InteractionTag;
import io.blocwatch.contracts.NewsItem;
import io.blocwatch.contracts.TaggedItem;
import io.blocwatch.tagging.NewsTagger;
import java.util.List;

/** Small items written for the coder's stage tests, and the views of a TaggedItem they assert on. */
final class Items {

    private static final NewsTagger TAGGER = NewsTagger.withDefaults();

    private Items() {}

    static TaggedItem tag(String publishedAt, String title, String body) {
        return TAGGER.tag(new NewsItem("t-1", "Test Wire", "https://example.org/t-1", publishedAt, "en", title, body));
    }

    static List<String> actors(TaggedItem t) {
        return t.actors().stream().map(ActorTag::code).toList();
    }

    static List<String> acts(TaggedItem t) {
        return t.interactions().stream().map(i -> i.source() + ">" + i.target() + ":" + i.kind()).toList();
    }

    static List<String> pairs(TaggedItem t, String kind) {
        return t.interactions().stream().filter(i -> i.kind().equals(kind)).map(i -> i.source() + ">" + i.target()).toList();
    }

    static List<String> plover(TaggedItem t) {
        return t.interactions().stream().map(InteractionTag::plover).toList();
    }
}
