package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Words;

/**
 * Tells a multiple ("deux fois plus", "в 2 раза больше", "grew 3 times", "2.5-fold") from a number of occurrences
 * ("s'est rendu 35 fois", "visited 4 times"): only a multiple has the unit {@code times}; the others are counts.
 */
final class Multiples {

    private static final Set<String> COMPARATIVES = Set.copyOf(List.of(
            "plus", "moins", "superieur", "superieure", "inferieur", "more", "less", "higher", "lower", "larger",
            "bigger", "greater", "faster", "slower", "longer", "shorter", "cheaper", "over", "as", "больше",
            "меньше", "выше", "ниже", "быстрее", "медленнее", "дольше", "короче", "дороже", "дешевле", "превышает",
            "превысил", "превысила", "превысило"));
    private static final Set<String> CHANGE_VERBS = Set.copyOf(List.of(
            "increased", "increase", "increases", "grew", "grow", "rose", "rise", "jumped", "expanded", "multiplied",
            "surged", "soared", "skyrocketed", "decreased", "fell", "dropped", "declined", "plunged", "plummeted",
            "shrank", "doubled",
            // the participles and the -ing forms of the same verbs: "has risen 14 times", "has grown 5 times",
            // "growing 3 times faster"
            "risen", "grown", "fallen", "climbed", "shrunk", "rising", "growing", "increasing", "falling",
            "decreasing", "declining",
            "augmente", "augmenter",
            "multiplie", "multiplier", "multiplies", "accru", "progresse", "diminue", "baisse", "croitre",
            // two figures that differ by a multiple: "the data of the two sides differ almost four times"
            "differ", "differs", "differed",
            // verbs that move a level by a multiple: "raised the line's capacity five times", "cut costs 3 times"
            "raised", "raise", "boosted", "boost", "reduced", "reduce", "lowered", "cut"));
    /**
     * Words that open, right after the unit word, what the multiple is taken of: "five times the level of May",
     * "nearly two times of last year's sum", "un territoire sept fois celui de l'Autriche".
     */
    private static final Set<String> MULTIPLICANDS = Set.of("the", "of", "that", "those", "celle", "celui",
            "celles", "ceux");
    /** English nouns of a change, which take their multiple after "of": "a decrease of 9-10 times". */
    private static final Set<String> CHANGE_NOUNS = Set.of("increase", "decrease", "growth", "rise", "drop", "fall",
            "reduction", "decline", "jump", "surge");
    private static final List<String> UZBEK_CHANGE_STEMS = List.of("osh", "ort", "ko", "kam", "qisqar", "ош", "орт",
            "кўп", "кам");
    /** How many words before the multiple a change verb may stand: "raised the line's capacity five times". */
    private static final int REACH = 5;
    /**
     * Words that hedge a number, standing between it and the "by" or "par" that makes it a multiple ("by almost 3
     * times"). Russian needs none: its hedge comes before the "в" ("почти в 3 раза").
     */
    private static final Set<String> HEDGES = Set.copyOf(List.of("almost", "nearly", "about", "around",
            "approximately", "roughly", "some", "over", "presque", "environ", "quelque"));
    /** Two-word hedges: "by more than 2 times", "multiplié par plus de 17", "par près de 3". */
    private static final Set<String> HEDGE_PAIRS = Set.of("more than", "less than", "plus de", "moins de", "pres de");

    private Multiples() {
    }

    /** Whether the "fois"/"times"/"раз" figure at {@code [start, end)} multiplies something. */
    static boolean isMultiple(String text, int start, int end) {
        String unitWord = lastWord(text, start, end);
        if (unitWord.endsWith("fold") || unitWord.startsWith("есе") || unitWord.startsWith("baravar")
                || unitWord.startsWith("баравар") || unitWord.startsWith("barobar") || unitWord.startsWith("баробар")) {
            return true; // Kazakh "есе", Uzbek "baravar" only ever multiply ("100 есе өсті"); occurrences are "рет"
        }
        List<String> before = words(text, Math.max(0, start - 60), start);
        while (!before.isEmpty() && before.get(before.size() - 1).chars().allMatch(Character::isDigit)) {
            before = before.subList(0, before.size() - 1); // "by 2-3 times", "в 2-3 раза": past the range's start
        }
        before = withoutHedge(before); // "reduced by almost 3 times"
        if (!before.isEmpty() && (before.get(before.size() - 1).equals("в") || before.get(before.size() - 1)
                .equals("во"))) {
            return true; // "в 2 раза": Russian writes a multiple this way only
        }
        int n = before.size();
        if (n >= 2 && before.get(n - 1).equals("of") && CHANGE_NOUNS.contains(before.get(n - 2))) {
            return true; // "a decrease of 9-10 times": the size of a change, never a count of occurrences
        }
        if (!before.isEmpty() && before.get(before.size() - 1).equals("by")) {
            return true; // "to increase mutual trade by 2.5 times": what something moves "by" is never a count of times
        }
        for (int i = Math.max(0, before.size() - REACH); i < before.size(); i++) {
            if (CHANGE_VERBS.contains(before.get(i)) || before.get(i).equals("par") && i >= before.size() - 3) {
                return true; // "grew 3 times", "multiplié par 2"
            }
        }
        List<String> after = words(text, end, Math.min(text.length(), end + 40));
        if (!after.isEmpty() && MULTIPLICANDS.contains(after.get(0))) {
            return true;
        }
        for (int i = 0; i < Math.min(2, after.size()); i++) {
            if (COMPARATIVES.contains(after.get(i))) {
                return true;
            }
            // Uzbek puts the verb after the multiple: "2 marta oshdi", "3 marta ko‘p", "1,5 marta kamaydi"
            if (unitWord.equals("marta") && Words.startsWithAny(after.get(i), UZBEK_CHANGE_STEMS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the number at {@code start} follows "multiplié par", "multiplied by": a multiple with no unit word. */
    static boolean afterMultipliedBy(String text, int start) {
        int from = Math.max(0, start - 30);
        if (!hasM(text, from, start)) {
            return false; // no "multipli…" without an m (only 'm' and 'M' fold to it): most numbers, split no words
        }
        List<String> before = withoutHedge(words(text, from, start)); // "multiplié par plus de 17"
        int n = before.size();
        return n >= 2 && (before.get(n - 1).equals("par") || before.get(n - 1).equals("by"))
                && before.get(n - 2).startsWith("multipli");
    }

    /** {@code words} without the hedge they end on, if any ("by almost", "par plus de"). */
    private static List<String> withoutHedge(List<String> words) {
        int n = words.size();
        if (n >= 2 && HEDGE_PAIRS.contains(words.get(n - 2) + " " + words.get(n - 1))) {
            return words.subList(0, n - 2);
        }
        if (n >= 1 && HEDGES.contains(words.get(n - 1))) {
            return words.subList(0, n - 1);
        }
        return words;
    }

    private static boolean hasM(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == 'm' || c == 'M') {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String text, int start, int end) {
        List<String> words = words(text, start, end);
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    private static List<String> words(String text, int from, int to) {
        return Words.split(text.substring(from, to)).stream().map(Words.Word::folded).toList();
    }
}
