package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * Whether a count of jobs or staff is of jobs cut or lost ("to cut 4,000 jobs", "will shed about 300 employees",
 * "cutting up to 400 jobs", "supprimer 1 200 emplois", "сократить 500 рабочих мест", "20,000 factory jobs were gone"):
 * the standard's `jobs.count` is jobs created by joint activity, so jobs done away with are `other`, as people a
 * project trained are (decision 62 of round 38).
 */
final class JobCuts {

    /** Verbs and nouns of cutting that govern the count after them, with a few words between ("cut about 300"). */
    private static final Set<String> CUT_BEFORE = Set.copyOf(Words.foldAll("cut", "cuts", "cutting", "shed",
            "sheds", "shedding", "slash", "slashes", "slashing", "slashed", "axe", "axes", "axing", "axed", "eliminate",
            "eliminates", "eliminating", "eliminated", "lose", "loses", "losing", "lost", "layoffs", "off",
            "supprimer", "supprime", "supprimera", "supprimé", "suppression", "suppressions", "licencier",
            "licenciera", "licencié"));
    /** Russian stems of cutting and dismissing ("сократить", "сокращение", "уволить", "увольнение"). */
    private static final List<String> CUT_STEMS = Words.foldAll("сократ", "сокращ", "увол", "ликвидир");
    /** Words after the count that say the jobs went ("were gone", "were lost", "will be cut"). */
    private static final Set<String> GONE_AFTER = Set.copyOf(Words.foldAll("gone", "lost", "cut", "eliminated",
            "shed", "axed", "supprimés", "supprimées", "сокращены"));
    /** How many words before the count a verb of cutting may stand ("cutting up to 400"). */
    private static final int BEFORE_REACH = 3;
    /** How many words after the count a word of going may stand in its clause ("jobs and half the town were gone"). */
    private static final int AFTER_REACH = 10;

    private JobCuts() {
    }

    /** Whether the count {@code figure} is of jobs cut or lost (see the class comment). */
    static boolean cutOrLost(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        List<Words.Word> words = context.words();
        int first = context.wordStarts().at(figure.start());
        for (int i = first - 1; i >= 0 && i >= first - BEFORE_REACH; i--) {
            String folded = words.get(i).folded();
            if (CUT_BEFORE.contains(folded) || Words.startsWithAny(folded, CUT_STEMS)) {
                // "lay off" and "laid off" are cuts; a bare "off" elsewhere ("off 300 jobs from the peak") is not read
                return !"off".equals(folded) || i > 0 && isLay(words.get(i - 1).folded());
            }
        }
        if (sentence == null) {
            return false;
        }
        String text = context.text();
        for (int i = first; i < words.size() && i <= first + AFTER_REACH; i++) {
            Words.Word word = words.get(i);
            if (word.start() >= sentence.end() || word.start() > figure.end()
                    && TextWalks.crossesClause(text, figure.end(), word.start())) {
                break;
            }
            if (word.start() >= figure.end() && GONE_AFTER.contains(word.folded())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLay(String folded) {
        return "lay".equals(folded) || "laid".equals(folded) || "laying".equals(folded) || "lays".equals(folded);
    }
}
