package io.steppewatch.analysis.figures;

import java.util.List;

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
     * The phrases, as folded words, that spread a figure over the world. Only whole phrases of spreading: not "in the
     * world" ("11 of the 12 cities in the world with the most pollution" counts one country's cities), nor "world's",
     * "мировой", "mondial" (a market leader, a world war), which name a rank or a thing, not where a figure lies.
     */
    private static final List<List<String>> PHRASES = List.of(
            Words.foldAll("worldwide"),
            Words.foldAll("around", "the", "world"),
            Words.foldAll("all", "over", "the", "world"),
            Words.foldAll("across", "the", "world"),
            Words.foldAll("throughout", "the", "world"),
            Words.foldAll("по", "миру"),
            Words.foldAll("по", "всему", "миру"),
            Words.foldAll("во", "всём", "мире"),
            Words.foldAll("à", "travers", "le", "monde"),
            Words.foldAll("de", "par", "le", "monde"),
            Words.foldAll("de", "part", "le", "monde"),
            Words.foldAll("le", "monde", "entier"),
            Words.foldAll("partout", "dans", "le", "monde"));

    private WorldwideFigures() {
    }

    /** Whether the words [from, to) of a sentence hold a phrase that spreads a figure over the world. */
    static boolean spreadOverWorld(List<Words.Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            for (List<String> phrase : PHRASES) {
                if (startsAt(words, i, to, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsAt(List<Words.Word> words, int at, int to, List<String> phrase) {
        if (at + phrase.size() > to) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(at + k).folded().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
