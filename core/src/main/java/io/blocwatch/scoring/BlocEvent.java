package io.blocwatch.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * One tagged item as seen by one pair of blocs of one scenario: the interactions and agreements
 * of the item that concern the pair, with the bloc of each actor. A Flink POJO (no Kryo).
 */
public class BlocEvent {

    /** {@code scenario|blocA|blocB}, the key the scorer is keyed by. */
    public String key;
    public String scenario;
    public String blocA;
    public String blocB;
    public String itemId;
    public String url;
    /** Event time (the item's published_at) in epoch milliseconds. */
    public long eventTime;
    /** MinHash of the item's text, see {@link NearDuplicateSignature}; may be empty. */
    public long[] signature = new long[0];
    public List<BlocInteraction> interactions = new ArrayList<>();
    public List<BlocAgreement> agreements = new ArrayList<>();

    public BlocEvent() {}

    /** The same event as carried by another item: new identity and time, the same tags (shared, not copied). */
    public BlocEvent withItem(String newItemId, String newUrl, long newEventTime) {
        BlocEvent c = new BlocEvent();
        c.key = key;
        c.scenario = scenario;
        c.blocA = blocA;
        c.blocB = blocB;
        c.itemId = newItemId;
        c.url = newUrl;
        c.eventTime = newEventTime;
        c.signature = signature;
        c.interactions = interactions;
        c.agreements = agreements;
        return c;
    }

    /** This event with only the given interactions (the ones the pair has not counted yet). */
    public BlocEvent withInteractions(List<BlocInteraction> kept) {
        BlocEvent c = withItem(itemId, url, eventTime);
        c.interactions = kept;
        return c;
    }

    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return "BlocEvent{" + key + ", " + itemId + " @" + eventTime + ", " + interactions.size()
                + " interactions, " + agreements.size() + " agreements}";
    }

    /** Which part of the pair an interaction falls in. */
    public static final String WITHIN_A = "within-a";
    public static final String WITHIN_B = "within-b";
    public static final String ACROSS = "across";

    /** A directed interaction whose two ends are members of the pair's blocs. */
    public static class BlocInteraction {
        public String source;
        public String target;
        public String sourceBloc;
        public String targetBloc;
        /** {@link #WITHIN_A}, {@link #WITHIN_B} or {@link #ACROSS}. */
        public String channel;
        public String kind;
        /** The resolved weight (scenario weight table, see ScenarioParameters#weightOf). */
        public double weight;
        /** The evidence sentence, or null. */
        public String sentence;

        public BlocInteraction() {}
    }

    /** An agreement whose parties are all in one bloc (intra) or span the two blocs (cross). */
    public static class BlocAgreement {
        public static final String INTRA_A = "intra-a";
        public static final String INTRA_B = "intra-b";
        public static final String CROSS = "cross";

        public String form;
        public String domain;
        public List<String> parties = new ArrayList<>();
        public String status;
        /** YYYY-MM-DD, or null when the item gives none. */
        public String date;
        public String relation;
        public String sentence;

        public BlocAgreement() {}
    }
}
