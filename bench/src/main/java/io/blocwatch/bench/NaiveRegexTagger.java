package io.blocwatch.bench;

import io.blocwatch.tagging.Dictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline a user would write first: one precompiled regular expression per dictionary alias
 * (whole word, case-insensitive), every text scanned once per pattern. Built from the same
 * {@link Dictionary} as the real tagger; returns the codes (countries, organisations) and person
 * names it finds, with their mentions. No sentences, agreements or interactions: it does less than the tagger.
 */
public final class NaiveRegexTagger {

    private final List<Pattern> patterns = new ArrayList<>();
    private final List<String> codes = new ArrayList<>();

    public NaiveRegexTagger(Dictionary d) {
        for (Dictionary.Country c : d.countries().values()) {
            c.aliases().forEach(a -> add(a, c.code()));
            c.demonyms().forEach(a -> add(a, c.code()));
            c.seats().forEach(a -> add(a, c.code()));
            c.subnational().forEach(a -> add(a, c.code()));
        }
        for (Dictionary.Organization o : d.organizations().values()) {
            o.aliases().forEach(a -> add(a, o.code()));
            o.seats().forEach(a -> add(a, o.code()));
        }
        for (Dictionary.Person p : d.persons().values()) {
            add(p.name(), p.name());
            p.aliases().forEach(a -> add(a, p.name()));
        }
    }

    private void add(String alias, String code) {
        if (alias == null || alias.isBlank()) {
            return;
        }
        patterns.add(Pattern.compile("\\b" + Pattern.quote(alias) + "\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        codes.add(code);
    }

    public int patternCount() {
        return patterns.size();
    }

    /** Every code found in {@code text} with its number of mentions. */
    public Map<String, Integer> tag(String text) {
        Map<String, Integer> found = new TreeMap<>();
        for (int i = 0; i < patterns.size(); i++) {
            Matcher m = patterns.get(i).matcher(text);
            while (m.find()) {
                found.merge(codes.get(i), 1, Integer::sum);
            }
        }
        return found;
    }
}
