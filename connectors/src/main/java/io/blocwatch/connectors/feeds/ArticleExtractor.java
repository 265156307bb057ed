package io.blocwatch.connectors.feeds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of an article page: jsoup parses the page; elements that are page furniture
 * (navigation, headers and footers, figures and captions, forms, comment and sharing widgets,
 * and anything whose class or id carries a word of {@code feeds/boilerplate-words.txt}) are
 * dropped; then each paragraph scores its parent and grandparent by its length and commas, each
 * candidate's score is discounted by its link density, and the paragraphs of the best one are the
 * text. Too little text left means the extraction failed and the caller keeps the feed's summary.
 */
public final class ArticleExtractor {

    /** The page's text (null when extraction failed) and the publication time its metadata gives (or null). */
    public record Article(String text, Instant published) {
        public boolean extracted() {
            return text != null;
        }
    }

    /** Less text than this is not an article (a teaser, a paywall, a video page). */
    static final int MIN_TEXT_CHARS = 200;
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final Set<String> WORDS = loadWords();
    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form, figure, "
            + "figcaption, iframe, button, svg, input, select, textarea, menu, dialog";

    private ArticleExtractor() {}

    public static Article extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        Instant published = published(doc);
        doc.select(FURNITURE).remove();
        for (Element el : doc.body().select("[class], [id], [role]")) {
            if (isBoilerplate(el) && el.parent() != null) {
                el.remove();
            }
        }
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : doc.body().select("p, pre, blockquote")) {
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + count(text, ',') + Math.min(text.length() / 100.0, 3);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, score / 2, Double::sum);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            if (s > bestScore) {
                bestScore = s;
                best = e.getKey();
            }
        }
        if (best == null) {
            return new Article(null, published);
        }
        StringBuilder sb = new StringBuilder();
        for (Element block : best.select("p, pre, blockquote, h2, h3, li")) {
            if (insideAnotherBlock(block, best)) {
                continue;
            }
            String text = block.text().strip();
            boolean heading = block.normalName().startsWith("h");
            if ((heading || text.length() >= MIN_PARAGRAPH_CHARS) && linkDensity(block) < 0.5) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(text);
            }
        }
        String text = sb.toString();
        return new Article(text.length() >= MIN_TEXT_CHARS ? text : null, published);
    }

    /** A paragraph inside a list item or a quote is taken with it, not twice. */
    private static boolean insideAnotherBlock(Element block, Element root) {
        for (Element a = block.parent(); a != null && a != root; a = a.parent()) {
            if (isBlockParagraph(a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlockParagraph(Element e) {
        String n = e.normalName();
        return n.equals("p") || n.equals("pre") || n.equals("blockquote") || n.equals("li");
    }

    static boolean isBoilerplate(Element el) {
        String n = el.normalName();
        if (n.equals("body") || n.equals("html") || n.equals("article") || n.equals("main")) {
            return false;
        }
        String attrs = (el.className() + " " + el.id() + " " + el.attr("role")).toLowerCase(Locale.ROOT);
        for (String token : attrs.split("[\\s_-]+")) {
            if (token.isEmpty()) {
                continue;
            }
            for (String w : WORDS) {
                if (token.equals(w) || (w.length() > 3 && token.startsWith(w))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 1;
        }
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += a.text().length();
        }
        return Math.min(1.0, linked / (double) all);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static Instant published(Document doc) {
        for (String q : List.of("meta[property=article:published_time]", "meta[name=article:published_time]",
                "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]")) {
            Element m = doc.selectFirst(q);
            if (m != null) {
                Instant t = parseDate(m.attr("content"));
                if (t != null) {
                    return t;
                }
            }
        }
        Element time = doc.selectFirst("time[datetime]");
        return time == null ? null : parseDate(time.attr("datetime"));
    }

    static Instant parseDate(String s) {
        return FeedDates.parse(s);
    }

    private static Set<String> loadWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = ArticleExtractor.class.getResourceAsStream("/feeds/boilerplate-words.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
