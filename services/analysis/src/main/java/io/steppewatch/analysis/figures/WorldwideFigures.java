package io.steppewatch.analysis.figures;

import java.util.List;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.Words;

/**
 * Figures a sentence counts over the whole world: "3,000 cases reported worldwide", "deaths from air pollution around
 * the world", "продали 100 млн пластинок по всему миру", "25 millions d'utilisateurs à travers le monde". The labels
 * place a figure in a country only where the text does (NOTES-open-u: "a country is a subject only where the text
 * places the figure"); a sentence that names no country and spreads its figure over the world places it in none, so
 * the headline's country or the article's most mentioned one is not its subject.
 */
final class WorldwideFigures {

    /**
     * The phrases (folded by the matcher) that spread a figure over the world. Only whole phrases of spreading: not "in the
     * world" ("11 of the 12 cities in the world with the most pollution" counts one country's cities), nor "world's",
     * "мировой", "mondial" (a market leader, a world war), which name a rank or a thing, not where a figure lies.
     */
    private static final PhraseMatcher<Boolean> PHRASES = PhraseMatcher.<Boolean>builder()
            .add("worldwide", Boolean.TRUE)
            .add("around the world", Boolean.TRUE)
            .add("all over the world", Boolean.TRUE)
            .add("across the world", Boolean.TRUE)
            .add("throughout the world", Boolean.TRUE)
            .add("по миру", Boolean.TRUE)
            .add("по всему миру", Boolean.TRUE)
            .add("во всём мире", Boolean.TRUE)
            .add("à travers le monde", Boolean.TRUE)
            .add("de par le monde", Boolean.TRUE)
            .add("de part le monde", Boolean.TRUE)
            .add("le monde entier", Boolean.TRUE)
            .add("partout dans le monde", Boolean.TRUE)
            .build();

    private WorldwideFigures() {
    }

    /** Whether the words [from, to) of a sentence hold a phrase that spreads a figure over the world. */
    static boolean spreadOverWorld(List<Words.Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            PhraseMatcher.Match<Boolean> m = PHRASES.matchAt(words, i);
            if (m != null && m.last() < to) {
                return true;
            }
        }
        return false;
    }
}
