package io.blocwatch.tagging.text;

import java.util.PriorityQueue;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's beam search ({@code opennlp.tools.ml.BeamSearch.bestSequence}, no additional context,
 * no context cache), step for step, without its per-hypothesis costs: a hypothesis is its last
 * outcome, its score and a link to the one it extends (instead of copies of the lists of outcomes
 * and boxed probabilities), and the cut-off score of each distribution is its k-th largest value
 * found in one pass (instead of a sorted copy). The scores, the order in which hypotheses enter and
 * leave the queues, and so the best sequence are the same. One instance per thread.
 */
final class TagBeam {

    /** BeamSearch's floor for a hypothesis' log score. */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

    private static final class Hypothesis {
        final Hypothesis previous;
        final String outcome;
        final int length;
        final double score;

        Hypothesis(Hypothesis previous, String outcome, double p) {
            this.previous = previous;
            this.outcome = outcome;
            this.length = previous == null ? 0 : previous.length + 1;
            // as Sequence(Sequence, String, double) scores it
            this.score = previous == null ? 0d : previous.score + StrictMath.log(p);
        }

        String[] outcomes() {
            String[] out = new String[length];
            Hypothesis h = this;
            for (int i = length - 1; i >= 0; i--) {
                out[i] = h.outcome;
                h = h.previous;
            }
            return out;
        }
    }

    private final int size;
    private final MaxentModel model;
    private final double[] probs;
    private final double[] largest;

    TagBeam(int size, MaxentModel model) {
        this.size = size;
        this.model = model;
        this.probs = new double[model.getNumOutcomes()];
        this.largest = new double[Math.max(1, Math.min(size, model.getNumOutcomes()))];
    }

    /** The outcomes of the best sequence, or null when none survives (where BeamSearch returns null). */
    <T> String[] best(T[] sequence, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        // Sequence.compareTo: the higher score first
        PriorityQueue<Hypothesis> prev = new PriorityQueue<>(size, (a, b) -> Double.compare(b.score, a.score));
        PriorityQueue<Hypothesis> next = new PriorityQueue<>(size, (a, b) -> Double.compare(b.score, a.score));
        prev.add(new Hypothesis(null, null, 1d));
        for (int i = 0; i < sequence.length; i++) {
            int sz = Math.min(size, prev.size());
            for (int sc = 0; prev.size() > 0 && sc < sz; sc++) {
                Hypothesis top = prev.remove();
                String[] outcomes = top.outcomes();
                double[] scores = model.eval(cg.getContext(i, sequence, outcomes, NO_ADDITIONAL_CONTEXT), probs);
                double min = cutOff(scores);
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        extend(next, top, i, sequence, outcomes, p, scores[p], validator);
                    }
                }
                if (next.size() == 0) { // nothing above the cut-off: every valid outcome, as BeamSearch does
                    for (int p = 0; p < scores.length; p++) {
                        extend(next, top, i, sequence, outcomes, p, scores[p], validator);
                    }
                }
            }
            prev.clear();
            PriorityQueue<Hypothesis> tmp = prev;
            prev = next;
            next = tmp;
        }
        return prev.isEmpty() ? null : prev.remove().outcomes();
    }

    private <T> void extend(PriorityQueue<Hypothesis> next, Hypothesis top, int i, T[] sequence, String[] outcomes,
            int p, double score, SequenceValidator<T> validator) {
        String out = model.getOutcome(p);
        if (validator.validSequence(i, sequence, outcomes, out)) {
            Hypothesis h = new Hypothesis(top, out, score);
            if (h.score > MIN_SEQUENCE_SCORE) {
                next.add(h);
            }
        }
    }

    /**
     * The value a sorted copy of {@code scores} holds at {@code max(0, length - size)}: the k-th
     * largest, k = min(size, length), in {@code Arrays.sort}'s order of doubles ({@link Double#compare}).
     */
    double cutOff(double[] scores) {
        int k = Math.min(size, scores.length);
        if (k <= 0) {
            return scores[0]; // as the sorted copy's first element (BeamSearch fails the same way on an empty one)
        }
        int n = 0;
        for (double v : scores) {
            // keep the k largest seen so far in largest[0..n), in descending order
            if (n < k) {
                int j = n++;
                while (j > 0 && Double.compare(largest[j - 1], v) < 0) {
                    largest[j] = largest[j - 1];
                    j--;
                }
                largest[j] = v;
            } else if (Double.compare(v, largest[k - 1]) > 0) {
                int j = k - 1;
                while (j > 0 && Double.compare(largest[j - 1], v) < 0) {
                    largest[j] = largest[j - 1];
                    j--;
                }
                largest[j] = v;
            }
        }
        return largest[k - 1];
    }
}
