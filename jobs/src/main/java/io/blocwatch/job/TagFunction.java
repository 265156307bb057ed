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

    private final FaultInjector faults;
    private transient NewsTagger tagger;
    private transient Counter tagged;
    private transient long seen;

    public TagFunction() {
        this(FaultInjector.NONE);
    }

    /** With a fault injector called before each item (recovery tests). */
    public TagFunction(FaultInjector faults) {
        this.faults = faults;
    }

    @Override
    public void open(OpenContext openContext) {
        tagger = NewsTagger.withDefaults();
        tagged = getRuntimeContext().getMetricGroup().counter("itemsTagged");
    }

    @Override
    public TaggedItem map(NewsItem item) throws Exception {
        faults.maybeFail(FaultInjector.TAG, ++seen);
        TaggedItem t = tagger.tag(item).withSignature(NearDuplicateSignature.of(item.fullText()));
        tagged.inc();
        return t;
    }
}
