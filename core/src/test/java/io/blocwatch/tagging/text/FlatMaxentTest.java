package io.blocwatch.tagging.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

/**
 * The flat evaluation of the three shipped models gives GISModel's distributions bit for bit, on
 * contexts of the models' own predicates mixed with unknown ones, repeated ones and empty ones.
 */
class FlatMaxentTest {

    private static <M> M read(String resource, ModelReader<M> reader) throws IOException {
        try (InputStream in = FlatMaxentTest.class.getResourceAsStream(resource)) {
            return reader.read(in);
        }
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static List<MaxentModel> models() throws IOException {
        return List.of(
                read("/opennlp-en-ud-ewt-sentence-1.1-2.4.0.bin", SentenceModel::new).getMaxentModel(),
                read("/opennlp-en-ud-ewt-tokens-1.1-2.4.0.bin", TokenizerModel::new).getMaxentModel(),
                read("/opennlp-en-ud-ewt-pos-1.1-2.4.0.bin", POSModel::new).getArtifact("pos.model"));
    }

    @Test
    void sameDistributionsAsGisModel() throws IOException {
        Random random = new Random(42);
        for (MaxentModel gis : models()) {
            assertThat(gis).isInstanceOf(GISModel.class);
            MaxentModel flat = FlatMaxent.of(gis);
            assertThat(flat).isInstanceOf(FlatMaxent.class);
            assertThat(flat.getNumOutcomes()).isEqualTo(gis.getNumOutcomes());
            List<String> predicates = new ArrayList<>(((Map<?, ?>) ((AbstractModel) gis).getDataStructures()[1])
                    .keySet().stream().map(String::valueOf).toList());
            double[] reused = new double[gis.getNumOutcomes()];
            for (int n = 0; n < 5000; n++) {
                String[] context = new String[random.nextInt(40)];
                for (int i = 0; i < context.length; i++) {
                    int pick = random.nextInt(10);
                    context[i] = pick == 0 ? "unknown=" + random.nextInt(1000)
                            : pick == 1 && i > 0 ? context[i - 1]
                            : new String(predicates.get(random.nextInt(predicates.size())).toCharArray());
                }
                double[] expected = gis.eval(context);
                assertThat(Arrays.equals(flat.eval(context), expected)).as(Arrays.toString(context)).isTrue();
                Arrays.fill(reused, Double.NaN);
                assertThat(Arrays.equals(flat.eval(context, reused), expected)).isTrue();
                assertThat(flat.getBestOutcome(expected)).isEqualTo(gis.getBestOutcome(expected));
            }
        }
    }

    @Test
    void otherModelsAreLeftAsTheyAre() {
        assertThat(FlatMaxent.of(null)).isNull();
        MaxentModel memo = new LastContextMemo(new GISModel(new opennlp.tools.ml.model.Context[0], new String[0],
                new String[] {"a", "b"}));
        assertThat(FlatMaxent.of(memo)).isSameAs(memo);
    }
}
