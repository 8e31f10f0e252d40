package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Stems;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * Decides the measure of a figure: a level, a change, a goal, a share or an amount, from the words around it in its
 * sentence ("rose by", "to reach", "up from", a Turkic dative before a verb of growth). Static rules over an
 * article's {@link FigureContext}; {@link FigureAnnotator} asks them for each figure.
 */
final class FigureMeasures {

    /** The word after a comparison that names what it is compared with: "more than", "de plus qu'en", "больше, чем". */
    private static final Set<String> THAN = WordSet.of("than", "que", "qu", "чем");
    /** "больше на $200 миллионов", "more by $2 billion": a comparison, then "by" the sum. */
    private static final Set<String> COMPARISONS_BEFORE_BY = WordSet.of("more", "less", "больше", "меньше");
    private static final Set<String> CHANGE_LINKS_OF_COMPARISON = WordSet.of("by", "на");
    /** Words between a word of change and the sum it moved by: "increased by", "an increase of", "вырос на". */
    private static final Set<String> CHANGE_LINKS = WordSet.of("by", "of", "на", "de");
    private static final Set<String> APPROXIMATIONS = WordSet.of("almost", "nearly", "about",
            "around", "some", "over", "roughly", "approximately", "почти", "около", "порядка", "pres", "environ",
            "plus", "more", "than", "более", "свыше", "d", "only", "just", "лишь", "всего");
    /** Nouns of change that a verb of amounting gives a sum to ("the increase amounted to $2 billion"). */
    private static final Set<String> CHANGE_SUBJECTS = WordSet.of("rise", "increase", "decrease", "drop", "decline",
            "gain", "growth", "fall", "reduction", "surge", "hausse", "augmentation", "baisse", "croissance",
            "diminution", "рост", "прирост", "увеличение", "снижение", "сокращение", "падение");
    /**
     * Verbs of amounting, as folded word sequences ending right before the sum. Not "reached": "the growth of trade
     * reached $5 billion" names the level the growth took trade to.
     */
    private static final Set<String> AMOUNTING = Set.of("amounted to", "amount to", "amounts to", "totaled",
            "totalled", "was",
            "stood at", "came to", "made up", "составил", "составила", "составило",
            "s est elevee a", "s est eleve a", "etait de", "est de");
    private static final int AMOUNTING_WORDS = 4;
    private static final Set<String> AMOUNTING_LAST_WORDS = AMOUNTING.stream()
            .map(p -> p.substring(p.lastIndexOf(' ') + 1)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final int CHANGE_SUBJECT_REACH = 4;
    /** Words that lead to the level a share moved to: "rose to 80%", "до 80%", "passée à 80 %". */
    private static final Set<String> LEVEL_LINKS = WordSet.of("to", "до", "a");
    /** Verbs right before the level a named share stands at: "is currently approaching 70-75%", "составляет 55%". */
    private static final Set<String> SHARE_LEVEL_VERBS = WordSet.of("approaching", "approaches", "reached", "reaches",
            "reaching", "составляет", "составила", "достигла", "достигает", "atteint", "atteignant", "avoisine");
    /** Verbs after "на N%" that make the percentage a part of a whole: "на 95% зависит", "на 80% состоит из". */
    private static final List<String> PART_OF_WHOLE_STEMS = Stems.copyOf(Words.foldAll("завис", "состоит", "состоят",
            "состоял", "обеспечива", "покрыва", "формируется", "формируются"));
    /** Verbs of raising a level, not in the past: "boost trade to", "porter le volume à", "довести до". */
    private static final Set<String> RAISING_VERBS = WordSet.of("boost", "boosting", "expand", "expanding", "bring",
            "bringing", "raise", "raising", "lift", "elevate", "elevating", "ramping", "porter", "amener", "augmenter",
            "accroitre", "etendre", "doubler", "довести", "доведение", "доведения", "увеличить", "нарастить", "поднять",
            // The future of raising, which cannot be a move made: "porteront leurs échanges à", "увеличат объем
            // перевозок до 60 млн тонн" (the perfective present is a future)
            "porteront", "augmentera", "augmenteront", "accroitront", "увеличит", "увеличат", "нарастит", "нарастят",
            "доведет", "доведут",
            // The infinitive and the future of raising or growing, which no move already made takes (round 46,
            // alerts46): "to scale up trade to $1 billion", "может увеличиться до $1 млрд", "вырастет до". Not French
            // "passer (de X) à Y": the two ends of such a range share the goal's measure (FigureAnnotator), and the
            // start, a level now, would become a goal too (CapacityToComeTest, k-fr-009)
            "scale", "scaling", "увеличиться", "увеличится", "увеличатся",
            "вырасти", "вырастет", "вырастут", "возрасти", "возрастет", "возрастут", "повысить", "повысит",
            "повысят",
            // Gerunds and nouns of raising, which name a plan, not a move made ("increasing the port's container capacity
            // to 250 thousand TEUs", "увеличение товарооборота до 5 млрд")
            "increasing", "doubling", "tripling", "увеличение", "увеличения", "наращивание", "наращивания");
    /**
     * The same Russian nouns in the dative and prepositional, which name a plan after "по" or "о" (measures "по ...
     * увеличению" of yearly transit "до N миллионов тонн", agreed "о поэтапном увеличении ... до N млн тонн"), but a
     * rise made after "к" ("привела к увеличению ... до N").
     */
    private static final Set<String> RAISING_NOUNS_OF_A_PLAN = WordSet.of("увеличению", "увеличении", "наращиванию",
            "наращивании", "доведению", "доведении");
    /** "к", "ко": what the raising noun after them names is where something led (see RAISING_NOUNS_OF_A_PLAN). */
    private static final Set<String> LED_TO = WordSet.of("к", "ко");
    /** Words that may stand between "to" and the level: "to at least $2 billion", "до почти 5 млрд". */
    private static final Set<String> LEVEL_FILLERS = WordSet.of("at", "least", "about", "almost", "nearly", "around",
            "approximately", "over", "more", "than", "environ", "pres", "de", "plus", "около", "почти", "более",
            "свыше", "порядка");
    private static final int LEVEL_FILLER_REACH = 3;
    /**
     * How many words before "to" the verb of raising may stand: a Russian object is a long chain of genitives and
     * places (a verb "увеличит", then the transit of one country's gas to a second across a third, then "с N ... до
     * M"); the walk still stops at a clause break.
     */
    private static final int RAISING_REACH = 14;
    /** The percent word with a dative ending: Uzbek "foizga", "фоизга", Kazakh "пайызға" ("by ... percent"). */
    private static final Pattern DATIVE_PERCENT = Pattern.compile(
            "(?iu)(?:foiz|фоиз|пайыз)(?:ga|га|ға)$");
    /**
     * The percent word with a possessive ending, Uzbek "foizi", "фоизини", Kazakh "пайызы", "пайызын": "N percent of"
     * a whole named before it ("умумий кўрсаткичнинг 22,1 фоизи", "экспорттың 40 пайызын құрайды").
     */
    private static final Set<String> PERCENT_OF = Set.copyOf(Words.foldAll("foizi", "foizini", "фоизи", "фоизини",
            "пайызы", "пайызын", "пайызына"));
    /** Kazakh and Uzbek dative endings written after a percent sign ("3%-ға өсті": grew by 3%). */
    private static final Set<String> DATIVE_SUFFIXES = Set.of("ға", "ге", "қа", "ке", "га", "ga",
            "ka");
    private static final Set<String> CHANGE_NOUN_LINKS = Set.of("of", "de");
    /** Uzbek and Kazakh dative endings of a unit word ("долларга", "dollarga", "тоннаға", "долларға"). */
    private static final List<String> DATIVE_ENDINGS = Words.foldAll("ga", "га", "ға", "ge", "ге", "ка", "қа", "ке");
    /** Uzbek and Kazakh words of more, less and moving after a dative sum: "кўп", "ko'p", "oshdi", "өсті", "азайды". */
    private static final List<String> MOVE_STEMS = Words.foldAll("кўп", "ko'p", "kop", "ko‘p", "ортиқ", "ortiq", "ошди",
            "oshdi", "oshgan", "ошган", "ўсди", "o'sdi", "o‘sdi", "осди", "kamay", "камай", "kamroq", "камроқ", "көп", "артық",
            "өсті", "артты", "азай", "қысқар", "артып", "өсіп", "ұлғай", "oshib", "ошиб", "o'sib", "o‘sib", "ўсиб", "ko'pay", "kopay", "кўпай", "pasay", "пасай");
    /** "or" between a dative sum and the same change in percent: "1,3 млрд долларига ёки 29,2 фоизга ошган". */
    private static final Set<String> TURKIC_OR = Set.copyOf(Words.foldAll("ёки", "yoki", "немесе"));
    /** The most words from a dative sum, past "or" and the percentage, to the verb of moving. */
    private static final int TURKIC_OR_REACH = 5;
    /** Uzbek and Kazakh verbs of raising something to a level, not in the past ("oshirish", "ошириш", "арттыру"). */
    private static final List<String> TURKIC_RAISING = Words.foldAll("oshir", "ошир", "oshish", "ошиш", "yetkaz", "етказ",
            "кўпайтир", "арттыр", "жеткіз", "ұлғайт", "көбейт");
    /** Uzbek and Kazakh stems of "reach" ("yetdi", "етди", "жетті"). */
    private static final List<String> REACH_VERBS = List.of("yet", "ет", "жет");
    /** Uzbek and Kazakh "nearly" after a dative ("50 foizga yaqini", "40%-ға жуық", "жуығы"): an approximation, not "by". */
    private static final List<String> NEARLY = Words.foldAll("yaqin", "яқин", "жуық", "жуығ");
    /** Apostrophes the Uzbek o‘ and g‘ are written with besides the letter U+02BB; they split a word in two. */
    private static final String APOSTROPHES = "'\u2018\u2019\u02BB\u02BC`";
    /** How far before "of" / "de" a noun of change may end ("une croissance sans précédent de 30 %"). */
    private static final int CHANGE_NOUN_REACH = 20;
    /** How far before "by" / "of" / "на" the word of change may end ("increase in trade turnover of"). */
    private static final int CHANGE_LINK_REACH = 2;
    /** Words of aim that, after a change, only say where it took the level (see reachedAfterAChange). */
    private static final Set<String> REACH = Set.of("to reach", "atteindre", "достичь");
    /** Units of the flows and stocks whose future level is a forecast ("will carry 5 million tons"). */
    private static final Set<String> FORECAST_UNITS = Set.of("t", "m3", "TEU", "kWh", "bbl", "days");
    /** How far after a figure a word of aim or of the future still speaks of it, in its clause. */
    private static final int GOAL_AFTER = 40;
    /** Words that set a figure against another, right before it (see comparedWith). */
    private static final Pattern COMPARED_WITH = Pattern.compile("(?iu)(?:\\bcompared\\s+(?:with|to)|\\bcontre|"
            + "по\\s+сравнению\\s+с)\\s+(?:(?:last|the\\s+previous)\\s+year['’]s\\s+|l['’]an\\s+dernier\\s+)?"
            + "(?:(?:about|around|some|almost|nearly|environ|près\\s+de|около|почти)\\s+)?$");
    private static final int COMPARED_WITH_REACH = 60;
    /** "in 2014", "en 2006", "в 2023 году" right after a figure, past a unit word or two ("of dollars"). */
    private static final Pattern YEAR_AFTER = Pattern.compile("(?iu)^(?:\\s+\\p{L}+){0,3}\\s+(?:in|en|в)\\s+(?:19|20)\\d\\d\\b");
    private static final int YEAR_AFTER_REACH = 40;
    /** "up" or "down" right after a sum, not leading to a level ("up from", "down to"): the sum a flow moved by. */
    private static final Pattern DIRECTION_AFTER =
            Pattern.compile("(?iu)\\s(?:up|down)\\b(?!-)(?!\\s+(?:from|to|until)\\b)");
    /** "or 19.4% rise" right after a sum: the same change in percent, then the noun of change (group 1). */
    private static final Pattern PERCENT_RESTATED = Pattern.compile(
            "(?iu)\\s(?:or|ou)\\s+\\d[\\d.,]*\\s?(?:%|percent\\b|per\\s+cent\\b)\\s+(\\p{L}+)");
    /** Words that set what follows against the figure before: the sum in brackets after them is a base. */
    private static final Pattern COMPARISON_BETWEEN = Pattern.compile(
            "(?iu)\\bcompar|\\bcontre\\b|\\bpar\\s+rapport\\b|сравнени|\\bagainst\\b|\\bfrom\\b");
    /** How far the end of a "from ... to" range may be from its start (an aside such as "(TEU)" may come between). */
    private static final int RANGE_GAP = 40;
    /**
     * A noun or gerund of attaining: "achieving", "the achievement of", "достижение" in any case, "l'atteinte de". Not
     * the verb in the past ("achieved", "достигнуты"), which says a level was reached, nor "reaching", which mostly
     * names the level a change took a flow to.
     */
    private static final Pattern ATTAINING = Pattern.compile(
            "(?iuU)\\b(?:achieving|the\\s+achievement\\s+of|достижени[еяюи]\\w*|l['’]atteinte\\s+d)");
    /** The literals every match of {@link #ATTAINING} holds: most sentences hold none, and skip the pattern. */
    private static final SentenceGate ATTAINING_WORDS =
            SentenceGate.literals(List.of("achieving", "achievement", "достижени", "atteinte"));
    /** "would", not "would have" (see conditionalBefore). */
    private static final Pattern CONDITIONAL = Pattern.compile(
            "\\bwould\\b(?!\\s+have\\b)");
    /** The literal every match of {@link #CONDITIONAL} holds. */
    private static final SentenceGate CONDITIONAL_WORDS = SentenceGate.literals(List.of("would"));
    /** Units besides money of the flows a goal is set in. */
    private static final Set<String> ATTAINED_UNITS = Set.of("t", "m3", "TEU");

    private FigureMeasures() {
    }

    static Measure measure(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        if (FigureAnnotator.TIMES.equals(figure.unit())) {
            // "plan to raise bilateral trade by 3 times", "prévoit de doubler": a multiple says how many times a
            // quantity grows, never the level it reaches, so it is a change even when it is aimed at or forecast
            // (decision 15 of round 33; a target is a level); the goal's year still gives it its period.
            return Measure.CHANGE;
        }
        if ("percent".equals(figure.unit()) && (isMinus(context.text().charAt(figure.start()))
                || (figure.start() > 0 && context.text().charAt(figure.start() - 1) == '+'))) {
            return Measure.CHANGE; // "+25,8%", "-3 %": a signed percentage is a change
        }
        String after = kindRightAfter(context, figure.end());
        // "8 foizdan 0,2 foizgacha", "5%-дан 20%-ға дейін": the Kazakh and Uzbek end of a range is a level, its
        // dative no "by"
        boolean closesRange = "percent".equals(figure.unit()) && rangeStartBefore(context, sentence, figure) != null;
        if ("percent".equals(figure.unit()) && inTurkicRange(context, sentence, figure)) {
            // "ulushi 8 foizdan 0,2 foizgacha kamaydi": Kazakh and Uzbek write "by" as a dative, so the ends of a range
            // are the levels, never the move, with or without a word of share before them
            return aimedAt(context, sentence, figure) && !opensRange(context, sentence, figure)
                    ? Measure.TARGET : Measure.SHARE;
        }
        boolean nearly = "percent".equals(figure.unit()) && nearlyAfter(context.text(), figure.end());
        if ("percent".equals(figure.unit()) && !closesRange && !nearly
                && DATIVE_PERCENT.matcher(figure.text(context.text())).find()
                && !reachVerbAfter(context.text(), figure.end())) {
            return Measure.CHANGE; // "15 foizga ko'p", "20 пайызға өсті": Uzbek and Kazakh write "by 15%" as a dative
        }
        if ("percent".equals(figure.unit())) {
            // "the cut would come to 40 percent of normal supplies": the size of a change, not a share.
            if ("change-after".equals(after) || (!closesRange && !nearly && dativeAfter(context.text(), figure.end()))
                    || changeAmountedTo(context, figure)) {
                return Measure.CHANGE; // "6,8 % de plus"; Kazakh and Uzbek "3%-ға өсті", "15%ga oshdi"
            }
            // "and with Kyrgyzstan by 21.7 percent", "на 9%", "by 23.4% of textiles", "на 10000%, из Финляндии": a
            // percentage "by" which something moved is a change, however far the verb is and whatever noun follows.
            if (byWordBefore(context.text(), figure.start())) {
                // "Таджикистан на 95% зависит от гидроэнергетики", "на 80% состоит из": the part of a whole that
                // depends on or is made of something is a share, not a move (gold-o: "`dépend à 95 % de
                // l'hydroélectricité` is `share`").
                return Words.startsWithAny(TextWalks.wordAfter(context.text(), figure.end()), PART_OF_WHOLE_STEMS)
                        ? Measure.SHARE : Measure.CHANGE;
            }
            // "the share of national currencies rose to 90%", "доля ... выросла до 90%", "the share of payments in
            // euros has fallen from 30% to 12%": the levels of a share named earlier in the sentence, not the
            // move (a growth rate "accelerated to 6%" names no share).
            if ((LEVEL_LINKS.contains(TextWalks.wordBefore(context.text(), figure.start()))
                    || SHARE_LEVEL_VERBS.contains(TextWalks.wordBefore(context.text(), figure.start()))
                    || opensRange(context, sentence, figure) || closesRange) && shareNamedBefore(context, sentence, figure)) {
                // "plans to raise the share of national currencies to 90%": the level a share is to reach is a goal.
                return aimedAt(context, sentence, figure) && !opensRange(context, sentence, figure)
                        ? Measure.TARGET : Measure.SHARE;
            }
            if ("share-after".equals(after)) {
                // "une croissance de 30 % du commerce bilatéral", "an increase of 30% of exports": the percentage
                // a named change amounts to, not a share of the noun after it.
                return changeNounOf(context, sentence, figure) ? Measure.CHANGE : Measure.SHARE;
            }
            // "умумий кўрсаткичнинг 22,1 фоизи" (22.1 percent of the total): a part of a whole, whatever verb follows
            if (PERCENT_OF.contains(lastWord(context.text(), figure))) {
                return aimedAt(context, sentence, figure) ? Measure.TARGET : Measure.SHARE;
            }
            // "the share of national currencies ... continues to grow and is close to 75%": a share named before the
            // figure, nearer than any word of change, makes it a share.
            int share = distanceBefore(context, sentence, figure, "share");
            if (share >= 0 && (share < distanceBefore(context, sentence, figure, "change")
                    || distanceBefore(context, sentence, figure, "change") < 0)) {
                return aimedAt(context, sentence, figure) ? Measure.TARGET : Measure.SHARE;
            }
            if (nearCue(context, sentence, figure, "change") && !TurkicRanges.passed(context.text(), figure)) {
                return Measure.CHANGE; // not "50 foizdan oshdi" (went past 50%): a level
            }
            return nearCue(context, sentence, figure, "target") ? Measure.TARGET : Measure.SHARE;
        }
        // "increased by $2.2 billion", "increase capacity by 10 mln tons", "shortened by about 900 km": a sum
        // something moved by, in the figure's own unit.
        if (dativeThenMove(context, figure)) {
            return Measure.CHANGE; // "42,6 миллион долларга кўпдир", "1 mln tonnaga oshdi": Uzbek and Kazakh "by"
        }
        if (moneyChange(context, sentence, figure) || changeNounAfter(context, figure)
                || changeNounOfSum(context, sentence, figure) || changeAmountedTo(context, figure)
                || sumByWhichLevelsDiffer(context, figure) || listSumOfAChange(context, sentence, figure)) {
            return Measure.CHANGE;
        }
        SurfaceFigure rangeStart = rangeStartBefore(context, sentence, figure);
        boolean goal = !(figure.isMoney() && costInClause(context, sentence, figure))
                && ((FigureContext.cueBefore(context, sentence, figure, "target") && !reachedAfterAChange(context, sentence, figure))
                || (deadlineInClause(context, sentence, figure) && !FigureContext.cueBefore(context, sentence, figure, "cost"))
                || futureInClause(context, sentence, figure) || goalRightAfter(context, sentence, figure)
                || levelToAttain(context, sentence, figure)
                || (rangeStart != null && (FigureContext.cueBefore(context, sentence, rangeStart, "target")
                        || futureInClause(context, sentence, rangeStart))));
        if (!goal && (raisedTo(context, figure) || raisedToInTurkic(context, figure)
                || InvestmentToCome.toCome(context, figure))) {
            goal = true;
        }
        // "seeks to raise turnover in 2026 compared with last year's $7 bln", "devrait atteindre 9
        // milliards d'euros, contre 6 milliards en 2010": the level a goal is set against is a level reached,
        // unless a word of aim follows it ("contre 500 000 tonnes par mois prévu"). Only when its own year
        // follows it: without one, the level would take the goal's period ("compared with last year's $7 bln").
        if (goal && comparedWith(context.text(), figure.start()) && (yearRightAfter(context.text(), figure.end())
                || BaseLevels.nowAfter(context.text(), figure.end()))
                && !goalRightAfter(context, sentence, figure)) {
            return Measure.AMOUNT;
        }
        // "may double to 10 million tons a year from 5 million tons": the start of the goal's move, written
        // after its level, is the level now (BaseLevels).
        if (goal && BaseLevels.startAfterGoal(context, sentence, figure) && !goalRightAfter(context, sentence, figure)) {
            return Measure.AMOUNT;
        }
        // "to lift trade to $4 billion, up from the present $0.7 billion", "currently at USD 300
        // million": the level a goal is set against, marked as the level now, is a level (BaseLevels).
        if (goal && BaseLevels.before(context.text(), sentence.start(), figure.start())
                && !goalRightAfter(context, sentence, figure)) {
            return Measure.AMOUNT;
        }
        // "will increase capacity from 6 million to 10 million tons": the start of a range a goal moves from is the
        // level it starts at, not the goal.
        if (goal && opensRange(context, sentence, figure)) {
            return Measure.AMOUNT;
        }
        if ("years".equals(figure.unit())) {
            return DurationMeasures.measure(figure, context, sentence, goal); // decision 24 of round 34
        }
        if ("days".equals(figure.unit())) {
            return DayMeasures.measure(figure, context, sentence, goal); // decision 27 of round 35
        }
        // No length in the labels is a goal: a route or border "of 760 km" is its length, planned or built. A height
        // or depth still to be reached is one ("the dam will be 335 metres high", "une digue de 2 mètres de haut sera
        // construite": gold-o; "aims to reach a depth of 5.5 meters": team a), in the future tense as well.
        // One kind is: kilometres of line that are to be built, the object of the verb ("plans to build more than 1300
        // kilometres of railways", "to construct 15 to 20 kilometers of railway in 2024", "the construction of 120 km
        // of rail"): a quantity of works planned, `target` in four dev files (y, s, zl, zn), where the length of a
        // line planned ("a planned 454-kilometer rail line", "with a length of 186 km") stays `amount` (round 45).
        if (FigureAnnotator.LENGTH_UNITS.contains(figure.unit())) {
            return (goal || futureWordInClause(context, sentence, figure)) && nearCue(context, sentence, figure, "height")
                    || lengthToBuild(context, sentence, figure) ? Measure.TARGET : Measure.AMOUNT;
        }
        return goal ? Measure.TARGET : Measure.AMOUNT;
    }

    private static final Set<String> LENGTH_HEDGES = Set.of("than", "more", "over", "about", "some", "nearly", "almost",
            "approximately", "around", "roughly", "another", "further", "a");
    private static final Set<String> BUILD_VERBS = Set.of("build", "construct", "lay");
    private static final Set<String> BUILD_NOUNS = Set.of("construction", "building", "laying");
    private static final Set<String> DONE_BEFORE_TO = Set.of("managed", "succeeded", "able");

    /**
     * "plans to lay more than 1300 kilometres of track", "to construct 15 to 20 kilometers of ... railway", "the
     * construction of 120 km of rail": kilometres of line as the object of building still to come, "to" + verb or a
     * noun of building + "of", the unit followed by "of" (not "managed to construct 100 km of the canal").
     */
    static boolean lengthToBuild(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        List<SurfaceFigure> surface = context.surface();
        int index = context.surfaceStarts().at(figure.start());
        SurfaceFigure first = figure;
        SurfaceFigure last = figure;
        if (index > 0 && joinedAsRange(text, surface.get(index - 1), figure)) {
            first = surface.get(index - 1); // "15 to 20 kilometers of": the range's end
        } else if (index + 1 < surface.size() && joinedAsRange(text, figure, surface.get(index + 1))) {
            last = surface.get(index + 1);
        }
        if (!"of".equals(TextWalks.wordAfter(text, last.end()))) {
            return false;
        }
        int at = first.start();
        String word = TextWalks.wordBefore(text, at);
        for (int k = 0; k < 4 && LENGTH_HEDGES.contains(word); k++) {
            at = startOfWordBefore(text, at);
            word = TextWalks.wordBefore(text, at);
        }
        if (BUILD_VERBS.contains(word)) {
            at = startOfWordBefore(text, at);
            return "to".equals(TextWalks.wordBefore(text, at))
                    && !DONE_BEFORE_TO.contains(TextWalks.wordBefore(text, startOfWordBefore(text, at)));
        }
        return "of".equals(word) && BUILD_NOUNS.contains(TextWalks.wordBefore(text, startOfWordBefore(text, at)));
    }

    /** "15 to 20", "15-20", "15 – 20": two figures written as one range. */
    private static boolean joinedAsRange(String text, SurfaceFigure left, SurfaceFigure right) {
        if (left.end() > right.start() || right.start() - left.end() > 4) {
            return false;
        }
        String gap = text.substring(left.end(), right.start()).strip();
        return gap.equals("to") || gap.equals("-") || gap.equals("–") || gap.equals("—");
    }

    /** Where the word just before {@code at} (blanks between) begins; {@code at} when none stands there. */
    private static int startOfWordBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return begin;
    }

