package io.blocwatch.tagging.coder;

import java.util.List;

/**
 * A noun phrase naming one or more actors ("Albania, Croatia and Kosovo", "the Philippine coast
 * guard", "Kenyan President William Ruto") over tokens [first, last] of a sentence.
 */
public record Group(int sentence, int first, int last, List<String> codes, List<Mention> mentions) {

    public boolean overlaps(int a, int b) {
        return first <= b && last >= a;
    }
}
