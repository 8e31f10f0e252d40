package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * Decision 24 of round 34: the measure of a number of years still to come. `target` when the duration is the goal's or
 * forecast's own quantity, how long works or a process are planned, expected or aimed to take or last ("will take 10
 * years", "devrait durer environ six ans", "will be built within five years", "stable operation for the next 3-4
 * years"); `amount` when it only frames a goal or forecast of another quantity in its clause (raise trade to some
 * sum "over the next" few years, "в ближайшие два года довести его до $500 млн") and when it is a term
 * agreed, signed or imposed ("extend the validity ... for the next four years", "un contrat ... pendant les 30
 * prochaines années", "sentenced to 18 years in prison"): a fact of the agreement, not a forecast. A past span keeps
 * `amount` (decision 18).
 */
final class DurationMeasures {

    /** Verbs of how long works take or last, a few words before the duration ("will take about six years"). */
    private static final Set<String> OWN_DURATION_VERBS = Set.copyOf(Words.foldAll("take", "takes", "last", "lasts",
            "built", "build", "constructed", "completed", "complete", "finished", "finish", "commissioned", "durer",
            "dure", "durera", "prendre", "prendra", "achever", "achevé", "achevée", "finalisé", "finalisée", "construit",
            "construite", "construire", "terminé", "terminée", "построить", "построен", "построена", "завершить",
            "завершиться", "завершен", "завершена", "займет", "занять", "продлится", "электрифицировать"));
    /** The words that may stand between such a verb and the duration ("within", "dans un délai de", "за", "около"). */
    private static final Set<String> DURATION_LINKS = Set.copyOf(Words.foldAll("in", "within", "about", "around",
            "approximately", "some", "the", "next", "to", "a", "en", "dans", "un", "delai", "de", "environ", "moins",
            "за", "около", "примерно", "ближайшие", "его", "и", "ичида", "ішінде"));
    private static final int OWN_VERB_REACH = 5;
    /** Words of a forecast or a plan before the duration in its clause; not "may", which is also a month. */
    private static final Set<String> FORECAST_WORDS = Set.copyOf(Words.foldAll("will", "would", "could", "should", "shall", "expect", "expected", "expects", "anticipated", "estimated", "estimates", "planned",
            "plans", "plan", "aims", "aim", "intends", "intend", "projected", "forecast", "goal", "target", "next",
            "devrait", "devraient", "pourrait", "pourraient", "prevu", "prevue", "prevoit", "sera", "seront",
            "prochaines", "prochains", "будет", "будут", "может", "могут", "ближайшие", "ближайшее", "удастся",
            "rejalashtirilgan", "режалаштирилган", "kutilmoqda", "кутилмоқда", "keyingi", "кейинги", "жоспарлануда",
            "алдағы", "kelgusi", "келгуси"));
    /** Words of a span already past ("over the past five years", "за последние пять лет", "depuis"). */
    private static final Set<String> PAST_WORDS = Set.copyOf(Words.foldAll("past", "previous", "since", "ago", "after", "apres", "после", "спустя",
            "dernieres", "derniers", "depuis", "последние", "прошедшие", "прошлые", "sungi", "сўнгги", "соңғы"));
    /** "the last five years", "over the last": "last" as an adjective of a past span, not the verb "will last". */
    private static final Set<String> LAST_LEADS = Set.of("the", "over", "in", "for", "during");
    private static final List<String> FORECAST_STEMS = Words.foldAll("планиру", "ожида", "рассчитыва", "намерен");
    /** Words of a term agreed, signed or imposed: an agreement, a contract, a validity, a sanction, a prison term. */
    private static final Set<String> TERM_WORDS = Set.copyOf(Words.foldAll("agreement", "agreements", "contract",
            "contracts", "treaty", "lease", "concession", "signed", "extend", "extended", "extension", "validity",
            "sanctions", "swap", "sentenced", "sentence", "prison", "jail", "accord", "contrat", "signe", "signee",
            "prolonge", "prolongee", "validite", "bail", "condamne", "shartnoma", "шартнома", "келісім"));
    private static final List<String> TERM_STEMS = Words.foldAll("договор", "соглашени", "контракт", "подписа",
            "продлен", "продли", "санкци", "приговор", "лишени", "kelishuv", "келишув");
    /** Units of durations and of what is no goal's level, which frame nothing. */
    private static final Set<String> NOT_LEVELS = Set.of("years", "days", "rank");

    private DurationMeasures() {
    }

    /** The measure of a number of years, {@code goal} as the other rules read its clause. */
    static Measure measure(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence, boolean goal) {
        if (sentence == null) {
            return goal ? Measure.TARGET : Measure.AMOUNT;
        }
        List<Words.Word> words = context.wordsOf(sentence);
        int first = firstWordAfter(words, figure.start());
        if (pastSpan(words, first)) {
            return Measure.AMOUNT;
        }
        boolean toCome = goal || forecastBefore(words, first, figure, context.text());
        if (!toCome) {
            return Measure.AMOUNT;
        }
        if (ownDurationVerbBefore(words, first)) {
            return Measure.TARGET;
        }
        if (agreedTerm(words) || framesAnotherLevel(figure, context, sentence)) {
            return Measure.AMOUNT;
        }
        return Measure.TARGET;
    }

    /** The index of the first word that ends after {@code offset}: the figure's first word, given its start. */
    static int firstWordAfter(List<Words.Word> words, int offset) {
        int i = 0;
        while (i < words.size() && words.get(i).end() <= offset) {
            i++;
        }
        return i;
    }

    private static boolean pastSpan(List<Words.Word> words, int first) {
        for (int i = first - 1; i >= 0 && i >= first - 3; i--) {
            String folded = words.get(i).folded();
            if (PAST_WORDS.contains(folded)
                    || "last".equals(folded) && i > 0 && LAST_LEADS.contains(words.get(i - 1).folded())) {
                return true;
            }
        }
        return false;
    }

    /** A word of a forecast in the duration's clause ("there will be a route, which for 30 years ..." crosses one). */
    private static boolean forecastBefore(List<Words.Word> words, int first, SurfaceFigure figure, String text) {
        return TextWalks.inClauseBefore(words, first, 0, figure.start(), text,
                folded -> FORECAST_WORDS.contains(folded) || Words.startsWithAny(folded, FORECAST_STEMS));
    }

    private static boolean ownDurationVerbBefore(List<Words.Word> words, int first) {
        for (int i = first - 1; i >= 0 && i >= first - OWN_VERB_REACH; i--) {
            String folded = words.get(i).folded();
            if (OWN_DURATION_VERBS.contains(folded)) {
                return true;
            }
            if (!DURATION_LINKS.contains(folded)) {
                return false;
            }
        }
        return false;
    }

    private static boolean agreedTerm(List<Words.Word> words) {
        for (Words.Word word : words) {
            if (TERM_WORDS.contains(word.folded()) || Words.startsWithAny(word.folded(), TERM_STEMS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether another figure, a level and no duration, stands in the duration's clause: the goal is that level. */
    private static boolean framesAnotherLevel(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        String text = context.text();
        for (SurfaceFigure other : context.surfaceIn(sentence.start(), sentence.end())) {
            if (other.start() == figure.start() || NOT_LEVELS.contains(other.unit())) {
                continue;
            }
            int from = Math.min(other.end(), figure.end());
            int to = Math.max(other.start(), figure.start());
            if (from <= to && !TextWalks.crossesClause(text, from, to, true)) {
                return true;
            }
        }
        return false;
    }
}
