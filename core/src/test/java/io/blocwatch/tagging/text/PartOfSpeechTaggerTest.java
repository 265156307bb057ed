package io.blocwatch.tagging.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The tagger of the linguistic layer gives POSTaggerME's tags, token for token, on every sentence
 * of the development sets, and its beam search evaluates the model about once per token.
 */
class PartOfSpeechTaggerTest {

    private static final String[] SETS = {"/gold/tune.jsonl", "/gold/blind.jsonl", "/gold/wire-tune.jsonl",
        "/gold/wire-blind.jsonl", "/tagging/unseen-gold.jsonl"};

    private static POSModel model() throws IOException {
        try (InputStream in = PartOfSpeechTaggerTest.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.1-2.4.0.bin")) {
            return new POSModel(in);
        }
    }

    /** The words of every sentence of the sets, as the linguistic layer tokenises them. */
    private static List<String[]> sentences;

    private static synchronized List<String[]> sentences() throws IOException {
        if (sentences == null) {
            sentences = read();
        }
        return sentences;
    }

    private static List<String[]> read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String[]> out = new ArrayList<>();
        for (String set : SETS) {
            try (InputStream in = PartOfSpeechTaggerTest.class.getResourceAsStream(set)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode item = json.readTree(line);
                    String text = item.path("title").asText() + "\n\n" + item.path("body").asText();
                    for (String para : text.split("\n")) {
                        for (Span s : Linguistics.sentences(para)) {
                            out.add(Linguistics.tokens(para, s.getStart(), s.getEnd()).stream().map(Token::text)
                                    .toArray(String[]::new));
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void tagsAsPosTaggerMeDoes() throws IOException {
        POSModel model = model();
        POSTaggerME reference = new POSTaggerME(model);
        PartOfSpeechTagger tagger = new PartOfSpeechTagger(model);
        List<String[]> sentences = sentences();
        assertThat(sentences).hasSizeGreaterThan(1000);
        int tokens = 0;
        for (String[] words : sentences) {
            assertThat(tagger.tag(words)).as(String.join(" ", words)).containsExactly(reference.tag(words));
            tokens += words.length;
        }
        assertThat(tokens).isGreaterThan(20_000);
    }

    @Test
    void rememberedDistributionIsTheModelsOwn() throws IOException {
        MaxentModel maxent = model().getArtifact("pos.model");
        LastContextMemo memo = new LastContextMemo(maxent);
        String[] a = {"w=talks", "suf=ks", "t=NOUN"};
        String[] b = {"w=signed", "suf=ed", "t=PROPN"};
        double[] first = memo.eval(a, new double[maxent.getNumOutcomes()]).clone();
        double[] other = memo.eval(b, new double[maxent.getNumOutcomes()]).clone();
        double[] again = memo.eval(a.clone(), new double[maxent.getNumOutcomes()]);
        assertThat(again).containsExactly(maxent.eval(a));
        assertThat(first).containsExactly(maxent.eval(a));
        assertThat(other).containsExactly(maxent.eval(b));
    }

    @Test
    void evaluatesTheModelAboutOncePerToken() throws IOException {
        POSModel model = model();
        Counting counting = new Counting(model.getArtifact("pos.model"));
        opennlp.tools.ml.BeamSearch beam = new opennlp.tools.ml.BeamSearch(3, new LastContextMemo(counting), 0);
        var contexts = model.getFactory().getPOSContextGenerator(3);
        var validator = model.getFactory().getSequenceValidator();
        long tokens = 0;
        for (String[] words : sentences().subList(0, 300)) {
            beam.bestSequence(words, null, contexts, validator);
            tokens += words.length;
        }
        // a plain beam of three evaluates the model close to three times per token
        assertThat(counting.evaluations).isLessThanOrEqualTo(tokens + tokens / 10);
    }

    private static final class Counting implements MaxentModel {
        private final MaxentModel m;
        long evaluations;

        Counting(MaxentModel m) {
            this.m = m;
        }

        @Override
        public double[] eval(String[] c) {
            evaluations++;
            return m.eval(c);
        }

        @Override
        public double[] eval(String[] c, double[] p) {
            evaluations++;
            return m.eval(c, p);
        }

        @Override
        public double[] eval(String[] c, float[] v) {
            evaluations++;
            return m.eval(c, v);
        }

        @Override
        public String getBestOutcome(double[] o) {
            return m.getBestOutcome(o);
        }

        @Override
        public String getAllOutcomes(double[] o) {
            return m.getAllOutcomes(o);
        }

        @Override
        public String getOutcome(int i) {
            return m.getOutcome(i);
        }

        @Override
        public int getIndex(String o) {
            return m.getIndex(o);
        }

        @Override
        public int getNumOutcomes() {
            return m.getNumOutcomes();
        }
    }
}
