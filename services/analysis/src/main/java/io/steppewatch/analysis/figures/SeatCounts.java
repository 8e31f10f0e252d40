package io.steppewatch.analysis.figures;

import java.util.Set;

import io.steppewatch.analysis.text.Words;

/**
 * The seats of a hall, a stadium or a school ("un auditorium de 2.800 places", "a 900-seat school", "зал на 400
 * мест"): a count that is a property of the building, as a length is of a road, so it takes no period from the
 * sentence or the text around it (gold-e, gold-j, gold-zt keep it `null`; round 48, recall48).
 */
final class SeatCounts {

    /** The word for a seat right after the number (a space or a hyphen between), folded. */
    private static final Set<String> SEATS = Set.copyOf(Words.foldAll("places", "seats", "seat", "seater", "мест",
            "ўринли", "орындық"));

    private SeatCounts() {
    }

    /** Whether {@code figure} counts seats: a count whose number a word for seats follows. */
    static boolean counted(SurfaceFigure figure, String text) {
        if (!"count".equals(figure.unit())) {
            return false;
        }
        int i = figure.numberEnd();
        int limit = Math.min(text.length(), i + 3);
        while (i < limit && (text.charAt(i) == '-' || NumberScanner.isSpace(text.charAt(i)))) {
            i++;
        }
        int from = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i > from && i - from <= 8 && SEATS.contains(Words.fold(text.substring(from, i)));
    }
}
