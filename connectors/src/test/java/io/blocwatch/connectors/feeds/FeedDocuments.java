package io.blocwatch.connectors.feeds;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Feeds and pages written for the tests (invented outlets and stories). */
public final class FeedDocuments {

    private FeedDocuments() {}

    public static final String RSS_TYPE = "application/rss+xml; charset=utf-8";
    public static final String ATOM_TYPE = "application/atom+xml";
    public static final String HTML_TYPE = "text/html; charset=utf-8";

    /** RFC 822 as RSS feeds write it, with a numeric zone. */
    public static String rfc822(Instant t) {
        return DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH).format(t.atOffset(ZoneOffset.ofHours(2)));
    }

    /** An RSS 2.0 item; {@code date} may be null (no pubDate). */
    public static String rssItem(String guid, String link, String title, String descriptionHtml, Instant date) {
        return "<item><title>" + title + "</title><link>" + link + "</link>"
                + (guid == null ? "" : "<guid isPermaLink=\"false\">" + guid + "</guid>")
                + "<description><![CDATA[" + descriptionHtml + "]]></description>"
                + (date == null ? "" : "<pubDate>" + rfc822(date) + "</pubDate>") + "</item>\n";
    }

    public static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Test Wire</title>"
                + "<link>http://example.invalid/</link><description>wire</description>\n" + String.join("", items)
                + "</channel></rss>\n";
    }

    public static String atomEntry(String id, String href, String title, String summaryHtml, Instant published) {
        return "<entry><id>" + id + "</id><title type=\"text\">" + title + "</title><link rel=\"alternate\" href=\"" + href + "\"/>"
                + "<published>" + published + "</published><updated>" + published + "</updated>"
                + "<summary type=\"html\">" + summaryHtml.replace("<", "&lt;").replace(">", "&gt;") + "</summary></entry>\n";
    }

    public static String atom(String... entries) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Ministry Notes</title>"
                + "<id>urn:test:ministry</id><updated>2026-01-01T00:00:00Z</updated>\n" + String.join("", entries) + "</feed>\n";
    }

    /** RSS 1.0 (RDF) with Dublin Core dates. */
    public static String rss1(String about, String title, String description, Instant date) {
        return "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<channel rdf:about=\"http://example.invalid/rdf\"><title>Regional Press</title><link>http://example.invalid/</link>"
                + "<description>press</description><items><rdf:Seq><rdf:li rdf:resource=\"" + about + "\"/></rdf:Seq></items></channel>"
                + "<item rdf:about=\"" + about + "\"><title>" + title + "</title><link>" + about + "</link><description>" + description
                + "</description><dc:date>" + date + "</dc:date></item></rdf:RDF>\n";
    }

    /** An article page buried in navigation, a caption, a share bar, related links and comments. */
    public static String boilerplatePage(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>\n");
        }
        return "<!DOCTYPE html><html><head><title>Story</title>"
                + "<meta property=\"article:published_time\" content=\"2026-11-30T08:15:00+01:00\"></head><body>"
                + "<header><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></header>"
                + "<nav><ul><li><a href=\"/a\">Politics and government news from the whole region today</a></li>"
                + "<li><a href=\"/b\">Business, markets, energy and the economy in depth and analysis</a></li></ul></nav>"
                + "<div class=\"share-bar\">Share this story on every network you like, with all of your friends and family</div>"
                + "<main><article><h1>Story</h1>"
                + "<figure><img src=\"x.jpg\"><figcaption>A caption under the photograph that says who is standing where, at length.</figcaption></figure>"
                + body
                + "<div class=\"related-links\"><p><a href=\"/r1\">Another story that you may also like to read about something else</a></p></div>"
                + "</article></main>"
                + "<section id=\"comments\"><p>First commenter says that this article is, in their view, entirely wrong about everything.</p>"
                + "<p>Second commenter replies, at some length, that the first commenter has not read the article at all.</p></section>"
                + "<div class=\"newsletter-signup\"><p>Sign up for our newsletter, delivered every morning, free of charge, forever.</p></div>"
                + "<footer>Copyright, terms, privacy, cookies, contact, advertise with us, careers, about us.</footer>"
                + "</body></html>";
    }
}
