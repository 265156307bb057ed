package io.blocwatch.tagging;

import java.text.Normalizer;

/** TextFolding.foldWithOffsets as it was before it wrote into a char array: the equivalence test's reference. */
final class LegacyFolding {

    private LegacyFolding() {}

    static TextFolding.Folded fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int[] origin = new int[s.length() * 2 + 1];
        boolean lastSpace = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                char x = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                boolean word = (x >= 'a' && x <= 'z') || (x >= '0' && x <= '9');
                if (word || !lastSpace) {
                    if (out.length() >= origin.length) {
                        origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                    }
                    origin[out.length()] = i;
                    out.append(word ? x : ' ');
                    lastSpace = !word;
                }
                continue;
            }
            String mapped = special(c);
            if (mapped == null) {
                if (c < 128) {
                    mapped = String.valueOf(c);
                } else {
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
            }
            for (int k = 0; k < mapped.length(); k++) {
                char x = Character.toLowerCase(mapped.charAt(k));
                if (Character.isLetterOrDigit(x)) {
                    if (out.length() >= origin.length) {
                        origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                    }
                    origin[out.length()] = i;
                    out.append(x);
                    lastSpace = false;
                } else if (!lastSpace) {
                    if (out.length() >= origin.length) {
                        origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                    }
                    origin[out.length()] = i;
                    out.append(' ');
                    lastSpace = true;
                }
            }
        }
        return new TextFolding.Folded(out.toString(), java.util.Arrays.copyOf(origin, out.length()));
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