    /**
     * "achieving a turnover of $5 billion", "для достижения товарооборота в 3 млрд долларов", "l'atteinte de 2
     * milliards d'échanges": a level that a noun of attaining names, in the figure's clause and a few words before it,
     * is a level still to be reached, a goal (team a: a trade volume "to be reached" is `target`). Only a sum or a flow
     * (money, tonnes, cubic metres, containers): a percentage keeps the rules of shares and changes, and a count or a
     * duration is no level a goal sets.
     */
    private static boolean levelToAttain(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        if (!figure.isMoney() && !ATTAINED_UNITS.contains(figure.unit())) {
            return false;
        }
        return inClauseBefore(ATTAINING, ATTAINING_WORDS, context, sentence, figure);
    }

    /**
     * "measures to lift bilateral trade to at least $3 billion", "towards expanding their trade volume to $5
     * billion", "pour porter leur volume à 1 milliard", "довести товарооборот до 5 млрд": a verb of raising, not in
     * the past, and "to" before the level it raises the figure to: the level is a goal. The verb stands in the
     * figure's clause, a few words before it; past forms ("boosted", "a porté", "довели") are other words.
     */
    private static boolean isMinus(char c) {
        return c == '-' || c == '\u2212';
    }

    private static boolean raisedTo(FigureContext context, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        int i = context.wordStarts().at(figure.start()) - 1;
        int skipped = 0;
        while (i >= 0 && skipped < LEVEL_FILLER_REACH && LEVEL_FILLERS.contains(words.get(i).folded())) {
            i--;
            skipped++;
        }
        if (i < 0 || !LEVEL_LINKS.contains(words.get(i).folded())
                || TextWalks.crossesClause(context.text(), words.get(i).end(), figure.start())) {
            return false;
        }
        int link = i;
        for (int k = link - 1; k >= 0 && k >= link - RAISING_REACH; k--) {
            if (TextWalks.crossesClause(context.text(), words.get(k).end(), words.get(k + 1).start())
                    || TextWalks.hasSentenceBreak(context.text(), words.get(k).end(), words.get(k + 1).start())) {
                return false;
            }
            if (RAISING_VERBS.contains(words.get(k).folded()) || infinitiveOfRaising(words, k)) {
                return true;
            }
            if (RAISING_NOUNS_OF_A_PLAN.contains(words.get(k).folded())
                    && !(k >= 1 && LED_TO.contains(words.get(k - 1).folded()))
                    && !(k >= 2 && LED_TO.contains(words.get(k - 2).folded()))) {
                return true; // "к значительному увеличению": one adjective may stand between
            }
        }
        return false;
    }

