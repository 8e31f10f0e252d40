package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * A sum written as the worth of agreements, contracts or deals, signed or to be signed, whether or not the sentence
 * tells of the signature: "7 investment deals worth $5bn", "a dozen agreements worth SR20 billion
 * ($5 billion)", "a $1 billion deal is to be signed". Decision 61 of round 38 makes it {@code other}: the paper may
 * cover sales, loans and investment together, and the word "investment" before "agreements" does not make its worth
 * one party's investment. The sum must stand right against the deal word ("a $2.4 billion deal") or follow it through
 * words of worth alone ("deals worth", "accords d'une valeur de", "соглашения на сумму"): a sum in the agreement's own
 * words ("an agreement to invest $5 million") is not its worth, and papers only talked about ("discussed contracts worth
 * $1 billion") are neither signed nor to be signed, so the sentence's other words decide.
 */
final class DealWorths {

    /** Words that may join a deal word to its worth, whole and folded: "worth", "valued at", "на сумму". */
    private static final Set<String> WORTH_WORDS = Set.copyOf(Words.foldAll("worth", "valued", "totaling",
            "totalling", "valeur", "montant", "стоимостью", "сумму", "общую", "qiymati", "qiymatidagi"));
    /** Small words that may stand among the worth words and before the sum: "at", "over", "d'une ... de", "на". */
    private static final Set<String> FILLERS = Set.copyOf(Words.foldAll("at", "of", "over", "about", "around",
            "nearly", "almost", "more", "than", "some", "a", "total", "d", "une", "de", "pour", "un", "plus", "pres",
            "environ", "на", "более", "около", "свыше", "почти", "порядка"));
    /** Adjectives that may stand between a deal word and its worth: "contrats commerciaux d'une valeur de". */
    private static final Set<String> DEAL_ADJECTIVES = Set.copyOf(Words.foldAll("commercial", "commerciaux",
            "commerciale", "commerciales", "signed", "signes", "signees", "bilateral", "bilateraux"));
    /** Scale words of a sum the bracket restates: "SR45 billion ($12 billion)". */
    private static final Set<String> SCALES = Set.copyOf(Words.foldAll("million", "millions", "billion",
            "billions", "milliard", "milliards", "млн", "млрд", "миллионов", "миллиардов", "mln", "mlrd"));
    /** Words of talks, whole (folded): deals discussed are not deals made. */
    private static final Set<String> TALK_WORDS = Set.copyOf(Words.foldAll("discussed", "discuss", "discussing",
            "discussion", "discussions", "talks", "обсудили", "обсуждали", "обсуждаются", "discute", "discutes",
            "discutees", "muhokama"));
    /** The same, answered once per word and per sentence ({@link FigureMetrics#names}). */
    private static final WordStems TALK = FigureMetrics.wordsOrStems(TALK_WORDS, List.of());
    /** How far before a sum the deal word may stand. */
    private static final int REACH = 50;

    private DealWorths() {
    }

    /** Whether a money figure is written as the worth of a deal word right beside it (see the class comment). */
    static boolean worthOfADeal(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        if (talkedAbout(context, sentence)) {
            return false;
        }
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if (!"deal".equals(hit.value())) {
                continue;
            }
            if (hit.start() >= figure.end() && joinedByWorth(context, figure.end(), hit.start(), false, true)) {
                return true; // "a $2.4 billion deal", "$1bln worth contracts"
            }
            if (hit.end() <= figure.start() && figure.start() - hit.end() <= REACH
                    && joinedByWorth(context, hit.end(), figure.start(), restated(text, figure), false)) {
                return true; // "deals worth $12bn", "agreements, worth over SR45 billion ($12 billion)"
            }
        }
        return false;
    }

    static boolean talkedAbout(FigureContext context, Sentences.Sentence sentence) {
        return FigureMetrics.names(context, sentence, TALK);
    }

    /** Whether the figure opens a bracket: "($12 billion)" restates the sum before it. */
    private static boolean restated(String text, SurfaceFigure figure) {
        int before = figure.start();
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        return before > 0 && text.charAt(before - 1) == '(';
    }

    /**
     * Whether only worth words and fillers (and, for a restating bracket, the sum it restates) stand between
     * {@code from} and {@code to}, with at least one worth word unless {@code bare} allows none ("a $2.4 billion
     * deal").
     */
    private static boolean joinedByWorth(FigureContext context, int from, int to, boolean restated, boolean bare) {
        String text = context.text();
        boolean worth = false;
        List<Words.Word> words = context.words();
        for (int i = context.wordStarts().at(from); i < words.size() && words.get(i).start() < to; i++) {
            String folded = words.get(i).folded();
            if (WORTH_WORDS.contains(folded)) {
                worth = true;
            } else if (!worth && !bare && DEAL_ADJECTIVES.contains(folded)) {
                continue; // "contrats commerciaux d'une valeur de": the deal's adjective, before its worth words
            } else if (!FILLERS.contains(folded) && !(restated && worth && sumWord(words.get(i)))) {
                return false;
            }
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ';' || c == ':' || c == '\n' || c == ')') {
                return false;
            }
        }
        return worth || bare;
    }

    /** A word of the sum a bracket restates: a number, a scale, or a currency sign glued to a number ("SR45"). */
    private static boolean sumWord(Words.Word word) {
        String folded = word.folded();
        return SCALES.contains(folded) || folded.chars().anyMatch(Character::isDigit);
    }
}
