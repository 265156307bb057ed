package io.blocwatch.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.alerting.RememberedAgreement;
import io.blocwatch.contracts.Alert;
import io.blocwatch.contracts.AlertType;
import io.blocwatch.contracts.BlocScore;
import io.blocwatch.contracts.InteractionTag;
import io.blocwatch.contracts.Severity;
import io.blocwatch.contracts.TaggedItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The scorer without Flink: its memory in plain fields, its ticks run by hand. */
class PairScorerTest {

    static final BlocScenarios SCENARIOS = BlocScenarios.loadDefault();
    static final String KEY = "western-balkans|belgrade-budapest|tirana-zagreb-pristina";
    static final long DAY = ScoringSettings.DAY_MS;

    final PairScorer scorer = new PairScorer(SCENARIOS, SCENARIOS.settings());
    final Memory memory = new Memory();
    final Output out = new Output();

    static BlocEvent event(String id, String publishedAt, String kind, String sentence) {
        InteractionTag tag = new InteractionTag("SRB", "XKX", InteractionTag.CONFLICTUAL, kind, -7.0, List.of(sentence));
        TaggedItem item = new TaggedItem(null, id, publishedAt, "wire", "https://example.org/" + id, List.of(), List.of(),
                List.of(), List.of(tag), NearDuplicateSignature.of(id + " " + sentence));
        return new PairRouter(SCENARIOS).route(item).stream().filter(e -> e.key.equals(KEY)).findFirst().orElseThrow();
    }

    @Test
    void aThreatAcrossTheBlocsScoresAndAlertsOnceAndItsCopyIsADuplicate() {
        BlocEvent threat = event("t-1", "2031-03-02T10:00:00Z", "threaten", "Belgrade threatened Pristina with troops");
        assertThat(scorer.onEvent(threat, Long.MIN_VALUE, false, memory, out).verdict()).isEqualTo(PairScorer.Verdict.COUNTED);
        assertThat(out.scores).singleElement().satisfies(s -> {
            assertThat(s.polarization()).isPositive();
            assertThat(s.topEvents()).singleElement().satisfies(c -> assertThat(c.weight()).isEqualTo(-7.0));
        });
        assertThat(out.alerts).extracting(Alert::type).contains(AlertType.CROSS_BLOC_HOSTILITY.json());
        Alert hostility = out.alerts.stream().filter(a -> a.type().equals(AlertType.CROSS_BLOC_HOSTILITY.json())).findFirst().orElseThrow();
        assertThat(hostility.severity()).isEqualTo(Severity.HIGH.json());
        assertThat(hostility.evidence()).singleElement()
                .satisfies(e -> assertThat(e.sentence()).isEqualTo("Belgrade threatened Pristina with troops"));
        int alerts = out.alerts.size();

        PairScorer.Outcome again = scorer.onEvent(threat.withItem("t-1", threat.url, threat.eventTime + 1000),
                Long.MIN_VALUE, false, memory, out);
        assertThat(again.verdict()).isEqualTo(PairScorer.Verdict.DUPLICATE);
        assertThat(out.alerts).hasSize(alerts);
        assertThat(out.scores).hasSize(1);
    }

    @Test
    void anEventOlderThanTheAllowedLatenessChangesNothing() {
        BlocEvent first = event("l-1", "2031-03-02T10:00:00Z", "threaten", "Belgrade threatened Pristina");
        scorer.onEvent(first, Long.MIN_VALUE, false, memory, out);
        PairState before = memory.pair;
        long watermark = first.eventTime + 3 * DAY;
        BlocEvent late = event("l-2", "2031-03-03T10:00:00Z", "warn", "Belgrade warned Pristina");
        assertThat(scorer.onEvent(late, watermark, false, memory, out).verdict()).isEqualTo(PairScorer.Verdict.LATE);
        assertThat(memory.pair).isSameAs(before);
        assertThat(memory.pair.items).isEqualTo(1);
        // After a restore that kept no watermark, the pair's own progress is the floor.
        BlocEvent older = event("l-3", "2031-02-20T10:00:00Z", "warn", "Belgrade warned Pristina again");
        assertThat(scorer.onEvent(older, Long.MIN_VALUE, true, memory, out).verdict()).isEqualTo(PairScorer.Verdict.LATE);
    }

