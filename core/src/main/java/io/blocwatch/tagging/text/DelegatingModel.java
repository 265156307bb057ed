package io.blocwatch.tagging.text;

import opennlp.tools.ml.model.MaxentModel;

/**
 * A maximum-entropy model that answers the outcome questions (names, indices, the best outcome)
 * from the model it wraps; subclasses change only how a context is evaluated.
 */
abstract class DelegatingModel implements MaxentModel {

    protected final MaxentModel model;

    DelegatingModel(MaxentModel model) {
        this.model = model;
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
        return model.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
        return model.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
        return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
        return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return model.getNumOutcomes();
    }
}
