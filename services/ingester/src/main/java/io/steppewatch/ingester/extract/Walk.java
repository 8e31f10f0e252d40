package io.steppewatch.ingester.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.jsoup.nodes.Element;

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

    /**
     * Gives {@code root} and every element under it to {@code visit}, in page order. The walk reads each element's
     * children as it reaches them, so {@code visit} must not add, move or remove elements under {@code root}.
     */
    static void forEach(Element root, Consumer<Element> visit) {
        visit.accept(root);
        if (root.firstElementChild() == null) {
            // Most blocks the pruning drops (scripts, styles, inputs) hold no element: no stack needed.
            return;
        }
        // The elements the walk is inside, and for each the index of the child node to look at next: the stack grows
        // with the depth only, where a stack of the children still to visit grew with every long list or head.
        Element[] parents = new Element[32];
        int[] next = new int[32];
        int depth = 0;
        parents[0] = root;
        while (depth >= 0) {
            Element parent = parents[depth];
            int size = parent.childNodeSize();
            int i = next[depth];
            while (i < size && !(parent.childNode(i) instanceof Element)) {
                i++;
            }
            if (i == size) {
                depth--;
                continue;
            }
            next[depth] = i + 1;
            Element child = (Element) parent.childNode(i);
            visit.accept(child);
            if (child.childNodeSize() > 0) {
                if (++depth == parents.length) {
                    parents = Arrays.copyOf(parents, depth * 2);
                    next = Arrays.copyOf(next, depth * 2);
                }
                parents[depth] = child;
                next[depth] = 0;
            }
        }
    }
}
