package io.steppewatch.ingester.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

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
        List<Element> found = new ArrayList<>(1024);
        forEach(root, found::add);
        return found;
    }

    /**
     * How many elements {@code parent} holds directly, as Jsoup's {@code childrenSize} counts them, without the list
     * of them that Jsoup builds (through a stream) and keeps on the element for that.
     */
    static int childCount(Element parent) {
        int count = 0;
        for (int i = 0; i < parent.childNodeSize(); i++) {
            if (parent.childNode(i) instanceof Element) {
                count++;
            }
        }
        return count;
    }

    /** How many elements {@code root} and those under it are, leaving out {@code skipped} and all under it. */
    static int countSkipping(Element root, Element skipped) {
        if (root == skipped) {
            return 0;
        }
        int count = 1;
        for (Element child = root.firstElementChild(); child != null; child = child.nextElementSibling()) {
            count += countSkipping(child, skipped);
        }
        return count;
    }

    /** Gives {@code root} and every element under it to {@code visit}, in page order. */
    static void forEach(Element root, Consumer<Element> visit) {
        if (root.firstElementChild() == null) {
            // Most blocks the pruning drops (scripts, styles, inputs) hold no element: no stack needed.
            visit.accept(root);
            return;
        }
        Element[] stack = new Element[64];
        int size = 0;
        stack[size++] = root;
        while (size > 0) {
            Element element = stack[--size];
            visit.accept(element);
            // Children go on the stack last first, so the first child comes off next.
            for (int i = element.childNodeSize() - 1; i >= 0; i--) {
                if (element.childNode(i) instanceof Element child) {
                    if (size == stack.length) {
                        stack = Arrays.copyOf(stack, size * 2);
                    }
                    stack[size++] = child;
                }
            }
        }
    }
}
