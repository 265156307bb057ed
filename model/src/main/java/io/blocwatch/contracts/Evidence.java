package io.blocwatch.contracts;

/** One piece of evidence behind an alert: the item, where it was published, and the sentence. */
public record Evidence(String itemId, String url, String sentence) {}
