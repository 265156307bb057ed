package io.blocwatch.tagging.coder;

import java.time.LocalDate;
import java.util.List;

/**
 * An item ready for coding: its text (headline, a blank line, the body without boilerplate), its
 * sentences and the day it was published. {@code datelineEnd} is the offset where a leading
 * dateline ("ADDIS ABABA -") ends, or 0.
 */
public record Document(String id, String text, List<Sentence> sentences, LocalDate published, int datelineEnd) {}
