package io.steppewatch.ingester.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * The elements a page's metadata can come from, gathered while another walk passes over them: meta tags, JSON-LD
 * scripts, top headings, and times and elements with itemprop or rel. The main-text finder's first walk visits
 * every element anyway, so metadata costs no walk of its own. Selectors that look at an element's ancestors are
 * judged when the element is visited, before the walk removes anything around it.
 */
final class PageSurvey {

    private static final Pattern JSON_LD_TYPE = Pattern.compile("(?i)application/ld\\+json");

    /**
     * What every element a markup selector matches carries, so that an element without it is not judged on that
     * selector: most elements the survey judges are links with a rel, which only a selector naming rel can match.
     */
    enum Carrier {
        /** The tag time. */
        TIME,
        /** An itemprop attribute. */
        ITEMPROP,
        /** An itemprop or a rel attribute. */
        ITEMPROP_OR_REL,
        /**
         * An itemprop attribute, or a rel that holds "author" in any case (as {@code [rel=author]} asks): most rels
         * are a link's "nofollow" or "noopener", and a selector that wants only the author's is not asked of those.
         */
        ITEMPROP_OR_AUTHOR_REL
    }

    /** A selector for {@link PageSurvey} to judge times and elements with itemprop or rel on. */
    record MarkupSelector(Evaluator selector, Carrier carrier) {
    }

    private final List<MarkupSelector> markupSelectors;
    private final List<Element> metas = new ArrayList<>();
    private final List<Element> jsonLd = new ArrayList<>();
    private final List<Element> headings = new ArrayList<>();
    /**
     * For each of {@link #markupSelectors}, the first element in page order that it matched; null while none has. Only
     * that first match is ever read, so a selector that has one judges no further element.
     */
    private final Element[] firstMarked;
    /** Whether an element marks a line of a recipe's ingredients (see {@link #ingredientProperty}). */
    private boolean marksIngredients;

    /** @param markupSelectors selectors to judge on times and elements with itemprop or rel */
    PageSurvey(List<MarkupSelector> markupSelectors) {
        this.markupSelectors = markupSelectors;
        this.firstMarked = new Element[markupSelectors.size()];
    }

    void visit(Element element) {
        if (element.nameIs("meta")) {
            metas.add(element);
        } else if (element.nameIs("script") && isJsonLd(element.attr("type"))) {
            jsonLd.add(element);
        } else if (element.nameIs("h1")) {
            headings.add(element);
        }
        if (element.nameIs("time")) {
            judge(element, null);
        } else if (element.attributesSize() > 0) {
            // By the names as the parser wrote them (see ParsedAttributes).
            Attributes attributes = element.attributes();
            if (attributes.hasKey("itemprop")) {
                if (!marksIngredients && ingredientProperty(attributes.get("itemprop"))) {
                    marksIngredients = true;
                }
                judge(element, Carrier.ITEMPROP);
            } else if (attributes.hasKey("rel")) {
                judge(element, mentionsAuthor(attributes.get("rel")) ? Carrier.ITEMPROP_OR_AUTHOR_REL
                        : Carrier.ITEMPROP_OR_REL);
            }
        }
    }

    /**
     * Whether a rel holds "author" in any case, compared as {@code equalsIgnoreCase} compares: every rel that
     * {@code [rel=author]} matches does (see {@link Carrier#ITEMPROP_OR_AUTHOR_REL}).
     */
    private static boolean mentionsAuthor(String rel) {
        for (int at = 0; at + 6 <= rel.length(); at++) {
            if (rel.regionMatches(true, at, "author", 0, 6)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Judges the element on the selectors that have no first match yet and that may match it: for a time all (it may
     * carry itemprop or rel too), else those whose carrier the element has ({@code carries}: ITEMPROP for an itemprop,
     * ITEMPROP_OR_REL for a rel, ITEMPROP_OR_AUTHOR_REL for a rel that holds "author").
     */
    private void judge(Element element, Carrier carries) {
        for (int i = 0; i < markupSelectors.size(); i++) {
            MarkupSelector marked = markupSelectors.get(i);
            if (firstMarked[i] == null && (carries == null || mayCarry(marked.carrier(), carries))
                    && element.is(marked.selector())) {
                firstMarked[i] = element;
            }
        }
    }

    /** Whether an element that is not a time and carries {@code carries} can be one a selector needing it matches. */
    private static boolean mayCarry(Carrier needed, Carrier carries) {
        return switch (needed) {
            case ITEMPROP_OR_REL -> true;
            case ITEMPROP_OR_AUTHOR_REL -> carries == Carrier.ITEMPROP || carries == Carrier.ITEMPROP_OR_AUTHOR_REL;
            default -> needed == carries;
        };
    }

    /**
     * What {@link #JSON_LD_TYPE} finds, without a matcher for each of a page's many scripts: the type holds
     * "application/ld+json" in any case of its ASCII letters.
     */
    static boolean isJsonLd(String type) {
        String wanted = "application/ld+json";
        for (int at = 0; at + wanted.length() <= type.length(); at++) {
            int i = 0;
            while (i < wanted.length()) {
                char c = type.charAt(at + i);
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                }
                if (c != wanted.charAt(i)) {
                    break;
                }
                i++;
            }
            if (i == wanted.length()) {
                return true;
            }
        }
        return false;
    }

    List<Element> metas() {
        return metas;
    }

    List<Element> jsonLd() {
        return jsonLd;
    }

    List<Element> headings() {
        return headings;
    }

    /**
     * Whether an itemprop is the one schema.org's recipe markup gives each line of a recipe's ingredients
     * ("recipeIngredient", or "ingredients" in its older vocabulary).
     */
    static boolean ingredientProperty(String itemprop) {
        return itemprop.equalsIgnoreCase("recipeIngredient") || itemprop.equalsIgnoreCase("ingredients");
    }

    /** Whether an element visited so far marks a line of a recipe's ingredients. */
    boolean marksIngredients() {
        return marksIngredients;
    }

    /** The first element, in page order, that the selector at {@code index} matched when visited; null if none. */
    Element firstMarked(int index) {
        return firstMarked[index];
    }
}
