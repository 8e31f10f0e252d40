package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * How far something lies from a named town is that town's country's, whatever other country the sentence names
 * (bench/corpus/README.md, written decisions: "the distance of an incident from the capital (`some 220 kilometers
 * southeast of Dushanbe`) is `km`, `other`, the one country"; "a distance from a city to a crossing `[TM]`"; "a
 * distance from Anapa `[RU]`"). "250 km southwest of Dushanbe", "20 kilometres from Bishkek", "в 250 км к юго-западу от
 * Душанбе", "à 20 km de Bichkek", and in Kazakh and Uzbek the town in the ablative before the length ("Душанбеден 250
 * шақырым", "Toshkentdan 40 km"). A distance from a border or a country ("20 km from the Afghan border") keeps the
 * border's sides, and a length from one town to another ("from Bishkek to Osh") is a route's: both are left to
 * {@link Subjects}. Immutable and stateless.
 */
final class DistancesFromTowns {

    private DistancesFromTowns() {
    }

    /** Words that say "away from" before the place ("of" after a point of the compass, "от", "de"). */
    private static final Set<String> FROM_WORDS = WordSet.copyOf(Words.foldAll("of", "from", "от", "de", "d", "du"));
    /**
     * Words that may stand between the length and the from word or the town: points of the compass in the five
     * languages, their links ("к югу от", "au sud de", "à l'est de"), "away", and the nouns of a town ("the capital").
     */
    private static final Set<String> BETWEEN_WORDS = WordSet.copyOf(Words.foldAll("north", "south", "east", "west",
            "northeast", "northwest", "southeast", "southwest", "away", "the", "capital", "city", "town", "village",
            "к", "северу", "югу", "востоку", "западу", "северо", "юго", "севернее", "южнее", "восточнее", "западнее",
            "столицы", "города", "села", "au", "a", "l", "la", "le", "nord", "sud", "est", "ouest", "capitale", "ville"));
    /**
     * Words after the town that make the length run on to another place: a route's, not a distance. French "à" is
     * read from the raw word, as its folded form is the English article.
     */
    private static final Set<String> ONWARD_WORDS = WordSet.copyOf(Words.foldAll("to", "до", "jusqu", "vers"));
    private static final String FRENCH_TO = "à";
    /** Ablative endings of a town's name in Kazakh and Uzbek ("Алматыдан", "Душанбеден", "Toshkentdan"). */
    private static final List<String> ABLATIVE_ENDINGS = Words.foldAll("дан", "ден", "тан", "тен", "нан", "нен",
            "dan", "den");
    /** How many words may stand between the length and the town ("km to the south-west of the capital Dushanbe"). */
    private static final int REACH = 6;

    /**
     * The country of the town a length is measured from, or null when the length is no distance from one named town.
     *
     * @param unit     the figure's unit
     * @param start    where the figure starts in the text
     * @param end      where it ends
     * @param text     the article's text
     * @param words    the words of the figure's sentence
     * @param mentions the places its sentence names
     */
    static List<String> country(String unit, int start, int end, String text, List<Words.Word> words,
                                List<Mention> mentions) {
        if (!FigureAnnotator.LENGTH_UNITS.contains(unit) || mentions.isEmpty()) {
            return null;
        }
        Mention town = townAfter(end, text, words, mentions);
        if (town == null) {
            town = townBefore(start, words, mentions);
        }
        return town == null ? null : List.of(town.code());
    }

    /** The town named after the length, past a from word and the words of {@link #BETWEEN_WORDS}. */
    private static Mention townAfter(int end, String text, List<Words.Word> words, List<Mention> mentions) {
        int i = Subjects.indexAt(words, asideEnd(end, text));
        if (i >= words.size() || words.get(i).start() < end) {
            return null;
        }
        boolean from = false;
        for (int k = i; k < words.size() && k < i + REACH; k++) {
            Words.Word word = words.get(k);
            Mention m = mentionAt(word.start(), mentions);
            if (m != null) {
                return from && m.kind() == PlaceKind.CITY && !runsOn(m, words) ? m : null;
            }
            if (FROM_WORDS.contains(word.folded())) {
                from = true;
            } else if (!BETWEEN_WORDS.contains(word.folded())) {
                return null;
            }
        }
        return null;
    }

    /**
     * "400 miles (644 kilometres) south of": the end of a bracketed restatement right after the length, else the
     * length's own end.
     */
    static int asideEnd(int end, String text) {
        int at = end;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        if (at < text.length() && text.charAt(at) == '(') {
            int close = text.indexOf(')', at);
            if (close > 0 && close - at < 40) {
                return close + 1;
            }
        }
        return end;
    }

    /** The Kazakh or Uzbek town in the ablative right before the length ("Душанбеден 250 шақырым"). */
    private static Mention townBefore(int start, List<Words.Word> words, List<Mention> mentions) {
        int i = Subjects.indexAt(words, start) - 1;
        if (i < 0 || i >= words.size() || !Words.endsWithAny(words.get(i).folded(), ABLATIVE_ENDINGS)) {
            return null;
        }
        Mention m = mentionAt(words.get(i).start(), mentions);
        return m != null && m.kind() == PlaceKind.CITY ? m : null;
    }

    private static Mention mentionAt(int offset, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.start() <= offset && offset < m.end()) {
                return m;
            }
        }
        return null;
    }

    /** Whether a word of {@link #ONWARD_WORDS} follows the town ("from Bishkek to Osh"). */
    private static boolean runsOn(Mention town, List<Words.Word> words) {
        int next = Subjects.indexAt(words, town.end());
        if (next >= words.size() || words.get(next).start() < town.end()) {
            return false;
        }
        Words.Word word = words.get(next);
        return ONWARD_WORDS.contains(word.folded()) || FRENCH_TO.equals(word.raw());
    }
}
