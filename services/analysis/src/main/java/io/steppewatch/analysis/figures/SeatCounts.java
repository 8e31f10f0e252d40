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

    /**
     * Whether {@code figure} counts seats: a count whose number a word for seats follows. The word after the number is
     * read first: few counts have one, and the word before the number costs a copy of it for every count.
     */
    static boolean counted(SurfaceFigure figure, String text) {
        if (!"count".equals(figure.unit()) || !seatsFollow(text, figure.numberEnd())) {
            return false;
        }
        int end = figure.numberEnd();
        boolean hyphen = end < text.length() && text.charAt(end) == '-';
        // "won 45 seats", "заняли 12 мест": seats won at an election are of its date
        return hyphen || OF_A_BUILDING.contains(String.valueOf(Traps.wordBefore(text, figure.start())));
    }

    /** Whether a word for seats follows the number ending at {@code end}, a space or a hyphen between. */
    private static boolean seatsFollow(String text, int end) {
        int i = end;
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
