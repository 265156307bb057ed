package io.blocwatch.bench;

import io.blocwatch.connectors.RawRecord;
import io.blocwatch.connectors.json.NewsItemParser;
import io.blocwatch.contracts.NewsItem;
import io.blocwatch.job.TagFunction;
import io.blocwatch.tagging.NewsTagger;
import io.blocwatch.tagging.text.Linguistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The event coder's fixed and per-item costs on the bench workload, one thread: model and
 * dictionary load time, heap after loading, items/s of the tagger, of the tag stage (tagger +
 * signature) and of the linguistic layer run over every sentence (what selective analysis saves).
 * Each rate is given by the wall clock and by the thread's CPU time: on a shared machine the second
 * moves much less with the other processes' load (it still does somewhat: caches and cores are shared).
 * {@code java -cp bench/target/benchmarks.jar io.blocwatch.bench.CoderCost [items] [rounds]}
 */
public final class CoderCost {

    private CoderCost() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long t0 = System.nanoTime();
        long models = Linguistics.warmUp();
        NewsTagger tagger = NewsTagger.withDefaults();
        tagger.tag(new NewsItem("warm", "bench", "https://example.org/warm", "2025-01-01T00:00:00Z", "en", "Warm-up",
                "Serbia and Hungary signed a defence pact on Tuesday."));
        long load = (System.nanoTime() - t0) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap = (rt.totalMemory() - rt.freeMemory()) / 1_000_000;
        NewsItemParser parser = new NewsItemParser();
        List<NewsItem> items = new ArrayList<>();
        byte[][] raw = Workload.records(Workload.SEED, count);
        for (int i = 0; i < raw.length; i++) {
            items.add(parser.parse(new RawRecord("bench:" + i, raw[i])).item());
        }
        System.out.printf(Locale.ROOT, "load: %d ms (OpenNLP models %d ms); heap after load %d MB; %d items of %.0f bytes%n",
                load, models, heap, count, Workload.meanBytes(raw));
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            long s = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            for (NewsItem it : items) {
                tagger.tag(it);
            }
            double tag = count / ((System.nanoTime() - s) / 1e9);
            double tagCpu = count / ((cpu.getCurrentThreadCpuTime() - c) / 1e9);
            s = System.nanoTime();
            c = cpu.getCurrentThreadCpuTime();
            for (NewsItem it : items) {
                TagFunction.tagAndSign(tagger, it);
            }
            double stage = count / ((System.nanoTime() - s) / 1e9);
            double stageCpu = count / ((cpu.getCurrentThreadCpuTime() - c) / 1e9);
            s = System.nanoTime();
            c = cpu.getCurrentThreadCpuTime();
            for (NewsItem it : items) {
                String text = it.fullText();
                for (opennlp.tools.util.Span sp : Linguistics.sentences(text)) {
                    Linguistics.tokens(text, sp.getStart(), sp.getEnd());
                }
            }
            double all = count / ((System.nanoTime() - s) / 1e9);
            double allCpu = count / ((cpu.getCurrentThreadCpuTime() - c) / 1e9);
            System.out.printf(Locale.ROOT, "round %d: tagger %.0f items/s (CPU time: %.0f), tag stage (tagger + signature) "
                    + "%.0f items/s (CPU time: %.0f), linguistic layer over every sentence %.0f items/s (CPU time: %.0f)%n",
                    r + 1, tag, tagCpu, stage, stageCpu, all, allCpu);
        }
    }
}
