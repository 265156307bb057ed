package io.blocwatch.bench;

import io.blocwatch.connectors.RawRecord;
import io.blocwatch.connectors.json.NewsItemParser;
import io.blocwatch.contracts.NewsItem;
import io.blocwatch.job.TagFunction;
import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.operators.BlocEventRouter;
import io.blocwatch.operators.BlocPolarizationFunction;
import io.blocwatch.scoring.BlocScenarios;
import io.blocwatch.tagging.NewsTagger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;

/**
 * Keyed state of the scoring operator as the stream grows: BlocPolarizationFunction in Flink's
 * keyed operator harness (heap state backend, generic types disabled as in the job), fed the bloc
 * events of generated items, snapshotted after given numbers of items. Tagging a million items
 * would measure the tagger, so {@value #TEMPLATES} generated items are tagged and routed once
 * and their events replayed in a cycle, each copy with a new item id and event time (10 minutes
 * apart, agreement dates moved with it). One cycle spans about three weeks of event time, longer
 * than the seven-day near-duplicate window, so replayed copies are not dropped as duplicates.
 */
public final class StateSize {

    static final int TEMPLATES = 3_000;

    /** One snapshot: items so far, keys seen, snapshot bytes. */
    public record Row(long items, int keys, long bytes, long alerts) {
        public double bytesPerKey() {
            return keys == 0 ? 0 : (double) bytes / keys;
        }
    }

    private StateSize() {}

    public static List<Row> measure(long[] checkpoints) throws Exception {
        BlocScenarios scenarios = BlocScenarios.loadDefault();
        NewsTagger tagger = NewsTagger.withDefaults();
        BlocEventRouter router = new BlocEventRouter(scenarios);
        NewsItemParser parser = new NewsItemParser();
        byte[][] raw = Workload.records(Workload.SEED + 1, TEMPLATES);
        List<List<BlocEvent>> templates = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            NewsItem item = parser.parse(new RawRecord("state:" + i, raw[i])).item();
            templates.add(router.route(TagFunction.tagAndSign(tagger, item)));
        }

        KeyedOneInputStreamOperatorTestHarness<String, BlocEvent, ?> h = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new BlocPolarizationFunction(scenarios)), BlocEvent::key, Types.STRING);
        ((SerializerConfigImpl) h.getExecutionConfig().getSerializerConfig()).setGenericTypes(false);
        h.open();
        List<Row> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        long alerts = 0;
        long start = Workload.START.toEpochMilli();
        long spacing = Workload.SPACING.toMillis();
        long last = checkpoints[checkpoints.length - 1];
        int next = 0;
        for (long k = 0; k < last; k++) {
            long t = start + k * spacing;
            for (BlocEvent template : templates.get((int) (k % TEMPLATES))) {
                BlocEvent e = copy(template, "s-" + k, t);
                keys.add(e.key);
                h.processElement(e, t);
            }
            if (k % 144 == 143) {
                // A day of items: event time moves on, timers fire; outputs are dropped as they come.
                h.processWatermark(t - 10 * 60_000L);
                h.getOutput().clear();
                var a = h.getSideOutput(BlocPolarizationFunction.ALERTS);
                if (a != null) {
                    alerts += a.size();
                    a.clear();
                }
                var late = h.getSideOutput(BlocPolarizationFunction.LATE);
                if (late != null) {
                    late.clear();
                }
            }
            if (k + 1 == checkpoints[next]) {
                OperatorSubtaskState s = h.snapshot(next + 1, t);
                rows.add(new Row(k + 1, keys.size(), s.getStateSize(), alerts));
                next++;
            }
        }
        h.close();
        return rows;
    }

    private static BlocEvent copy(BlocEvent t, String itemId, long eventTime) {
        BlocEvent e = t.withItem(itemId, "https://example.org/state/" + itemId, eventTime);
        // Agreements are re-dated to the copy's day, so counter-alignment memory keeps cycling.
        e.agreements = new ArrayList<>();
        String day = Instant.ofEpochMilli(eventTime).atZone(ZoneOffset.UTC).toLocalDate().toString();
        for (BlocEvent.BlocAgreement a : t.agreements) {
            BlocEvent.BlocAgreement c = new BlocEvent.BlocAgreement();
            c.form = a.form;
            c.domain = a.domain;
            c.parties = a.parties;
            c.status = a.status;
            c.date = a.date == null ? null : day;
            c.relation = a.relation;
            c.sentence = a.sentence;
            e.agreements.add(c);
        }
        return e;
    }
}
