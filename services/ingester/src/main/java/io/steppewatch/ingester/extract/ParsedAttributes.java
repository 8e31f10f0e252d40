package io.steppewatch.ingester.extract;

import org.jsoup.nodes.Element;

/**
 * Reads an element's attributes by the names the HTML parser gives them, which it writes in lower case: a name is
 * compared as it is. Jsoup's {@code attr} and {@code hasAttr} compare every name of an element ignoring case, and the
 * walks that ask several names of every element of a page spent about 3 % of an extraction on that (JFR, the 88
 * benchmark pages). The answers are Jsoup's for every name asked here: lower case, and none of them "abs:...".
 */
final class ParsedAttributes {

    private ParsedAttributes() {
    }

    /** Whether the element carries the attribute {@code name} (lower case). */
    static boolean has(Element element, String name) {
        // An element without attributes is answered without creating the empty list that attributes() would.
        return element.attributesSize() > 0 && element.attributes().hasKey(name);
    }

    /** The value of the attribute {@code name} (lower case); empty when the element does not carry it. */
    static String get(Element element, String name) {
        return element.attributesSize() > 0 ? element.attributes().get(name) : "";
    }
}
