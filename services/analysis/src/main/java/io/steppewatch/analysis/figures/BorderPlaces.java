package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * A border the sentence names as the place a road, line or site reaches or stands at, not as what a length measures:
 * "a highway from a coastal town to the Turkmen border, 120 km", "a depot some 10 km from the Chinese border",
 * "линия пройдёт через Алматы на юго-восточной границе", "jusqu'à la frontière", "шекараға дейін", "chegarada". The
 * length is then the road's or line's (`route.length`, when the sentence names one) or nobody's, never the border's
 * (the standard: `border.length` is the length of the border). English, French and Russian say the place with a
 * preposition a few words before the border noun; Kazakh and Uzbek with a case ending on it.
 */
final class BorderPlaces {

    /** Prepositions of direction or place that make the border noun after them a place (folded). */
    private static final Set<String> PLACE_WORDS = Set.copyOf(Words.foldAll("to", "toward", "towards", "on", "near",
            "at", "along", "from", "across", "reaching", "reaches", "reach", "until", "jusqu", "vers", "pres", "depuis",
            "до", "к", "ко", "на", "у", "вдоль", "около", "от", "возле", "близ"));
    /** The French preposition of place, kept apart: folded it is the English article "a" ("a border of 970 km"). */
    private static final String FRENCH_TO = "à";
    /**
     * Border nouns in a case of direction or place (Kazakh and Uzbek dative, locative, ablative and "up to"; the
     * Russian prepositional), folded: the case says what the English preposition says.
     */
    private static final Set<String> PLACE_FORMS = Set.copyOf(Words.foldAll("шекараға", "шекарада", "шекарадан",
            "шекарасына", "шекарасында", "шекарасынан", "chegaraga", "chegarada", "chegaradan", "chegarasiga",
            "chegarasida", "chegarasidan", "chegaragacha", "chegarasigacha", "чегарага",
            "чегарада", "чегарадан", "чегарасига", "чегарасида", "чегарасидан", "чегарагача", "чегарасигача",
            "границе"));
    /**
     * Words that may stand between the preposition and the border noun besides names and Russian adjectives
     * ("to the state border", "à la frontière"), folded: a verb between ("peinent à surveiller la frontière de 810
     * miles", "failed to guard the border") makes the border the verb's object, not a place.
     */
    private static final Set<String> BETWEEN_WORDS = Set.copyOf(Words.foldAll("the", "la", "le", "l", "les", "its",
            "their", "state", "common", "shared", "national", "southern", "northern", "eastern", "western", "a", "an",
            "s", "country", "countries", "two", "both", "sa", "leur", "notre", "our", "de", "du", "des", "d"));
    /** Endings of Russian adjectives before a border noun ("до узбекской границы", "на юго-восточной границе"). */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("ой", "ей", "ую", "ого", "его", "ый", "ий", "ая");
    /** How many words (articles, adjectives, names) may stand between the preposition and the border noun. */
    private static final int REACH = 4;
    private static final String BORDER_LENGTH = "border.length";
    private static final String ROUTE_LENGTH = "route.length";

    private BorderPlaces() {
    }

    /**
     * The metric of a length read `border.length` when every border noun of its sentence is a place: `route.length`
     * when a road, line or route word of its own stands in the sentence, else `other`; null when some border noun
     * is what is measured (or the sentence names none).
     */
    static String placeOnly(FigureContext context, Sentences.Sentence sentence) {
        boolean border = false;
        boolean route = false;
        List<Words.Word> words = context.words();
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
            boolean borderHit = false;
            for (CueLexicon.MetricCue cue : hit.value()) {
                if (BORDER_LENGTH.equals(cue.metric())) {
                    borderHit = true;
                } else if (ROUTE_LENGTH.equals(cue.metric()) && cue.refines() == null) {
                    route = true;
                }
            }
            if (borderHit) {
                if (!aPlace(context, words, context.wordStarts().at(hit.start()), sentence.start())) {
                    return null;
                }
                border = true;
            }
        }
        if (!border) {
            return null;
        }
        return route ? ROUTE_LENGTH : FigureAnnotator.OTHER;
    }

    /** Whether the border noun at word {@code index} is in a case of place, or follows a preposition of place. */
    private static boolean aPlace(FigureContext context, List<Words.Word> words, int index, int sentenceStart) {
        return aPlace(context.text(), words, index, sentenceStart);
    }

    /** Whether the border noun at word {@code index} is a place (a preposition or a case of place before or on it). */
    static boolean aPlace(String text, List<Words.Word> words, int index, int sentenceStart) {
        if (index >= words.size()) {
            return false;
        }
        if (PLACE_FORMS.contains(words.get(index).folded())) {
            return true;
        }
        for (int k = index - 1; k >= 0 && k >= index - REACH && words.get(k).start() >= sentenceStart; k--) {
            Words.Word word = words.get(k);
            if (clauseOrFigureBetween(text, word.end(), words.get(k + 1).start())
                    || Character.isDigit(word.raw().charAt(0))) {
                return false;
            }
            if (PLACE_WORDS.contains(word.folded()) || FRENCH_TO.equalsIgnoreCase(word.raw())) {
                return true;
            }
            if (!mayStandBetween(word)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a word may stand between a preposition and its border noun: an article, a name, an adjective. */
    private static boolean mayStandBetween(Words.Word word) {
        String folded = word.folded();
        if (BETWEEN_WORDS.contains(folded) || Character.isUpperCase(word.raw().charAt(0))) {
            return true;
        }
        for (String ending : ADJECTIVE_ENDINGS) {
            if (folded.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseOrFigureBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '.') {
                return true;
            }
        }
        return false;
    }
}
