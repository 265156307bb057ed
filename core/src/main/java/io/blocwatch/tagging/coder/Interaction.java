package io.blocwatch.tagging.coder;

/** A coded event between two actors, with the sentence it came from. */
record Interaction(String source, String target, String kind, String polarity, String plover, int sentence) {}
