package io.blocwatch.tagging.text;

import opennlp.tools.ml.model.MaxentModel;

/**
 * A maximum-entropy model that remembers its last evaluation. A maxent distribution is a pure
 * function of the context's predicates, so when the same predicates come again the remembered
 * distribution is the answer, value for value. The part-of-speech beam search asks exactly that
 * several times per token: the tagger's feature generator caches each token's features, so every
 * hypothesis of the beam at one position brings the same predicates. Not thread-safe (one per
 * tagger, and taggers are per thread).
 */
final class LastContextMemo extends DelegatingModel {

    private String[] lastContext;
    private double[] lastResult;

    LastContextMemo(MaxentModel model) {
        super(model);
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[model.getNumOutcomes()]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        if (lastContext != null && sameContext(context, lastContext)) {
            System.arraycopy(lastResult, 0, probs, 0, lastResult.length);
            return probs;
        }
        double[] r = model.eval(context, probs);
        lastContext = context.clone();
        lastResult = r.clone();
        return r;
    }

    private static boolean sameContext(String[] a, String[] b) {
        if (a == b) {
            return true;
        }
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            // the feature cache hands out the same String objects: identity first, content as the rule
            if (a[i] != b[i] && !a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        lastContext = null; // real-valued predicates are not remembered
        return model.eval(context, values);
    }
}
