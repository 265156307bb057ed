package io.blocwatch.tagging.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import org.junit.jupiter.api.Test;

/**
 * The beam search of the part-of-speech tagger finds OpenNLP's BeamSearch's best sequence, also
 * where scores tie, where an outcome has probability 0 and where the validator rejects every
 * outcome above the cut-off; its cut-off is the value a sorted copy holds.
 */
class TagBeamTest {

    private static final String[] OUTCOMES = {"A", "B", "C", "D", "E", "F"};

    /** Coarse distributions (steps of 1/8, many ties, some zeros) that depend on the word and the previous outcome. */
    private static final class Coarse implements MaxentModel {
        @Override
        public double[] eval(String[] context) {
            return eval(context, new double[OUTCOMES.length]);
        }

        @Override
        public double[] eval(String[] context, double[] probs) {
            int h = Arrays.hashCode(context);
            Random r = new Random(h);
            int[] w = new int[OUTCOMES.length];
            int total = 0;
            for (int i = 0; i < w.length; i++) {
                w[i] = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(3);
                total += w[i];
            }
            if (total == 0) {
                w[0] = 1;
                total = 1;
            }
            for (int i = 0; i < w.length; i++) {
                probs[i] = (double) w[i] / total;
            }
            return probs;
        }

        @Override
        public double[] eval(String[] context, float[] values) {
            return eval(context);
        }

        @Override
        public String getBestOutcome(double[] outcomes) {
            int best = 0;
            for (int i = 1; i < outcomes.length; i++) {
                if (outcomes[i] > outcomes[best]) {
                    best = i;
                }
            }
            return OUTCOMES[best];
        }

        @Override
        public String getAllOutcomes(double[] outcomes) {
            return Arrays.toString(outcomes);
        }

        @Override
        public String getOutcome(int i) {
            return OUTCOMES[i];
        }

        @Override
        public int getIndex(String outcome) {
            return Arrays.asList(OUTCOMES).indexOf(outcome);
        }

        @Override
        public int getNumOutcomes() {
            return OUTCOMES.length;
        }
    }

    private static final BeamSearchContextGenerator<String> CONTEXTS = new BeamSearchContextGenerator<>() {
        @Override
        public String[] getContext(int index, String[] sequence, String[] prior, Object[] additionalContext) {
            String last = prior.length == 0 ? "BOS" : prior[prior.length - 1];
            String before = prior.length < 2 ? "BOS" : prior[prior.length - 2];
            return new String[] {"w=" + sequence[index], "p=" + last, "pp=" + before + last};
        }
    };

    /** "D" never follows "C", and the word "z" takes only "F" (often below the cut-off: the fallback). */
    private static final SequenceValidator<String> VALIDATOR = (i, words, prior, outcome) -> {
        if (words[i].equals("z")) {
            return outcome.equals("F");
        }
        return !(outcome.equals("D") && prior.length > 0 && prior[prior.length - 1].equals("C"));
    };

    @Test
    void sameBestSequenceAsOpenNlpsBeamSearch() {
        Random random = new Random(17);
        String[] vocabulary = {"a", "b", "c", "d", "e", "z"};
        int fallbacks = 0;
        for (int beamSize : new int[] {1, 2, 3, 5, 8}) {
            BeamSearch reference = new BeamSearch(beamSize, new Coarse(), 0);
            TagBeam beam = new TagBeam(beamSize, new Coarse());
            for (int n = 0; n < 400; n++) {
                String[] words = new String[random.nextInt(12)];
                for (int i = 0; i < words.length; i++) {
                    words[i] = vocabulary[random.nextInt(vocabulary.length)];
                }
                Sequence expected = reference.bestSequence(words, null, CONTEXTS, VALIDATOR);
                String[] actual = beam.best(words, CONTEXTS, VALIDATOR);
                if (expected == null) {
                    assertThat(actual).isNull();
                } else {
                    assertThat(actual).as(String.join(" ", words)).containsExactly(
                            expected.getOutcomes().toArray(new String[0]));
                }
                if (Arrays.asList(words).contains("z")) {
                    fallbacks++;
                }
            }
        }
        assertThat(fallbacks).isGreaterThan(100);
    }

    @Test
    void cutOffIsTheSortedCopysValue() {
        Random random = new Random(5);
        double[] values = {0.0, -0.0, 0.125, 0.25, 0.25, 1e-300, 0.5, 1.0, Double.NaN};
        for (int size = 1; size <= 9; size++) {
            TagBeam beam = new TagBeam(size, new Coarse());
            for (int n = 0; n < 2000; n++) {
                double[] scores = new double[1 + random.nextInt(OUTCOMES.length)];
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = random.nextBoolean() ? values[random.nextInt(values.length)] : random.nextDouble();
                }
                double[] sorted = scores.clone();
                Arrays.sort(sorted);
                double expected = sorted[Math.max(0, sorted.length - size)];
                assertThat(Double.compare(beam.cutOff(scores), expected)).as(Arrays.toString(scores) + " size " + size)
                        .isZero();
            }
        }
    }
}
