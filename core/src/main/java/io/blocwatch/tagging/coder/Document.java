package io.blocwatch.tagging.coder;

import java.time.LocalDate;
import java.util.List;

/**
 * An item ready for coding: its text (headline, a blank line, the body without boilerplate), its
 * sentences and the day it was published. [{@code datelineStart}, {@code datelineEnd}) is a leading
 * dateline ("ADDIS ABABA -"), or empty.
 */
public record Document(String id, String text, List<Sentence> sentences, LocalDate published, int datelineStart,
        int datelineEnd) {

    public boolean inDateline(int offset) {
        return offset >= datelineStart && offset < datelineEnd;
    }
}
