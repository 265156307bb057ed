package io.blocwatch.tagging;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Folds text for matching: diacritics stripped (NFD, marks removed; đ→d, ł→l, ø→o, ß→ss...),
 * lower case, every run of non-letters/digits turned into one space. Keeps, for every folded
 * character, the index of the original character it came from, so matches map back to the text.
 */
public final class TextFolding {

    private TextFolding() {}

    /** A folded text and, for each of its characters, the index in the original. */
    public record Folded(String text, int[] origin) {
        /** Original start index of folded position {@code i}. */
        public int originStart(int i) {
            return origin[i];
        }
    }

    public static String fold(String s) {
        return foldWithOffsets(s).text().strip();
    }

    public static Folded foldWithOffsets(String s) {
        int n = s.length();
        char[] out = new char[n + 8];
        int[] origin = new int[n + 8];
        int len = 0;
        boolean lastSpace = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 128) {
                char x = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                boolean word = (x >= 'a' && x <= 'z') || (x >= '0' && x <= '9');
                if (word || !lastSpace) {
                    if (len == out.length) {
                        out = Arrays.copyOf(out, len * 2);
                        origin = Arrays.copyOf(origin, len * 2);
                    }
                    origin[len] = i;
                    out[len++] = word ? x : ' ';
                    lastSpace = !word;
                }
                continue;
            }
            String mapped = special(c);
            if (mapped == null) {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < d.length(); k++) {
                    char x = d.charAt(k);
                    if (Character.getType(x) != Character.NON_SPACING_MARK) {
                        b.append(x);
                    }
                }
                mapped = b.toString();
            }
            for (int k = 0; k < mapped.length(); k++) {
                char x = Character.toLowerCase(mapped.charAt(k));
                boolean word = Character.isLetterOrDigit(x);
                if (word || !lastSpace) {
                    if (len == out.length) {
                        out = Arrays.copyOf(out, len * 2);
                        origin = Arrays.copyOf(origin, len * 2);
                    }
                    origin[len] = i;
                    out[len++] = word ? x : ' ';
                    lastSpace = !word;
                }
            }
        }
        return new Folded(new String(out, 0, len), Arrays.copyOf(origin, len));
    }

    /**
     * {@code s} with its diacritics folded and its case kept ("Vučić" -> "Vucic", "Đurić" -> "Duric",
     * "Støre" -> "Store"): how names are written in tags.
     */
    public static String foldDiacritics(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                out.append(c);
                continue;
            }
            String mapped = special(c);
            if (mapped != null) {
                out.append(Character.isUpperCase(c) ? Character.toUpperCase(mapped.charAt(0)) + mapped.substring(1) : mapped);
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            for (int k = 0; k < d.length(); k++) {
                if (Character.getType(d.charAt(k)) != Character.NON_SPACING_MARK) {
                    out.append(d.charAt(k));
                }
            }
        }
        return out.toString().trim();
    }

    private static String special(char c) {
        return switch (c) {
            case 'đ', 'Đ' -> "d";
            case 'ł', 'Ł' -> "l";
            case 'ø', 'Ø' -> "o";
            case 'ß' -> "ss";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ı' -> "i";
            case 'þ', 'Þ' -> "th";
            case 'ð', 'Ð' -> "d";
            default -> null;
        };
    }
}
