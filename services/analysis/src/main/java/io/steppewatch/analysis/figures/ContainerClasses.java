package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A length in feet that names a container's class is no figure (the lead's decision of round 36 in LABEL-FIXES.md:
 * "conteneurs de 40 pieds", "20 футтық контейнер", "twenty foot equivalent" say which kind of box is meant, not how
 * much of anything there is; the boxes themselves are counted). Told by a word of containers a few words before the
 * feet ("conteneurs standard de 40 pieds") or right after them ("20 футтық контейнер", "twenty foot equivalent"), and
 * by "footer", a container named by its class ("40 footer"). The compound adjective "40-foot" was already no figure.
 */
final class ContainerClasses {

    /** Folded stems of the words for a container and for the "equivalent" of TEU, in the corpus's languages. */
    private static final List<String> CONTAINER_STEMS = List.of("container", "conteneur", "контейнер", "konteyner",
            "equivalent", "эквивалент", "ekvivalent").stream().map(FigureExtractor::fold).toList();
    /** Counted nouns that are a container named by its class. Folded. */
    private static final Set<String> CLASS_NOUNS = Set.of("footer", "footers");
    /** How many words before the feet a container word may stand ("conteneurs standard de 40 pieds"). */
    private static final int WORDS_BEFORE = 3;
    /** How many words after the feet a container word may stand ("40 ft high-cube containers"). */
    private static final int WORDS_AFTER = 2;

    private ContainerClasses() {
    }

    /** The figures without the feet (and "footer" counts) that name a container's class. */
    static List<SurfaceFigure> without(String text, List<SurfaceFigure> figures) {
        List<SurfaceFigure> out = null;
        for (int i = 0; i < figures.size(); i++) {
            SurfaceFigure figure = figures.get(i);
            if (isClass(text, figure)) {
                if (out == null) {
                    out = new ArrayList<>(figures.subList(0, i));
                }
            } else if (out != null) {
                out.add(figure);
            }
        }
        return out == null ? figures : out;
    }

    private static boolean isClass(String text, SurfaceFigure figure) {
        if ("count".equals(figure.unit())) {
            return figure.noun() != null && CLASS_NOUNS.contains(figure.noun());
        }
        if (!"ft".equals(figure.unit())) {
            return false;
        }
        int at = figure.end();
        for (int k = 0; k < WORDS_AFTER; k++) {
            int start = wordStartAfter(text, at);
            if (start < 0) {
                break;
            }
            at = wordEnd(text, start);
            if (container(text.substring(start, at))) {
                return true;
            }
        }
        at = figure.start();
        for (int k = 0; k < WORDS_BEFORE; k++) {
            int end = wordEndBefore(text, at);
            if (end < 0) {
                return false;
            }
            at = wordStart(text, end);
            if (container(text.substring(at, end))) {
                return true;
            }
        }
        return false;
    }

    private static boolean container(String word) {
        String folded = FigureExtractor.fold(word);
        for (String stem : CONTAINER_STEMS) {
            if (folded.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The start of the next word after {@code from} past spaces, hyphens and brackets only, or -1. */
    private static int wordStartAfter(String text, int from) {
        int i = from;
        while (i < text.length() && (NumberScanner.isSpace(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        return i < text.length() && Character.isLetter(text.charAt(i)) ? i : -1;
    }

    private static int wordEnd(String text, int start) {
        int j = start;
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
            j++;
        }
        return j;
    }

    /** The end of the word before {@code to} past spaces only (no punctuation), or -1. */
    private static int wordEndBefore(String text, int to) {
        int i = to;
        while (i > 0 && NumberScanner.isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i > 0 && Character.isLetter(text.charAt(i - 1)) ? i : -1;
    }

    private static int wordStart(String text, int end) {
        int i = end;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
