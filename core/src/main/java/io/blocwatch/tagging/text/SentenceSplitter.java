package io.blocwatch.tagging.text;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's maximum-entropy sentence detection ({@link SentenceDetectorME#sentPosDetect}) with the
 * same model, context generator and rules, finding the candidate positions with a table of the
 * model's end-of-sentence characters instead of a set of boxed {@code Character}s looked up for
 * every character of the text. Same spans as SentenceDetectorME (the probabilities are not kept).
 * A model with an abbreviation dictionary, or without its own end-of-sentence characters, is run
 * by SentenceDetectorME itself. Not thread-safe: one per thread.
 */
final class SentenceSplitter {

    private final SentenceDetectorME fallback;
    private final MaxentModel model;
    private final SDContextGenerator contexts;
    private final boolean useTokenEnd;
    /** The end-of-sentence characters below 128, as a table; {@link #otherEnders} holds the rest. */
    private final boolean[] asciiEnders = new boolean[128];
    private final String otherEnders;
    private int[] enders = new int[64];
    private int[] starts = new int[64];

    SentenceSplitter(SentenceModel sentenceModel) {
        this(sentenceModel, FlatMaxent.of(sentenceModel.getMaxentModel()));
    }

    /**
     * A splitter of the model whose maxent model is evaluated by {@code evaluator} (the model's own,
     * or one that gives the same distributions: {@link FlatMaxent}, shared by threads).
     */
    SentenceSplitter(SentenceModel sentenceModel, MaxentModel evaluator) {
        SentenceDetectorFactory factory = sentenceModel.getFactory();
        char[] eos = factory.getEOSCharacters();
        if (sentenceModel.getAbbreviations() != null || eos == null || eos.length == 0) {
            fallback = new SentenceDetectorME(sentenceModel);
            model = null;
            contexts = null;
            useTokenEnd = false;
            otherEnders = "";
            return;
        }
        fallback = null;
        model = evaluator;
        contexts = factory.getSDContextGenerator();
        useTokenEnd = factory.isUseTokenEnd();
        StringBuilder other = new StringBuilder();
        for (char c : eos) {
            if (c < 128) {
                asciiEnders[c] = true;
            } else {
                other.append(c);
            }
        }
        otherEnders = other.toString();
    }

    /** The sentences of {@code s}, as {@code SentenceDetectorME.sentPosDetect(s)} gives them. */
    Span[] sentPosDetect(CharSequence s) {
        if (fallback != null) {
            return fallback.sentPosDetect(s);
        }
        int length = s.length();
        int candidates = 0;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 128 ? asciiEnders[c] : otherEnders.indexOf(c) >= 0) {
                if (candidates == enders.length) {
                    enders = java.util.Arrays.copyOf(enders, candidates * 2);
                }
                enders[candidates++] = i;
            }
        }
        int found = 0;
        int from = 0; // where the sentence being read began (after the last accepted break)
        for (int i = 0; i < candidates; i++) {
            int at = enders[i];
            int tokenEnd = firstWhitespace(s, at + 1);
            if (i + 1 < candidates && enders[i + 1] < tokenEnd) {
                continue; // another candidate in the same token ("?!", "U.S."): the last one decides
            }
            if (found > 0 && at < starts[found - 1]) {
                continue;
            }
            double[] probs = model.eval(contexts.getContext(s, at));
            if (model.getBestOutcome(probs).equals(SentenceDetectorME.SPLIT)) {
                if (from != at) {
                    if (found == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, found * 2);
                    }
                    starts[found++] = firstNonWhitespace(s, useTokenEnd ? firstWhitespace(s, at + 1) : at + 1);
                }
                from = at + 1;
            }
        }
        if (found == 0) {
            int a = 0;
            int b = length;
            while (a < length && StringUtil.isWhitespace(s.charAt(a))) {
                a++;
            }
            while (b > 0 && StringUtil.isWhitespace(s.charAt(b - 1))) {
                b--;
            }
            return b - a > 0 ? new Span[] {new Span(a, b)} : new Span[0];
        }
        boolean rest = starts[found - 1] != length;
        Span[] spans = new Span[rest ? found + 1 : found];
        for (int k = 0; k < found; k++) {
            Span span = new Span(k == 0 ? 0 : starts[k - 1], starts[k]).trim(s);
            if (span.length() > 0) {
                spans[k] = span; // an empty one stays null, as in SentenceDetectorME
            }
        }
        if (rest) {
            Span span = new Span(starts[found - 1], length).trim(s);
            if (span.length() > 0) {
                spans[spans.length - 1] = span;
            }
        }
        return spans;
    }

    private static int firstWhitespace(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && !StringUtil.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int firstNonWhitespace(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && StringUtil.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
