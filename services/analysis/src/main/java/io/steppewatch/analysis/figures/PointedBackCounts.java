package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * Numbers of countries that only point back at parties the text has already named (decision 20 of round 34): "the 2
 * nations", "these 3 countries", "ces 2 pays", "эти 2 страны", "all 4 countries" after the four are named. A
 * determiner that refers back stands right before a small number, and the bare noun of countries follows with no
 * words that single out a group ("the 3 countries with the largest budgets", "les 5 pays d'Asie centrale"). A count
 * the text states ("45 countries", "the 27 member states", "all 193 countries") stays a figure.
 */
final class PointedBackCounts {

    /** Determiners that point back at parties already before the reader. Folded. */
    private static final Set<String> POINTING_BACK = WordSet.copyOf(Words.foldAll("the", "these", "those", "both",
            "all", "ces", "les", "tous", "эти", "этих", "этими", "этим", "обе", "обеих", "оба", "обоих", "все", "всех",
            "бұл", "осы", "bu", "ushbu", "mazkur", "бу", "ушбу", "мазкур"));
    /** Stems of the nouns of countries and states in the five languages, whose endings vary. Folded. */
    private static final List<String> COUNTRY_STEMS = Words.foldAll("countr", "стран", "государств", "мемлекет",
            "davlat", "mamlakat", "давлат", "мамлакат");
    /** The nouns of countries whose stems would take in other words ("statements", "nationals", "елді-мекен"). */
    private static final Set<String> COUNTRY_WORDS = WordSet.copyOf(Words.foldAll("states", "nations", "pays",
            "états", "ел", "елдер", "елдің", "елге", "елмен", "елдері"));
    /** Words after the noun that single out a group rather than point back ("with the largest", "d'Asie"). Folded. */
    private static final Set<String> SINGLING_OUT = WordSet.copyOf(Words.foldAll("with", "that", "which", "who",
            "whose", "where", "of", "in", "from", "bordering", "avec", "qui", "que", "dont", "de", "d", "du", "des",
            "которые", "которых", "с", "из", "в"));
    /** The largest number a reader holds as parties already named: more is a count the text states. */
    private static final int MOST_NAMED = 9;

    private PointedBackCounts() {
    }

    /** {@code figures} without the counts of countries that point back at parties already named. */
    static List<SurfaceFigure> withoutPointedBack(String text, List<SurfaceFigure> figures) {
        List<SurfaceFigure> kept = null;
        for (int i = 0; i < figures.size(); i++) {
            SurfaceFigure figure = figures.get(i);
            boolean dropped = pointsBack(text, figure);
            if (dropped && kept == null) {
                kept = new ArrayList<>(figures.subList(0, i));
            }
            if (!dropped && kept != null) {
                kept.add(figure);
            }
        }
        return kept == null ? figures : kept;
    }

    static boolean pointsBack(String text, SurfaceFigure figure) {
        if (!"count".equals(figure.unit()) || figure.noun() == null || figure.spelled() || figure.value() < 2
                || figure.value() > MOST_NAMED
                || !(COUNTRY_WORDS.contains(figure.noun()) || Words.startsWithAny(figure.noun(), COUNTRY_STEMS))) {
            return false;
        }
        String before = Traps.wordBefore(text, figure.start());
        if (before == null || !POINTING_BACK.contains(before)) {
            return false;
        }
        String after = Traps.wordAfter(text, figure.end());
        return after == null || !SINGLING_OUT.contains(after) || endsClause(text, figure.end());
    }

    /** Whether a mark that ends a clause stands right after the noun ("the 2 nations, which ..."). */
    private static boolean endsClause(String text, int end) {
        return end < text.length() && ",.;:!?)".indexOf(text.charAt(end)) >= 0;
    }
}
