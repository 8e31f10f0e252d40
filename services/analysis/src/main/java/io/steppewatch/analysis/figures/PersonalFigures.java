package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * Figures of one person's own: the followers an account counts ("1,600 followers", "12 млн подписчиков"), a fortune
 * someone puts a value on ("Forbes оценивает его состояние в $2,9 млрд", "состояние ... оценивается в 100 млн
 * долларов"), an income or a salary after one person's possessive ("его доход ... составил 77,7 млн рублей", "100% of
 * his salary"). The labels give such a figure no country when its sentence names none (NOTES-open-c, -i, -l; the
 * NEREL part's notes p to t: "a figure about a person takes no subject"): the article's main country or its
 * headline's is the person's at most, not the figure's. English "net worth" is left out: the English labels give a US
 * ambassador's net worth her country (open-a), where the Russian ones leave fortunes without one.
 */
final class PersonalFigures {

    /** Followers of an account: "followers", "подписчиков", "фолловеров". */
    private static final List<String> FOLLOWER_STEMS = List.of("follower", "подписчик", "фолловер");
    /** How many words after the figure its counted noun may stand ("435 Twitter followers"). */
    private static final int FOLLOWERS_REACH = 2;
    /** A fortune: "состояние", "состояния"; with a word of estimate in the clause, or one person's possessive before. */
    private static final String FORTUNE_STEM = "состояни";
    private static final String ESTIMATE_STEM = "оцен";
    /** Words before "состояние" that make it "as of" or "able to" ("по состоянию на", "в состоянии"), no fortune. */
    private static final Set<String> NOT_FORTUNE_BEFORE = WordSet.copyOf(Words.foldAll("по", "в", "во"));
    /** One person's possessive ("его доход", "её состояние", "his salary"). */
    private static final Set<String> ONE_PERSONS = WordSet.copyOf(Words.foldAll("его", "её", "ее", "his", "her"));
    /** An income or a pay: "доход", "зарплата", "income", "salary", "earnings". */
    private static final List<String> INCOME_STEMS = List.of("доход", "зарплат", "income", "salar", "earning");

    private PersonalFigures() {
    }

    /**
     * Whether the figure whose words start at {@code first} and end before {@code after}, in the clause of words [from,
     * to), is a person's own: an account's followers counted by it, a fortune ("состояние" with a word of estimate,
     * or after a possessive), an income or a salary after one person's possessive ("его доход", "his salary").
     */
    static boolean personal(List<Words.Word> words, int from, int to, int first, int after) {
        for (int i = first; i < Math.min(to, after + FOLLOWERS_REACH); i++) {
            if (Words.startsWithAny(words.get(i).folded(), FOLLOWER_STEMS)) {
                return true;
            }
        }
        boolean estimate = false;
        boolean fortune = false;
        for (int i = from; i < to; i++) {
            String word = words.get(i).folded();
            String before = i > from ? words.get(i - 1).folded() : "";
            if (Words.startsWithAny(word, INCOME_STEMS) && ONE_PERSONS.contains(before)) {
                return true;
            }
            if (word.startsWith(FORTUNE_STEM) && !NOT_FORTUNE_BEFORE.contains(before)) {
                if (ONE_PERSONS.contains(before)) {
                    return true;
                }
                fortune = true;
            }
            estimate |= word.startsWith(ESTIMATE_STEM);
        }
        return fortune && estimate;
    }
}