    /**
     * "to increase trade to $3 billion", "could grow to 5 million tons", "help it increase exports to 40 bcm": an
     * English verb of raising whose bare form is also a noun or a present ("an increase to", "exports grow to") is a
     * plan only as an infinitive, after "to", a modal or "help" (with one word between at most); not after a verb in
     * the past ("continued to grow to $5 billion" is a move made). Round 46 (alerts46).
     */
    private static boolean infinitiveOfRaising(List<Words.Word> words, int k) {
        if (!BARE_RAISING_VERBS.contains(words.get(k).folded())) {
            return false;
        }
        for (int m = k - 1; m >= 0 && m >= k - 2; m--) {
            String marker = words.get(m).folded();
            if (INFINITIVE_MARKERS.contains(marker)) {
                return !("to".equals(marker) && m >= 1 && words.get(m - 1).folded().endsWith("ed"));
            }
        }
        return false;
    }

    /** English verbs of raising whose bare form is also a noun or a present (see {@link #infinitiveOfRaising}). */
    private static final Set<String> BARE_RAISING_VERBS = WordSet.of("increase", "grow", "double", "triple");
    /** What makes the bare form an infinitive: "to", a modal, "help". */
    private static final Set<String> INFINITIVE_MARKERS = WordSet.of("to", "will", "would", "could", "may", "might",
            "can", "should", "shall", "help", "helps", "must");

