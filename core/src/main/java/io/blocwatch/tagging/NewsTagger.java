package io.blocwatch.tagging;

import io.blocwatch.contracts.NewsItem;
import io.blocwatch.contracts.TaggedItem;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Tags one news item with actors, persons, agreements and interactions. Pure: no Flink. The
 * dictionary automaton is built once per tagger (lazily after deserialisation) and reused for
 * every item. {@code signature} is left null: the job sets it.
 */
public final class NewsTagger implements Serializable {

    private static final long serialVersionUID = 2L;
    private static volatile Dictionary defaultDictionary;

    private final Dictionary dictionary;
    private final String lexiconFile;
    private transient volatile DictionaryMatcher matcher;

    private NewsTagger(Dictionary dictionary) {
        this(dictionary, null);
    }

    private NewsTagger(Dictionary dictionary, String lexiconFile) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.lexiconFile = lexiconFile;
    }

    /**
     * A tagger over the defaults, with a user dictionary merged over them and the event lexicon
     * replaced by a user file; either may be null. Both files are read and checked now.
     */
    public static NewsTagger withFiles(Path dictionaryFile, Path lexiconFile) {
        Dictionary d = dictionaryFile == null ? withDefaults().dictionary() : Dictionary.defaultsWith(dictionaryFile);
        if (lexiconFile != null) {
            io.blocwatch.tagging.coder.Vocabulary.withLexicon(lexiconFile);
        }
        return new NewsTagger(d, lexiconFile == null ? null : lexiconFile.toString());
    }

    /** A tagger over the dictionaries shipped in the jar. */
    public static NewsTagger withDefaults() {
        Dictionary d = defaultDictionary;
        if (d == null) {
            d = Dictionary.defaults();
            defaultDictionary = d;
        }
        return new NewsTagger(d);
    }

    /** A tagger over the defaults with a user dictionary file (JSON or YAML) merged over them. */
    public static NewsTagger withUserDictionary(Path file) {
        return new NewsTagger(Dictionary.defaultsWith(file));
    }

    /** A tagger over the given dictionary (for example one parsed from a control-topic update). */
    public static NewsTagger withDictionary(Dictionary dictionary) {
        return new NewsTagger(dictionary);
    }

    public Dictionary dictionary() {
        return dictionary;
    }

    public DictionaryMatcher matcher() {
        DictionaryMatcher m = matcher;
        if (m == null) {
            synchronized (this) {
                m = matcher;
                if (m == null) {
                    m = new DictionaryMatcher(dictionary);
                    matcher = m;
                }
            }
        }
        return m;
    }

    public TaggedItem tag(NewsItem item) {
        return coder().code(item);
    }

    private transient volatile io.blocwatch.tagging.coder.EventCoder coder;

    private io.blocwatch.tagging.coder.EventCoder coder() {
        io.blocwatch.tagging.coder.EventCoder c = coder;
        if (c == null) {
            synchronized (this) {
                c = coder;
                if (c == null) {
                    c = new io.blocwatch.tagging.coder.EventCoder(dictionary, matcher(), lexiconFile == null
                            ? io.blocwatch.tagging.coder.Vocabulary.defaults()
                            : io.blocwatch.tagging.coder.Vocabulary.withLexicon(Path.of(lexiconFile)));
                    coder = c;
                }
            }
        }
        return c;
    }
}
