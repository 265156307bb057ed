package io.blocwatch.scoring;

import io.blocwatch.contracts.AgreementStatus;
import io.blocwatch.contracts.AgreementTag;
import io.blocwatch.contracts.InteractionKind;
import io.blocwatch.contracts.InteractionTag;
import io.blocwatch.contracts.TaggedItem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a tagged item to the bloc pairs it concerns, one {@link BlocEvent} per scenario and pair
 * that at least one of its interactions or agreements touches. Membership is resolved on the
 * item's event day (UTC); interaction weights come from the scenario's weight table.
 */
public final class PairRouter implements Serializable {

    private static final long serialVersionUID = 1L;
    private final BlocScenarios scenarios;

    public PairRouter(BlocScenarios scenarios) {
        this.scenarios = scenarios;
    }

    /** The events of one item, in scenario and pair order. */
    public List<BlocEvent> route(TaggedItem item) {
        long eventTime = item.eventTimeMillis();
        LocalDate day = Instant.ofEpochMilli(eventTime).atZone(ZoneOffset.UTC).toLocalDate();
        List<BlocEvent> events = new ArrayList<>();
        for (Scenario scenario : scenarios.scenarios()) {
            for (Scenario.BlocPair pair : scenario.pairs()) {
                BlocEvent event = forPair(item, eventTime, day, scenario, pair);
                if (event != null) {
                    events.add(event);
                }
            }
        }
        return events;
    }

    private static BlocEvent forPair(TaggedItem item, long eventTime, LocalDate day, Scenario scenario, Scenario.BlocPair pair) {
        List<BlocEvent.BlocInteraction> interactions = new ArrayList<>();
        for (InteractionTag tag : item.interactions()) {
            if (tag.source() == null || tag.source().equals(tag.target())) {
                continue;
            }
            String sb = pairBloc(scenario, pair, tag.source(), day);
            String tb = pairBloc(scenario, pair, tag.target(), day);
            if (sb == null || tb == null) {
                continue;
            }
            BlocEvent.BlocInteraction bi = new BlocEvent.BlocInteraction();
            bi.source = tag.source();
            bi.target = tag.target();
            bi.sourceBloc = sb;
            bi.targetBloc = tb;
            bi.channel = !sb.equals(tb) ? BlocEvent.ACROSS : sb.equals(pair.a()) ? BlocEvent.WITHIN_A : BlocEvent.WITHIN_B;
            bi.kind = tag.kind();
            bi.weight = scenario.parameters().weightOf(tag.kind(), tag.polarity(), tag.weight());
            bi.sentence = tag.evidence().isEmpty() ? null : tag.evidence().get(0);
            interactions.add(bi);
        }
        List<BlocEvent.BlocAgreement> agreements = new ArrayList<>();
        for (AgreementTag tag : item.agreements()) {
            if (undatedBackground(item, tag)) {
                continue;
            }
            String relation = relation(scenario, pair, tag.parties(), day);
            if (relation == null) {
                continue;
            }
            BlocEvent.BlocAgreement ba = new BlocEvent.BlocAgreement();
            ba.form = tag.form();
            ba.domain = tag.domain();
            ba.parties = new ArrayList<>(tag.parties());
            ba.status = tag.status();
            ba.date = tag.date();
            ba.relation = relation;
            ba.sentence = tag.evidence().isEmpty() ? null : tag.evidence().get(0);
            agreements.add(ba);
        }
        if (interactions.isEmpty() && agreements.isEmpty()) {
            return null;
        }
        BlocEvent event = new BlocEvent();
        event.key = pair.key();
        event.scenario = scenario.id();
        event.blocA = pair.a();
        event.blocB = pair.b();
        event.itemId = item.id();
        event.url = item.url();
        event.eventTime = eventTime;
        event.signature = item.signature().clone();
        event.interactions = interactions;
        event.agreements = agreements;
        return event;
    }

    /** The bloc of {@code code} if it is A or B of this pair, else null. */
    private static String pairBloc(Scenario scenario, Scenario.BlocPair pair, String code, LocalDate day) {
        if (code == null) {
            return null;
        }
        String bloc = scenario.blocOf(code, day);
        return pair.a().equals(bloc) || pair.b().equals(bloc) ? bloc : null;
    }

    /**
     * An agreement listed as signed, without a date and without sign-agreement pairs in the item, is
     * background (the corpus conventions): it is not a signing on the item's day.
     */
    static boolean undatedBackground(TaggedItem item, AgreementTag tag) {
        if (!AgreementStatus.SIGNED.is(tag.status()) || tag.date() != null) {
            return false;
        }
        return item.interactions().stream().noneMatch(i -> InteractionKind.SIGN_AGREEMENT.is(i.kind())
                && tag.parties().contains(i.source()) && tag.parties().contains(i.target()));
    }

    /** intra-a / intra-b when all parties (two or more) are in one bloc, cross when both blocs sign. */
    static String relation(Scenario scenario, Scenario.BlocPair pair, List<String> parties, LocalDate day) {
        if (parties.size() < 2) {
            return null;
        }
        int inA = 0;
        int inB = 0;
        for (String p : parties) {
            String bloc = pairBloc(scenario, pair, p, day);
            if (pair.a().equals(bloc)) {
                inA++;
            } else if (pair.b().equals(bloc)) {
                inB++;
            }
        }
        if (inA > 0 && inB > 0) {
            return BlocEvent.BlocAgreement.CROSS;
        }
        if (inA == parties.size()) {
            return BlocEvent.BlocAgreement.INTRA_A;
        }
        if (inB == parties.size()) {
            return BlocEvent.BlocAgreement.INTRA_B;
        }
        return null;
    }
}