    /** A word of aim before the figure or the future tense in its clause (see {@link #futureWordInClause}). */
    private static boolean aimedAt(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        return (FigureContext.cueBefore(context, sentence, figure, "target")
                && !reachedAfterAChange(context, sentence, figure))
                || futureWordInClause(context, sentence, figure);
    }

    /**
     * "The terminal's yearly capacity will be 9 million tons", "ce gazoduc va acheminer 30 milliards de m3",
     * "20 тысяч рабочих мест будет создано": a level stated in the future tense, in the figure's own clause, is a
     * goal or a forecast. The future word may come before the figure or just after it.
     */
    private static boolean futureInClause(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        if (!FORECAST_UNITS.contains(figure.unit()) && !figure.isMoney()) {
            // "will last six years": a planned event's length is no goal; a drill's count is (see drillToCome)
            return drillToCome(context, sentence, figure);
        }
        return futureWordInClause(context, sentence, figure) || conditionalBefore(context, sentence, figure);
    }

    /**
     * "a deal that would move 2 billion m3 a year", "the line would lift exports above 300 million euros": "would",
     * the English future of reported speech and the conditional, in the figure's clause before it, puts the level in
     * a future, a forecast (the standard's `target`, "a goal or forecast level"), whatever verb it governs (the cue
     * list names only a few: "would reach", "would carry"). "would have" is a past that did not happen. The modals of
     * possibility ("could", "may", "might") are not read: measured with them, the holdout ledger lost an alert
     * (bench/corpus/README.md, round 25, goal).
     */
    private static boolean conditionalBefore(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        return inClauseBefore(CONDITIONAL, CONDITIONAL_WORDS, context, sentence, figure);
    }

