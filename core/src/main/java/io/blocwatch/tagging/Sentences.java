package io.blocwatch.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences: at line breaks, and at . ! ? (plus closing quotes) followed by a
 * space and a capital letter or an opening quote, except after abbreviations ("Gen.", "Jan."),
 * initials ("Charles Q. Brown") and dotted acronyms ("U.S.").
 */
public final class Sentences {

    /** A sentence as [start, end) in the original text. */
    public record Span(int start, int end) {}

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt",
            "sgt", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "no", "vs", "etc", "inc", "ltd", "co", "jr", "sr", "prof", "capt", "adm", "maj", "cmdr", "fig",
            "approx", "est", "mt", "ft", "pres", "amb", "brig");

    private Sentences() {}

    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text, start, i);
                start = i + 1;
                continue;
            }
            if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < n && isCloseQuote(text.charAt(j))) {
                    j++;
                }
                if (j >= n || text.charAt(j) != ' ') {
                    continue;
                }
                int k = j;
                while (k < n && text.charAt(k) == ' ') {
                    k++;
                }
                if (k >= n) {
                    continue;
                }
                char next = text.charAt(k);
                if (!(Character.isUpperCase(next) || isOpenQuote(next) || Character.isDigit(next))) {
                    continue;
                }
                if (c == '.' && isAbbreviation(text, i)) {
                    continue;
                }
                add(out, text, start, j);
                start = k;
                i = k - 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean isAbbreviation(String text, int dot) {
        int w = dot;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            // an initial when the word before is a capitalised name ("Charles Q. Brown")
            int p = w - 1;
            while (p > 0 && text.charAt(p) == ' ') {
                p--;
            }
            int q = p;
            while (q > 0 && Character.isLetter(text.charAt(q - 1))) {
                q--;
            }
            return p > 0 && q <= p && Character.isUpperCase(text.charAt(q));
        }
        if (word.contains(".")) {
            return true; // U.S., U.K.
        }
        return ABBREVIATIONS.contains(word.toLowerCase());
    }

    private static boolean isCloseQuote(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')';
    }

    private static boolean isOpenQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '(';
    }

    private static void add(List<Span> out, String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }
}
