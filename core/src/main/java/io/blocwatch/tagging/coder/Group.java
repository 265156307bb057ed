package io.blocwatch.tagging.coder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A noun phrase naming one or more actors ("Albania, Croatia and Kosovo", "the Philippine coast
 * guard", "Kenyan President William Ruto") over tokens [first, last] of a sentence.
 */
public record Group(int sentence, int first, int last, List<String> codes, List<Mention> mentions) {

    public boolean overlaps(int a, int b) {
        return first <= b && last >= a;
    }

    /**
     * {@code head} with the actors of {@code lead} named with it as one phrase ("Japan, Philippines
     * sign", "Brazil, along with Argentina, signed"): lead's codes and mentions first, from the earlier
     * first token to the head's last.
     */
    public static Group union(Group lead, Group head) {
        LinkedHashSet<String> codes = new LinkedHashSet<>(lead.codes());
        codes.addAll(head.codes());
        List<Mention> ms = new ArrayList<>(lead.mentions());
        ms.addAll(head.mentions());
        return new Group(head.sentence(), Math.min(lead.first(), head.first()), head.last(), List.copyOf(codes), List.copyOf(ms));
    }
}
