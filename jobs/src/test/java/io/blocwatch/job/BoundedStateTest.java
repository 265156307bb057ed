package io.blocwatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.blocwatch.contracts.BlocScore;
import io.blocwatch.contracts.TaggedItem;
import io.blocwatch.samples.NewsItemGenerator;
import io.blocwatch.scoring.BlocEvent;
import io.blocwatch.operators.BlocEventRouter;
import io.blocwatch.operators.BlocPolarizationFunction;
import io.blocwatch.scoring.BlocScenarios;
import io.blocwatch.scoring.NearDuplicateSignature;
import io.blocwatch.tagging.NewsTagger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.KeyedStateHandle;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * The scorer's keyed state does not grow with the stream: its checkpointed size after 1k, 10k and
 * 50k bloc events (generated news, tagged and routed as in the job, the watermark following the
 * events) stays within a small bound. Every piece of state is capped or pruned by event-time age,
 * and a key silent for clear_after is dropped by a timer (docs/guarantees.md lists them).
 */
class BoundedStateTest {

    static final long DAY = Duration.ofDays(1).toMillis();

    @Test
    void scorerStatePerKeyStaysFlatFrom1kTo50kEvents() throws Exception {
        BlocScenarios scenarios = BlocScenarios.loadDefault();
        List<BlocEvent> pool = taggedPool(scenarios, 1_200);
        long span = pool.get(pool.size() - 1).eventTime - pool.get(0).eventTime + Duration.ofHours(1).toMillis();

        KeyedOneInputStreamOperatorTestHarness<String, BlocEvent, BlocScore> h = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new BlocPolarizationFunction(scenarios)), BlocEvent::key, Types.STRING);
        ((SerializerConfigImpl) h.getExecutionConfig().getSerializerConfig()).setGenericTypes(false);
        h.open();

        Map<Integer, Long> sizes = new LinkedHashMap<>();
        Set<String> keys = new TreeSet<>();
        int pushed = 0;
        long alerts = 0;
        long scores = 0;
        // The pool repeats with new item ids, shifted by its own span (more than the 7-day
        // de-duplication memory), so that the stream keeps bringing new items for months.
        for (int cycle = 0; pushed < 50_000; cycle++) {
            for (BlocEvent original : pool) {
                BlocEvent e = original.withItem(original.itemId + "#" + cycle, original.url, original.eventTime + cycle * span);
                keys.add(e.key);
                h.processElement(e, e.eventTime);
                pushed++;
                if (pushed % 50 == 0) {
                    h.processWatermark(e.eventTime - Duration.ofMinutes(10).toMillis());
                    scores += h.getOutput().size();
                    h.getOutput().clear();
                    if (h.getSideOutput(BlocPolarizationFunction.ALERTS) != null) {
                        alerts += h.getSideOutput(BlocPolarizationFunction.ALERTS).size();
                        h.getSideOutput(BlocPolarizationFunction.ALERTS).clear();
                    }
                }
                if (pushed == 1_000 || pushed == 10_000 || pushed == 50_000) {
                    sizes.put(pushed, keyedStateBytes(h.snapshot(pushed, e.eventTime)));
                }
                if (pushed == 50_000) {
                    break;
                }
            }
        }
        h.close();
        System.out.printf("==== bounded state ====%nkeys %s; pool %d events over %d days; %d events pushed, %d scores, %d alerts%n"
                        + "keyed state snapshot bytes by events pushed: %s%n=======================%n",
                keys, pool.size(), span / DAY, pushed, scores, alerts, sizes);

        long at1k = sizes.get(1_000);
        long at10k = sizes.get(10_000);
        long at50k = sizes.get(50_000);
        // Per key: at most 64 remembered items (id, time, 128-value signature), 32 agreements,
        // 32 polarization samples, the incidents of one suppression window, and the pair's numbers.
        long perKeyBound = 96 * 1024;
        assertThat(at50k).isLessThan(keys.size() * perKeyBound);
        assertThat(at50k).isLessThanOrEqualTo(at10k + at10k / 4);
        assertThat(at10k).isLessThanOrEqualTo(Math.max(at1k * 4, keys.size() * perKeyBound));
        assertThat(scores).isPositive();
        assertThat(alerts).isPositive();
    }

    private static long keyedStateBytes(OperatorSubtaskState state) {
        long bytes = 0;
        for (KeyedStateHandle handle : state.getManagedKeyedState()) {
            bytes += handle.getStateSize();
        }
        return bytes;
    }

    /** Generated news tagged and routed as in the job (tagger, fingerprint, bloc router). */
    private static List<BlocEvent> taggedPool(BlocScenarios scenarios, int items) {
        NewsItemGenerator generator = new NewsItemGenerator(99, Instant.parse("2025-01-01T00:07:00Z"), Duration.ofMinutes(15));
        NewsTagger tagger = NewsTagger.withDefaults();
        BlocEventRouter router = new BlocEventRouter(scenarios);
        List<BlocEvent> events = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            var item = generator.next();
            if (NewsItemGenerator.isEverydayNews(item)) {
                continue; // nothing to route; skips the tagger's cost
            }
            TaggedItem tagged = tagger.tag(item).withSignature(NearDuplicateSignature.of(item.fullText()));
            events.addAll(router.route(tagged));
        }
        return events;
    }
}
