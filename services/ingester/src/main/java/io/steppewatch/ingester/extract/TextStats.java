package io.steppewatch.ingester.extract;

import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, link-text length and comma count of every element under a root, computed in one iterative
 * walk so that scoring thousands of ancestors does not re-read their text each time (and no recursion can
 * overflow on a deep tree). A snapshot: after the tree changes, take a new one.
 */
final class TextStats {

    private static final Stat ZERO = new Stat();

    private final Map<Element, Stat> stats = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats result = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && text.parent() != null) {
                    Stat stat = result.stat(text.parent());
                    String value = text.getWholeText();
                    stat.chars += collapsedLength(value);
                    stat.commas += commas(value);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return;
                }
                Stat own = result.stat(element);
                if (element.nameIs("a")) {
                    own.linkChars = own.chars;
                }
                if (element != root && element.parent() != null) {
                    Stat parent = result.stat(element.parent());
                    parent.chars += own.chars;
                    parent.linkChars += own.linkChars;
                    parent.commas += own.commas;
                }
            }
        }, root);
        return result;
    }

    int chars(Element element) {
        return stats.getOrDefault(element, ZERO).chars;
    }

    int commas(Element element) {
        return stats.getOrDefault(element, ZERO).commas;
    }

    double linkDensity(Element element) {
        Stat stat = stats.getOrDefault(element, ZERO);
        return stat.chars == 0 ? 0 : Math.min(1.0, (double) stat.linkChars / stat.chars);
    }

    private Stat stat(Element element) {
        return stats.computeIfAbsent(element, e -> new Stat());
    }

    /** Length as a reader sees it: every run of white space counts as one character. */
    static int collapsedLength(String value) {
        int length = 0;
        boolean inSpace = false;
        for (int i = 0; i < value.length(); i++) {
            boolean space = Character.isWhitespace(value.charAt(i)) || value.charAt(i) == '\u00a0';
            if (!space || !inSpace) {
                length++;
            }
            inSpace = space;
        }
        return length;
    }

    private static int commas(String value) {
        int count = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // Latin, Arabic, CJK and fullwidth commas all mark a clause of running prose.
            if (c == ',' || c == '\u060C' || c == '\u3001' || c == '\uFF0C' || c == '\uFE50') {
                count++;
            }
        }
        return count;
    }

    private static final class Stat {
        private int chars;
        private int linkChars;
        private int commas;
    }
}
