package io.blocwatch.tagging.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The linguistic layer: sentences, tokens and Universal Dependencies parts of speech from Apache
 * OpenNLP's English UD models. The models are read once per JVM (they are immutable and shared);
 * the OpenNLP tools that use them are not thread-safe, so each thread gets its own.
 */
public final class Linguistics {

    private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.1-2.4.0.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.1-2.4.0.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.1-2.4.0.bin";

    private static final class Models {
        static final SentenceModel SENTENCE = load(SENTENCES, SentenceModel::new);
        static final TokenizerModel TOKENIZER = load(TOKENS, TokenizerModel::new);
        static final POSModel TAGGER = load(POS, POSModel::new);
        // the models' maxent evaluations from flat arrays, shared by every thread's tools
        static final MaxentModel SENTENCE_EVAL = FlatMaxent.of(SENTENCE.getMaxentModel());
        static final MaxentModel TAGGER_EVAL = TAGGER.getArtifact("pos.model") instanceof MaxentModel m
                ? FlatMaxent.of(m) : null;
    }

    private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(Tools::new);

    private static final class Tools {
        final SentenceSplitter sentences = new SentenceSplitter(Models.SENTENCE, Models.SENTENCE_EVAL);
        final TokenizerMemo tokenizer = new TokenizerMemo(Models.TOKENIZER);
        final PartOfSpeechTagger tagger = new PartOfSpeechTagger(Models.TAGGER, Models.TAGGER_EVAL);
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private Linguistics() {}

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = Linguistics.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }

    /** Loads the models now (they load lazily otherwise); returns the milliseconds it took. */
    public static long warmUp() {
        long t0 = System.nanoTime();
        TOOLS.get();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Sentence spans of {@code text} (offsets into it). */
    public static Span[] sentences(String text) {
        return TOOLS.get().sentences.sentPosDetect(text);
    }

    /**
     * Parts of speech with quotation marks left out of the tagger's input: a quoted word keeps the
     * part it has in the sentence ("it 'strongly condemns' India's decision": a verb, which the model
     * reads as a noun between two quote tokens); the marks themselves are punctuation.
     */
    private static String[] tagAroundQuotes(Tools t, String[] words) {
        int quotes = 0;
        for (String w : words) {
            if (quote(w)) {
                quotes++;
            }
        }
        if (quotes == 0) {
            return t.tagger.tag(words);
        }
        String[] inner = new String[words.length - quotes];
        for (int i = 0, j = 0; i < words.length; i++) {
            if (!quote(words[i])) {
                inner[j++] = words[i];
            }
        }
        String[] innerTags = inner.length == 0 ? new String[0] : t.tagger.tag(inner);
        String[] tags = new String[words.length];
        for (int i = 0, j = 0; i < words.length; i++) {
            tags[i] = quote(words[i]) ? "PUNCT" : innerTags[j++];
        }
        return tags;
    }

    private static boolean quote(String w) {
        return w.length() == 1 && "'\"\u2018\u2019\u201C\u201D`".indexOf(w.charAt(0)) >= 0
                || w.equals("``") || w.equals("''");
    }

    /** Tokens of one sentence with their offsets in {@code text} and their UD part of speech. */
    public static List<Token> tokens(String text, int start, int end) {
        Tools t = TOOLS.get();
        String s = text.substring(start, end);
        List<int[]> parts = new ArrayList<>();
        for (Span sp : t.tokenizer.tokenizePos(s)) {
            int a = sp.getStart();
            int b = sp.getEnd();
            // the UD tokenizer keeps a possessive on its noun ("Somalia's"): split it off, as UD does
            if (b - a > 2 && (s.charAt(b - 1) == 's' || s.charAt(b - 1) == 'S')
                    && (s.charAt(b - 2) == '\'' || s.charAt(b - 2) == '\u2019')) {
                parts.add(new int[] {a, b - 2});
                parts.add(new int[] {b - 2, b});
            } else if (b - a > 1 && (s.charAt(b - 1) == '\'' || s.charAt(b - 1) == '\u2019')
                    && (s.charAt(b - 2) == 's')) {
                parts.add(new int[] {a, b - 1});
                parts.add(new int[] {b - 1, b});
            } else {
                parts.add(new int[] {a, b});
            }
        }
        Span[] spans = new Span[parts.size()];
        String[] words = new String[parts.size()];
        for (int i = 0; i < spans.length; i++) {
            spans[i] = new Span(parts.get(i)[0], parts.get(i)[1]);
            words[i] = s.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] tags = tagAroundQuotes(t, words);
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            out.add(new Token(i, words[i], start + spans[i].getStart(), start + spans[i].getEnd(), tags[i]));
        }
        return out;
    }
}
