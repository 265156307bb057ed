package io.blocwatch.scoring;

/**
 * An event already counted for a pair (Flink POJO state): who, what kind, on which day, and the
 * item that brought it first. See {@link EventIdentity}.
 */
public class CountedEvent {
    /** The interaction kind ({@code sign-agreement}, {@code threaten}...). */
    public String kind;
    /** {@code source>target} for acts; the two signatories in code order for a signing. */
    public String actors;
    /** The UTC day of the act (epoch day): the signing date when the item gives it, else the item's day. */
    public long day;
    /** Whether {@link #day} is a date the item gave (signings only). */
    public boolean dated;
    public String itemId;

    public CountedEvent() {}

    CountedEvent(String kind, String actors, long day, boolean dated, String itemId) {
        this.kind = kind;
        this.actors = actors;
        this.day = day;
        this.dated = dated;
        this.itemId = itemId;
    }
}
