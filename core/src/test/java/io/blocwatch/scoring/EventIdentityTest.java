package io.blocwatch.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Events, not mentions: what a pair counts of the items that report one act. */
class EventIdentityTest {

    static final long DAY = 86_400_000L;
    static final long T = 1_900_000_000_000L; // 2030-03-17T17:46:40Z

    static BlocEvent item(String id, long time) {
        BlocEvent e = new BlocEvent();
        e.key = "sc|east|west";
        e.scenario = "sc";
        e.blocA = "east";
        e.blocB = "west";
        e.itemId = id;
        e.eventTime = time;
        return e;
    }

    static BlocEvent.BlocInteraction act(String source, String target, String kind, String channel) {
        BlocEvent.BlocInteraction i = new BlocEvent.BlocInteraction();
        i.source = source;
        i.target = target;
        i.kind = kind;
        i.channel = channel;
        i.weight = kind.equals("sign-agreement") ? 5.0 : -3.0;
        return i;
    }

    static BlocEvent.BlocAgreement signed(String date, String... parties) {
        BlocEvent.BlocAgreement a = new BlocEvent.BlocAgreement();
        a.form = "agreement";
        a.domain = "defense";
        a.status = "signed";
        a.date = date;
        a.relation = BlocEvent.BlocAgreement.INTRA_A;
        a.parties = List.of(parties);
        return a;
    }

    @Test
    void aSigningReportedByThreeItemsCountsOnceAndItsOwnItemsPairsAllCount() {
        BlocEvent news = item("n-1", T);
        news.agreements.add(signed("2030-03-17", "EEE", "FFF", "GGG"));
        news.interactions.add(act("EEE", "FFF", "sign-agreement", BlocEvent.WITHIN_A));
        news.interactions.add(act("FFF", "GGG", "sign-agreement", BlocEvent.WITHIN_A));
        news.interactions.add(act("EEE", "GGG", "sign-agreement", BlocEvent.WITHIN_A));
        EventIdentity.Outcome first = EventIdentity.sift(List.of(), news);
        assertThat(first.counted()).hasSize(3);

        // A reaction piece the next day reports the signing again (undated), and adds a new act.
        BlocEvent reaction = item("n-2", T + DAY);
        reaction.interactions.add(act("FFF", "EEE", "sign-agreement", BlocEvent.WITHIN_A));
        reaction.interactions.add(act("WWW", "EEE", "criticize", BlocEvent.ACROSS));
        EventIdentity.Outcome second = EventIdentity.sift(first.memory(), reaction);
        assertThat(second.counted()).extracting(i -> i.kind).containsExactly("criticize");
        assertThat(second.repeated()).isEqualTo(1);

        // A third outlet gives the date: still the same signing.
        BlocEvent dated = item("n-3", T + 2 * DAY);
        dated.agreements.add(signed("2030-03-17", "EEE", "GGG"));
        dated.interactions.add(act("EEE", "GGG", "sign-agreement", BlocEvent.WITHIN_A));
        assertThat(EventIdentity.sift(second.memory(), dated).counted()).isEmpty();
    }

    @Test
    void aSigningDatedBeforeTheNewsWindowIsHistoryAndANewSigningOfTheSamePairCounts() {
        BlocEvent recall = item("h-1", T);
        recall.agreements.add(signed("1983-06-02", "EEE", "FFF"));
        recall.interactions.add(act("EEE", "FFF", "sign-agreement", BlocEvent.WITHIN_A));
        EventIdentity.Outcome r = EventIdentity.sift(List.of(), recall);
        assertThat(r.counted()).isEmpty();
        assertThat(r.history()).isEqualTo(1);

        BlocEvent first = item("s-1", T);
        first.agreements.add(signed("2030-03-17", "EEE", "FFF"));
        first.interactions.add(act("EEE", "FFF", "sign-agreement", BlocEvent.WITHIN_A));
        EventIdentity.Outcome one = EventIdentity.sift(List.of(), first);
        // The same two states sign a second, distinct agreement three days later: dated, another event.
        BlocEvent second = item("s-2", T + 3 * DAY);
        second.agreements.add(signed("2030-03-20", "EEE", "FFF"));
        second.interactions.add(act("EEE", "FFF", "sign-agreement", BlocEvent.WITHIN_A));
        assertThat(EventIdentity.sift(one.memory(), second).counted()).hasSize(1);
    }

    @Test
    void theSameActReportedTheSameDayByAnotherOutletCountsOnceAndTheNextDaysActCountsAgain() {
        BlocEvent a = item("w-1", T);
        a.interactions.add(act("EEE", "WWW", "warn", BlocEvent.ACROSS));
        EventIdentity.Outcome one = EventIdentity.sift(List.of(), a);
        BlocEvent b = item("w-2", T + 3_600_000L);
        b.interactions.add(act("EEE", "WWW", "warn", BlocEvent.ACROSS));
        b.interactions.add(act("WWW", "EEE", "warn", BlocEvent.ACROSS));
        EventIdentity.Outcome two = EventIdentity.sift(one.memory(), b);
        assertThat(two.counted()).extracting(i -> i.source).containsExactly("WWW");
        BlocEvent c = item("w-3", T + DAY);
        c.interactions.add(act("EEE", "WWW", "warn", BlocEvent.ACROSS));
        assertThat(EventIdentity.sift(two.memory(), c).counted()).hasSize(1);
    }
}
