package io.blocwatch.scoring;

/** One tagged item as seen by one pair of blocs of one scenario. */
public class BlocEvent {
    public String key;

    public BlocEvent() {}

    public String key() {
        return key;
    }
}
