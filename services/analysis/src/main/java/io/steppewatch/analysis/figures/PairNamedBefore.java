package io.steppewatch.analysis.figures;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.WordIdSet;
import io.steppewatch.analysis.text.Words;

/**
 * A pair of countries named earlier and pointed back at. The standard gives a figure of "the two countries" the pair
 * meant; the analysis read the pair from the figure's sentence and paragraph, else from the headline and the article's
 * leading parties. Two general shapes reach further:
 * <ul>
 *   <li>the countries pointed back at with no number: "between the countries", "между странами", "entre les pays",
 *   and, with the postposition after a plural noun, Uzbek "mamlakatlar o'rtasida" and Kazakh "елдер арасындағы" (not
 *   "between the countries of the region", "between Tajikistan and the countries of the CIS", "between the three
 *   countries");</li>
 *   <li>a paragraph that opens by pointing back at the pair: the two countries the sentence before named, across the
 *   paragraph break, when it names exactly two and no bloc, corridor or region.</li>
 * </ul>
 */
final class PairNamedBefore {

    private PairNamedBefore() {
    }

    /** Plural nouns of countries that a postposition of "between" follows (Uzbek and Kazakh), folded. */
    private static final WordIdSet COUNTRIES_PLURAL = WordIdSet.of(Words.foldAll("mamlakatlar", "davlatlar",
            "мамлакатлар", "давлатлар", "елдер", "мемлекеттер"));
    /** Uzbek and Kazakh postpositions of "between" ("o'rtasida", "арасындағы"), folded. */
    private static final WordIdSet BETWEEN_AFTER = WordIdSet.of(Words.foldAll("o'rtasida", "o‘rtasida",
            "o`rtasida", "ortasida", "o'rtasidagi", "o‘rtasidagi", "ўртасида", "ўртасидаги", "арасында", "арасындағы"));

    /** Whether word {@code i} opens "between the countries" (or ends the countries before a postposition). */
    static boolean betweenCountries(List<Words.Word> words, int i, int to) {
        if (COUNTRIES_PLURAL.contains(words.get(i))) {
            return i + 1 < to && i + 1 < words.size() && BETWEEN_AFTER.contains(words.get(i + 1));
        }
        if (!BETWEEN_WORD.contains(words.get(i))) {
            return false;
        }
        int end = Math.min(to, words.size());
        for (int j = i + 1; j <= i + 2 && j < end; j++) {
            Words.Word word = words.get(j);
            if (COUNTRIES.contains(word)) {
                // not "the countries of the region", "между странами Содружества": a group's members, not a pair
                return j + 1 >= end || !GROUP_AFTER.contains(words.get(j + 1))
                        && !Character.isUpperCase(words.get(j + 1).raw().charAt(0));
            }
            if (!DETERMINERS.contains(word)) {
                return false; // "between Tajikistan and the countries", "between the three countries"
            }
        }
        return false;
    }

    /** "Between" in the languages that put it before the parties. */
    private static final WordIdSet BETWEEN_WORD = WordIdSet.of(Words.foldAll("between", "между", "entre"));
    /** The plural word for countries after "between", in the case it takes, folded. */
    private static final WordIdSet COUNTRIES = WordIdSet.of(Words.foldAll("countries", "nations", "pays", "странами",
            "государствами"));
    /** What may stand between "between" and the countries: an article, a demonstrative or "our", folded. */
    private static final WordIdSet DETERMINERS = WordIdSet.of(Words.foldAll("the", "these", "both", "our", "les", "ces",
            "nos", "этими", "нашими", "обеими"));
    /**
     * Words right after the word for countries that make them a group's or a region's members ("the countries of the
     * region", "между странами региона", "entre les pays d'Asie centrale", "entre les pays membres").
     */
    private static final WordIdSet GROUP_AFTER = WordIdSet.of(Words.foldAll("of", "in", "de", "du", "des", "d",
            "that", "which", "who", "where", "qui", "региона", "регионе", "центральной", "снг", "еаэс", "members",
            "member", "membres", "участницами", "членами", "-", "–"));

    /**
     * The two countries the mentions between offsets {@code previousFrom} and {@code ownFrom} name (the sentence before
     * the figure's), sorted; null when they name fewer or more, or any bloc, corridor or region.
     */
    static List<String> of(List<Mention> sentencesBefore, int previousFrom, int ownFrom) {
        Set<String> named = new LinkedHashSet<>();
        for (Mention m : sentencesBefore) {
            if (m.start() < previousFrom || m.end() > ownFrom) {
                continue;
            }
            if (m.kind() == PlaceKind.BLOC || m.kind() == PlaceKind.CORRIDOR || m.kind() == PlaceKind.REGION
                    || m.code().length() != 2 || m.code().equals("EU")) {
                return null;
            }
            named.add(m.code());
        }
        return named.size() == 2 ? Subjects.sorted(named) : null;
    }
}
