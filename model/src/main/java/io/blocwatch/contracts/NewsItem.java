package io.blocwatch.contracts;

import java.time.Instant;

/**
 * NewsItem v1, the input contract. {@code publishedAt} is an ISO-8601 instant, already validated by
 * the parser; unknown JSON fields (such as a {@code gold} block) are ignored on the way in.
 */
public record NewsItem(
        String id,
        String source,
        String url,
        String publishedAt,
        String language,
        String title,
        String body) {

    /** Event time of the item in epoch milliseconds. */
    public long eventTimeMillis() {
        return Instant.parse(publishedAt).toEpochMilli();
    }

    /** Title and body as one text, the title first as its own sentence. */
    public String fullText() {
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body;
        if (t.isEmpty()) {
            return b;
        }
        boolean closed = t.endsWith(".") || t.endsWith("!") || t.endsWith("?");
        return t + (closed ? "\n" : ".\n") + b;
    }
}
