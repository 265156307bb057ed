package io.blocwatch.tagging.text;

/**
 * The words of a text as {@code text.split("[^\\p{L}-]+")} finds them (maximal runs of letters
 * and hyphens, by code point), walked in place: no regular expression, no array of strings.
 * {@code start} and {@code end} give each run's offsets; {@link #latin1} tells when a text's
 * lower-case copy has its runs at the same offsets (every Latin-1 character lower-cases to one
 * Latin-1 character, a letter to a letter, anything else to itself).
 */
public final class LetterRuns {

    private LetterRuns() {}

    /** Offset of the first run starting at or after {@code from}, or -1 if there is none. */
    public static int start(String s, int from) {
        int i = from;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (inRun(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** End (exclusive) of the run that starts at {@code start}. */
    public static int end(String s, int start) {
        int i = start;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!inRun(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /**
     * Whether {@code split("[^\\p{L}-]+")} of {@code s} yields an empty string besides the runs:
     * for an empty text, and for a text that starts outside a run and has one later.
     */
    public static boolean splitHasEmpty(String s) {
        if (s.isEmpty()) {
            return true;
        }
        return !inRun(s.codePointAt(0)) && start(s, 0) >= 0;
    }

    /** Whether every character of {@code s} is Latin-1. */
    public static boolean latin1(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static boolean inRun(int cp) {
        return cp == '-' || Character.isLetter(cp);
    }
}
