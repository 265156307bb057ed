package io.blocwatch.tagging.text;

import java.lang.reflect.Field;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * A GIS maximum-entropy model (OpenNLP's {@link GISModel} with its uniform prior) evaluated from
 * flat arrays: the predicates in one open-addressing table of hash codes and entry numbers, the
 * parameters of all predicates in two arrays, instead of a linked hash map of {@code Context}
 * objects and a fresh array of them per evaluation. The arithmetic is GISModel's, in its order
 * (uniform log prior, the parameters of the known predicates added context by context, then
 * {@code StrictMath.exp} and the normalisation), so every distribution is the same, value for
 * value. Immutable: one instance serves every thread.
 */
final class FlatMaxent extends DelegatingModel {

    private final int outcomeCount;
    private final double logPrior;
    /** Open addressing: {@code slots[2i]} the predicate's hash code, {@code slots[2i + 1]} its entry + 1 (0: empty). */
    private final int[] slots;
    private final int mask;
    private final String[] predicates;
    /** The parameters of entry e: {@code outcomes[first[e] .. first[e + 1])} and the same range of {@code parameters}. */
    private final int[] first;
    private final int[] outcomes;
    private final double[] parameters;

    /**
     * The model evaluated from flat arrays when it is a plain GISModel with a uniform prior (every
     * model OpenNLP reads from a model file), else the model itself.
     */
    static MaxentModel of(MaxentModel model) {
        if (model == null || model.getClass() != GISModel.class) {
            return model;
        }
        try {
            Field prior = AbstractModel.class.getDeclaredField("prior");
            prior.setAccessible(true);
            if (prior.get(model) == null || prior.get(model).getClass() != UniformPrior.class) {
                return model;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return model; // cannot tell the prior: evaluate as GISModel does
        }
        return new FlatMaxent((GISModel) model);
    }

    @SuppressWarnings("unchecked")
    private FlatMaxent(GISModel model) {
        super(model);
        this.outcomeCount = model.getNumOutcomes();
        this.logPrior = StrictMath.log(1.0 / outcomeCount); // UniformPrior's value
        Map<String, Context> pmap = (Map<String, Context>) model.getDataStructures()[1];
        int n = pmap.size();
        int capacity = Integer.highestOneBit(Math.max(4, n * 2)) << 1;
        slots = new int[capacity * 2];
        mask = capacity - 1;
        String[] keys = new String[n];
        int[] starts = new int[n + 1];
        int total = 0;
        for (Context c : pmap.values()) {
            total += c == null ? 0 : c.getOutcomes().length;
        }
        outcomes = new int[total];
        parameters = new double[total];
        int e = 0;
        int at = 0;
        for (Map.Entry<String, Context> p : pmap.entrySet()) {
            String key = p.getKey();
            if (p.getValue() == null) {
                continue; // GISModel skips a predicate without parameters: so does an absent one
            }
            keys[e] = key;
            starts[e] = at;
            int[] os = p.getValue().getOutcomes();
            double[] ps = p.getValue().getParameters();
            if (os.length != ps.length) {
                throw new IllegalStateException("predicate " + key + " has " + os.length + " outcomes and "
                        + ps.length + " parameters");
            }
            System.arraycopy(os, 0, outcomes, at, os.length);
            System.arraycopy(ps, 0, parameters, at, ps.length);
            at += os.length;
            int h = key.hashCode();
            int slot = spread(h) & mask;
            while (slots[2 * slot + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = h;
            slots[2 * slot + 1] = e + 1;
            e++;
        }
        starts[e] = at;
        predicates = keys;
        first = starts;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The entry of a predicate, or -1 when the model does not know it. */
    private int entry(String predicate) {
        int h = predicate.hashCode();
        int slot = spread(h) & mask;
        for (int e = slots[2 * slot + 1]; e != 0; e = slots[2 * slot + 1]) {
            if (slots[2 * slot] == h && predicates[e - 1].equals(predicate)) {
                return e - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[outcomeCount]);
    }

    @Override
    public double[] eval(String[] context, double[] outsums) {
        for (int o = 0; o < outcomeCount; o++) {
            outsums[o] = logPrior;
        }
        for (String predicate : context) {
            int e = entry(predicate);
            if (e >= 0) {
                for (int a = first[e], end = first[e + 1]; a < end; a++) {
                    outsums[outcomes[a]] += parameters[a]; // GISModel: parameter * 1.0, the same value
                }
            }
        }
        double normal = 0.0;
        for (int o = 0; o < outcomeCount; o++) {
            outsums[o] = StrictMath.exp(outsums[o]);
            normal += outsums[o];
        }
        for (int o = 0; o < outcomeCount; o++) {
            outsums[o] /= normal;
        }
        return outsums;
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return model.eval(context, values); // real-valued predicates: GISModel itself
    }
}
