package io.blocwatch.scoring;

/** An item remembered for near-duplicate suppression (Flink POJO state). */
public class SeenItem {
    public String itemId;
    public long eventTime;
    public long[] signature = new long[0];

    public SeenItem() {}

    public SeenItem(String itemId, long eventTime, long[] signature) {
        this.itemId = itemId;
        this.eventTime = eventTime;
        this.signature = signature == null ? new long[0] : signature;
    }
}
