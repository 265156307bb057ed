package io.blocwatch.tagging.coder;

import io.blocwatch.tagging.text.Token;
import java.util.List;

/** One sentence of an item: its text, offsets in the item text, tokens, and whether it is the headline. */
public record Sentence(int index, String text, int start, int end, List<Token> tokens, boolean headline) {

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** Tokens [a, b) as a sentence of their own, with the same index: one clause of this sentence. */
    public Sentence part(int a, int b) {
        int from = tokens.get(a).start();
        int to = tokens.get(b - 1).end();
        return new Sentence(index, text.substring(from - start, to - start), from, to, tokens.subList(a, b), headline);
    }

    /** The lower-case words of tokens [from, to). */
    public List<String> lowerWords(int from, int to) {
        int a = Math.max(0, from);
        int b = Math.min(to, tokens.size());
        if (a >= b) {
            return List.of();
        }
        String[] words = new String[b - a];
        for (int i = a; i < b; i++) {
            words[i - a] = tokens.get(i).lower();
        }
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(words));
    }
}
