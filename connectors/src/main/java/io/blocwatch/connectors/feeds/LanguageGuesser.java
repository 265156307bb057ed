package io.blocwatch.connectors.feeds;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The language of a text (ISO 639-1) from the n-gram profiles of the language-detector library
 * (71 languages, shipped in its jar). A text too short or too mixed to tell keeps the feed's hint,
 * or {@code und} without one.
 */
public final class LanguageGuesser {

    static final double MIN_PROBABILITY = 0.85;
    private static final int MIN_CHARS = 20;
    private static volatile LanguageGuesser shared;

    private final LanguageDetector detector;
    private final TextObjectFactory texts;

    private LanguageGuesser() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language profiles", e);
        }
        texts = CommonTextObjectFactories.forDetectingOnLargeText();
    }

    /** One detector per JVM: loading the profiles takes a moment and they never change. */
    public static LanguageGuesser get() {
        if (shared == null) {
            synchronized (LanguageGuesser.class) {
                if (shared == null) {
                    shared = new LanguageGuesser();
                }
            }
        }
        return shared;
    }

    public String detect(String text, String hint) {
        String fallback = hint == null || hint.isBlank() ? "und" : hint;
        if (text == null || text.strip().length() < MIN_CHARS) {
            return fallback;
        }
        String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
        List<DetectedLanguage> found = detector.getProbabilities(texts.forText(sample));
        if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
            return fallback;
        }
        return found.get(0).getLocale().getLanguage();
    }
}
