package io.steppewatch.ingester.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, link-text length, comma count and a few element counts for every element under a root,
 * computed in one iterative walk so that judging thousands of blocks does not re-read their subtrees each time
 * (and no recursion can overflow on a deep tree). When a block is removed, {@link #detach} keeps the figures of
 * its ancestors true without a new walk.
 */
final class TextStats {

    private static final Stat ZERO = new Stat();

    private final Map<Element, Stat> stats = new IdentityHashMap<>(1024);
    private final List<Element> elements = new ArrayList<>(1024);
    private final Element root;

    private TextStats(Element root) {
        this.root = root;
    }

    static TextStats of(Element root) {
        TextStats result = new TextStats(root);
        NodeTraversor.traverse(new NodeVisitor() {
            /** The figures of the elements the walk is inside, innermost last: a text's parent is on top. */
            private Stat[] open = new Stat[64];
            private int depth;

            @Override
            public void head(Node node, int nodeDepth) {
                if (node instanceof TextNode text) {
                    if (depth > 0) {
                        open[depth - 1].addText(text.getWholeText());
                    }
                } else if (node instanceof Element element) {
                    result.elements.add(element);
                    Stat stat = new Stat();
                    result.stats.put(element, stat);
                    if (depth == open.length) {
                        open = Arrays.copyOf(open, depth * 2);
                    }
                    open[depth++] = stat;
                }
            }

            @Override
            public void tail(Node node, int nodeDepth) {
                if (!(node instanceof Element element)) {
                    return;
                }
                Stat own = open[--depth];
                switch (element.normalName()) {
                    case "a" -> {
                        // A named anchor without an address (<a name="part-2">, a place the page's contents jump
                        // to) leads nowhere: its words are the text's own, often a whole paragraph or subheading.
                        // Other links without one are buttons a script drives ("Like us", "Download now").
                        if (ParsedAttributes.has(element, "href") || !ParsedAttributes.has(element, "name")) {
                            own.linkChars = own.chars;
                        }
                    }
                    case "p" -> {
                        own.paragraphs++;
                        own.paragraphChars = own.chars;
                    }
                    case "img" -> own.images++;
                    case "br" -> own.breaks++;
                    case "li" -> own.items++;
                    case "ul", "ol" -> own.listChars = own.chars;
                    default -> {
                        // no count of its own
                    }
                }
                if (depth > 0) {
                    open[depth - 1].add(own, 1);
                }
            }
        }, root);
        return result;
    }

    /** The root and every element under it, in page order, as they stood when the figures were taken. */
    List<Element> elements() {
        return elements;
    }

    /**
     * Takes in a new element that holds blocks already counted (the article gathered from the page's blocks): its
     * figures become the sum of its children's, so removals under it keep it true too.
     */
    void adopt(Element container) {
        Stat own = new Stat();
        for (int i = 0; i < container.childNodeSize(); i++) {
            Node child = container.childNode(i);
            if (child instanceof Element element) {
                own.add(get(element), 1);
            } else if (child instanceof TextNode text) {
                own.addText(text.getWholeText());
            }
        }
        stats.put(container, own);
    }

    /** Call before removing {@code element} from the tree: its figures no longer count for its ancestors. */
    void detach(Element element) {
        Stat own = stats.get(element);
        if (own == null) {
            return;
        }
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            Stat stat = stats.get(parent);
            if (stat != null) {
                stat.add(own, -1);
            }
            if (parent == root) {
                break;
            }
        }
    }

    int chars(Element element) {
        return get(element).chars;
    }

    int commas(Element element) {
        return get(element).commas;
    }

    int paragraphs(Element element) {
        return get(element).paragraphs;
    }

    /** Length of the element's text that sits in paragraphs. */
    int paragraphChars(Element element) {
        return get(element).paragraphChars;
    }

    int images(Element element) {
        return get(element).images;
    }

    /** Line breaks ({@code <br>}) in the element. */
    int breaks(Element element) {
        return get(element).breaks;
    }

    int items(Element element) {
        return get(element).items;
    }

    /** Share of the element's text that sits in lists. */
    double listShare(Element element) {
        Stat stat = get(element);
        return stat.chars == 0 ? 0 : Math.min(1.0, (double) stat.listChars / stat.chars);
    }

    /** Length of the element's text that sits in links. */
    int linkChars(Element element) {
        return get(element).linkChars;
    }

    double linkDensity(Element element) {
        Stat stat = get(element);
        return stat.chars == 0 ? 0 : Math.min(1.0, (double) stat.linkChars / stat.chars);
    }

    private Stat get(Element element) {
        return stats.getOrDefault(element, ZERO);
    }

    private static boolean isComma(char c) {
        // Latin, Arabic, CJK and fullwidth commas all mark a clause of running prose.
        return c == ',' || c == '\u060C' || c == '\u3001' || c == '\uFF0C' || c == '\uFE50';
    }

    private static final class Stat {
        private int chars;
        private int linkChars;
        private int commas;
        private int paragraphs;
        private int images;
        private int breaks;
        private int items;
        private int listChars;
        private int paragraphChars;

        /** Counts a run of text: its length as a reader sees it, and its commas, in one pass over its characters. */
        void addText(String value) {
            boolean inSpace = false;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                boolean space = Spaces.isSpace(c);
                if (!space || !inSpace) {
                    chars++;
                }
                inSpace = space;
                if (isComma(c)) {
                    commas++;
                }
            }
        }

        void add(Stat other, int sign) {
            chars += sign * other.chars;
            linkChars += sign * other.linkChars;
            commas += sign * other.commas;
            paragraphs += sign * other.paragraphs;
            images += sign * other.images;
            breaks += sign * other.breaks;
            items += sign * other.items;
            listChars += sign * other.listChars;
            paragraphChars += sign * other.paragraphChars;
        }
    }
}
