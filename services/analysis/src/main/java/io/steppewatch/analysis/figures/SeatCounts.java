package io.steppewatch.analysis.figures;

import java.util.Set;

import io.steppewatch.analysis.text.Words;

/**
 * The seats of a hall, a stadium or a school ("un auditorium de 2.800 places", "a 900-seat school", "зал на 400
 * мест"): a count that is a property of the building, as a length is of a road, so it takes no period from the
 * sentence or the text around it (gold-e, gold-j, gold-zt keep it `null`; round 48, recall48). Seats won at an
 * election ("won 45 seats") are not a building's and keep their date.
 */
final class SeatCounts {

    /** The word for a seat right after the number (a space or a hyphen between), folded. */
    private static final Set<String> SEATS = Set.copyOf(Words.foldAll("places", "seats", "seat", "seater", "мест",
            "ўринли", "орындық"));

    /**
     * The word before the number that makes the seats a building's size ("un auditorium de 2.800 places", "зал на 400
     * мест", "a hall with 900 seats", "a stadium of 3,000 seats"), folded; the hyphenated form ("a 900-seat school")
     * needs none.
     */
    private static final Set<String> OF_A_BUILDING = Set.copyOf(Words.foldAll("de", "d", "на", "for", "with", "of",
            "avec", "pour", "ga", "uchun"));

    private SeatCounts() {
    }

    /** Whether {@code figure} counts seats: a count whose number a word for seats follows. */
    static boolean counted(SurfaceFigure figure, String text) {
        if (!"count".equals(figure.unit())) {
            return false;
        }
        int i = figure.numberEnd();
        boolean hyphen = i < text.length() && text.charAt(i) == '-';
        if (!hyphen && !OF_A_BUILDING.contains(String.valueOf(Traps.wordBefore(text, figure.start())))) {
            return false; // "won 45 seats", "заняли 12 мест": seats won at an election are of its date
        }
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
