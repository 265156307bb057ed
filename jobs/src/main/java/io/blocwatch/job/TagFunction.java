package io.blocwatch.job;

import io.blocwatch.contracts.NewsItem;
import io.blocwatch.contracts.TaggedItem;
import io.blocwatch.scoring.NearDuplicateSignature;
import io.blocwatch.tagging.DictionaryMatcher;
import io.blocwatch.tagging.NewsTagger;
import java.nio.file.Path;

/**
 * The tag stage's pieces, shared by the tag operator ({@code control.TagWithUpdates}) and the
 * benchmarks: the user dictionary read where the job is built, the tagger started from it, and an
 * item's tags with the near-duplicate fingerprint of its text.
 */
public final class TagFunction {

    private TagFunction() {}

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

    /**
     * The tags of an item, with the near-duplicate fingerprint of its text: of the document the
     * tagger folded for its dictionary pass (title and body without boilerplate lines), so the text
     * is folded once; of the item's whole text if the tagger folded none.
     */
    public static TaggedItem tagAndSign(NewsTagger tagger, NewsItem item) {
        try (DictionaryMatcher.FoldCapture folded = DictionaryMatcher.captureFirstFold()) {
            TaggedItem tagged = tagger.tag(item);
            return tagged.withSignature(folded.first() != null
                    ? NearDuplicateSignature.ofFolded(folded.first().text())
                    : NearDuplicateSignature.of(item.fullText()));
        }
    }
}
