package io.blocwatch.tagging.text;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's maximum-entropy part-of-speech tagging, as {@link POSTaggerME} does it (the model's
 * beam size, context generator and sequence validator, UD tags), with the beam search
 * ({@link TagBeam}, OpenNLP's search without its copies and sorts) evaluating the model through
 * {@link LastContextMemo}: the hypotheses of the beam at one token share their predicates, so the
 * model is evaluated about once per token instead of once per hypothesis. Same
 * tags as {@code POSTaggerME.tag}. A model whose sequence model is not a maxent model, or whose tags
 * are not UD, is tagged by {@code POSTaggerME} itself. One instance per thread.
 */
final class PartOfSpeechTagger {

    /** The model's entry in a POS model package (POSModel's own constant is not public). */
    private static final String MODEL_ENTRY = "pos.model";

    private final TagBeam beam;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final POSTaggerME fallback;

    PartOfSpeechTagger(POSModel model) {
        this(model, model.getArtifact(MODEL_ENTRY) instanceof MaxentModel m ? FlatMaxent.of(m) : null);
    }

    /**
     * A tagger of the model whose sequence model is evaluated by {@code evaluator} (the model's own
     * maxent model, or one that gives the same distributions: {@link FlatMaxent}, shared by threads).
     */
    PartOfSpeechTagger(POSModel model, MaxentModel evaluator) {
        Object artifact = model.getArtifact(MODEL_ENTRY);
        POSTaggerFactory factory = model.getFactory();
        int beamSize = POSTaggerME.DEFAULT_BEAM_SIZE;
        String configured = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        if (configured != null) {
            beamSize = Integer.parseInt(configured);
        }
        boolean plain = artifact instanceof MaxentModel && POSTagFormatMapper.guessFormat(model) == POSTagFormat.UD;
        if (plain) {
            beam = new TagBeam(beamSize, new LastContextMemo(evaluator != null ? evaluator : (MaxentModel) artifact));
            contexts = factory.getPOSContextGenerator(beamSize);
            validator = factory.getSequenceValidator();
            fallback = null;
        } else {
            beam = null;
            contexts = null;
            validator = null;
            fallback = new POSTaggerME(model);
        }
    }

    /** The UD part of speech of every word of one sentence. */
    String[] tag(String[] words) {
        if (fallback != null) {
            return fallback.tag(words);
        }
        String[] tags = beam.best(words, contexts, validator);
        if (tags == null) {
            throw new IllegalStateException("no sequence of tags for a sentence of " + words.length + " words");
        }
        return tags;
    }
}
