package io.steppewatch.ingester.extract;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The opening words of the summary a page gives of itself in its meta tags ("description", "og:description"). Sites
 * write it from the article: its standfirst, or its first sentences cut short (what blog and shop software fills in
 * by default). Text that holds those words is the article's start, wherever it sits and whatever it is named.
 *
 * <p>Compared on letters and digits alone, lower-cased: the meta tag and the page often differ in quotes, dashes,
 * ellipses and line breaks while saying the same thing. Each page asks this of a few dozen blocks, so the letters
 * are matched as they are read, with no string built for the block.
 */
final class PageDescription {

    static final PageDescription NONE = new PageDescription(List.of());

    /** A shorter description ("News", the site's name) says nothing about which text is the article. */
    private static final int MIN_LETTERS = 30;
    /** How many of its first letters must match: descriptions are often cut short, mid-word, at their end. */
    private static final int OPENING_LETTERS = 50;

    private final List<String> openings;
    /**
     * For each opening, the longest proper prefix that is also a suffix of its first i+1 letters (Knuth-Morris-Pratt
     * search: how much of a match still stands when the next letter differs).
     */
    private final List<int[]> fallbacks;

    private PageDescription(List<String> openings) {
        this.openings = openings;
        this.fallbacks = new ArrayList<>(openings.size());
        for (String opening : openings) {
            int[] fallback = new int[opening.length()];
            for (int i = 1, k = 0; i < opening.length(); i++) {
                while (k > 0 && opening.charAt(i) != opening.charAt(k)) {
                    k = fallback[k - 1];
                }
                if (opening.charAt(i) == opening.charAt(k)) {
                    k++;
                }
                fallback[i] = k;
            }
            fallbacks.add(fallback);
        }
    }

    /** From the page's meta tags (any of them; only the descriptions are read). */
    static PageDescription of(List<Element> metas) {
        List<String> openings = new ArrayList<>(2);
        for (Element meta : metas) {
            if (meta.attributesSize() == 0 || !described(meta)) {
                continue;
            }
            String letters = letters(meta.attr("content"));
            if (letters.length() >= MIN_LETTERS && !openings.contains(letters)) {
                openings.add(letters);
            }
        }
        return openings.isEmpty() ? NONE : new PageDescription(List.copyOf(openings));
    }

    private static boolean described(Element meta) {
        String name = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
        return name.equalsIgnoreCase("description") || name.equalsIgnoreCase("og:description")
                || name.equalsIgnoreCase("twitter:description");
    }

    boolean isEmpty() {
        return openings.isEmpty();
    }

    /** Whether {@code text} holds the opening words of one of the page's descriptions. */
    boolean openedIn(String text) {
        if (openings.isEmpty()) {
            return false;
        }
        Search search = new Search();
        search.feed(text);
        return search.found;
    }

    /**
     * Whether the element's text holds the opening words of one of the page's descriptions: read from its text nodes
     * as they come, without building its text, and only up to the match.
     */
    boolean openedIn(Element element) {
        if (openings.isEmpty()) {
            return false;
        }
        Search search = new Search();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node instanceof TextNode text && search.feed(text.getWholeText())
                        ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, element);
        return search.found;
    }

    /** The letters of a text fed to it piece by piece, matched against every opening at once. */
    private final class Search {
        private final int[] matched = new int[openings.size()];
        private boolean found;

        /** Whether an opening is found by the end of this piece. */
        boolean feed(String text) {
            for (int i = 0; i < text.length() && !found; i++) {
                char c = text.charAt(i);
                if (c < '0' || !Character.isLetterOrDigit(c)) {
                    continue;
                }
                c = Character.toLowerCase(c);
                for (int o = 0; o < matched.length; o++) {
                    String opening = openings.get(o);
                    int k = matched[o];
                    while (k > 0 && opening.charAt(k) != c) {
                        k = fallbacks.get(o)[k - 1];
                    }
                    if (opening.charAt(k) == c) {
                        k++;
                    }
                    if (k == opening.length()) {
                        found = true;
                        break;
                    }
                    matched[o] = k;
                }
            }
            return found;
        }
    }

    /** The first letters and digits of a description, lower-cased one by one as {@link Search} reads text. */
    private static String letters(String text) {
        StringBuilder letters = new StringBuilder(OPENING_LETTERS);
        for (int i = 0; i < text.length() && letters.length() < OPENING_LETTERS; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters.append(Character.toLowerCase(c));
            }
        }
        return letters.toString();
    }
}
