package io.blocwatch.operators;

import io.blocwatch.contracts.NewsItem;
import io.blocwatch.control.ControlUpdate;
import io.blocwatch.contracts.TaggedItem;
import io.blocwatch.job.TagFunction;
import io.blocwatch.tagging.Dictionary;
import io.blocwatch.tagging.NewsTagger;
import java.nio.file.Path;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Tags items with the dictionary in force: the one the job started with (shipped + user file) until
 * a dictionary update arrives on the control topic, then the shipped one with the update merged
 * over it (also after a restore, from broadcast state).
 */
public final class TagWithUpdates extends BroadcastProcessFunction<NewsItem, ControlUpdate, TaggedItem> {

    private static final long serialVersionUID = 1L;
    private final String dictionaryFile;
    /** The user dictionary's text, read where the job is built (see {@link TagFunction#readDocument}). */
    private final String dictionaryDocument;

    private transient NewsTagger tagger;
    private transient String version;
    private transient Counter tagged;
    private transient io.blocwatch.job.LanguageSupport.Skips otherLanguages;

    public TagWithUpdates(Path dictionaryFile) {
        this.dictionaryFile = dictionaryFile == null ? null : dictionaryFile.toString();
        this.dictionaryDocument = TagFunction.readDocument(dictionaryFile);
    }

    @Override
    public void open(OpenContext openContext) {
        tagger = TagFunction.startTagger(dictionaryFile, dictionaryDocument);
        tagged = getRuntimeContext().getMetricGroup().counter("itemsTagged");
        otherLanguages = new io.blocwatch.job.LanguageSupport.Skips(getRuntimeContext().getMetricGroup());
    }

    @Override
    public void processElement(NewsItem item, ReadOnlyContext ctx, Collector<TaggedItem> out) throws Exception {
        ControlUpdate update = ctx.getBroadcastState(ControlState.UPDATES).get(ControlUpdate.DICTIONARY);
        if (update != null && !update.version().equals(version)) {
            // An update replaces the user layer: the shipped dictionary with the update merged over it.
            tagger = NewsTagger.withDictionary(NewsTagger.withDefaults().dictionary().merge(Dictionary.parse(update.document())));
            version = update.version();
        }
        if (!io.blocwatch.job.LanguageSupport.reads(item.language())) {
            otherLanguages.count(item.language());
            out.collect(io.blocwatch.job.LanguageSupport.untagged(item));
            return;
        }
        out.collect(TagFunction.tagAndSign(tagger, item));
        tagged.inc();
    }

    @Override
    public void processBroadcastElement(ControlUpdate update, Context ctx, Collector<TaggedItem> out) throws Exception {
        if (ControlUpdate.DICTIONARY.equals(update.kind())) {
            ctx.getBroadcastState(ControlState.UPDATES).put(update.kind(), update);
        }
    }
}
