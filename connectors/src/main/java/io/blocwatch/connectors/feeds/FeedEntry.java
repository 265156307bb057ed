package io.blocwatch.connectors.feeds;

import java.time.Instant;

/**
 * One entry of a feed as text: its GUID (RSS guid, Atom id; may be null), its link resolved to an
 * absolute address (may be null), title and summary as plain text, and its publication time (null
 * when the feed gives none it can read).
 */
public record FeedEntry(String guid, String link, String title, String text, Instant published) {}
