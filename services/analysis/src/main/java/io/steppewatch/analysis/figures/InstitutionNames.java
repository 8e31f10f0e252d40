package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Words;

/**
 * Whether a metric cue is only a word of an institution's name: "Trade" in "the Ministry of Investment, Industry and
 * Trade", "Commerce" in "le ministère de l'Industrie et du Commerce", "торговли" in "Министерство промышленности и
 * торговли", "Export-Import" in "Export-Import Bank", "trade" in "the trade minister", "savdo" in "Savdo vazirligi". A
 * name says who speaks or what is built ("a building for the Ministry of Commerce ($64 million)"), not what a figure
 * beside it measures (round 48: gold-zt, gold-p and gold-zj keep such sums and tonnes `other` or give them the metric
 * of their own words). The shape is grammatical, the same in every language of the corpus: the head of a name (a
 * ministry, minister, chamber, bank, organisation, department, committee, agency) with the cue in its complement —
 * linked by "of", "for", "and", "de", "du", "et", "и" through words of the name (capitalised, or Russian genitives) —
 * or the cue right before the head ("Trade Ministry", "сауда министрлігі").
 */
final class InstitutionNames {

    private InstitutionNames() {
    }

    /** How many words of a name's complement may stand between its head and the cue. */
    private static final int BEFORE_REACH = 6;

    private static final Set<String> HEADS = Set.copyOf(Words.foldAll("ministry", "ministries", "minister",
            "ministers", "ministère", "ministères", "ministre", "ministres", "chamber", "chambers", "chambre",
            "chambres", "bank", "banque", "organization", "organisation", "department", "département", "committee",
            "comité", "agency", "agence", "vazirligi", "vazirlik", "vaziri", "вазирлиги", "вазирлик", "вазири",
            "palatasi", "палатаси", "министрлігі", "министрі", "палатасы"));
    private static final List<String> HEAD_STEMS = Words.foldAll("министерств", "министр", "палат", "банк",
            "организаци", "департамент", "комитет", "агентств", "ведомств");
    /** Words that link a name's head to the words of its complement. */
    private static final Set<String> LINKS = Set.copyOf(Words.foldAll("of", "for", "and", "the", "de", "du", "des",
            "d", "l", "la", "le", "et", "и"));
    /** The links that may stand right before the cue of a name's complement. */
    private static final Set<String> NEXT_TO_CUE = Set.copyOf(Words.foldAll("of", "for", "and", "de", "du", "des",
            "d", "l", "et", "и"));
    private static final Set<String> AND = Set.copyOf(Words.foldAll("and", "et", "и"));
    /**
     * Endings of the Russian genitives of a name's complement, folded ("промышленности", "горнодобывающей" → "-еи",
     * "экономики").
     */
    private static final List<String> GENITIVE_ENDINGS = List.of("и", "ы", "ого", "его", "ых", "их");

    /** Whether the words {@code first} to {@code last} of {@code words} stand inside an institution's name. */
    static boolean inName(String text, List<Words.Word> words, int first, int last) {
        return headAfter(text, words, first, last) || headBefore(text, words, first);
    }

    private static boolean head(Words.Word word) {
        if (HEADS.contains(word.folded())) {
            return true;
        }
        for (String stem : HEAD_STEMS) {
            if (word.folded().startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** "Trade Ministry", "trade minister", "Export-Import Bank", "World Trade Organization", "Savdo vazirligi". */
    private static boolean headAfter(String text, List<Words.Word> words, int first, int last) {
        boolean capital = Character.isUpperCase(words.get(first).raw().charAt(0));
        for (int i = last + 1; i < words.size() && i <= last + 2; i++) {
            if (!joined(text, words.get(i - 1), words.get(i))) {
                return false;
            }
            Words.Word word = words.get(i);
            if (head(word)) {
                return true;
            }
            // one more word of the name between ("Export-Import Bank"), only in a name written with capitals
            if (!capital || !Character.isUpperCase(word.raw().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Ministry of Investment, Industry and Trade", "ministère de l'Industrie et du Commerce", "Organisation mondiale
     * du commerce", "Министерства промышленности, горнодобывающей промышленности и торговли".
     */
    private static boolean headBefore(String text, List<Words.Word> words, int first) {
        // the cue opens the name's complement or ends its list: right after a link ("of Trade", "du Commerce", "и
        // торговли"), a Russian genitive ("внешней торговли") or the head itself ("министерство торговли"); a cue
        // after any other word ("Committee of Uzbekistan the trade turnover") starts the sentence's own words
        if (first == 0) {
            return false;
        }
        Words.Word before = words.get(first - 1);
        if (!(NEXT_TO_CUE.contains(before.folded()) || genitive(before) || head(before))) {
            return false;
        }
        for (int i = first - 1; i >= 0 && i >= first - BEFORE_REACH; i--) {
            if (!joined(text, words.get(i), words.get(i + 1))) {
                return false;
            }
            Words.Word word = words.get(i);
            if (head(word)) {
                return true;
            }
            if (LINKS.contains(word.folded()) || Character.isUpperCase(word.raw().charAt(0)) || genitive(word)) {
                continue;
            }
            // one word of the head's own right after it, before a link ("Organisation mondiale du", "ministère
            // kazakh du")
            if (i > 0 && i + 1 < first && LINKS.contains(words.get(i + 1).folded()) && head(words.get(i - 1))
                    && joined(text, words.get(i - 1), word)) {
                return true;
            }
            return false;
        }
        return false;
    }

    private static boolean genitive(Words.Word word) {
        String folded = word.folded();
        if (folded.isEmpty() || folded.charAt(0) < 'а' || folded.charAt(0) > 'я') {
            return false;
        }
        for (String ending : GENITIVE_ENDINGS) {
            if (folded.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether only spaces, apostrophes and hyphens stand between two words (no clause or bracket ends), or a comma of a
     * list inside the name: before a word of the name ("Investment, Industry", "промышленности, горнодобывающей") or
     * "and" ("Industry, and Trade"), not before the words that follow a name ("Committee of Uzbekistan, the trade
     * turnover", "the Foreign Ministry, trade turnover").
     */
    private static boolean joined(String text, Words.Word before, Words.Word after) {
        boolean comma = false;
        for (int i = before.end(); i < after.start(); i++) {
            char c = text.charAt(i);
            if (c == ',') {
                comma = true;
            } else if (!(c == ' ' || c == '\'' || c == '\u2019' || c == '-' || c == '\u00a0')) {
                return false;
            }
        }
        return !comma || Character.isUpperCase(after.raw().charAt(0)) || genitive(after)
                || AND.contains(after.folded());
    }
}
