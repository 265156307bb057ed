package io.blocwatch.job;

import io.blocwatch.contracts.NewsItem;
import io.blocwatch.contracts.TaggedItem;
import io.blocwatch.scoring.NearDuplicateSignature;
import io.blocwatch.tagging.NewsTagger;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.metrics.Counter;

/** Tags each item and fingerprints its text for near-duplicate detection downstream. */
public final class TagFunction extends RichMapFunction<NewsItem, TaggedItem> {

    private static final long serialVersionUID = 1L;

    private transient NewsTagger tagger;
    private transient Counter tagged;

    @Override
    public void open(OpenContext openContext) {
        tagger = NewsTagger.withDefaults();
        tagged = getRuntimeContext().getMetricGroup().counter("itemsTagged");
    }

    @Override
    public TaggedItem map(NewsItem item) {
        TaggedItem t = tagger.tag(item).withSignature(NearDuplicateSignature.of(item.fullText()));
        tagged.inc();
        return t;
    }
}
