package io.steppewatch.ingester.extract;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Tag;

/**
 * The changes a reading makes to a page's tree (nodes taken out or moved, elements renamed), made through this log
 * so that they can be taken back and made again. The forgiving readings start from the page as it was parsed, while
 * the metadata is read from the page as the strict reading left it: taking the strict reading's changes back, copying
 * the page and making them again costs a step per change, where parsing the page again cost as much as the first
 * parse. {@link #NONE} makes its changes without keeping them.
 */
final class PageEdits {

    /** Makes each change and keeps nothing: for a reading of a copy that nothing reads afterwards. */
    static final PageEdits NONE = new PageEdits(false);

    /**
     * A node leaving {@code from} at {@code fromIndex} for {@code to} at {@code toIndex}; a null {@code from} for a
     * node new to the tree, a null {@code to} for one taken out of it.
     */
    private record Move(Node node, Element from, int fromIndex, Element to, int toIndex) {
    }

    /** An element renamed from one tag to another. */
    private record Rename(Element element, Tag before, Tag after) {
    }

    private final boolean kept;
    /** {@link Move}s and {@link Rename}s, in the order they were made. */
    private final List<Record> log;

    private PageEdits(boolean kept) {
        this.kept = kept;
        this.log = kept ? new ArrayList<>() : List.of();
    }

    /** A log that keeps every change made through it. */
    static PageEdits kept() {
        return new PageEdits(true);
    }

    /** Takes {@code node} out of the tree. */
    void remove(Node node) {
        willRemove(node);
        node.remove();
    }

    /**
     * Notes that {@code node} is about to be taken out of the tree by someone else (a walk that removes what its
     * filter rejects), before anything else changes.
     */
    void willRemove(Node node) {
        if (kept) {
            log.add(new Move(node, (Element) node.parentNode(), node.siblingIndex(), null, 0));
        }
    }

    /** Moves {@code node}, new to the tree or not, to just before {@code anchor}. */
    void insertBefore(Node anchor, Node node) {
        Element from = (Element) node.parentNode();
        int fromIndex = from == null ? 0 : node.siblingIndex();
        anchor.before(node);
        if (kept) {
            log.add(new Move(node, from, fromIndex, (Element) node.parentNode(), node.siblingIndex()));
        }
    }

    /** Moves {@code node}, new to the tree or not, to the end of {@code parent}. */
    void append(Element parent, Node node) {
        Element from = (Element) node.parentNode();
        int fromIndex = from == null ? 0 : node.siblingIndex();
        parent.appendChild(node);
        if (kept) {
            log.add(new Move(node, from, fromIndex, parent, parent.childNodeSize() - 1));
        }
    }

    /** Moves {@code node}, new to the tree or not, to the start of {@code parent}. */
    void prepend(Element parent, Node node) {
        Element from = (Element) node.parentNode();
        int fromIndex = from == null ? 0 : node.siblingIndex();
        parent.prependChild(node);
        if (kept) {
            log.add(new Move(node, from, fromIndex, parent, 0));
        }
    }

    /** Renames {@code element}, as {@link Element#tagName(String)} does. */
    void rename(Element element, String tagName) {
        Tag before = element.tag();
        element.tagName(tagName);
        if (kept) {
            log.add(new Rename(element, before, element.tag()));
        }
    }

    /** Takes every change back, last first: the tree is as it was before the first. */
    void undo() {
        for (int i = log.size() - 1; i >= 0; i--) {
            if (log.get(i) instanceof Move move) {
                if (move.to() != null) {
                    move.node().remove();
                }
                if (move.from() != null) {
                    move.from().insertChildren(move.fromIndex(), move.node());
                }
            } else if (log.get(i) instanceof Rename rename) {
                rename.element().tag(rename.before());
            }
        }
    }

    /** Makes every change taken back by {@link #undo} again, first first: the tree is as it was after the last. */
    void redo() {
        for (Record edit : log) {
            if (edit instanceof Move move) {
                if (move.from() != null) {
                    move.node().remove();
                }
                if (move.to() != null) {
                    move.to().insertChildren(move.toIndex(), move.node());
                }
            } else if (edit instanceof Rename rename) {
                rename.element().tag(rename.after());
            }
        }
    }
}
