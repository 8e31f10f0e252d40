package io.steppewatch.ingester.feed;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Turns a feed's HTML summary or content into plain text, paragraphs separated by blank lines. */
public final class FeedText {

    /** Elements whose content is never reader-visible text (and may be hostile). */
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "iframe", "object", "embed", "applet", "frameset", "head", "svg", "math");
    /** Elements that end a paragraph of text. */
    private static final Set<String> PARAGRAPHS = Set.of(
            "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
            "table", "tr", "section", "article", "header", "footer", "figure", "figcaption", "hr", "address", "aside", "main");

    private FeedText() {
    }

    public static String toPlainText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return unwrap(html);
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(String.join(",", SKIPPED)).remove();
        StringBuilder out = new StringBuilder(html.length());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String t = text.getWholeText().replaceAll("\\s+", " ");
                    if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
                        t = t.stripLeading();
                    }
                    out.append(t);
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && PARAGRAPHS.contains(e.normalName()) && out.length() > 0) {
                    trimTrailingSpaces(out);
                    if (!out.toString().endsWith("\n\n")) {
                        out.append(out.charAt(out.length() - 1) == '\n' ? "\n" : "\n\n");
                    }
                }
            }
        }, body);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /**
     * Plain text as feeds carry it is often wrapped at a fixed width: a single line break is a space, a
     * blank line ends a paragraph. Without this, a sentence would be cut at every wrap.
     */
    static String unwrap(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            String joined = paragraph.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!joined.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n\n").append(joined);
            }
        }
        return out.toString();
    }

    private static void trimTrailingSpaces(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
