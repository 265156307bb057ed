package io.blocwatch.local;

import io.blocwatch.contracts.Alert;
import io.blocwatch.contracts.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An alert as an analyst reads it in a terminal: what, how bad, which pair, when, why, and the sources. */
final class AlertText {

    private AlertText() {}

    static String format(Alert a) {
        List<String> lines = new ArrayList<>();
        lines.add("ALERT " + a.type() + " [" + a.scenario() + " " + String.join(" x ", a.blocs()) + "] severity="
                + a.severity() + " score=" + String.format(Locale.ROOT, "%.2f", a.score()) + " at " + a.eventTime());
        if (a.summary() != null && !a.summary().isBlank()) {
            lines.add("  " + oneLine(a.summary()));
        }
        for (Evidence e : a.evidence()) {
            lines.add("  - " + e.itemId() + ": " + oneLine(e.sentence()));
            if (e.url() != null && !e.url().isBlank()) {
                lines.add("    " + oneLine(e.url()));
            }
        }
        return String.join(System.lineSeparator(), lines);
    }

    /** News text is untrusted: no line breaks or terminal control sequences reach the terminal. */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                b.append(' ');
            } else if (Character.isISOControl(c)) {
                b.append('\uFFFD');
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString().strip();
    }
}
