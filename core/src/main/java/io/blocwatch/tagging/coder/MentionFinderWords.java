package io.blocwatch.tagging.coder;

import java.util.Set;

/** Calendar words, which are never names or actors. */
final class MentionFinderWords {

    static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december");

    private MentionFinderWords() {}
}
