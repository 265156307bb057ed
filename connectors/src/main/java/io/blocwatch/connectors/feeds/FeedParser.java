package io.blocwatch.connectors.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.filter.Filters;
import org.jdom2.input.SAXBuilder;

/**
 * RSS 0.9x, 1.0 and 2.0 and Atom 0.3 and 1.0 through Rome (which reads the date formats feeds use,
 * RFC 822 with its variants and W3C/ISO 8601), into {@link FeedEntry}s: links resolved against the
 * address the feed was fetched from, HTML in titles and summaries turned into text. A document that
 * is HTML or not XML at all is {@code not_a_feed}; XML that does not parse is {@code malformed_feed}.
 */
public final class FeedParser {

    private FeedParser() {}

    public static List<FeedEntry> parse(byte[] body, String contentType, URI base) throws FeedFailure {
        String head = head(body);
        if (head.isEmpty()) {
            throw new FeedFailure(FeedFailure.NOT_A_FEED, "empty document from " + base, body, null);
        }
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")
                || (!lower.startsWith("<") && contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html"))) {
            throw new FeedFailure(FeedFailure.NOT_A_FEED, "HTML instead of RSS or Atom from " + base
                    + (contentType == null ? "" : " (Content-Type " + contentType + ")"), body, null);
        }
        if (!lower.startsWith("<")) {
            throw new FeedFailure(FeedFailure.NOT_A_FEED, "not XML from " + base
                    + (contentType == null ? "" : " (Content-Type " + contentType + ")"), body, null);
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(body), contentType, true));
        } catch (IllegalArgumentException e) {
            throw new FeedFailure(FeedFailure.NOT_A_FEED, "XML but neither RSS nor Atom from " + base + ": " + e.getMessage(), body, e);
        } catch (FeedException | IOException e) {
            throw new FeedFailure(FeedFailure.MALFORMED, "malformed feed from " + base + ": " + rootMessage(e), body, e);
        }
        List<FeedEntry> entries = new ArrayList<>();
        List<String> rawDates = null;
        for (int index = 0; index < feed.getEntries().size(); index++) {
            SyndEntry e = feed.getEntries().get(index);
            String link = link(e, base);
            String guid = blankToNull(e.getUri());
            if (guid != null && guid.equals(blankToNull(e.getLink()))) {
                // Rome gives an RSS item without a guid its link as URI: the canonical link decides.
                guid = null;
            }
            String title = HtmlText.of(e.getTitle());
            String summary = e.getDescription() == null ? "" : HtmlText.of(e.getDescription().getValue());
            String content = "";
            for (SyndContent c : e.getContents()) {
                String t = HtmlText.of(c.getValue());
                if (t.length() > content.length()) {
                    content = t;
                }
            }
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            Instant published = date == null ? null : date.toInstant();
            if (published == null) {
                if (rawDates == null) {
                    rawDates = rawDates(body);
                }
                published = index < rawDates.size() ? FeedDates.parse(rawDates.get(index)) : null;
            }
            entries.add(new FeedEntry(guid, link, title, content.length() > summary.length() ? content : summary, published));
        }
        return entries;
    }

    /**
     * The date text of each item or entry as written, in document order, for the dates Rome could
     * not read (read again with JDOM, doctypes refused; nothing on any failure).
     */
    static List<String> rawDates(byte[] body) {
        try {
            SAXBuilder builder = new SAXBuilder();
            builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            builder.setExpandEntities(false);
            Document doc = builder.build(new XmlReader(new ByteArrayInputStream(body), true));
            List<String> out = new ArrayList<>();
            for (Element el : doc.getRootElement().getDescendants(Filters.element())) {
                String n = el.getName();
                if (n.equals("item") || n.equals("entry")) {
                    out.add(firstChildText(el, "pubDate", "published", "date", "issued", "updated", "modified"));
                }
            }
            return out;
        } catch (JDOMException | IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static String firstChildText(Element el, String... names) {
        for (String name : names) {
            for (Element c : el.getChildren()) {
                if (c.getName().equals(name)) {
                    return c.getTextTrim();
                }
            }
        }
        return null;
    }

    private static String link(SyndEntry e, URI base) {
        String href = blankToNull(e.getLink());
        if (href == null) {
            for (SyndLink l : e.getLinks()) {
                if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) {
                    href = l.getHref();
                    break;
                }
            }
        }
        if (href == null) {
            return null;
        }
        try {
            return base.resolve(href.strip()).toString();
        } catch (IllegalArgumentException bad) {
            return href.strip();
        }
    }

    private static String head(byte[] body) {
        int n = Math.min(body.length, 512);
        String s = new String(body, 0, n, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        return s.stripLeading();
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
