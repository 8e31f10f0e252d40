package io.steppewatch.analysis.figures;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A character trie of unit forms, matched forwards (after a number) or backwards (before a number).
 *
 * <p>Replaces one large case-insensitive regular expression per kind of form, which cost more than the rest of
 * the extraction together. Form syntax as in units.tsv: a space matches any run of spaces, a trailing
 * {@code *} any run of letters (inside a form matched forwards, the rest of that word: {@code фунт* стерлинг*}), a
 * leading {@code =} makes the form case-sensitive. A form that begins or ends
 * with a letter may not run into a neighbouring letter. Immutable once built; thread-safe.
 */
final class FormTrie {

    private static final class Node {
        /** Children by char, keys sorted: no boxing of the char and no hash per step of a walk. */
        char[] keys = new char[0];
        Node[] children = new Node[0];
        String value;
        boolean wildcard;
        boolean startsWithLetter;
        boolean endsWithLetter;

        Node get(char c) {
            int at = Arrays.binarySearch(keys, c);
            return at >= 0 ? children[at] : null;
        }

        Node getOrAdd(char c) {
            int at = Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            char[] grownKeys = new char[keys.length + 1];
            Node[] grown = new Node[children.length + 1];
            System.arraycopy(keys, 0, grownKeys, 0, insert);
            System.arraycopy(children, 0, grown, 0, insert);
            grownKeys[insert] = c;
            grown[insert] = new Node();
            System.arraycopy(keys, insert, grownKeys, insert + 1, keys.length - insert);
            System.arraycopy(children, insert, grown, insert + 1, children.length - insert);
            keys = grownKeys;
            children = grown;
            return grown[insert];
        }
    }

    /** A form found: the text span it covers and its value. */
    record Hit(int start, int end, String value) {
    }

    private final Node folded = new Node();
    private final Node exact = new Node();
    private final boolean backwards;

    FormTrie(List<String[]> forms, boolean backwards) {
        this.backwards = backwards;
        for (String[] form : forms) {
            add(form[0], form[1]);
        }
    }

    private void add(String form, String value) {
        boolean caseSensitive = form.startsWith("=");
        String body = caseSensitive ? form.substring(1) : form.toLowerCase(Locale.ROOT);
        boolean wildcard = body.endsWith("*");
        if (wildcard) {
            body = body.substring(0, body.length() - 1);
        }
        String path = backwards ? new StringBuilder(body).reverse().toString() : body;
        Node node = caseSensitive ? exact : folded;
        for (int i = 0; i < path.length(); i++) {
            char c = normalise(path.charAt(i));
            node = node.getOrAdd(c);
        }
        if (node.value == null || body.length() > 0) {
            node.value = value;
            node.wildcard = wildcard;
            node.startsWithLetter = Character.isLetter(body.charAt(0));
            node.endsWithLetter = Character.isLetter(body.charAt(body.length() - 1)) || wildcard;
        }
    }

    private static char normalise(char c) {
        return NumberScanner.isSpace(c) ? ' ' : c == '’' ? '\'' : c;
    }

    /** The longest form starting exactly at {@code from}, or null. */
    Hit forward(CharSequence text, int from) {
        Hit best = walkForward(folded, text, from, true);
        Hit exactHit = walkForward(exact, text, from, false);
        return longer(best, exactHit);
    }

    private Hit walkForward(Node root, CharSequence text, int from, boolean fold) {
        if (from > 0 && from < text.length() && Character.isLetter(text.charAt(from))
                && Character.isLetter(text.charAt(from - 1))) {
            return null;
        }
        return walkForwardFrom(root, root, text, from, from, fold);
    }

    /**
     * The walk of {@link #walkForward} from {@code node}, reached at {@code i}. A {@code *} inside a form
     * ({@code кубическ* метр*}) stands for the rest of that word, as a trailing one does: at a node with a
     * {@code *} child the walk also goes on from that child past the word's remaining letters, and the longer
     * hit wins. Only a few forms have one, so the branch is rare.
     */
    private Hit walkForwardFrom(Node root, Node start, CharSequence text, int from, int at, boolean fold) {
        Hit best = null;
        Node node = start;
        int i = at;
        while (node != null) {
            Node innerWildcard = node == root ? null : node.get('*');
            if (innerWildcard != null) {
                int wordEnd = i;
                while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
                    wordEnd++;
                }
                best = longer(best, walkForwardFrom(root, innerWildcard, text, from, wordEnd, fold));
            }
            if (node.value != null && node != root) {
                int end = i;
                if (node.wildcard) {
                    while (end < text.length() && Character.isLetter(text.charAt(end))) {
                        end++;
                    }
                }
                boolean boundary = !node.endsWithLetter || end >= text.length() || !Character.isLetter(text.charAt(end));
                if (boundary) {
                    best = longer(best, new Hit(from, end, node.value));
                }
            }
            if (i >= text.length()) {
                break;
            }
            char c = text.charAt(i);
            if (NumberScanner.isSpace(c) || c == '\n') {
                Node spaced = node.get(' ');
                if (spaced == null) {
                    break;
                }
                while (i < text.length() && NumberScanner.isSpace(text.charAt(i))) {
                    i++;
                }
                node = spaced;
                continue;
            }
            node = node.get(normalise(fold ? Character.toLowerCase(c) : c));
            i++;
        }
        return best;
    }

    /** The longest form ending exactly at {@code end} (its last char at {@code end - 1}), or null. */
    Hit backward(CharSequence text, int end) {
        return longer(walkBackward(folded, text, end, true), walkBackward(exact, text, end, false));
    }

    private Hit walkBackward(Node root, CharSequence text, int end, boolean fold) {
        Hit best = null;
        Node node = root;
        int i = end - 1;
        while (node != null) {
            if (node.value != null && node != root) {
                int start = i + 1;
                boolean boundary = !node.startsWithLetter || start == 0 || !Character.isLetter(text.charAt(start - 1));
                if (boundary) {
                    best = new Hit(start, end, node.value);
                }
            }
            if (i < 0) {
                break;
            }
            char c = text.charAt(i);
            if (NumberScanner.isSpace(c)) {
                Node spaced = node.get(' ');
                if (spaced == null) {
                    break;
                }
                while (i >= 0 && NumberScanner.isSpace(text.charAt(i))) {
                    i--;
                }
                node = spaced;
                continue;
            }
            node = node.get(normalise(fold ? Character.toLowerCase(c) : c));
            i--;
        }
        return best;
    }

    private static Hit longer(Hit a, Hit b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return (b.end() - b.start()) > (a.end() - a.start()) ? b : a;
    }
}
