package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * Decision 27 of round 35: a number of days still to come takes decision 24's measure (see {@link DurationMeasures}),
 * with what only days have. A time to be saved, "by" the days after a verb or noun of cutting, is `change` ("réduisant
 * les délais de transit d'environ huit jours"); the days of an event announced (a visit, a summit, a drill) and a stay
 * allowed ("without visas for up to 30 days", "autorisés à rester quinze jours") are `amount`, as is the old time a
 * forecast is set against ("instead of 35 days", "45-60 days at present"). The rest is decision 24: a trip, delivery or
 * transit time expected, estimated, scheduled or aimed at is `target` ("Le temps de trajet estimé est d'environ 12
 * jours", "is scheduled to take 12 days").
 */
final class DayMeasures {

    /** Stems of cutting a time: the days "by" which it is cut are a time saved. */
    private static final List<String> CUTTING_STEMS = Words.foldAll("reduc", "redui", "cut",
            "shorten", "raccourc", "diminu", "сократ", "сокращ", "уменьш", "қысқарт", "qisqart", "қисқарт");
    /** The word right before the days that says "by" after a verb of cutting ("by", "de", "d'", "на"). */
    private static final Set<String> BY_LINKS = Set.copyOf(Words.foldAll("by", "de", "d", "на"));
    /** Words of approximation that may stand between "by" and the days ("by about eight days"). */
    private static final Set<String> APPROXIMATIONS = Set.copyOf(Words.foldAll("about", "around", "some", "nearly",
            "almost", "approximately", "just", "only", "environ", "pres", "seulement", "около", "примерно", "почти",
            "всего"));
    private static final int CUTTING_REACH = 16;
    /** The word right before the level a time is cut to ("to 15 days", "à 20 jours", "до 10 дней"). */
    private static final Set<String> TO_LINKS = Set.copyOf(Words.foldAll("to", "a", "до"));
    /** Auxiliaries of a cut already made: the time it reached is a level now, no goal. */
    private static final Set<String> PAST_AUXILIARIES = Set.copyOf(Words.foldAll("have", "has", "had", "was", "were",
            "been", "ete", "был", "была", "было", "были"));
    private static final int PAST_REACH = 4;
    /** "de 40 à 20 jours", "from 45 to 25 days": a range a time moves along, whose ends are levels, not a saving. */
    private static final Set<String> RANGE_ENDS = Set.copyOf(Words.foldAll("a", "to", "до", "jusqu"));
    /** Nouns of an event whose days are its length on the programme: a visit, a summit, a meeting, a drill. */
    private static final List<String> EVENT_STEMS = Words.foldAll("visit", "summit", "forum", "exercise", "drill",
            "festival", "conference", "sommet", "exercice", "conferenc", "визит", "саммит", "учени", "форум",
            "конференц", "сапар", "саммит", "жаттығу", "tashrif", "ташриф", "mashg", "mashq", "машқ");
    /** Words of a stay or a term allowed: the days are the term, no forecast. */
    private static final List<String> ALLOWED_STEMS = Words.foldAll("visa", "allowed", "permitted", "autoris",
            "permis", "sejour", "можно", "разреш", "безвиз", "пребыван", "vizasiz", "визасиз", "визасыз", "ruxsat",
            "рұқсат");
    private static final int EVENT_REACH = 5;
    /** Words right after the days that make them the time now or the old time: "45-60 days at present". */
    private static final Set<String> NOW_AFTER = Set.copyOf(Words.foldAll("now", "currently", "today", "present",
            "actuellement", "aujourd", "сейчас", "hozir", "қазір"));
    /** "from 35 days": the start of a range a time moves along. */
    private static final Set<String> FROM = Set.copyOf(Words.foldAll("from", "от"));
    /** "in 20-25 days on average", "в среднем каждые 10 дней": a time as it stands, no forecast. */
    private static final Set<String> AVERAGE = Set.copyOf(Words.foldAll("average", "moyenne", "среднем", "o'rtacha",
            "ўртача", "орташа"));
    /** "instead of 35 days", "au lieu de 40 jours", "вместо 35 дней": the old time a forecast is set against. */
    private static final Set<String> INSTEAD = Set.copyOf(Words.foldAll("instead", "lieu", "contre", "against", "вместо", "o'rniga",
            "орнына"));
    private static final int INSTEAD_REACH = 4;
    private static final int NOW_REACH = 4;
    /** Words of an estimate or a forecast the years' list lacks: "le temps de trajet estimé", "devrait durer". */
    private static final Set<String> ESTIMATE_WORDS = Set.copyOf(Words.foldAll("estime", "estimee", "estimated",
            "scheduled", "expected", "durera", "dureront", "prendra", "prendront"));

    private DayMeasures() {
    }

    /** The measure of a number of days, {@code goal} as the other rules read its clause. */
    static Measure measure(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence, boolean goal) {
        if (sentence == null) {
            return goal ? Measure.TARGET : Measure.AMOUNT;
        }
        List<Words.Word> words = context.wordsOf(sentence);
        int first = DurationMeasures.firstWordAfter(words, figure.start());
        int after = DurationMeasures.firstWordAfter(words, figure.end());
        if (oldTime(words, first, after)) {
            return Measure.AMOUNT;
        }
        if (timeSaved(words, first, after, figure, context.text())) {
            return Measure.CHANGE;
        }
        if (eventOrStayNear(words, first, after)) {
            return Measure.AMOUNT;
        }
        if (cutTo(words, first, figure, context.text())) {
            return Measure.TARGET;
        }
        boolean estimated = estimateInClause(words, first, figure, context.text());
        return DurationMeasures.measure(figure, context, sentence, goal || estimated);
    }

    /** "to" right before the days (past "just"), a word of cutting before it in its clause: the time to be reached. */
    private static boolean cutTo(List<Words.Word> words, int first, SurfaceFigure figure, String text) {
        int link = linkBefore(words, first);
        return link >= 0 && TO_LINKS.contains(words.get(link).folded())
                && cuttingBefore(words, link, figure, text) && !pastBefore(words, link);
    }

    /** "have been reduced to nine days", "a été réduit à": an auxiliary of the past before the link, in a few words. */
    private static boolean pastBefore(List<Words.Word> words, int link) {
        for (int i = link - 1; i >= 0 && i >= link - PAST_REACH; i--) {
            if (PAST_AUXILIARIES.contains(words.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /** The first word before the days that is no word of approximation, or -1. */
    private static int linkBefore(List<Words.Word> words, int first) {
        int link = first - 1;
        while (link >= 0 && APPROXIMATIONS.contains(words.get(link).folded())) {
            link--;
        }
        return link;
    }

    private static boolean cuttingBefore(List<Words.Word> words, int link, SurfaceFigure figure, String text) {
        return TextWalks.inClauseBefore(words, link, link - CUTTING_REACH, figure.start(), text,
                folded -> Words.startsWithAny(folded, CUTTING_STEMS));
    }

    /** "by" right before the days (past "about"), a word of cutting before it in its clause, and no range end after. */
    private static boolean timeSaved(List<Words.Word> words, int first, int after, SurfaceFigure figure, String text) {
        int link = linkBefore(words, first);
        if (link < 0 || !BY_LINKS.contains(words.get(link).folded())) {
            return false;
        }
        if (after < words.size() && RANGE_ENDS.contains(words.get(after).folded())) {
            return false;
        }
        return cuttingBefore(words, link, figure, text);
    }

    /** A noun of an event or a word of a stay allowed a few words either side of the days. */
    private static boolean eventOrStayNear(List<Words.Word> words, int first, int after) {
        int from = Math.max(0, first - EVENT_REACH);
        int to = Math.min(words.size(), after + EVENT_REACH);
        for (Words.Word word : words.subList(from, to)) {
            if (Words.startsWithAny(word.folded(), EVENT_STEMS) || Words.startsWithAny(word.folded(), ALLOWED_STEMS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The time now or before: "instead of" a few words before the days, "from" right before them, "now" or "at
     * present" within two words after them, "on average" a few words either side.
     */
    private static boolean oldTime(List<Words.Word> words, int first, int after) {
        for (int i = after; i < words.size() && i < after + NOW_REACH; i++) {
            if (NOW_AFTER.contains(words.get(i).folded())) {
                return true;
            }
        }
        int before = first - 1;
        while (before >= 0 && Words.hasDigit(words.get(before).folded(), 0, words.get(before).folded().length())) {
            before--; // "from 45-60 days": the second end of a range "from" opens
        }
        if (before >= 0 && FROM.contains(words.get(before).folded())) {
            return true;
        }
        for (int i = Math.max(0, first - EVENT_REACH); i < words.size() && i < after + EVENT_REACH; i++) {
            if (AVERAGE.contains(words.get(i).folded())) {
                return true;
            }
        }
        for (int i = first - 1; i >= 0 && i >= first - INSTEAD_REACH; i--) {
            if (INSTEAD.contains(words.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    private static boolean estimateInClause(List<Words.Word> words, int first, SurfaceFigure figure, String text) {
        return TextWalks.inClauseBefore(words, first, 0, figure.start(), text, ESTIMATE_WORDS::contains);
    }
}