    @Test
    void ticksEmitTheDecayedScoreThenClearThePairAfterItsSilence() {
        BlocEvent threat = event("k-1", "2031-03-02T10:00:00Z", "threaten", "Belgrade threatened Pristina");
        scorer.onEvent(threat, Long.MIN_VALUE, false, memory, out);
        double first = out.scores.get(0).polarization();
        long tick = out.ticks.first();
        assertThat(tick).isEqualTo(Instant.parse("2031-03-03T00:00:00Z").toEpochMilli());
        // The first tick comes within a cadence of the emitted score: nothing to say yet.
        scorer.onTick(KEY, tick, memory, out);
        assertThat(out.scores).hasSize(1);
        long later = tick + 40 * DAY;
        memory.pair.cadenceTimer = later;
        scorer.onTick(KEY, later, memory, out);
        assertThat(out.scores).hasSize(2);
        assertThat(out.scores.get(1).polarization()).isLessThan(first);
        assertThat(out.ticks).contains(later + DAY);

        scorer.onTick(KEY, memory.pair.clearTimer, memory, out);
        assertThat(memory.cleared).isTrue();
        assertThat(memory.pair).isNull();
    }

    /** A pair's memory in plain fields. */
    static final class Memory implements PairMemory, PairMemory.IncidentMemory {
        PairState pair;
        List<SeenItem> recent = new ArrayList<>();
        List<CountedEvent> counted = new ArrayList<>();
        List<RememberedAgreement> intra = new ArrayList<>();
        List<RememberedAgreement> cross = new ArrayList<>();
        Map<String, Long> incidents = new HashMap<>();
        boolean cleared;

        @Override public PairState pair() { return pair; }
        @Override public void pair(PairState state) { pair = state; }
        @Override public List<SeenItem> recentItems() { return new ArrayList<>(recent); }
        @Override public void recentItems(List<SeenItem> items) { recent = items; }
        @Override public List<CountedEvent> countedEvents() { return new ArrayList<>(counted); }
        @Override public void countedEvents(List<CountedEvent> events) { counted = events; }
        @Override public List<RememberedAgreement> intraBlocAgreements() { return new ArrayList<>(intra); }
        @Override public void intraBlocAgreements(List<RememberedAgreement> agreements) { intra = agreements; }
        @Override public List<RememberedAgreement> crossBlocSignings() { return new ArrayList<>(cross); }
        @Override public void crossBlocSignings(List<RememberedAgreement> signings) { cross = signings; }
        @Override public IncidentMemory incidents() { return this; }
        @Override public Long until(String key) { return incidents.get(key); }
        @Override public void remember(String key, long until) { incidents.put(key, until); }
        @Override public void forgetBefore(long time) { incidents.values().removeIf(v -> v < time); }

        @Override
        public void clear() {
            pair = null;
            recent = new ArrayList<>();
            counted = new ArrayList<>();
            intra = new ArrayList<>();
            cross = new ArrayList<>();
            incidents.clear();
            cleared = true;
        }
    }

    /** The scorer's results, and the ticks it asked for. */
    static final class Output implements PairOutput {
        final List<BlocScore> scores = new ArrayList<>();
        final List<Alert> alerts = new ArrayList<>();
        final TreeSet<Long> ticks = new TreeSet<>();

        @Override public void score(BlocScore score) { scores.add(score); }
        @Override public void alert(Alert alert) { alerts.add(alert); }
        @Override public void registerTick(long time) { ticks.add(time); }
        @Override public void cancelTick(long time) { ticks.remove(time); }
    }
}