    /**
     * Whether the pattern's last match in the cue window before the figure (within its sentence) is in the figure's
     * own clause. A sentence without any of {@code words} (the pattern's literals) has no match: it is asked once for
     * all its figures, and the pattern runs only on the few sentences that hold one.
     */
    private static boolean inClauseBefore(Pattern pattern, SentenceGate words, FigureContext context,
                                          Sentences.Sentence sentence, SurfaceFigure figure) {
        if (figure.start() <= sentence.end() && !context.sentenceFinds(words, sentence)) {
            return false;
        }
        String text = context.text();
        int from = Math.max(sentence.start(), figure.start() - FigureContext.CUE_WINDOW_BEFORE);
        Matcher match = pattern.matcher(text).region(from, figure.start());
        int end = -1;
        while (match.find()) {
            end = match.end();
        }
        return end >= 0 && !TextWalks.crossesClause(text, end, figure.start());
    }

    /** Words that speak of a drill still to come: "will involve", "to be held", "примут участие", "participeront". */
    private static final SentenceGate TO_COME = new SentenceGate(Pattern.compile(
            "(?iuU)\\b(?:will|would|to\\s+involve|to\\s+be\\s+held|примут|пройдут|предстоящ\\w*|запланирован\\w*"
                    + "|participeront|participera|impliquera|impliqueront|auront\\s+lieu|se\\s+tiendront)\\b"),
            List.of("will", "would", "to involve", "to be held", "примут", "пройдут", "предстоящ", "запланирован",
                    "participer", "impliquer", "auront lieu", "se tiendront"));
    /** Words that say a drill has begun or is over: "began", "are taking part", "стартовали", "ont débuté". */
    private static final SentenceGate BEGUN = new SentenceGate(Pattern.compile(
            "(?iuU)\\b(?:began|begun|started|kicked\\s+off|under\\s*way|(?:are|is)\\s+taking\\s+(?:place|part)|took\\s+(?:place|part)"
                    + "|(?:was|were)\\s+(?:held|conducted)|начал\\w*|стартовал\\w*|проходят|приняли|(?:ont|a)\\s+(?:débuté|commencé|participé)"
                    + "|se\\s+déroulent)\\b"),
            List.of("began", "begun", "started", "kicked", "under", "taking", "took", "held", "conducted", "начал", "стартовал",
                    "проходят", "приняли", "débuté", "commencé", "participé", "se déroulent"));
    /** Words of drills in the three languages ("drills", "учениях", "manœuvres"), read once per sentence. */
    static final SentenceGate DRILL_GATE = new SentenceGate(Pattern.compile(
            "\\b(?:drills?|exercises?|maneuvers|manoeuvres|manœuvres|exercices?|учени\\w*|маневр\\w*)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS),
            List.of("drill", "exercise", "maneuvers", "manoeuvres", "manœuvres", "exercice", "учени", "маневр"));
    /** What a count of a drill's parties and places counts: "five countries", "шести стран", "two training grounds". */
    private static final Pattern PARTIES_AFTER = Pattern.compile(
            "(?iuU)^\\S+(?:\\s+(?:тыс\\.|thousand|mille))?\\s+(?:\\p{L}+\\s+)?(?:countr|nation|states|member|pays|стран|государств|training\\s+ground|polygon|полигон)");

    /**
     * "the drills will bring together some 2,500 troops", "примут участие 4 тыс. военнослужащих",
     * "916 Russes ... participeront aux exercices": a count of a drill that has not begun (the drills, their troops,
     * equipment and aircraft) is a planned level, a goal (LABEL-FIXES, 2026-12-04). A sentence that says the drill
     * began or is under way keeps its counts amounts, and so do the drill's parties and places ("five countries").
     */
    private static boolean drillToCome(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        if (!"count".equals(figure.unit()) || !context.sentenceFinds(DRILL_GATE, sentence)
                || !context.sentenceFinds(TO_COME, sentence) || context.sentenceFinds(BEGUN, sentence)) {
            return false;
        }
        String text = context.text();
        // the figure's own text holds the word it counts ("6 countries"), or the word after it does
        return !PARTIES_AFTER.matcher(text.substring(figure.start(), Math.min(text.length(), figure.end() + 40))).find();
    }

    static boolean futureWordInClause(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if (!"future".equals(hit.value())) {
                continue;
            }
            if (FigureContext.nearBefore(hit, figure)
                    && !TextWalks.crossesClause(text, hit.end(), figure.start())) {
                return true;
            }
            if (FigureContext.nearAfter(hit, figure, GOAL_AFTER)
                    && !TextWalks.crossesClause(text, figure.end(), hit.start()) && !TextWalks.joinsNextClause(text, figure.end(),
                    hit.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "has doubled ... to reach USD 103.7 per ton", "a progressé de 15 % pour atteindre environ 12 millions de tonnes":
     * "to reach" after a change says where the change took the level, not a goal. Only when the nearest word of aim
     * before the figure is that "to reach" and a word of change comes before it in the sentence, with no other word
     * of aim ("is expected to grow 5% to reach $10 billion" stays a goal).
     */
    private static boolean reachedAfterAChange(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        CueLexicon.Hit<String> reach = null;
        int aims = 0;
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if (hit.end() > figure.start()) {
                break;
            }
            if ("target".equals(hit.value()) || "future".equals(hit.value())) {
                aims++;
                reach = hit;
            }
        }
        if (aims != 1 || figure.start() - reach.end() > FigureContext.CUE_WINDOW_BEFORE
                || !REACH.contains(Words.fold(text.substring(reach.start(), reach.end())))) {
            return false;
        }
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if ("change".equals(hit.value()) && hit.end() <= reach.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "our $5 billion target", "12 миллиард доллар даражасида кутилмоқда", "50 мың ЖФЭ дейін жетеді деп
     * жоспарланып отыр": a word of aim right after the figure, in its clause (Uzbek and Kazakh put the verb last).
     */
    private static boolean goalRightAfter(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if ("target".equals(hit.value()) && FigureContext.nearAfter(hit, figure, GOAL_AFTER)
                    && !TextWalks.crossesClause(context.text(), figure.end(), hit.start())
                    && !TextWalks.joinsNextClause(context.text(), figure.end(), hit.start())
                    && !worthOfAPlan(context.text(), figure, hit) && !capacityToComeCue(context.text(), hit)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "aura une capacité de", "doit permettre de" (cues.tsv): they make the level AFTER them a capacity to come; a
     * figure before them is the facility's cost or size ("un projet de 10 milliards de dollars doit permettre
     * d'acheminer ...": gold-zn labels the cost `amount`), so {@link #goalRightAfter} does not read them.
     */
    private static boolean capacityToComeCue(String text, CueLexicon.Hit<String> hit) {
        char last = Character.toLowerCase(text.charAt(hit.end() - 1));
        return (last == 'e' || last == 'é') && (text.startsWith("permettre", hit.end() - 9)
                || text.regionMatches(true, hit.end() - 8, "capacit", 0, 7));
    }

    /**
     * "a $5 million plan to expand operations": the noun "plan" right after a figure, with nothing between them, makes
     * the figure the plan's worth, not a level the plan aims at ("1.2 mln tons we plan to pump" is one).
     */
    private static boolean worthOfAPlan(String text, SurfaceFigure figure, CueLexicon.Hit<String> hit) {
        return text.substring(figure.end(), hit.start()).isBlank()
                && text.regionMatches(true, hit.start(), "plan ", 0, 5);
    }

    /**
     * Whether a word of cost comes before the figure in its clause: "is expected to cost about $4 billion", "le
     * coût total du projet pourrait atteindre 8 milliards", "is estimated at $2 billion": what a project costs is
     * an estimate of a sum, stated as a level even when it is still to be spent.
     */
    static boolean costInClause(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if ("cost".equals(hit.value()) && FigureContext.nearBefore(hit, figure)
                    && !TextWalks.crossesClause(context.text(), hit.end(), figure.start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the figure opens or closes a Kazakh or Uzbek range ("8 foizdan 0,2 foizgacha", {@link TurkicRanges}). */
    private static boolean inTurkicRange(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        List<SurfaceFigure> surface = context.surface();
        String text = context.text();
        int next = context.surfaceStarts().at(figure.end());
        if (next < surface.size() && surface.get(next).start() < sentence.end()
                && TurkicRanges.joins(text, figure, surface.get(next))) {
            return true;
        }
        int previous = context.surfaceStarts().at(figure.start()) - 1;
        return previous >= 0 && surface.get(previous).start() >= sentence.start()
                && TurkicRanges.joins(text, surface.get(previous), figure);
    }

    /**
     * Whether the figure opens a "from ... to" range that a later figure of its sentence closes: "from 6 million",
     * "с 10 млн", or a Kazakh or Uzbek ablative ("8 foizdan", see {@link TurkicRanges}).
     */
    static boolean opensRange(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        if (!TextWalks.startOfARange(context.text(), figure.start()) && !TurkicRanges.opens(context.text(), figure)) {
            return false;
        }
        List<SurfaceFigure> surface = context.surface();
        int next = context.surfaceStarts().at(figure.end());
        return next < surface.size() && surface.get(next).start() < sentence.end()
                && rangeStartBefore(context, sentence, surface.get(next)) == figure;
    }

    /**
     * The figure that opens the "from ... to" range this figure closes ("from 140,000 TEU to 240,000 TEU"), or
     * null: a goal stated before the range is the goal of its end too, however long the range.
     */
    static SurfaceFigure rangeStartBefore(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        List<SurfaceFigure> surface = context.surface();
        int at = context.surfaceStarts().at(figure.start()) - 1;
        if (at < 0) {
            return null;
        }
        SurfaceFigure start = surface.get(at);
        String text = context.text();
        if (start.start() < sentence.start()) {
            return null;
        }
        if (TurkicRanges.joins(text, start, figure)) {
            return start; // "8 foizdan 0,2 foizgacha", "10 млн тоннадан 20 млн тоннаға дейін": the endings say it
        }
        if (figure.start() - start.end() > RANGE_GAP || !TextWalks.startOfARange(text, start.start())) {
            return null;
        }
        return TextWalks.endsWithWord(Words.fold(text.substring(start.end(), figure.start())), FigureAnnotator.RANGE_END) ? start : null;
    }

    /** "capacity to 6 million tons a year by 2029", "к 2030 году": a level with a deadline is a goal. */
    private static boolean deadlineInClause(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        for (PeriodResolver.Expression e : context.periodsIn(figure.end(), sentence.end())) {
            if (e.kind() == PeriodResolver.Kind.DEADLINE && !TextWalks.crossesClause(context.text(), figure.end(), e.start(), true)
                    && !TextWalks.startOfARange(context.text(), figure.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sum by which something moved is a change, as a percentage is: "increased by almost $3 billion", "an
     * increase of $5.4 billion", "(+$2.8 billion)", "вырос на $1 млрд", "en hausse de 2 milliards de dollars".
     * ("contrats d'une valeur de", "на сумму" name no change: a word of change must come right before.)
     */
    private static boolean moneyChange(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        int i = figure.start();
        while (i > 0 && (Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(')) {
            i--;
        }
        if (i > 0 && text.charAt(i - 1) == '+') {
            return true;
        }
        List<Words.Word> words = context.words();
        int k = wordBeforeSum(context, figure);
        if (k < 0 || !CHANGE_LINKS.contains(words.get(k).folded())) {
            return false;
        }
        int link = words.get(k).start();
        String linkWord = words.get(k).folded();
        boolean by = "by".equals(linkWord) || "на".equals(linkWord);
        boolean listed = "by".equals(linkWord) && dashBefore(text, link);
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            // "Kazakhstan's imports grew the strongest – by $4.7bn", "an increase in the supply of barley - 4.2
            // times, ..., rail - by $3 million": a dash, then "by" the sum, names by how much the item before the
            // dash moved, with the word of change anywhere before it in the sentence.
            if ("change".equals(hit.value()) && hit.end() <= link && (link - hit.end() <= CHANGE_LINK_REACH
                    || (by && !TextWalks.crossesClause(text, hit.end(), link)) || listed)) {
                // "will cut transit time to the port by about three days": "by" after a word of
                // change in its clause, however far, as for a percentage.
                return true;
            }
            // "почти на 1,4 млн тонн ... больше": "на" and a comparative after the figure.
            if ("на".equals(linkWord) && "change-after".equals(hit.value()) && hit.start() >= figure.end()
                    && hit.start() - figure.end() <= FigureContext.CUE_WINDOW_BEFORE && !TextWalks.crossesClause(text, figure.end(), hit.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words right before a figure set it against another: "compared with", "compared to", "contre", "по
     * сравнению с", with a few words of approximation or "last year's" between.
     */
    private static boolean comparedWith(String text, int start) {
        int from = Math.max(0, start - COMPARED_WITH_REACH);
        String before = text.substring(from, start);
        // the pattern, slow with its case folding, runs only where one of its words stands
        String lower = before.toLowerCase(Locale.ROOT);
        if (!lower.contains("compared") && !lower.contains("contre") && !lower.contains("сравнению")) {
            return false;
        }
        return COMPARED_WITH.matcher(before).find();
    }

    /** Whether "in", "en" or "в" and a year follow a figure, a unit word or two between: "13 milliards en 2006". */
    private static boolean yearRightAfter(String text, int end) {
        return YEAR_AFTER.matcher(text.substring(end, Math.min(text.length(), end + YEAR_AFTER_REACH))).find();
    }

    /** Whether a dash ("-", "–", "—") stands right before {@code at}, past spaces. */
    private static boolean dashBefore(String text, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i == at || i == 0) {
            return false;
        }
        char c = text.charAt(i - 1);
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    /** The index of the word before a figure, past words of approximation ("by almost $3 billion"); -1 for none. */
    private static int wordBeforeSum(FigureContext context, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        int k = context.wordStarts().at(figure.start()) - 1;
        while (k >= 0 && APPROXIMATIONS.contains(words.get(k).folded())) {
            k--;
        }
        return k;
    }

    /**
     * "a fall in trade of almost $140 million", "une hausse des échanges de 2 milliards de dollars": a
     * noun of change, the thing that changed, then "of"/"de" and the sum (past words of approximation).
     */
    private static boolean changeNounOfSum(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        int k = wordBeforeSum(context, figure);
        if (k < 0 || !CHANGE_NOUN_LINKS.contains(words.get(k).folded())) {
            return false;
        }
        int link = words.get(k).start();
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if ("change".equals(hit.value()) && hit.end() <= link && link - hit.end() <= CHANGE_NOUN_REACH
                    && !TextWalks.crossesClause(context.text(), hit.end(), link) && !levelLinkBetween(words, hit.end(), link)) {
                return true;
            }
        }
        return false;
    }

    /** "decreased to the level of 10 bcm", "выросла до уровня": the change led to a level, which the sum is. */
    private static boolean levelLinkBetween(List<Words.Word> words, int from, int to) {
        for (int i = StartIndex.lowerBound(words, Words.Word::start, from); i < words.size() && words.get(i).start() < to; i++) {
            if (LEVEL_LINKS.contains(words.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the growth rate amounted to almost US $170 million", "рост составил 170 млн долларов", "la hausse s'est élevée
     * à 2 milliards": a noun of change, a few words before, is what the verb of amounting says the sum is.
     */
    private static boolean changeAmountedTo(FigureContext context, SurfaceFigure figure) {
        if (FigureAnnotator.TIMES.equals(figure.unit())) {
            return false;
        }
        List<Words.Word> words = context.words();
        int k = wordBeforeSum(context, figure);
        if (k < 0 || !AMOUNTING_LAST_WORDS.contains(words.get(k).folded())) {
            return false; // the cheap test first: most sums follow no verb of amounting
        }
        int verb = -1;
        for (int n = 1; n <= AMOUNTING_WORDS && k - n + 1 >= 0; n++) {
            StringBuilder phrase = new StringBuilder();
            for (int w = k - n + 1; w <= k; w++) {
                phrase.append(w > k - n + 1 ? " " : "").append(words.get(w).folded());
            }
            if (AMOUNTING.contains(phrase.toString())) {
                verb = k - n + 1;
            }
        }
        if (verb < 0) {
            return false;
        }
        String text = context.text();
        for (int w = verb - 1; w >= 0 && w >= verb - CHANGE_SUBJECT_REACH; w--) {
            if (TextWalks.crossesClause(text, words.get(w).end(), words.get(w + 1).start())
                    || TextWalks.hasSentenceBreak(text, words.get(w).end(), words.get(w + 1).start())) {
                return false;
            }
            if (CHANGE_SUBJECTS.contains(words.get(w).folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a $1.4 billion rise on the year", "a 3 million ton increase": a change noun right after the sum, or
     * after the same change restated in percent ("a $4.7 billion or 19.4% rise"); "300,000 tons up on the year": a
     * word of direction right after the sum that leads to no level ("up from", "down to" name the levels).
     */
    private static boolean changeNounAfter(FigureContext context, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        int next = context.wordStarts().at(figure.end());
        if (next >= words.size() || words.get(next).start() - figure.end() > 1) {
            return false;
        }
        if (FigureAnnotator.CHANGE_NOUNS.contains(words.get(next).folded())) {
            return true;
        }
        Matcher direction = DIRECTION_AFTER.matcher(context.text()).region(figure.end(), context.text().length());
        if (direction.lookingAt()) {
            return true;
        }
        Matcher percent = PERCENT_RESTATED.matcher(context.text()).region(figure.end(), context.text().length());
        return percent.lookingAt() && FigureAnnotator.CHANGE_NOUNS.contains(Words.fold(percent.group(1)));
    }

    /**
     * "trade grew with Mongolia ($0.8 billion), Georgia ($1.1 billion)", "+165% vers l'Arménie (1,1
     * milliard d'euros)": a sum alone in brackets right after a party's name, in a sentence that states a change
     * before it, is the size of that party's change (the bare sums of a list of rises, LABEL-FIXES 2026-12-04). A base
     * set against ("compared to 2021 ($605.6 million)") or the same sum in another currency follows no name, and a
     * comparison between the change and the brackets makes the sum its base.
     */
    private static boolean listSumOfAChange(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        int open = figure.start() - 1;
        while (open > sentence.start() && Character.isWhitespace(text.charAt(open))) {
            open--;
        }
        int close = figure.end();
        while (close < sentence.end() - 1 && Character.isWhitespace(text.charAt(close))) {
            close++;
        }
        if (open <= sentence.start() || text.charAt(open) != '(' || text.charAt(close) != ')') {
            return false;
        }
        String name = TextWalks.lettersBefore(text, open);
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if ("change".equals(hit.value()) && hit.end() <= open
                    && !COMPARISON_BETWEEN.matcher(text).region(hit.end(), open).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the figure follows a word of change and "of"/"de" ("a growth of 30 %", "une hausse sans précédent
     * de 30 %"), the change cue ending at most {@link #CHANGE_NOUN_REACH} characters before that word.
     */
    private static boolean changeNounOf(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        int end = figure.start();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        String word = Words.fold(text.substring(begin, end));
        if (begin == end || !CHANGE_NOUN_LINKS.contains(word)) {
            return false;
        }
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if ("change".equals(hit.value()) && hit.end() <= begin && begin - hit.end() <= CHANGE_NOUN_REACH
                    && !TextWalks.crossesClause(text, hit.end(), begin)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a share is named before the figure in its sentence ("the share of ...", "доля ..."). */
    private static boolean shareNamedBefore(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if ("share".equals(hit.value()) && hit.end() <= figure.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sum or a quantity ends in a dative ("долларга", "dollarga", "тоннаға") and the next word says more,
     * less or a move ("кўп", "ko'p", "oshdi", "өсті", "kamaydi"): the Uzbek and Kazakh way to write "by".
     */
    private static boolean dativeThenMove(FigureContext context, SurfaceFigure figure) {
        String text = context.text();
        String last = Words.fold(text.substring(Math.max(figure.start(), figure.end() - 3), figure.end()));
        boolean dative = false;
        for (String suffix : DATIVE_ENDINGS) {
            if (last.endsWith(suffix)) {
                dative = true;
                break;
            }
        }
        if (!dative || "percent".equals(figure.unit())) {
            return false;
        }
        List<Words.Word> words = context.words();
        int next = context.wordStarts().at(figure.end());
        if (next >= words.size() || words.get(next).start() - figure.end() > 2) {
            return false;
        }
        String word = wordWithApostrophes(text, words.get(next).start());
        if (TURKIC_OR.contains(word)) {
            // "0,7 млрд АҚШ долларига ёки 15,4 фоизга ошган": the sum and the percentage it restates share the verb
            for (int k = next + 1; k < words.size() && k <= next + TURKIC_OR_REACH; k++) {
                if (TextWalks.hasSentenceBreak(text, words.get(k - 1).end(), words.get(k).start())) {
                    return false;
                }
                if (Words.startsWithAny(words.get(k).folded(), MOVE_STEMS)) {
                    return true;
                }
            }
            return false;
        }
        return Words.startsWithAny(word, MOVE_STEMS);
    }

    /**
     * "yuk hajmi 25 million tonnagacha oshiriladi", "60 миллион тоннагача ошириш", "60 млн тоннаға дейін
     * арттыру": the Uzbek "-gacha" or the Kazakh "дейін" (up to) after the level and a verb of raising, not in the past,
     * right after it: the level is a goal, as "raise trade to $2 billion" is.
     */
    private static boolean raisedToInTurkic(FigureContext context, SurfaceFigure figure) {
        String text = context.text();
        String last = Words.fold(text.substring(Math.max(figure.start(), figure.end() - 5), figure.end()));
        boolean upTo = last.endsWith("gacha") || last.endsWith("гача") || last.endsWith("ғача") || last.endsWith("қача");
        List<Words.Word> words = context.words();
        int next = context.wordStarts().at(figure.end());
        if (!upTo && next < words.size() && words.get(next).start() - figure.end() <= 2
                && "деиін".equals(words.get(next).folded())) {
            upTo = true;
            next++;
        }
        if (!upTo || next >= words.size() || words.get(next).start() - figure.end() > 12) {
            return false;
        }
        return Words.startsWithAny(words.get(next).folded(), TURKIC_RAISING);
    }

    /**
     * The folded word that starts at {@code start}, an apostrophe inside it kept and written "'" ("ko‘p", "o‘sdi",
     * "koʻpaydi" as "ko'p", "o'sdi", "ko'paydi"): the word list of moving writes them so.
     */
    private static String wordWithApostrophes(String text, int start) {
        int end = start;
        while (end < text.length() && (Character.isLetter(text.charAt(end))
                || (APOSTROPHES.indexOf(text.charAt(end)) >= 0 && end + 1 < text.length()
                && Character.isLetter(text.charAt(end + 1))))) {
            end++;
        }
        StringBuilder word = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            word.append(APOSTROPHES.indexOf(c) >= 0 ? '\'' : c);
        }
        return Words.fold(word.toString());
    }

    /**
     * Whether Uzbek or Kazakh "nearly" follows the figure, past an ending written after its percent sign ("50 foizga
     * yaqini", "40%-ға жуық"): the dative then says "about", not "by".
     */
    private static boolean nearlyAfter(String text, int end) {
        int i = end;
        if (i < text.length() && text.charAt(i) == '-') {
            i++;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
        }
        return Words.startsWithAny(TextWalks.wordAfter(text, i), NEARLY);
    }

    /** Whether the next word is an Uzbek or Kazakh "reach" ("90 foizga yetdi", "90 пайызға жетті"): a level, not a move. */
    private static boolean reachVerbAfter(String text, int end) {
        int i = end;
        while (i < text.length() && NumberScanner.isSpace(text.charAt(i))) {
            i++;
        }
        String next = Words.fold(text.substring(i, Math.min(text.length(), i + 4)));
        return Words.startsWithAny(next, REACH_VERBS);
    }

    /**
     * Whether a dative suffix follows a percent sign: Kazakh "3%-ға", "84%-ке", Uzbek "15%ga", "20 %-га", and the
     * suffix written apart as a word ("23% ga").
     */
    private static boolean dativeAfter(String text, int end) {
        int i = end;
        if (i < text.length() && text.charAt(i) == '-') {
            i++;
        } else if (end > 0 && text.charAt(end - 1) == '%' && i + 1 < text.length() && text.charAt(i) == ' '
                && Character.isLetter(text.charAt(i + 1))) {
            i++; // Uzbek "23,0% ga ko'paydi": the ending written apart, a word of its own
        }
        int from = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        if (from == end && (end == 0 || text.charAt(end - 1) != '%')) {
            return false; // a suffix glued to a word ("15 percentga") is read by DATIVE_PERCENT
        }
        return DATIVE_SUFFIXES.contains(text.substring(from, i).toLowerCase(java.util.Locale.ROOT));
    }

    /** The folded run of letters that ends the figure's text ("фоизи" of "22,1 фоизи"), or "". */
    private static String lastWord(String text, SurfaceFigure figure) {
        int begin = figure.end();
        while (begin > figure.start() && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return Words.fold(text.substring(begin, figure.end()));
    }

    private static boolean byWordBefore(String text, int start) {
        String word = TextWalks.lettersBefore(text, start).toLowerCase(java.util.Locale.ROOT);
        return word.equals("by") || word.equals("на");
    }

    /**
     * "310,000 tons more than a year earlier", "or 438.4 million U.S. dollars, less than in January-June",
     * "1,2 milliard de dollars de plus qu'en 2022", "больше на $200 миллионов": the sum by which one level passes
     * another, in the figure's own unit, is a change (team a: an absolute increase is {@code change} in the figure's
     * unit). The comparison follows the figure and leads to "than" (a comma may come between only when "or" restates
     * a change before the figure: "$5 billion, more than in 2022" is a level), or it comes before "by" the sum.
     */
    private static boolean sumByWhichLevelsDiffer(FigureContext context, SurfaceFigure figure) {
        String text = context.text();
        String before = TextWalks.wordBefore(text, figure.start());
        if (CHANGE_LINKS_OF_COMPARISON.contains(before)) {
            int at = figure.start();
            while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
                at--;
            }
            return COMPARISONS_BEFORE_BY.contains(TextWalks.wordBefore(text, at - before.length()));
        }
        List<CueLexicon.Hit<String>> after = TextWalks.within(context.cueHits(), CueLexicon.Hit::start, figure.end(), text.length());
        if (after.isEmpty() || !"change-after".equals(after.get(0).value())) {
            return false;
        }
        CueLexicon.Hit<String> hit = after.get(0);
        boolean restating = FigureAnnotator.RESTATING_LINKS.contains(before);
        for (int i = figure.end(); i < hit.start(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !(c == ',' && restating)) {
                return false;
            }
        }
        int start = hit.end();
        while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == ',')) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return THAN.contains(Words.fold(text.substring(start, end)));
    }

    /** The cue kind of the first words after {@code end}, if they start right there (a comma may come between). */
    private static String kindRightAfter(FigureContext context, int end) {
        List<CueLexicon.Hit<String>> after = TextWalks.within(context.cueHits(), CueLexicon.Hit::start, end,
                context.text().length());
        if (after.isEmpty()) {
            return null;
        }
        CueLexicon.Hit<String> hit = after.get(0);
        int commas = 0;
        for (int i = end; i < hit.start(); i++) {
            char c = context.text().charAt(i);
            if (c == ',') {
                commas++;
            } else if (!Character.isWhitespace(c) || commas > 1) {
                return null;
            }
        }
        return commas <= 1 ? hit.value() : null;
    }

    private static boolean nearCue(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure, String kind) {
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if (!hit.value().equals(kind)) {
                continue;
            }
            if (FigureContext.nearBefore(hit, figure)) {
                return true;
            }
            if (FigureContext.nearAfter(hit, figure, FigureAnnotator.CUE_WINDOW_AFTER)) {
                return true;
            }
        }
        return false;
    }

    /** Chars between the nearest cue of a kind before the figure (within the window) and the figure, or -1. */
    private static int distanceBefore(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure, String kind) {
        int best = -1;
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if (hit.value().equals(kind) && FigureContext.nearBefore(hit, figure)) {
                int d = figure.start() - hit.end();
                if (best < 0 || d < best) {
                    best = d;
                }
            }
        }
        return best;
    }
}
