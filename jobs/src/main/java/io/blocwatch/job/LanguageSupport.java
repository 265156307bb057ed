package io.blocwatch.job;

import io.blocwatch.contracts.NewsItem;
import io.blocwatch.contracts.TaggedItem;
import io.blocwatch.scoring.NearDuplicateSignature;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/**
 * The languages the event coder reads (its lexicon, dictionary aliases and OpenNLP models are
 * English). An item in another language is not tagged, since tags from text the coder cannot read
 * would be noise: it goes on as a TaggedItem without tags (so every item still appears once on
 * the tagged topic) and is counted in {@code itemsNotTagged.language.<code>.count}. An item whose
 * language is not given or unknown ({@code und}) is tagged.
 */
public final class LanguageSupport {

    static final Set<String> READ = Set.of("en");

    private LanguageSupport() {}

    public static boolean reads(String language) {
        if (language == null || language.isBlank() || language.equalsIgnoreCase("und")) {
            return true;
        }
        String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return READ.contains(primary);
    }

    public static TaggedItem untagged(NewsItem item) {
        return new TaggedItem(null, item.id(), item.publishedAt(), item.source(), item.url(), List.of(), List.of(),
                List.of(), List.of(), NearDuplicateSignature.of(item.fullText()));
    }

    /** Counters of the items left untagged, per language. */
    public static final class Skips {
        private final MetricGroup group;
        private final Map<String, Counter> byLanguage = new HashMap<>();

        public Skips(MetricGroup operatorGroup) {
            this.group = operatorGroup.addGroup("itemsNotTagged");
        }

        public void count(String language) {
            String code = language.strip().toLowerCase(Locale.ROOT);
            byLanguage.computeIfAbsent(code, c -> group.addGroup("language", c).counter("count")).inc();
        }
    }
}
