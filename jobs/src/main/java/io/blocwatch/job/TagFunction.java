package io.blocwatch.job;

import io.blocwatch.contracts.NewsItem;
import io.blocwatch.contracts.TaggedItem;
import io.blocwatch.scoring.NearDuplicateSignature;
import io.blocwatch.tagging.NewsTagger;
import java.nio.file.Path;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.metrics.Counter;

/** Tags each item and fingerprints its text for near-duplicate detection downstream. */
public final class TagFunction extends RichMapFunction<NewsItem, TaggedItem> {

    private static final long serialVersionUID = 1L;
    private final String dictionaryFile;
    /** The user dictionary's text, read where the job is built (the client), so task managers need no copy of the file. */
    private final String dictionaryDocument;
    private final FaultInjector faults;
    private transient NewsTagger tagger;
    private transient Counter tagged;
    private transient LanguageSupport.Skips otherLanguages;
    private transient long seen;

    public TagFunction(Path dictionaryFile) {
        this(dictionaryFile, FaultInjector.NONE);
    }

    /** With a fault injector called before each item (recovery tests). */
    public TagFunction(Path dictionaryFile, FaultInjector faults) {
        this.dictionaryFile = dictionaryFile == null ? null : dictionaryFile.toString();
        this.dictionaryDocument = readDocument(dictionaryFile);
        this.faults = faults;
    }

    /** The text of a user dictionary file, read and checked now (a bad file fails here, naming it); null for none. */
    public static String readDocument(Path dictionaryFile) {
        if (dictionaryFile == null) {
            return null;
        }
        io.blocwatch.tagging.Dictionary.defaultsWith(dictionaryFile);
        try {
            return java.nio.file.Files.readString(dictionaryFile);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read dictionary.file " + dictionaryFile + ": " + e.getMessage(), e);
        }
    }

    /** The shipped dictionary, with the user's file merged over it when one is configured. */
    public static NewsTagger startTagger(String dictionaryFile) {
        return dictionaryFile == null ? NewsTagger.withDefaults() : NewsTagger.withUserDictionary(Path.of(dictionaryFile));
    }

    /**
     * The shipped dictionary with the user's dictionary text (read on the client) merged over it,
     * exactly as the file would be: the text is written to a private temporary file for the parser.
     */
    public static NewsTagger startTagger(String dictionaryFile, String dictionaryDocument) {
        if (dictionaryDocument == null) {
            return startTagger(dictionaryFile);
        }
        Path copy = null;
        try {
            copy = java.nio.file.Files.createTempFile("blocwatch-dictionary-", ".yaml");
            java.nio.file.Files.writeString(copy, dictionaryDocument);
            return NewsTagger.withUserDictionary(copy);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot stage the dictionary from " + dictionaryFile + ": " + e.getMessage(), e);
        } finally {
            if (copy != null) {
                copy.toFile().delete();
            }
        }
    }

    /** The tags of an item, with the near-duplicate fingerprint of its text. */
    public static TaggedItem tagAndSign(NewsTagger tagger, NewsItem item) {
        return tagger.tag(item).withSignature(NearDuplicateSignature.of(item.fullText()));
    }

    @Override
    public void open(OpenContext openContext) {
        tagger = startTagger(dictionaryFile, dictionaryDocument);
        tagged = getRuntimeContext().getMetricGroup().counter("itemsTagged");
        otherLanguages = new LanguageSupport.Skips(getRuntimeContext().getMetricGroup());
    }

    @Override
    public TaggedItem map(NewsItem item) throws Exception {
        faults.maybeFail(FaultInjector.TAG, ++seen);
        if (!LanguageSupport.reads(item.language())) {
            otherLanguages.count(item.language());
            return LanguageSupport.untagged(item);
        }
        TaggedItem t = tagAndSign(tagger, item);
        tagged.inc();
        return t;
    }
}
