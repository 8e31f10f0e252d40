package io.steppewatch.ingester.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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

    private final List<Evaluator> markupSelectors;
    private final List<Element> metas = new ArrayList<>();
    private final List<Element> jsonLd = new ArrayList<>();
    private final List<Element> headings = new ArrayList<>();
    /**
     * For each of {@link #markupSelectors}, the first element in page order that it matched; null while none has. Only
     * that first match is ever read, so a selector that has one judges no further element.
     */
    private final Element[] firstMarked;

    /** @param markupSelectors selectors to judge on times and elements with itemprop or rel */
    PageSurvey(List<Evaluator> markupSelectors) {
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
        // hasAttr answers at once for an element without attributes, without counting them as attributesSize does.
        if (element.nameIs("time") || element.hasAttr("itemprop") || element.hasAttr("rel")) {
            for (int i = 0; i < markupSelectors.size(); i++) {
                if (firstMarked[i] == null && element.is(markupSelectors.get(i))) {
                    firstMarked[i] = element;
                }
            }
        }
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

    /** The first element, in page order, that the selector at {@code index} matched when visited; null if none. */
    Element firstMarked(int index) {
        return firstMarked[index];
    }
}
