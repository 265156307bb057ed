package io.blocwatch.connectors.feeds;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** HTML (or plain text with entities) to plain text: one line per block, spaces collapsed, scripts dropped. */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "tr", "table", "section", "article", "header", "footer", "pre", "dd", "dt", "figure", "hr");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg");

    private HtmlText() {}

    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return collapse(html);
        }
        return of(Jsoup.parseBodyFragment(html).body());
    }

    /** The text of an element, one line per block. */
    public static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            int skipping;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) {
                    if (SKIPPED.contains(el.normalName())) {
                        skipping++;
                    } else if (BLOCKS.contains(el.normalName())) {
                        out.append('\n');
                    }
                } else if (node instanceof TextNode t && skipping == 0) {
                    out.append(t.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el) {
                    if (SKIPPED.contains(el.normalName())) {
                        skipping--;
                    } else if (BLOCKS.contains(el.normalName())) {
                        out.append('\n');
                    }
                }
            }
        }, root);
        return collapse(out.toString());
    }

    /** Collapses runs of spaces within lines and drops empty lines. */
    static String collapse(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            String l = line.replace('\u00A0', ' ').replaceAll("[ \\t\\r\\f\\u000B]+", " ").strip();
            if (!l.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(l);
            }
        }
        return sb.toString();
    }
}
