package io.blocwatch.tagging.text;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * {@link TokenizerME}'s tokens, with each whitespace-separated word split once per thread instead
 * of once per occurrence. TokenizerME splits a text at whitespace, then decides every character
 * boundary inside a word of two or more characters that is not plainly alphanumeric with one
 * maxent evaluation; that decision depends only on the word itself (its characters, the position,
 * the model's abbreviations), so the split of a word found once is the split of every later
 * occurrence ("Tuesday,", "Somalia's", "(AP)"). Same spans as {@code TokenizerME.tokenizePos}
 * (the probabilities are not kept). Not thread-safe: one per thread, as TokenizerME.
 */
final class TokenizerMemo {

    /** Words remembered before the memory is emptied: bounds it at a few MB per thread. */
    static final int CAPACITY = 50_000;

    /** A word that stays one token. */
    private static final int[] WHOLE = new int[0];

    private final TokenizerME tokenizer;
    private final Pattern alphanumeric;
    private final boolean alphanumericOptimization;
    /**
     * Word -> its tokens as (start, end) pairs relative to the word, or {@link #WHOLE} when it is one
     * token. (TokenizerME's abbreviation rule can give tokens that overlap, so they are kept as spans.)
     */
    private final Map<String, int[]> splits = new HashMap<>();

    private final int capacity;

    TokenizerMemo(TokenizerModel model) {
        this(model, CAPACITY);
    }

    TokenizerMemo(TokenizerModel model, int capacity) {
        this.capacity = capacity;
        this.tokenizer = new TokenizerME(model);
        TokenizerFactory factory = model.getFactory();
        this.alphanumeric = factory.getAlphaNumericPattern();
        this.alphanumericOptimization = factory.isUseAlphaNumericOptimization();
    }

    /** The token spans of {@code s}, as {@code TokenizerME.tokenizePos(s)} gives them. */
    Span[] tokenizePos(String s) {
        Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(s);
        int count = 0;
        boolean split = false;
        int[][] parts = new int[words.length][];
        for (int w = 0; w < words.length; w++) {
            int[] p = partsOf(s.substring(words[w].getStart(), words[w].getEnd()));
            parts[w] = p;
            split |= p != WHOLE;
            count += p == WHOLE ? 1 : p.length / 2;
        }
        if (!split) {
            return words;
        }
        Span[] out = new Span[count];
        int k = 0;
        for (int w = 0; w < words.length; w++) {
            int[] p = parts[w];
            if (p == WHOLE) {
                out[k++] = words[w];
            } else {
                int from = words[w].getStart();
                for (int i = 0; i < p.length; i += 2) {
                    out[k++] = new Span(from + p[i], from + p[i + 1]);
                }
            }
        }
        return out;
    }

    private int[] partsOf(String word) {
        if (word.length() < 2 || alphanumericOptimization && alphanumeric.matcher(word).matches()) {
            return WHOLE;
        }
        int[] p = splits.get(word);
        if (p == null) {
            // the word alone is one whitespace token, so TokenizerME splits it as it does in the sentence
            Span[] spans = tokenizer.tokenizePos(word);
            if (spans.length == 1 && spans[0].getStart() == 0 && spans[0].getEnd() == word.length()) {
                p = WHOLE;
            } else {
                p = new int[spans.length * 2];
                for (int i = 0; i < spans.length; i++) {
                    p[2 * i] = spans[i].getStart();
                    p[2 * i + 1] = spans[i].getEnd();
                }
            }
            if (splits.size() >= capacity) {
                splits.clear();
            }
            splits.put(word, p);
        }
        return p;
    }
}
