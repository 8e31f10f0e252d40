package io.steppewatch.ingester.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an element into plain text the way a reader sees it: each block its own paragraph, paragraphs
 * separated by a blank line, white space collapsed, a {@code <br>} a line break. Walks iteratively, so depth
 * costs nothing.
 */
final class TextRenderer {

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
            "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
            "center", "summary", "body", "caption");

    String render(Element root) {
        return String.join("\n\n", paragraphs(root));
    }

    /** The paragraphs {@link #render} joins, none of them empty or holding a blank line. */
    List<String> paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            /** How many {@code <pre>} elements the walk is inside, counted on the way in and out. */
            private int pre = inPre(root) ? 1 : 0;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    append(current, text.getWholeText(), pre > 0);
                } else if (node instanceof Element element) {
                    if (element.nameIs("pre")) {
                        pre++;
                    }
                    if (element.nameIs("br")) {
                        trimTrailingSpace(current);
                        current.append('\n');
                    } else if (BLOCKS.contains(element.normalName())) {
                        flush(current, paragraphs);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (element.nameIs("pre")) {
                        pre--;
                    }
                    if (BLOCKS.contains(element.normalName())) {
                        flush(current, paragraphs);
                    }
                }
            }
        }, root);
        flush(current, paragraphs);
        return paragraphs;
    }

    /** Whether the root of a walk already sits inside a {@code <pre>}. */
    private static boolean inPre(Element root) {
        Node parent = root.parent();
        for (int hops = 0; parent instanceof Element element && hops < 8; hops++) {
            if (element.nameIs("pre")) {
                return true;
            }
            parent = element.parent();
        }
        return false;
    }

    private static void append(StringBuilder current, String raw, boolean preformatted) {
        if (preformatted) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (!Character.isISOControl(c) || c == '\n' || c == '\t') {
                    current.append(c);
                }
            }
            return;
        }
        // Runs of characters kept as they are go in whole, not one append per character; a single plain space
        // after a kept character is kept as it is too, so a line of prose goes in as one run, not a run a word.
        int run = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' && i > run && raw.charAt(i - 1) != ' ') {
                continue;
            }
            if (Spaces.isSpace(c)) {
                current.append(raw, run, i);
                run = i + 1;
                int last = current.length() - 1;
                if (last >= 0 && current.charAt(last) != ' ' && current.charAt(last) != '\n') {
                    current.append(' ');
                }
            } else if (Character.isISOControl(c)) {
                // Control characters are debris of broken encodings; a reader never sees them.
                current.append(raw, run, i);
                run = i + 1;
            }
        }
        current.append(raw, run, raw.length());
    }

    private static void trimTrailingSpace(StringBuilder current) {
        while (!current.isEmpty() && current.charAt(current.length() - 1) == ' ') {
            current.setLength(current.length() - 1);
        }
    }

    /**
     * Every run of spaces and line breaks that holds a line break, as one line break: what replacing " *\n *" and then
     * "\n{2,}" by a line break gave, in one pass without a matcher (a paragraph with breaks in it is common).
     */
    static String collapseBreaks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int kept = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\n') {
                continue;
            }
            int end = i;
            boolean broken = false;
            while (end < n && (text.charAt(end) == ' ' || text.charAt(end) == '\n')) {
                broken |= text.charAt(end) == '\n';
                end++;
            }
            if (broken) {
                out.append(text, kept, i).append('\n');
                kept = end;
            }
            i = end - 1;
        }
        return out.append(text, kept, n).toString();
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String paragraph = current.toString().strip();
        if (paragraph.indexOf('\n') >= 0) {
            paragraph = collapseBreaks(paragraph);
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(ComposedText.of(paragraph));
        }
        current.setLength(0);
    }
}
