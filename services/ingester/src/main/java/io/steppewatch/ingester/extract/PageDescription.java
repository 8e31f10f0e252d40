package io.steppewatch.ingester.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;

/**
 * The opening words of the summary a page gives of itself in its meta tags ("description", "og:description"). Sites
 * write it from the article: its standfirst, or its first sentences cut short (what blog and shop software fills in
 * by default). Text that holds those words is the article's start, wherever it sits and whatever it is named.
 *
 * <p>Compared on letters and digits alone, lower-cased: the meta tag and the page often differ in quotes, dashes,
 * ellipses and line breaks while saying the same thing.
 */
final class PageDescription {

    static final PageDescription NONE = new PageDescription(List.of());

    /** A shorter description ("News", the site's name) says nothing about which text is the article. */
    private static final int MIN_LETTERS = 30;
    /** How many of its first letters must match: descriptions are often cut short, mid-word, at their end. */
    private static final int OPENING_LETTERS = 50;

    private final List<String> openings;

    private PageDescription(List<String> openings) {
        this.openings = openings;
    }

    /** From the page's meta tags (any of them; only the descriptions are read). */
    static PageDescription of(List<Element> metas) {
        List<String> openings = new ArrayList<>(2);
        for (Element meta : metas) {
            if (meta.attributesSize() == 0 || !described(meta)) {
                continue;
            }
            String letters = letters(meta.attr("content"), OPENING_LETTERS);
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
        if (openings.isEmpty() || text.isEmpty()) {
            return false;
        }
        String letters = letters(text, Integer.MAX_VALUE);
        for (String opening : openings) {
            if (letters.contains(opening)) {
                return true;
            }
        }
        return false;
    }

    private static String letters(String text, int max) {
        StringBuilder letters = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && letters.length() < max; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters.append(c);
            }
        }
        return letters.toString().toLowerCase(Locale.ROOT);
    }
}
