package io.steppewatch.analysis.figures;

import io.steppewatch.analysis.text.Words;

import java.util.List;
import java.util.Set;

/**
 * A period that an act's word governs — "inauguré en 2019", "ouvert à l'été 2024", "Lancé en grande pompe en octobre
 * 2016", "initiated in 2025", "was launched three years ago", "сформирована в 2004 году", "built in 1983" — dates
 * that act (an opening, a launch, a founding, a building), not the figures stated beside it or after it: the
 * terminal "opened in summer 2024" that "houses some 300 shops", the pipeline "inaugurated in 2019" whose capacity "is
 * 61 bcm a year" (the standard: a period is what the text says the figure covers; the settled list: a commissioning
 * date is not a built facility's period; decision 34: a stock or a flow stated in the present tense with no period of
 * its own is {@code null}).
 *
 * <p>The shape is grammatical, in every language of the corpus: a past participle or past verb of a one-off act
 * (or its noun: "the visit of", "l'adhésion de") at most {@link #MAX_WORDS} words before the period, in the same
 * clause (no comma, colon, full stop, bracket, number or conjunction between them), not itself a plan ("to be
 * launched in 2026", "will open in", "должен быть открыт") nor the start of a span the act opens ("since its opening
 * in 2011", "с момента открытия").
 * {@code FigurePeriods.datesAnAct} knew only the exact phrases "signed in", "launched in", "основан в" ...; this
 * class reads the words between. Only the words of a window of {@link #WINDOW} characters right before the period are
 * folded, and a period asked about with no bound is decided once per text (the carrying steps ask it of every period
 * before every figure).
 */
final class ActDates {

    /** How many words may stand between the act's word and the period ("Lancé en grande pompe en octobre 2016"). */
    static final int MAX_WORDS = 6;
    /** Characters of text before the period read at most. */
    private static final int WINDOW = 60;

    /** Past participles and past verbs of a one-off act, folded (English, French, Uzbek, Kazakh). */
    private static final Set<String> ACT_WORDS = Set.copyOf(Words.foldAll("launched", "opened", "reopened",
            "inaugurated", "founded", "established", "initiated", "built", "constructed", "formed",
            "lancé", "lancée", "lancés", "lancées", "ouvert", "ouverte", "ouverts", "ouvertes", "inauguré",
            "inaugurée", "inaugurés", "fondé", "fondée", "créé", "créée", "créés", "construit", "construite",
            "rouvert", "rouverte", "visit", "visits", "visite", "visites"));
    /** Beginnings of inflected act verbs and of act nouns (Russian, Uzbek, Kazakh, and the nouns of all). */
    private static final List<String> ACT_STEMS = Words.foldAll("запущен", "открыт", "основан", "создан",
            "сформирован", "построен", "учрежден", "введен", "ochilgan", "qurilgan", "ашылған",
            "салынған", "құрылған", "inauguration", "adhésion", "accession", "lancement", "визит", "tashrif",
            "сапар");
    /** Words that make the act a plan or open a span since it (then the period is the plan's or the span's). */
    private static final Set<String> NOT_DONE = Set.copyOf(Words.foldAll("will", "to", "be", "would", "shall",
            "should", "since", "sera", "seront", "doit", "devrait", "depuis", "pour", "будет", "будут", "должен",
            "должна", "должно", "должны", "с", "со", "момента", "планируется", "planned", "expected", "due"));

    /** Conjunctions that join another verb or clause: "established and became operational in October 2019". */
    private static final Set<String> JOINING = Set.copyOf(Words.foldAll("and", "or", "but", "while", "et", "ou",
            "mais", "и", "а", "но", "или", "va", "ham", "және", "мен", "hamda"));

    private ActDates() {
    }

    /** Per thread, the last text asked about with no bound and its answers by offset (0 unknown, 1 yes, 2 no). */
    private static final ThreadLocal<Object[]> ASKED = ThreadLocal.withInitial(() -> new Object[2]);

    /**
     * {@link #governs(String, int, int)} with no bound before the window, decided once per period of a text: the
     * steps that carry a period ask it of every period before every figure.
     */
    static boolean governs(String text, int at) {
        Object[] asked = ASKED.get();
        if (asked[0] != text) {
            asked[0] = text;
            asked[1] = new byte[text.length() + 1];
        }
        byte[] known = (byte[]) asked[1];
        if (known[at] == 0) {
            known[at] = governs(text, at, 0) ? (byte) 1 : (byte) 2;
        }
        return known[at] == 1;
    }

    /**
     * Whether the period starting at {@code at} is governed by an act's word standing before it, not before
     * {@code from} (the figure's end for a period after the figure, else the sentence's or text's start).
     */
    static boolean governs(String text, int at, int from) {
        int start = Math.max(from, at - WINDOW);
        if (start >= at) {
            return false;
        }
        // words of the window, from the period backwards
        int end = at;
        int words = 0;
        while (end > start && words <= MAX_WORDS) {
            int i = end;
            while (i > start && !Character.isLetter(text.charAt(i - 1))) {
                char c = text.charAt(i - 1);
                if (c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == ')' || Character.isDigit(c)) {
                    return false; // another clause, an aside, or another figure between
                }
                i--;
            }
            int wordEnd = i;
            while (i > start && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '\''
                    || text.charAt(i - 1) == '’')) {
                i--;
            }
            if (i == wordEnd) {
                return false;
            }
            if (i == start && start > 0 && Character.isLetter(text.charAt(start - 1))) {
                return false; // a word cut by the window
            }
            String word = Words.fold(text.substring(i, wordEnd));
            int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
            if (apostrophe >= 0) {
                word = word.substring(apostrophe + 1); // "l'adhésion"
            }
            if (ACT_WORDS.contains(word) || Words.startsWithAny(word, ACT_STEMS)) {
                return !planOrSpanBefore(text, start, i);
            }
            if (JOINING.contains(word)) {
                return false; // the period belongs to the verb joined after the act's word
            }
            words++;
            end = i;
        }
        return false;
    }

    /** Whether one of the two words before {@code at} makes the act a plan or the start of a span. */
    private static boolean planOrSpanBefore(String text, int start, int at) {
        int end = at;
        for (int n = 0; n < 2 && end > start; n++) {
            int i = end;
            while (i > start && !Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            int wordEnd = i;
            while (i > start && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            if (i == wordEnd) {
                return false;
            }
            if (NOT_DONE.contains(Words.fold(text.substring(i, wordEnd)))) {
                return true;
            }
            end = i;
        }
        return false;
    }
}
