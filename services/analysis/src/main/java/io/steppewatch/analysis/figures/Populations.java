package io.steppewatch.analysis.figures;

import java.util.Set;

import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * How many people live somewhere, said of a country or a population: "a population of 5 million", "a country of over
 * 8 million", "с населением более 36 млн". The writer leaves the people out after the scale word; the number is a
 * count of them, not a sum in the currency of the article's other figures.
 */
final class Populations {

    /** The words for the people living somewhere, folded. */
    static final Set<String> POPULATION_WORDS = WordSet.copyOf(Words.foldAll("population", "populations",
            "население", "населения", "населением", "населении"));
    /** The words for a country whose size is told in people ("a country of 10 million people"), folded. */
    static final Set<String> COUNTRY_NOUNS = WordSet.copyOf(Words.foldAll("country", "nation", "pays",
            "republic", "république"));
    /** The words that link a population or a country to its number: "of", "de", "в" ("с населением в 3 млн"). */
    private static final Set<String> LINKS = WordSet.copyOf(Words.foldAll("of", "de", "d", "в"));
    /** Words of approximation or of being that may stand between the link and the number, folded. */
    private static final Set<String> HEDGES = WordSet.copyOf(Words.foldAll("more", "than", "over", "about", "around",
            "nearly", "almost", "some", "roughly", "approximately", "just", "under", "estimated", "an", "is", "was",
            "plus", "près", "environ", "quelque", "около", "более", "свыше", "почти", "примерно", "порядка"));
    /** At most this many words of {@link #LINKS} and {@link #HEDGES} between the population word and the number. */
    private static final int MAX_BETWEEN = 3;

    private Populations() {
    }

    /**
     * Whether the number at {@code start}, scaled and with nothing counted after it, tells how many people live
     * somewhere: a word for the population right before it (links and words of approximation between), or a word for
     * a country with "of" or "de" between ("a country of over 8 million"; "the country earned 169 million" is a sum).
     */
    static boolean countedBefore(String text, int start) {
        int at = start;
        boolean linked = false;
        for (int k = 0; k <= MAX_BETWEEN; k++) {
            int end = at;
            while (end > 0 && (NumberScanner.isSpace(text.charAt(end - 1))
                    || TextWalks.isApostrophe(text.charAt(end - 1)))) {
                end--;
            }
            int begin = end;
            while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
                begin--;
            }
            if (begin == end) {
                return false; // a punctuation mark or the start of the text: another clause
            }
            String word = Words.fold(text.substring(begin, end));
            if (POPULATION_WORDS.contains(word) || linked && COUNTRY_NOUNS.contains(word)) {
                return true;
            }
            if (!LINKS.contains(word) && !HEDGES.contains(word)) {
                return false;
            }
            linked |= LINKS.contains(word);
            at = begin;
        }
        return false;
    }
}
