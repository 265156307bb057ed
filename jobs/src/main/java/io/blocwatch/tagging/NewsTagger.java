package io.blocwatch.tagging;

import io.blocwatch.contracts.NewsItem;
import io.blocwatch.contracts.TaggedItem;
import java.io.Serializable;
import java.util.List;

/** Tags one news item with actors, persons, agreements and interactions. Pure: no Flink. */
public final class NewsTagger implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A tagger over the dictionaries shipped in the jar. */
    public static NewsTagger withDefaults() {
        return new NewsTagger();
    }

    public TaggedItem tag(NewsItem item) {
        // Walking-skeleton placeholder; the real tagger replaces this class.
        return new TaggedItem(null, item.id(), item.publishedAt(), item.source(), item.url(),
                List.of(), List.of(), List.of(), List.of(), null);
    }
}
