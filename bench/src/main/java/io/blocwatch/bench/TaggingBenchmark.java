package io.blocwatch.bench;

import io.blocwatch.connectors.RawRecord;
import io.blocwatch.connectors.json.NewsItemParser;
import io.blocwatch.connectors.json.ParseOutcome;
import io.blocwatch.contracts.NewsItem;
import io.blocwatch.job.TagFunction;
import io.blocwatch.tagging.DictionaryMatcher;
import io.blocwatch.tagging.NewsTagger;
import io.blocwatch.tagging.TextFolding;
import io.blocwatch.scoring.NearDuplicateSignature;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Items per second of one thread over a fixed list of generated items, one item per operation
 * (the list is cycled):
 * <ul>
 *   <li>{@code parse}: NewsItemParser.parse of the JSON record (what the job does first);</li>
 *   <li>{@code limitLoop}: parse, then fold the text once and run the Aho–Corasick automaton over
 *       it once (DictionaryMatcher.find) — the floor any dictionary tagger pays;</li>
 *   <li>{@code linguisticLayerAllSentences}: OpenNLP sentences, tokens and parts of speech for every
 *       sentence of an item, the cost the coder avoids by tagging only the sentences that can matter;</li>
 *   <li>{@code tagger}: NewsTagger.tag of an already parsed item;</li>
 *   <li>{@code taggerAndSignature}: what the job's tag operator does per item (tag + MinHash);</li>
 *   <li>{@code naiveRegex}: one precompiled Pattern per dictionary alias over the same text;</li>
 *   <li>{@code signature} / {@code signatureBefore}: the near-duplicate signature alone, folding the
 *       text itself (today's one-permutation MinHash; the earlier 128-function MinHash);
 *       {@code signatureOfFolded}: today's from the folded text, as the tag stage computes it;</li>
 *   <li>{@code taggerAndSignatureBefore}: the tag stage as it was (tag + the earlier MinHash of the
 *       text folded again);</li>
 *   <li>{@code dictionaryPass} / {@code dictionaryPassBefore}: the automaton over already folded
 *       text (today's double-array trie with its whole-word and longest-first rules, and the hits
 *       mapped back to the text; the earlier org.ahocorasick trie's parseText);
 *       {@code foldAndDictionaryPass} / {@code foldAndDictionaryPassBefore}: the same with the fold
 *       ({@code DictionaryMatcher.find(text)}); {@code fold}: TextFolding.foldWithOffsets alone.
 *       MB/s = items/s x {@link #CHARS_PER_ITEM} (the workload is ASCII: one byte a character).</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TaggingBenchmark {

    @Param("2000")
    public int items;

    private RawRecord[] records;
    private NewsItem[] parsed;
    private String[] texts;
    private NewsItemParser parser;
    private NewsTagger tagger;
    private DictionaryMatcher matcher;
    private NaiveRegexTagger naive;
    private int next;
    private TextFolding.Folded[] folded;
    private EarlierPasses before;

    /** Mean characters per item of the 2,000-item workload (title, blank line, body; printed by setUp): for MB/s. */
    public static final int CHARS_PER_ITEM = 4_071;

    @Setup(Level.Trial)
    public void setUp() {
        byte[][] raw = Workload.records(Workload.SEED, items);
        records = new RawRecord[items];
        parsed = new NewsItem[items];
        texts = new String[items];
        parser = new NewsItemParser();
        for (int i = 0; i < items; i++) {
            records[i] = new RawRecord("bench:" + i, raw[i]);
            ParseOutcome o = parser.parse(records[i]);
            if (!o.isOk()) {
                throw new IllegalStateException("generated item " + i + " rejected: " + o.deadLetter().detail());
            }
            parsed[i] = o.item();
            texts[i] = parsed[i].fullText();
        }
        tagger = NewsTagger.withDefaults();
        matcher = new DictionaryMatcher(tagger.dictionary());
        naive = new NaiveRegexTagger(tagger.dictionary());
        folded = new TextFolding.Folded[items];
        long chars = 0;
        for (int i = 0; i < items; i++) {
            folded[i] = TextFolding.foldWithOffsets(texts[i]);
            chars += texts[i].length();
        }
        before = new EarlierPasses(matcher);
        System.out.printf("%nworkload: %d items, %.0f characters per item%n", items, chars / (double) items);
    }

    private int index() {
        int i = next;
        next = i + 1 == items ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public Object parse() {
        return parser.parse(records[index()]);
    }

    @Benchmark
    public Object limitLoop() {
        NewsItem item = parser.parse(records[index()]).item();
        return matcher.find(item.fullText());
    }

    @Benchmark
    public int linguisticLayerAllSentences() {
        String text = texts[index()];
        int tokens = 0;
        for (opennlp.tools.util.Span s : io.blocwatch.tagging.text.Linguistics.sentences(text)) {
            tokens += io.blocwatch.tagging.text.Linguistics.tokens(text, s.getStart(), s.getEnd()).size();
        }
        return tokens;
    }

    @Benchmark
    public Object tagger() {
        return tagger.tag(parsed[index()]);
    }

    @Benchmark
    public Object taggerAndSignature() {
        return TagFunction.tagAndSign(tagger, parsed[index()]);
    }

    @Benchmark
    public Object signature() {
        return NearDuplicateSignature.of(texts[index()]);
    }

    @Benchmark
    public Object signatureOfFolded() {
        return NearDuplicateSignature.ofFolded(folded[index()].text());
    }

    @Benchmark
    public Object signatureBefore() {
        return EarlierPasses.signature(texts[index()]);
    }

    @Benchmark
    public Object taggerAndSignatureBefore() {
        NewsItem item = parsed[index()];
        return tagger.tag(item).withSignature(EarlierPasses.signature(item.fullText()));
    }

    @Benchmark
    public Object fold() {
        return TextFolding.foldWithOffsets(texts[index()]);
    }

    @Benchmark
    public Object dictionaryPass() {
        int i = index();
        return matcher.find(texts[i], folded[i]);
    }

    @Benchmark
    public Object dictionaryPassBefore() {
        return before.dictionaryPass(folded[index()].text());
    }

    @Benchmark
    public Object foldAndDictionaryPass() {
        return matcher.find(texts[index()]);
    }

    @Benchmark
    public Object foldAndDictionaryPassBefore() {
        return before.dictionaryPass(TextFolding.foldWithOffsets(texts[index()]).text());
    }

    @Benchmark
    public Object naiveRegex() {
        return naive.tag(texts[index()]);
    }
}
