package io.blocwatch.scoring;

import io.blocwatch.alerting.RememberedAgreement;
import java.util.List;

/**
 * What the scorer remembers for one scenario and bloc pair, held by its host (Flink keyed state in
 * the job, plain fields in a test). Each part is read only when a rule needs it; a null
 * {@link #pair()} is a pair seen for the first time (or cleared).
 */
public interface PairMemory {

    PairState pair();

    void pair(PairState state);

    /** Items remembered for near-duplicate suppression, oldest first. */
    List<SeenItem> recentItems();

    void recentItems(List<SeenItem> items);

    /** Events counted for the pair (see {@link EventIdentity}). */
    List<CountedEvent> countedEvents();

    void countedEvents(List<CountedEvent> events);

    /** Signed intra-bloc agreements (counter-alignment). */
    List<RememberedAgreement> intraBlocAgreements();

    void intraBlocAgreements(List<RememberedAgreement> agreements);

    /** Cross-bloc signings already alerted (realignment). */
    List<RememberedAgreement> crossBlocSignings();

    void crossBlocSignings(List<RememberedAgreement> signings);

    /** Emitted incidents and alert ids, each with the event time until which it is remembered. */
    IncidentMemory incidents();

    /** Forgets everything about the pair. */
    void clear();

    /** Emitted incidents and alert ids: key to the event time it is remembered until. */
    interface IncidentMemory {

        /** The time {@code key} is remembered until, or null. */
        Long until(String key);

        void remember(String key, long until);

        /** Forgets every entry remembered until before {@code time}. */
        void forgetBefore(long time);
    }
}
