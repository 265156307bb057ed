package io.blocwatch.tagging.text;

import java.util.Locale;

/**
 * One token: its index in the sentence, its text, offsets in the item text and UD part of speech,
 * and its text in lower case (made once: the coder's stages ask for it many times per token).
 */
public record Token(int index, String text, int start, int end, String pos, String lower) {

    public Token(int index, String text, int start, int end, String pos) {
        this(index, text, start, end, pos, text.toLowerCase(Locale.ROOT));
    }

    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean isVerb() {
        return pos.equals("VERB") || pos.equals("AUX");
    }

    public boolean isNominal() {
        return pos.equals("NOUN") || pos.equals("PROPN");
    }
}
