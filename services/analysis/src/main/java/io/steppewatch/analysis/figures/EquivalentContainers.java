package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.steppewatch.analysis.text.Words;

/**
 * Containers counted in a clause that has just said its counts are twenty-foot equivalents ("жиырма футтық
 * эквивалентте 800 мың контейнерге", in twenty-foot equivalent up to 800 thousand containers) are TEU, as containers
 * with the equivalent written after the number are ("10 тыс. контейнеров ДФЭ", units.tsv). Containers with no such
 * words in their sentence stay a count.
 */
final class EquivalentContainers {

    /** Stems of the container noun a count keeps, folded, in the five languages and both Kazakh alphabets. */
    private static final List<String> CONTAINER_STEMS = Words.foldAll("контейнер", "container", "konteyner",
            "konteıner", "conteneur");
    /**
     * The twenty-foot equivalent, lower case: "equivalent" alone is no unit ("equivalent to 144 container trains").
     */
    private static final List<String> EQUIVALENT_MARKS = List.of("футтық эквивалент", "fýttyq ekvıvalent",
            "futtyq ekvivalent", "futlik ekvivalent", "футлик эквивалент", "двадцатифутовом эквивалент",
            "twenty-foot equivalent", "20-foot equivalent", "équivalent vingt pieds");
    /** How far before the number the equivalent may be written. */
    private static final int REACH = 60;

    private EquivalentContainers() {
    }

    /** {@code figures} with each count of containers that follows "twenty-foot equivalent" in its sentence in TEU. */
    static List<SurfaceFigure> completed(String text, List<SurfaceFigure> figures) {
        List<SurfaceFigure> out = null;
        for (int i = 0; i < figures.size(); i++) {
            SurfaceFigure figure = figures.get(i);
            if ("count".equals(figure.unit()) && figure.noun() != null
                    && Words.startsWithAny(figure.noun(), CONTAINER_STEMS) && equivalentBefore(text, figure.start())) {
                if (out == null) {
                    out = new ArrayList<>(figures);
                }
                out.set(i, new SurfaceFigure(figure.start(), figure.end(), figure.value(), "TEU", figure.numberEnd(),
                        null, figure.spelled(), false));
            }
        }
        return out == null ? figures : out;
    }

    private static boolean equivalentBefore(String text, int start) {
        int from = Math.max(0, start - REACH);
        for (int i = start - 1; i >= from; i--) {
            if (TextWalks.hasSentenceBreak(text, i, i + 1)) {
                from = i + 1;
                break;
            }
        }
        String before = text.substring(from, start).toLowerCase(Locale.ROOT);
        for (String mark : EQUIVALENT_MARKS) {
            if (before.contains(mark)) {
                return true;
            }
        }
        return false;
    }
}
