package io.blocwatch.scoring;

import io.blocwatch.contracts.InteractionKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Events, not mentions: which interactions of an item are events the pair has not counted yet.
 * Plain Java; the scorer keeps the memory in its keyed state.
 *
 * <ul>
 *   <li>A signing ({@code sign-agreement}) is one event per pair of signatories and signing date.
 *       When the item gives no date, the signing is dated to the item's day and matches the same
 *       signatories within {@value #NEWS_WINDOW_DAYS} days. Whether later reports inside the news
 *       window count again is the scenario's {@code signing_reports} (each, the default, or once).</li>
 *   <li>A signing whose date is more than {@value #NEWS_WINDOW_DAYS} days before the item is
 *       history: it is not counted as of today (counter-alignment still remembers it by its own
 *       date).</li>
 *   <li>Any other act is one event per source, target, kind and UTC day (the one-a-day rule of event
 *       data sets): a second outlet's report of the same day's warning adds nothing.</li>
 * </ul>
 * An item's own tags never repeat each other; only tags first counted from another item do.
 */
public final class EventIdentity {

    /** The news window of the tagging conventions: acts up to this many days before the item are news. */
    public static final int NEWS_WINDOW_DAYS = 7;
    public static final String SIGN_AGREEMENT = InteractionKind.SIGN_AGREEMENT.json();
    /** Counted events kept per pair (the newest). */
    static final int MEMORY = 256;

    /** The interactions to count, the memory after the item, and what was left out. */
    public record Outcome(List<BlocEvent.BlocInteraction> counted, List<CountedEvent> memory, int repeated, int history,
                          List<Repeat> repeats) {}

    /** An interaction of the item that repeats {@code first}, an event counted from an earlier item. */
    public record Repeat(BlocEvent.BlocInteraction interaction, CountedEvent first) {}

    private EventIdentity() {}

    /** {@link #sift(List, BlocEvent, boolean)} with signings counted once across items. */
    public static Outcome sift(List<CountedEvent> memory, BlocEvent event) {
        return sift(memory, event, true);
    }

    /**
     * The interactions of {@code event} to count. With {@code signingsOnce} false (the scenarios'
     * default, {@code signing_reports: each}), every item that reports a signing as news counts it, as
     * the tagging conventions do; history is left out either way.
     */
    public static Outcome sift(List<CountedEvent> memory, BlocEvent event, boolean signingsOnce) {
        long today = epochDay(event.eventTime);
        List<CountedEvent> kept = new ArrayList<>();
        for (CountedEvent e : memory) {
            if (e.day >= today - 2L * NEWS_WINDOW_DAYS) {
                kept.add(e);
            }
        }
        List<BlocEvent.BlocInteraction> counted = new ArrayList<>();
        List<Repeat> repeats = new ArrayList<>();
        int repeated = 0;
        int history = 0;
        for (BlocEvent.BlocInteraction i : event.interactions) {
            CountedEvent e;
            if (SIGN_AGREEMENT.equals(i.kind)) {
                Long signed = signingDay(event, i);
                if (signed != null && signed < today - NEWS_WINDOW_DAYS) {
                    history++;
                    continue;
                }
                String dyad = i.source.compareTo(i.target) <= 0 ? i.source + "-" + i.target : i.target + "-" + i.source;
                e = new CountedEvent(SIGN_AGREEMENT, dyad, signed != null ? signed : today, signed != null, event.itemId);
            } else {
                e = new CountedEvent(i.kind, i.source + ">" + i.target, today, false, event.itemId);
            }
            boolean repeatable = !SIGN_AGREEMENT.equals(e.kind) || signingsOnce;
            CountedEvent first = !repeatable ? null
                    : kept.stream().filter(k -> !event.itemId.equals(k.itemId) && same(k, e)).findFirst().orElse(null);
            if (first != null) {
                repeated++;
                repeats.add(new Repeat(i, first));
                continue;
            }
            counted.add(i);
            if (kept.stream().noneMatch(k -> same(k, e))) {
                kept.add(e);
            }
        }
        if (kept.size() > MEMORY) {
            kept = new ArrayList<>(kept.subList(kept.size() - MEMORY, kept.size()));
        }
        return new Outcome(counted, kept, repeated, history, repeats);
    }

    /** Whether two counted events are one. */
    static boolean same(CountedEvent a, CountedEvent b) {
        if (!a.kind.equals(b.kind) || !a.actors.equals(b.actors)) {
            return false;
        }
        if (!SIGN_AGREEMENT.equals(a.kind)) {
            return a.day == b.day;
        }
        return a.dated && b.dated ? a.day == b.day : Math.abs(a.day - b.day) <= NEWS_WINDOW_DAYS;
    }

    /** Whether an agreement of the item is news on the item's day: undated, or dated within the window. */
    public static boolean isNews(BlocEvent.BlocAgreement a, long eventTime) {
        Long d = parse(a.date);
        return d == null || d >= epochDay(eventTime) - NEWS_WINDOW_DAYS;
    }

    /** The date of the item's agreement that both signatories of a sign-agreement tag are parties to, if given. */
    private static Long signingDay(BlocEvent event, BlocEvent.BlocInteraction i) {
        for (BlocEvent.BlocAgreement a : event.agreements) {
            if (a.parties.contains(i.source) && a.parties.contains(i.target)) {
                Long d = parse(a.date);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** A YYYY-MM-DD date as epoch day, or null when absent or malformed. */
    public static Long parse(String date) {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date).toEpochDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The UTC day of an event time, as epoch day. */
    public static long epochDay(long eventTime) {
        return Instant.ofEpochMilli(eventTime).atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
    }
}
