package io.steppewatch.ingester.extract;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Lists a tree's elements in page order. Jsoup's own {@code getAllElements} steps through every node, text
 * included, behind an iterator; on a large page that walk costs a sizeable share of the parse, and the extractor
 * makes several. This one steps from element to element with an explicit stack, so depth costs no recursion.
 */
final class Walk {

    private Walk() {
    }

    /** {@code root} and every element under it, in page order. */
    static List<Element> elements(Element root) {
        List<Element> found = new ArrayList<>(256);
        List<Element> stack = new ArrayList<>(64);
        stack.add(root);
        while (!stack.isEmpty()) {
            Element element = stack.remove(stack.size() - 1);
            found.add(element);
            // Children go on the stack last first, so the first child comes off next.
            for (int i = element.childNodeSize() - 1; i >= 0; i--) {
                Node child = element.childNode(i);
                if (child instanceof Element childElement) {
                    stack.add(childElement);
                }
            }
        }
        return found;
    }
}
