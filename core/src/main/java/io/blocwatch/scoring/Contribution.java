package io.blocwatch.scoring;

import java.util.ArrayList;
import java.util.List;

/** One counted interaction kept to explain a pair's score (Flink POJO, part of {@link PairState}). */
public class Contribution {
    public String kind;
    public String source;
    public String target;
    public String channel;
    /** The resolved weight at the event's time (undecayed). */
    public double weight;
    public long time;
    /** The item that reported it first, then the other items that reported the same event (at most {@value #MAX_ITEMS}). */
    public List<String> itemIds = new ArrayList<>();

    static final int MAX_ITEMS = 8;

    public Contribution() {}

    /** The contribution of interaction {@code i} of event time {@code time}, first reported by {@code itemId}. */
    static Contribution of(BlocEvent.BlocInteraction i, long time, String itemId) {
        Contribution c = new Contribution();
        c.kind = i.kind;
        c.source = i.source;
        c.target = i.target;
        c.channel = i.channel;
        c.weight = i.weight;
        c.time = time;
        c.itemIds.add(itemId);
        return c;
    }

    /** Whether this is the contribution of {@code first}, the event another item's tag repeats. */
    boolean isEventOf(CountedEvent first, BlocEvent.BlocInteraction repeat) {
        if (itemIds.isEmpty() || !itemIds.get(0).equals(first.itemId) || !kind.equals(repeat.kind)) {
            return false;
        }
        boolean sameWay = source.equals(repeat.source) && target.equals(repeat.target);
        boolean otherWay = source.equals(repeat.target) && target.equals(repeat.source);
        return sameWay || (otherWay && EventIdentity.SIGN_AGREEMENT.equals(kind));
    }

    /** Adds the id of another item that reported this event. */
    void reportedBy(String itemId) {
        if (!itemIds.contains(itemId) && itemIds.size() < MAX_ITEMS) {
            itemIds.add(itemId);
        }
    }

    /** The weight decayed from the event's time to {@code now}. */
    public double weightAt(long now, long halfLifeMs) {
        return now <= time ? weight : weight * PolarizationFormula.decay(now - time, halfLifeMs);
    }
}
