package io.steppewatch.analysis.figures;

import java.util.List;
import io.steppewatch.analysis.text.WordIdSet;
import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * Words of foreign trade that do not make a trade figure one country's trade with the world. Decision 63 of round 39
 * gives a country's foreign trade, total exports or total imports to that country alone, but "foreign trade" that the
 * text itself puts between two parties is that pair's bilateral figure. Three shapes say so:
 * <ul>
 *   <li>the word of "foreign" names an office, not trade ("according to the Foreign Ministry", "Ministry of Foreign
 *   Affairs", "Сыртқы істер министрлігі"): the source of a pair's figure, never the world;</li>
 *   <li>the figure's own sentence puts it "between the countries" ("между странами", "between the two countries",
 *   "entre les deux pays");</li>
 *   <li>the body's lead sentence calls the article's subject the foreign trade between two parties (a word of foreign
 *   trade, then "between" and the pair): a later "foreign trade turnover" whose sentence names no party of its own
 *   goes on with that pair.</li>
 * </ul>
 */
final class ForeignTradeOfPair {

    private ForeignTradeOfPair() {
    }

    /** Words after "foreign" or "external" that make it the name of an office or a policy. */
    private static final WordIdSet OFFICE_WORD = WordIdSet.of(Words.foldAll("ministry", "minister", "ministers",
            "ministries", "affairs", "office", "policy", "политики", "политике", "политика", "политику", "істер",
            "ishlar", "ишлар"));

    /** "Between" in the languages that put it before the parties. */
    private static final WordIdSet BETWEEN_WORD = WordIdSet.of(Words.foldAll("between", "между", "entre"));

    /** Beginnings of the words for countries ("countries", "nations", "pays", "странами", "государствами"). */
    private static final WordStems COUNTRIES = WordStems.of(Words.foldAll("countr", "nation", "pays", "стран",
            "государств"));

    /**
     * Words right after the word for countries that make them a group's or a region's members ("between the countries
     * of the region", "между странами региона", "entre les pays d'Asie centrale"): the region's trade, not a pair's.
     */
    private static final WordIdSet GROUP_AFTER = WordIdSet.of(Words.foldAll("of", "in", "de", "du", "des", "d",
            "региона", "регионе", "центральной", "снг", "еаэс", "members", "member", "membres", "участниц",
            "участницами", "членами"));

    /** How many words may stand between "between" and the word for countries ("between our two countries"). */
    private static final int COUNTRIES_REACH = 3;

    /** How many words may stand between the word of foreign trade and "between" ("foreign trade turnover between"). */
    private static final int BETWEEN_REACH = 4;

    /** Whether word {@code i} (a word of foreign trade) names an office or a policy with the word after it. */
    static boolean namesOffice(List<Words.Word> words, int i) {
        return i + 1 < words.size() && OFFICE_WORD.contains(words.get(i + 1));
    }

    /** Whether the words {@code from} (inclusive) to {@code to} (exclusive) say "between the (two) countries". */
    static boolean betweenCountries(List<Words.Word> words, int from, int to) {
        int end = Math.min(to, words.size());
        for (int i = Math.max(0, from); i < end; i++) {
            if (!BETWEEN_WORD.contains(words.get(i))) {
                continue;
            }
            for (int j = i + 1; j <= i + COUNTRIES_REACH && j < end; j++) {
                if (COUNTRIES.startsAny(words.get(j))) {
                    return j + 1 >= words.size() || !GROUP_AFTER.contains(words.get(j + 1));
                }
            }
        }
        return false;
    }

    /**
     * Whether the body's lead sentence (up to {@code leadEnd}) puts its foreign trade between parties: a word of
     * foreign trade ({@code worldWord}, not an office's name) with "between" a few words after it.
     */
    static boolean leadPutsBetween(List<Words.Word> words, int leadEnd, WordIdSet worldWord) {
        for (int i = 0; i < words.size() && words.get(i).end() <= leadEnd; i++) {
            if (!worldWord.contains(words.get(i)) || namesOffice(words, i)) {
                continue;
            }
            for (int j = i + 1; j <= i + BETWEEN_REACH && j < words.size() && words.get(j).end() <= leadEnd; j++) {
                if (BETWEEN_WORD.contains(words.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }
}
