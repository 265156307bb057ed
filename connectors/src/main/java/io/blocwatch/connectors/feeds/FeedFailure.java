package io.blocwatch.connectors.feeds;

/**
 * Why a feed or a page could not be used. {@code reason} is the dead letter's stable code:
 * {@code feed_unreachable} (connection, timeout, HTTP error after retries), {@code malformed_feed}
 * (XML that does not parse), {@code not_a_feed} (HTML or anything else instead of RSS/Atom),
 * {@code robots_disallowed} (the site's robots.txt forbids it).
 */
public final class FeedFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public static final String UNREACHABLE = "feed_unreachable";
    public static final String MALFORMED = "malformed_feed";
    public static final String NOT_A_FEED = "not_a_feed";
    public static final String ROBOTS = "robots_disallowed";

    private final String reason;
    private final transient byte[] body;

    public FeedFailure(String reason, String detail) {
        this(reason, detail, null, null);
    }

    public FeedFailure(String reason, String detail, byte[] body, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
        this.body = body;
    }

    public String reason() {
        return reason;
    }

    /** What the server sent, when there was a body. */
    public byte[] body() {
        return body;
    }
}
