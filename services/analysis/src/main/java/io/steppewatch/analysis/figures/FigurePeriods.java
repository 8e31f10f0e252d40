package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Stems;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * Decides the period of a figure: the expressions of its own sentence, the base of a comparison that is not its
 * period, the period a sentence carries over from the sentences before it, the period of a note or list, and the
 * resolution of an expression against the publication date. Static rules over an article's {@link FigureContext};
 * {@link FigureAnnotator} asks them for each figure.
 */
final class FigurePeriods {

    private static final String RANK = "rank";
    /** How far after a figure a period still belongs to it ("$94.82 billion in 2024"). */
    private static final int RIGHT_AFTER = 12;
    /** How far before a period a word of comparison may set it on a compared figure ("compared to 11 for the whole of"). */
    private static final int COMPARED_REACH = 60;
    /** How many paragraphs back a period carries (news often writes one sentence a paragraph). */
    private static final int CARRY_PARAGRAPHS = 3;
    private static final String EXPORT_BAN = "exportban.items";
    private static final String CAPACITY = "cargo.capacity";
    private static final Set<String> BASE_POSTPOSITIONS = Set.of("nisbatan", "нисбатан",
            "қарағанда", "салыстырғанда", "karaganda");
    /** Nouns between a base year and its own sum: "compared to the 2022 figures ($770 million)". */
    private static final Set<String> BASE_NOUNS = Set.of("figure", "figures", "level", "levels",
            "indicator", "indicators", "niveau", "показателем", "показателями", "уровнем");
    /**
     * "That" or "corresponding" before "period" in a Turkic base: "шу даврига", "shu davriga", "осы кезеңге",
     * "mos davriga", "сәйкес кезеңімен".
     */
    private static final Set<String> SAME_PERIOD_WORDS = Set.of("шу", "shu", "осы", "mos", "мос", "сәйкес");
    private static final Set<String> YEAR_WORDS = Set.of("году", "года", "год", "г", "year",
            "yilda", "yil", "jyly");
    /** The standard's metrics of a stock: levels built over the years, dated only by their own sentence. */
    private static final Set<String> STOCK_METRICS = Set.of(FigureAnnotator.INVESTMENT, "jointprojects.count",
            "jointprojects.value", "companies.count", "jointventures.count", "jobs.count");
    private static final Set<String> TIMELESS_UNITS = Set.of("km", "mi", "nmi", "m", "ft", "years",
            "days", "m/s", "km/h", "mph");
    // "по сравнению с 50-60 в прошлом году": Russian's "compared with" sets its figure against the current one as
    // "против" does, the year after it the base's alone.
    private static final List<String> COMPARED = List.of("contre", "against", "versus", "vs", "vs.", "compared to",
            "compared with", "против", "par rapport a", "up from", "down from", "in contrast to", "по сравнению с",
            "по сравнению со", "в сравнении с");
    /** Articles that may stand between a word of comparison and its figure ("in contrast to the $186.6 million"). */
    private static final List<String> COMPARED_ARTICLES = List.of(" the", " les", " le", " la");
    // Matched against folded text, where "й" is "и": the cues are folded the same way.
    private static final List<String> BASE_CUES = Stream.of("compared to", "compared with", "than", "than in",
            "than the", "versus", "vs", "vs.", "against", "over", "по сравнению с", "по сравнению со", "против",
            "чем", "чем в", "чем за", "относительно", "par rapport a", "par rapport au", "contre", "qu en", "que",
            "qu'en", "par rapport a l'annee", "par rapport aux", "par rapport", "compared to the", "compared with the",
            "% from", "percent from", "per cent from", "up from", "down from", "compare a", "comparativement a", "since", "depuis", "с", "с момента",
            "between", "entre", "между", "relative to", "relative to the", "same period in", "same time in",
            "same period of", "the figure in", "в сравнении с", "a la meme periode de", "аналогичным периодом",
            "аналогичный период", "соответствующим периодом",
            // "на 12% выше показателя аналогичного периода" and a year: the base in the genitive
            "аналогичного периода", "соответствующего периода",
            // "по сравнению с тем же периодом прошлого года": Russian's own "the same period", beside "аналогичный"
            "тем же периодом", "тот же период", "того же периода",
            // "с тем же самым периодом минувшего года", "with the same indicators as last year": see SAME_PERIOD_CUES
            "тем же самым периодом", "тот же самый период", "того же самого периода", "same indicators as",
            "same indicators of", "same indicators in", "memes indicateurs de", "like period of", "like period in", "same time in",
            "a la meme periode", "meme periode de", "meme periode en", "same period", "from the same time in", "periode precedente",
            "the previous period", "предыдущим периодом", "предыдущий период", "above", "above the", "below",
            "below the", "qu'", "к уровню", "к показателям", "к показателю", "corresponding period in",
            "corresponding period of", "same months of", "same months in", "same timeframe in", "same timeframe of",
            "corresponding months of", "corresponding months in", "comparable months of", "comparable months in",
            "like months of", "like months in", "similar months of", "similar months in", "memes mois de",
            "memes mois en", "mois correspondants de", "mois correspondants en",
            "comparable period of", "comparable period in", "compared to in", "compared with in",
            // "similar period of" a year before: some translations write "similar" where "same" is meant
            "similar period of", "similar period in",
            // "a $5.4 billion increase from 2023", "growth from 2022": the year a change is counted from
            "increase from", "rise from", "growth from", "decrease from", "decline from", "drop from", "jump from",
            "fall from",
            // "остался на уровне прошлого года", "at the level of 2023", "au niveau de 2023": the level compared with
            "на уровне", "at the level of", "at last year's level", "au niveau de", "au niveau d'",
            "au meme niveau qu'",
            // "на 7,2% выше уровня 2024 года": the level a change is measured from
            "выше уровня", "ниже уровня",
            // "22,9 процента от уровня 2014 года": the share of a level a year before (gold-p)
            "от уровня",
            // "в 3 раза больше первого квартала 2019 года": a Russian comparative takes what it is compared with in
            // the genitive, with no "чем" before it
            "больше", "меньше", "выше", "ниже").map(c -> c.replace('й', 'и')).toList();
    /** {@link #BASE_CUES} as an array, and the last char of each: decideBase reads them for every period expression. */
    private static final String[] BASE_CUE_ARRAY = BASE_CUES.toArray(String[]::new);
    private static final char[] BASE_CUE_LASTS = new char[BASE_CUE_ARRAY.length];

    static {
        for (int k = 0; k < BASE_CUE_ARRAY.length; k++) {
            BASE_CUE_LASTS[k] = BASE_CUE_ARRAY[k].charAt(BASE_CUE_ARRAY[k].length() - 1);
        }
    }

    /** Base cues that count a change from a year; a span after them is the change's own ("growth from 2017 to 2023"). */
    private static final Set<String> CHANGE_FROM_CUES = Set.of("increase from", "rise from", "growth from",
            "decrease from", "decline from", "drop from", "jump from", "fall from");
    /**
     * Nouns for the figures of a period that may stand between a base cue and the period, with the words that link
     * them: "par rapport aux données de 2021", "compared to the figures of 2023",
     * "по сравнению с показателями 2023 года".
     */
    private static final Set<String> BASE_DATA_NOUNS = Set.of("donnees", "chiffres", "indicateurs", "resultats",
            "niveau", "data", "figures", "indicators", "results", "level", "levels", "показателями", "показателем",
            "данными", "уровнем", "итогами");
    private static final Set<String> BASE_DATA_LINKS = Set.of("des", "de", "du", "of", "the", "for", "за");

    /** Base cues that also open a span written after them ("с января по август"). */
    private static final Set<String> SPAN_OPENING_CUES = Set.of("с", "since", "depuis");

    /** Relative words that count from a year the text narrates rather than from the day it was written. */
    private static final List<String> BEFORE_ANOTHER_YEAR = List.of("previous", "earlier", "before", "precedente",
            "предыдущ", "ранее", "plus tot", "auparavant", "a year ago", "год назад", "il y a un an");
    /** Words of a year-on-year comparison after its base year (Uzbek, Kazakh): "шу даврига", "shu davriga", "осы кезең". */
    // Folded as the text they are looked for in is: "сәйкес" is "сәикес" there.
    private static final List<String> SAME_PERIOD_AFTER = Words.foldAll("шу давр", "shu davr", "осы кезең", "mos davr",
            "мос давр", "сәйкес кезең");
    /** Words of a year-on-year comparison, before its base year. */
    // "The same months" is said with each word "the same period" is said with: "the corresponding months of 2023",
    // "les mêmes mois de 2023", "les mois correspondants de 2023" (Russian's "аналогичн", "соответствующ" take both).
    private static final List<String> SAME_PERIOD_CUES = List.of("same period", "same time", "like period",
            "corresponding period", "meme periode", "аналогичн", "соответствующ", "same months", "comparable period",
            "similar period", "тем же период", "тот же период", "того же период", "corresponding months",
            "comparable months", "like months", "similar months", "memes mois", "mois correspondants",
            // "с тем же самым периодом минувшего года": "самый" stresses "the same"; "with the same indicators as last
            // year": the same months' figures, as "the same period" is
            "тем же самым период", "тот же самый период", "того же самого период", "same indicators",
            "memes indicateurs", "тем же показател", "теми же показател");

    private static final List<String> COMPARATIVES = List.of("plus", "moins", "davantage", "autant", "superieur",
            "inferieur", "hausse", "baisse", "contre");

    private FigurePeriods() {
    }

    /**
     * Whether a level is the one a change since a year reached: the period is a span from a start in an earlier year to
     * the publication month ("Since 2020,", "С 2020 года", "2020 жылдан бері"), and a percentage or a multiple stands
     * between it and the level ("grew by 70 percent to 718,000 TEU"). A total carried since then, with no change before
     * it ("Since 1990, 400 million tonnes have been carried"), is of the whole span.
     */
    private static boolean levelReachedSince(PeriodResolver.Expression since, SurfaceFigure figure, FigureContext context) {
        String present = context.presentPeriod();
        if (present == null || since.kind() != PeriodResolver.Kind.PERIOD || since.period() == null
                || !since.period().endsWith("/" + present) || since.end() > figure.start()
                || since.period().substring(0, 4).compareTo(present.substring(0, 4)) >= 0) {
            return false; // "since January ... totaling 7.2 million tons": the months of this year, a level to date
        }
        for (SurfaceFigure other : context.surfaceIn(since.end(), figure.start())) {
            if ("percent".equals(other.unit()) || FigureAnnotator.TIMES.equals(other.unit())) {
                return true;
            }
        }
        return false;
    }

    /** Words after "a year" that make it a point in time ("a year earlier", "a year-on-year rise"), not a rate. */
    private static final List<String> NOT_A_RATE_AFTER = List.of("earlier", "ago", "before", "later", "-on", " on year",
            "-over", " over year", "-to-", " to date");
    /** How much of the text after "a year" those words are looked for in. */
    private static final int NOT_A_RATE_REACH = 12;
    /** Words before "a year" that make it a length of time ("in a year", "within a year"), not a rate. */
    private static final List<String> NOT_A_RATE_BEFORE = List.of(" in ", " within ", " for ", " over ", " than ",
            " from ", " of ", "half ");

    /** Rates over less than a year ("40 flights a week", "$1 billion per month", "60 trains per day"). */
    private static final List<String> SHORTER_RATES = List.of("per day", "a day", "per week", "a week", "per month",
            "a month", "в сутки", "в день", "в неделю", "в месяц", "par jour", "par semaine", "par mois");
    /** The words of a rate looked for right after a figure: yearly ones, then shorter ones. */
    private static final List<String> RATES_AFTER = Stream.concat(FigureAnnotator.YEARLY.stream(),
            SHORTER_RATES.stream()).toList();

    /**
     * Whether a figure is stated as a rate: a rate right after it in its clause ("82 million tons a year", "par an",
     * "в год", "40 flights a week", "$1 billion per month"), or a word of yearly recurrence in its sentence ("Every
     * year", "Chaque année", "Ежегодно", "exported annually"), or of a daily, weekly or monthly one ("Chaque jour, 27
     * trains y passent", "тәулік сайын", "each day up to 4,000 m3 arrive": decision 34 of round 35).
     */
    private static boolean statedAsRate(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        if (FigureContext.hasCue(context, sentence, "yearly") || FigureContext.hasCue(context, sentence, "recurring")) {
            return true;
        }
        String text = context.text();
        int end = Math.min(sentence.end(), figure.end() + FigureAnnotator.RATE_REACH);
        // A figure can run past its sentence's end when the splitter cut inside its unit ("12.7 mln. US dollars").
        String after = Words.foldKeepingOffsets(text, figure.end(), Math.max(end, figure.end()));
        for (String rate : RATES_AFTER) {
            int at = after.indexOf(rate);
            if (at < 0 || TextWalks.crossesClause(text, figure.end(), figure.end() + at)) {
                continue;
            }
            String next = after.substring(at + rate.length(),
                    Math.min(after.length(), at + rate.length() + NOT_A_RATE_REACH));
            String before = after.substring(Math.max(0, at - 7), at + 1);
            if (!Words.containsAny(next + " ", NOT_A_RATE_AFTER) && !Words.containsAny(" " + before, NOT_A_RATE_BEFORE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a period follows the figure closely, in its clause ("$5 billion in 2023"): the figure's own. */
    private static boolean periodRightAfter(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        for (PeriodResolver.Expression e : context.periodsIn(sentence.start(), sentence.end())) {
            if (e.start() >= figure.end() && e.start() - figure.end() <= RIGHT_AFTER
                    && !TextWalks.crossesClause(context.text(), figure.end(), e.start(), true)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a yearly rate ("a year", "par an", "в год") follows the figure closely, within its sentence. */
    private static boolean yearlyRateAfter(String text, int figureEnd, int sentenceEnd) {
        // The figure may run past its sentence's end (see statedAsRate): then nothing of the sentence follows it.
        String after = Words.fold(text.substring(figureEnd,
                Math.max(figureEnd, Math.min(sentenceEnd, figureEnd + FigureAnnotator.RATE_REACH))));
        for (String rate : FigureAnnotator.YEARLY) {
            if (after.contains(rate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Over the same ten-month period, 322,000 tons were delivered", "За тот же период", "Sur la même période": a
     * sentence opening on the same period, with no other year after it, goes on with the period the text set.
     */
    private static final Pattern SAME_PERIOD_OPENING = Pattern.compile("^\\W*(?:(?:over|during|in|for)\\s+the\\s+same"
            + "(?:\\s+[\\w-]+)?\\s+period|за\\s+(?:тот\\s+же|этот\\s+же|этот)\\s+период|(?:sur|pendant|durant|au\\s+cours\\s+de)"
            + "\\s+la\\s+meme\\s+periode)(?!\\s+(?:of|in|de|last|a\\s+year|прошлого|\\d))",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** The nouns of a period that make an anaphora cue point back at one ("during this period"), not at a field. */
    private static final List<String> PERIOD_NOUNS = Words.foldAll("period", "период", "давр", "davr");

    /** Whether the sentence refers back to a period set before it: "during this period", "за этот период". */
    private static boolean pointsBackAtPeriod(FigureContext context, Sentences.Sentence sentence) {
        int index = FigureContext.sentenceOf(context, sentence.start());
        if (!context.sentences().get(index).equals(sentence)) {
            return decidePointsBackAtPeriod(context, sentence);
        }
        byte known = context.facts().pointsBack[index];
        if (known == FigureContext.SentenceFacts.UNKNOWN) {
            known = decidePointsBackAtPeriod(context, sentence) ? FigureContext.SentenceFacts.YES : FigureContext.SentenceFacts.NO;
            context.facts().pointsBack[index] = known;
        }
        return known == FigureContext.SentenceFacts.YES;
    }

    private static boolean decidePointsBackAtPeriod(FigureContext context, Sentences.Sentence sentence) {
        String opening = Words.fold(context.text().substring(sentence.start(),
                Math.min(sentence.end(), sentence.start() + 60)));
        if (SAME_PERIOD_OPENING.matcher(opening).find()) {
            return true;
        }
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if (hit.value().equals("period-back") || hit.value().equals("anaphora")
                    && Words.containsAny(Words.fold(context.text().substring(hit.start(), hit.end())), PERIOD_NOUNS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cue lies within a period already read ("to date" in "year-to-date" is not "now"). */
    private static boolean insideExpression(List<PeriodResolver.Expression> expressions, CueLexicon.Hit<String> hit) {
        for (PeriodResolver.Expression e : expressions) {
            if (e.start() <= hit.start() && hit.end() <= e.end()) {
                return true;
            }
        }
        return false;
    }

    /** Stems of a multiple or of a level reached, which the change cues do not all hold ("tripled", "в три раза"). */
    private static final List<String> CHANGED_OR_REACHED = Words.foldAll("reach", "tripl", "doubl", "quadrupl", "fold",
            " times", "достиг", " раз", "вдвое", "втрое", "atteign", "atteint", " fois", "multipli");

    private static boolean changedOrReachedBetween(String text, int from, int to) {
        String between = Words.fold(text.substring(from, Math.max(from, to)));
        for (String stem : CHANGED_OR_REACHED) {
            if (between.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of change lies between two offsets of the sentence; "up" in "up to", a bound of the sum after it
     * ("has invested up to $7.6 billion" over the past twenty years), is none.
     */
    private static boolean changeCueBetween(FigureContext context, Sentences.Sentence sentence, int from, int to) {
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if (hit.value().equals("change") && hit.start() >= from && hit.end() <= to
                    && !upToBound(context.text(), hit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean upToBound(String text, CueLexicon.Hit<String> hit) {
        return hit.end() - hit.start() == 2 && text.regionMatches(true, hit.start(), "up", 0, 2)
                && "to".equals(TextWalks.wordAfter(text, hit.end()));
    }

    /**
     * "a 226-fold rise, from $47.5 million (1992) to $1.7 billion (2021)": a multiple between two levels dated
     * years apart covers the whole span, from the first month of the one to the last of the other (gold-l; gold-f
     * labels "fivefold from 2017 through 2023" so). Two years in a row are left to the rules of a change over a
     * year.
     */
    static String multipleOverYears(String period, SurfaceFigure figure, FigureContext context,
                                    Sentences.Sentence sentence) {
        String first = null;
        int firstStart = -1;
        for (PeriodResolver.Expression e : context.periodsIn(figure.end(),
                sentence.end())) {
            if (e.kind() != PeriodResolver.Kind.PERIOD || e.period() == null || e.period().length() != 4) {
                continue;
            }
            if (first == null) {
                first = e.period();
                firstStart = e.start();
            } else if (Integer.parseInt(e.period()) - Integer.parseInt(first) >= 2
                    && (period == null || period.equals(first))
                    && RANGE_FROM.matcher(context.text()).region(figure.end(), firstStart).find()) {
                return first + "-01/" + e.period() + "-12";
            }
        }
        return period;
    }

    /** The word that opens a span of two levels: "from", "с", "de" (the level comes between it and its year). */
    private static final Pattern RANGE_FROM = Pattern.compile("(?iU)\\b(from|с|de)\\b");

    /** How far before its year the word that opens a span of two levels may stand ("from 40 billion dollars in"). */
    private static final int LEVEL_REACH = 80;
    private static final Pattern WORD_RUN = Pattern.compile("\\p{L}+");

    /**
     * "rose from 40 billion in 2014 to 90 billion in 2023, an increase of 125 percent", "de 3 millions en 2016 à 12
     * millions en 2019, soit quatre fois plus": a change told after two levels dated years apart is the change between
     * them and covers the whole span, as a multiple before them does ({@link #multipleOverYears}; gold-x labels the
     * growth from 2013 to 2024 {@code 2013-01/2024-12}). A period the
     * sentence names after the levels is the change's own ("... to $4.3bn in 2024, and grew another 15% in the first
     * nine months of 2025"), and so is any period other than the span's years. Two years in a row are left to the
     * rules of a change over a year.
     */
    static String changeAfterLevels(String period, SurfaceFigure figure, FigureContext context,
                                    Sentences.Sentence sentence) {
        PeriodResolver.Expression first = null;
        PeriodResolver.Expression last = null;
        for (PeriodResolver.Expression e : context.periodsIn(sentence.start(), figure.start())) {
            if (e.kind() != PeriodResolver.Kind.PERIOD || e.period() == null) {
                continue;
            }
            first = last;
            last = e;
        }
        if (first == null || first.period().length() != 4 || last.period().length() != 4
                || Integer.parseInt(last.period()) - Integer.parseInt(first.period()) < 2
                || !(period == null || period.equals(first.period()) || period.equals(last.period()))) {
            return period;
        }
        String text = context.text();
        int from = Math.max(sentence.start(), first.start() - LEVEL_REACH);
        // "de 120 millions de dollars en 2016": some "from" before the year with the first level after it
        Matcher opener = RANGE_FROM.matcher(text).region(from, first.start());
        boolean opensLevel = false;
        while (!opensLevel && opener.find()) {
            opensLevel = Words.hasDigit(text, opener.end(), first.start());
        }
        return opensLevel && levelReachedBetween(text, first.end(), last.start())
                ? first.period() + "-01/" + last.period() + "-12" : period;
    }

    /** Whether a word that names a level reached ("to", "до", "à") stands between two offsets, a number after it. */
    private static boolean levelReachedBetween(String text, int from, int to) {
        String between = Words.foldKeepingOffsets(text.substring(from, to));
        Matcher word = WORD_RUN.matcher(between);
        while (word.find()) {
            if (TARGET_WORDS.contains(word.group())) {
                return Words.hasDigit(between, word.end(), between.length());
            }
        }
        return false;
    }

    /** Whether the sentence names a period of its own (a year, a month, a span), not only "now" or "so far". */
    static boolean statesOwnPeriod(FigureContext context, Sentences.Sentence sentence) {
        for (PeriodResolver.Expression e : context.periodsIn(sentence.start(),
                sentence.end())) {
            if (e.kind() == PeriodResolver.Kind.PERIOD && e.period() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The month a stretch of a border was agreed or reported in: "reported in February that around 200 kilometers
     * had been delineated" takes the month its sentence names; "have agreed on 28 kilometers of the border", with no
     * time word, the month of the dated article, as news reports a meeting's result when it ends (gold-l: "an
     * agreed stretch of the Kyrgyz–Tajik border takes the month of the meeting that agreed it"). What still remains
     * to be agreed ("290 kilometers yet to be described") is a standing, and takes no month of its own.
     */
    static String stretchAgreedPeriod(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        List<PeriodResolver.Expression> inSentence = context.periodsIn(sentence.start(), sentence.end());
        for (int i = 0; i < inSentence.size(); i++) {
            String resolved = inSentence.get(i).kind() == PeriodResolver.Kind.PERIOD
                    ? resolve(inSentence, i, context) : null;
            if (resolved != null && resolved.length() == MONTH_LENGTH
                    && (context.presentPeriod() == null || resolved.compareTo(context.presentPeriod()) <= 0)) {
                return resolved;
            }
        }
        if (!inSentence.isEmpty() || STILL_TO_DO.matcher(FigureContext.sentenceText(context, sentence)).find()) {
            return null;
        }
        for (SurfaceFigure other : context.surfaceIn(sentence.start(), sentence.end())) {
            if (other.unit().equals(figure.unit()) && other.value() > figure.value()) {
                // "a 976 km border, 504 km of it delimited": the part of
                // the whole stated beside it, as it stands, not what a meeting agreed.
                return null;
            }
        }
        return context.presentPeriod();
    }

    /**
     * Words saying a part of a border is still to be agreed ("yet to be described", "остаются спорными"), or was
     * agreed over a span the text does not date ("За последнее время республики согласовали"): no month of one meeting.
     */
    private static final Pattern STILL_TO_DO = Pattern.compile("(?iU)\\b(still|yet|remain\\w*|остают\\w*|ещё не|еще не"
            + "|пока не|toujours|rest\\w+ à|in recent (?:months|years)|за последнее время|за последние годы"
            + "|ces derniers (?:mois|temps)|ces dernières années)\\b");

    /**
     * "As of 9:30, about 210 lorries stood waiting", "по состоянию на 10:00": a time of day as of which a figure stands
     * is a day's, the one the news came out (team a: a stock stated as current, "as of now", takes the publication month).
     */
    private static final Pattern CLOCK_NOW = Pattern.compile("(?iU)(?<!\\p{L})(?:as of|по состоянию на)\\s+\\d{1,2}[:.]\\d{2}"
            + "(?![\\d%])");

    /**
     * Whether "as of" or "по состоянию на" stands in the sentence, so that the pattern {@link #CLOCK_NOW} runs only in the
     * few sentences that can match; scanned once per sentence, for all its figures.
     */
    static boolean saysAsOf(FigureContext context, Sentences.Sentence sentence) {
        byte[] known = context.facts().saysAsOf;
        int index = FigureContext.sentenceOf(context, sentence.start());
        if (known[index] == FigureContext.SentenceFacts.UNKNOWN) {
            known[index] = saysAsOf(context.text(), sentence.start(), sentence.end()) ? FigureContext.SentenceFacts.YES
                    : FigureContext.SentenceFacts.NO;
        }
        return known[index] == FigureContext.SentenceFacts.YES;
    }

    /**
     * The whole years a count of years names when the word before it or the count itself makes them the latest
     * ("past five years", "последние семь лет", "30 dernières années"); null for any other number of years, or when
     * the text has no publication month.
     */
    private static String pastSpanOfYears(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        if (!"years".equals(figure.unit())) {
            return null;
        }
        String bounds = boundsWrittenBeside(figure, context, sentence);
        if (bounds != null) {
            return bounds;
        }
        String anchor = spanAnchor(context, sentence, figure.end());
        if (anchor == null) {
            return null;
        }
        String text = context.text();
        int end = figure.start();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || APOSTROPHES.indexOf(text.charAt(start - 1)) >= 0)) {
            start--;
        }
        if (figure.start() - end > 2) {
            start = figure.start(); // no word right before the count: the count alone
        }
        return PeriodResolver.pastWholeYears(Words.fold(text.substring(start, figure.end())), anchor);
    }

    /** What may stand between a count of past years and the bounds written beside it: " (", ", from ", " — с ". */
    private static final Pattern BOUNDS_OPENER = Pattern.compile(
            "(?iU)[\\s,(:\u2014\u2013-]*(?:(?:from|between|de|du|entre|с|со|от|между)\\s+)?");
    /** How far after a count of past years its bounds may start. */
    private static final int BOUNDS_REACH = 12;

    /**
     * The bounds a span of the past N years writes beside its count of years (decision 65 of round 39, anchor (1):
     * "the year the text writes for the span itself, its bounds"): "Over the past five years (2018-2023)", "Over the
     * past three years, from 2020 to 2023" ({@code 2018-01/2023-12}, {@code 2020-01/2023-12}), whatever the count of
     * years makes of them; null when none stands there.
     */
    private static String boundsWrittenBeside(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        String text = context.text();
        for (PeriodResolver.Expression e : context.periodsIn(sentence.start(), sentence.end())) {
            String period = Periods.published(e.period());
            if (e.kind() != PeriodResolver.Kind.PERIOD || period == null || period.length() != SPAN_LENGTH
                    || !period.startsWith("-01/", YEAR_LENGTH) || !period.endsWith("-12")
                    || period.regionMatches(0, period, SPAN_LENGTH - 7, YEAR_LENGTH)) {
                continue; // only a span of several whole years
            }
            boolean covers = e.start() <= figure.start() && e.end() >= figure.end();
            boolean beside = e.start() >= figure.end() && e.start() - figure.end() <= BOUNDS_REACH
                    && BOUNDS_OPENER.matcher(text).region(figure.end(), e.start()).matches();
            if (covers || beside) {
                return period;
            }
        }
        return null;
    }

    /**
     * The "now" a span of the past N years in {@code sentence} ends before (decision 65 of round 39), as a month of
     * the year after the span's last one: (1) the year the sentence writes for the level its change or total reaches,
     * after the span ("sur les quatre dernières années, atteignant 3 milliards d'euros en 2021": the four years
     * end in 2021), not a base of comparison nor a year still to come; else (2) the publication month (decision 35);
     * else, in an undated text, (3) the year the text places itself in (the latest part-year it reports with its
     * year, "За январь — апрель 2025 года"; a year it calls the current one; a date it states, {@link WritingDates});
     * else null.
     */
    private static String spanAnchor(FigureContext context, Sentences.Sentence sentence, int spanEnd) {
        int written = 0;
        for (PeriodResolver.Expression e : context.periodsIn(sentence.start(), sentence.end())) {
            if (e.kind() == PeriodResolver.Kind.PERIOD && e.period() != null && e.period().length() == YEAR_LENGTH
                    && e.start() >= spanEnd && !isBase(context, e)) {
                written = Math.max(written, Integer.parseInt(e.period()));
            }
        }
        String present = context.presentPeriod();
        if (written > 0 && (present == null || written < Integer.parseInt(present.substring(0, YEAR_LENGTH)))) {
            return (written + 1) + "-01";
        }
        if (present != null) {
            return present;
        }
        // An undated text, or one whose only date is one it states ("On May 13, 2019 ..."): the year it places
        // itself in.
        int year = yearOfWriting(context);
        if (year == 0) {
            year = yearAfterSamePeriodBase(context);
        }
        if (year == 0) {
            year = yearOfWritingByComparison(context);
        }
        if (year == 0) {
            year = WritingDates.yearOfWritingByDate(context);
        }
        return year == 0 ? null : year + "-01";
    }

    private static final int YEAR_LENGTH = 4;

    /**
     * The whole years before the year of writing that a span of past years right after the figure counts, when the
     * figure is counted over it: a change ("has risen sixfold during the past decade", "grew 40% over the last five
     * years") or a total summed over it ("shipped 90 tons of copper over the past ten years"), as the same span before
     * the figure gives (the settled past-N-years decision; decision 29 of round 35). A level a change goes from or
     * reaches keeps none; a total over "the past decade" counts its ten years, as over "the past ten years" (decision
     * 35: "the past decade is ten years"); null when the span counts no years or the text is undated.
     */
    private static String pastSpanAfter(SurfaceFigure figure, Measure measure, FigureContext context,
                                        Sentences.Sentence sentence, PeriodResolver.Expression past) {
        boolean change = FigureAnnotator.TIMES.equals(figure.unit()) || measure == Measure.CHANGE
                && (figure.isMoney() || FigureAnnotator.RESTATED_UNITS.contains(figure.unit())
                || "percent".equals(figure.unit()));
        boolean total = measure == Measure.AMOUNT && !"percent".equals(figure.unit())
                && !changeCueBetween(context, sentence, sentence.start(), figure.start())
                && !TextWalks.startOfARange(context.text(), figure.start())
                && FigureMeasures.rangeStartBefore(context, sentence, figure) == null;
        String folded = Words.fold(context.text().substring(past.start(), past.end()));
        return (change || total) && !averageYearlyRate(context, sentence, figure)
                ? PeriodResolver.pastWholeYears(folded, spanAnchor(context, sentence, past.end())) : null;
    }

    /**
     * "grew by an average of 5% a year over the past decade": a percentage said per year is a yearly rate, which the
     * conventions leave undated, not a change over the whole span (convention probe 93).
     */
    private static boolean averageYearlyRate(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        return "percent".equals(figure.unit()) && yearlyRateAfter(context.text(), figure.end(), sentence.end());
    }

    /** Words of a goal set apart from the figure before: "with the aim of", "намерены", "objectif", "further". */
    private static final Pattern GOAL_APART = Pattern.compile("(?U)\\b(?:aim|aims|aiming|goal|target|intend\\p{L}*"
            + "|objecti\\p{L}*|further|намерен\\p{L}*|цел(?:ь|и|ью|ях)|задач\\p{L}*|в\\s+дальнейшем|maqsad\\p{L}*"
            + "|мақсат\\p{L}*)\\b");

    /** How far after another figure a period may stand and still be that figure's own: "7.3 bcm planned for 2025". */
    private static final int OTHER_FIGURE_REACH = 16;

    /**
     * Whether the period {@code e}, before the goal {@code figure}, stands right after another figure of the sentence
     * in that figure's clause ("вырос на 30% в 2024 году", "10-14 million tonnes by 2030", "7.3 bcm planned for
     * 2025"), and the goal follows in a clause of its own (after a comma or "with"): the period dates the other figure.
     */
    private static boolean datesAnotherFigure(FigureContext context, Sentences.Sentence sentence,
                                              PeriodResolver.Expression e, SurfaceFigure figure) {
        String text = context.text();
        String between = Words.fold(text.substring(e.end(), figure.start()));
        boolean ownClause = TextWalks.crossesClause(text, e.end(), figure.start(), true)
                || between.matches("(?s)\\s*with\\b.*");
        // Only a goal its own words set apart: "with the aim of reaching", "намерены достичь", "a further increase";
        // a list of goals under one deadline (a year after "by", then a second level joined by "while"),
        // the level a change reached ("croître de 24 % l'année dernière, pour atteindre") and an overshoot of a plan
        // keep the period.
        if (!ownClause || !GOAL_APART.matcher(between).find()) {
            return false;
        }
        for (SurfaceFigure other : context.surfaceIn(sentence.start(), e.start())) {
            if (other.end() <= e.start() && e.start() - other.end() <= OTHER_FIGURE_REACH
                    && !TextWalks.crossesClause(text, other.end(), e.start(), true)) {
                return true;
            }
        }
        return false;
    }

    /** Units of the lengths of works done on a line or a border: "12 kilometres were laid from 2021 to 2023". */
    private static final Set<String> WORKS_UNITS = Set.of("km", "mi");

    /**
     * "12 kilometres were laid from 2021 to 2023", "from March 2022 to May 2023, they built about 100 km of the
     * 285-km canal", "В 2023 году ... проведено описание 169.48 километров": kilometres of works done on a road, line,
     * canal or border (built, laid, repaired, agreed, described) are the works of the period their own sentence
     * states, a year, months or a span (the conventions: a period is what the text says the figure covers; LABEL-FIXES:
     * "Kilometres of works done on a line"). The length of the whole line, the largest of the sentence's lengths or a
     * length read with a line's own metric, is standing and keeps no period; nor does a length a base or another
     * sentence dates. Null when the figure is no such length or its sentence states no period of its own.
     */
    private static String worksLength(SurfaceFigure figure, Measure measure, String metric, FigureContext context,
                                      Sentences.Sentence sentence) {
        if (!WORKS_UNITS.contains(figure.unit()) || measure != Measure.AMOUNT
                || !(FigureContext.hasCue(context, sentence, "works")
                || FigureContext.hasCue(context, sentence, "delimitation"))) {
            return null;
        }
        boolean part = false;
        boolean whole = false;
        for (SurfaceFigure other : context.surfaceIn(sentence.start(), sentence.end())) {
            if (other.unit().equals(figure.unit())) {
                part |= other.value() > figure.value();
                whole |= other.value() < figure.value();
            }
        }
        if (!FigureAnnotator.OTHER.equals(metric) || whole && !part) {
            // A line's own metric on a part worked on is itself a misreading (the works are `other`): dated, it would
            // raise an alert of a new length.
            return null;
        }
        List<PeriodResolver.Expression> inSentence = context.periodsIn(sentence.start(), sentence.end());
        for (int i = 0; i < inSentence.size(); i++) {
            PeriodResolver.Expression e = inSentence.get(i);
            if (e.kind() != PeriodResolver.Kind.PERIOD || isBase(context, e)
                    || (e.start() >= figure.start() && e.end() <= figure.end())) {
                continue;
            }
            String resolved = resolve(inSentence, i, context);
            if (resolved != null && (context.presentPeriod() == null
                    || resolved.substring(0, 4).compareTo(context.presentPeriod().substring(0, 4)) <= 0)) {
                return resolved;
            }
        }
        return null;
    }

    /** Words that say what a facility can carry or take, in the five languages (see capacityStatedBefore). */
    static final SentenceGate CAPACITY_WORDS = new SentenceGate(Pattern.compile(
            "(?iuU)capacit(?:y|ies|é|e)\\b|capable\\s+of|\\bable\\s+to\\s+(?:receive|handle|accommodate|serve|process|store)"
                    + "|\\bcan\\s+(?:simultaneously\\s+)?(?:receive|handle|accommodate|serve|process|store)|allows?\\s+to\\s+serve"
                    + "|пропускн\\p{L}*\\s+способност|өткізу\\s+қабілет"),
            List.of("capacit", "capable", "able to", "can ", "allow", "пропускн", "өткізу"));

    /**
     * A capacity written as a property of the facility just named, right before the figure: "a smelter with a capacity
     * of", "un terminal d'une capacité annuelle de", "газопровод мощностью", "пропускной способностью до", "a yard
     * capable of handling over". Matched on the stretch of the sentence before the figure, whose end it must reach.
     */
    private static final Pattern ATTRIBUTIVE_CAPACITY = Pattern.compile(
            "(?iuU)(?:\\bwith\\s+(?:a|an|the)\\s+(?:\\p{L}+\\s+){0,2}capacity\\s+of|\\bcapable\\s+of\\s+\\p{L}+ing"
                    + "|\\bd['’]une\\s+capacité\\s+(?:\\p{L}+\\s+)?d(?:e\\s+|['’])"
                    + "|(?<!\\p{L})(?:мощностью|пропускной\\s+способностью|производительностью))"
                    + "\\s*(?:(?:up\\s+to|about|around|over|more\\s+than|nearly|до|около|более|свыше|в|plus\\s+de|près\\s+de"
                    + "|jusqu['’]à|environ)\\s+)?$");
    /** The words one of which every match of {@link #ATTRIBUTIVE_CAPACITY} holds: the sentence's cheap first test. */
    private static final SentenceGate ATTRIBUTIVE_CAPACITY_WORDS = SentenceGate.literals(
            List.of("capacity", "capable", "capacité", "мощностью", "способностью", "производительностью"));

    /**
     * Whether the figure's sentence says before it, in words of capacity, what a facility can carry or take, and
     * names no period of its own (a span it sums over is none).
     */
    private static boolean capacityStatedBefore(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        if (!CAPACITY_WORDS.pattern().matcher(context.text()).region(sentence.start(), figure.start()).find()) {
            return false;
        }
        for (PeriodResolver.Expression e : context.periodsIn(sentence.start(), sentence.end())) {
            if (e.kind() != PeriodResolver.Kind.CUMULATIVE) {
                return false;
            }
        }
        return true;
    }

    /**
     * The whole years before the year of writing that a span of past years counts in a sentence before the figure's,
     * in its paragraph and within the carry's reach, when no sentence between sets a period of its own; or null (also
     * when {@link #spanAnchor} finds no year to end the span in).
     */
    /** Whether the figure counts votes cast ("50,000 votes", "178 voix", "165 abstentions"), not electoral votes. */
    private static boolean countsVotes(SurfaceFigure figure, FigureContext context) {
        return ("votes".equals(figure.noun()) || FigureAnnotator.countsCueRightAfter(figure, context, "vote"))
                && !FigureAnnotator.countsCueRightAfter(figure, context, "standing-vote");
    }

    private static String pastYearsBefore(FigureContext context, Sentences.Sentence sentence) {
        int index = FigureContext.sentenceOf(context, sentence.start());
        for (int k = index - 1; k >= 0 && index - k <= FigureAnnotator.CARRY_SENTENCES; k--) {
            Sentences.Sentence before = context.sentences().get(k);
            if (before.paragraph() != sentence.paragraph() || lastPeriodOf(context, k) != null) {
                return null;
            }
            String span = null;
            for (PeriodResolver.Expression e : context.periodsIn(before.start(), before.end())) {
                String counted = e.kind() == PeriodResolver.Kind.CUMULATIVE ? PeriodResolver.pastWholeYears(
                        Words.fold(context.text().substring(e.start(), e.end())), spanAnchor(context, before, e.end()))
                        : null;
                span = counted != null ? counted : span;
            }
            if (span != null) {
                return span;
            }
        }
        return null;
    }

    private static final String APOSTROPHES = "'\u2019\u2018\u02bb\u02bc";

    private static boolean saysAsOf(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if ((c == 'a' || c == 'A') && text.regionMatches(true, i, "as of", 0, 5) && i + 5 <= end
                    || (c == 'п' || c == 'П') && text.regionMatches(true, i, "по состоянию на", 0, 15) && i + 15 <= end) {
                return true;
            }
        }
        return false;
    }

    /** Words that place a rank in the world's order: "in the world", "globally", "в мире", "dans le monde", "әлемде". */
    private static final Pattern WORLD_ORDER = Pattern.compile("(?iu)(?<!\\p{L})(?:in the world|globally|world[’']s"
            + "|в мире|мирово\\p{L}*|dans le monde|du monde|mondia\\p{L}*|әлемде\\p{L}*|әлемдік|dunyoda|jahonda)(?!\\p{L})");
    /** What a standing rank orders countries by: their output or their reserves of a resource. */
    private static final Pattern OUTPUT_OR_RESERVES = Pattern.compile("(?iu)(?<!\\p{L})(?:production|output|reserves"
            + "|deposits|producers?|добыч\\p{L}*|производств\\p{L}*|производител\\p{L}*|запас\\p{L}*|réserves"
            + "|producteurs?|өндір\\p{L}*|қор(?:ы|лары)\\p{L}*|ishlab chiqarish\\p{L}*|zaxira\\p{L}*)(?!\\p{L})");

    /**
     * Whether a rank's sentence places it in the world's order by output or reserves ("is 6th in the world by coal
     * reserves", "occupies the 7th position globally in raw cotton production", "занимает пятое место в мире по
     * добыче"): a standing rank, which the settled decision on standing figures leaves `null`, stated as now or not,
     * even after a sentence that dates a flow; a ranking the text dates (an index's edition, the year's trade) names
     * neither.
     */
    private static boolean standingWorldRank(FigureContext context, Sentences.Sentence sentence) {
        String text = context.text();
        return WORLD_ORDER.matcher(text).region(sentence.start(), sentence.end()).find()
                && OUTPUT_OR_RESERVES.matcher(text).region(sentence.start(), sentence.end()).find();
    }

    static String period(SurfaceFigure figure, Measure measure, FigureContext context, Sentences.Sentence sentence,
                         Sentences.Sentence previous, boolean continues, String metric) {
        if (SeatCounts.counted(figure, context.text())) {
            return null; // the seats of a building are its property, as a length is
        }
        String found = periodOf(figure, measure, context, sentence, previous, continues, metric);
        if (PlannedHeadlines.notTheFigures(found, measure, context, sentence)) {
            return null; // the headline dates a plan, not this figure's facts
        }
        // "Verizon said on Monday that 99 percent of its cell towers were online": a fact of a day the text names, even
        // when a period of an earlier sentence would otherwise carry into it (DayOfReport wants a sentence of no period).
        String day = DayOfReport.month(figure, measure, metric, context, sentence);
        if (day != null) {
            found = day;
        }
        // A share of the total trade the text dated before, too far back for the carry (decision 51 of round 37).
        return found != null || !TradeTotalShares.applies(measure, context, sentence) ? found
                : statisticsPeriodBefore(context, sentence.start());
    }

    /**
     * The last period the text sets before {@code at}, as {@link #lastPeriodBefore} finds it, but never the
     * publication month (the day of a report, "Об этом сегодня, 28 апреля, сообщает": statistics of a total are
     * published after their period) nor a year still to come (a plan's); or null.
     */
    private static String statisticsPeriodBefore(FigureContext context, int at) {
        String now = context.presentPeriod();
        String last = null;
        for (PeriodResolver.Expression e : context.periodsIn(0, at)) {
            String next = PeriodWalk.step(context, last, e);
            if (next != null && !next.equals(last) && !next.equals(now)
                    && (now == null || next.substring(0, 4).compareTo(now.substring(0, 4)) <= 0)) {
                last = next;
            }
        }
        return last;
    }

    private static String periodOf(SurfaceFigure figure, Measure measure, FigureContext context, Sentences.Sentence sentence,
                         Sentences.Sentence previous, boolean continues, String metric) {
        if (FigureAnnotator.UNDATED_UNITS.contains(figure.unit())) {
            // "over the past five years", "за последние семь лет", "au cours des 30 dernières années" in a dated
            // text: the number of years of the span itself covers the whole years before the year of writing
            // (LABEL-FIXES 2026-12-03: `2019-01/2023-12` in 2024); decision 65 orders the anchors (spanAnchor).
            String span = pastSpanOfYears(figure, context, sentence);
            if (span != null) {
                return span;
            }
            String works = worksLength(figure, measure, metric, context, sentence);
            if (works != null) {
                return works;
            }
            // "The Rogun dam currently stands at only 75 metres", "сейчас достигает лишь 75 метров": a height a
            // structure has now, on its way to more, is of the publication month (gold-o: "a height stated as now
            // takes the publication month"); any other length or number of years is not dated by the year its
            // sentence names.
            return "m".equals(figure.unit()) && measure == Measure.AMOUNT && context.presentPeriod() != null
                    && FigureContext.cueBefore(context, sentence, figure, "present") ? context.presentPeriod() : null;
        }
        if (RANK.equals(figure.unit()) && standingWorldRank(context, sentence) && !statesOwnPeriod(context, sentence)) {
            // "the country currently ranks 9th in the world for copper output": a standing rank of output or
            // reserves has no period unless its own sentence names one (not "currently": a rank stated as now stays
            // `null` too), whatever period the sentences before set.
            return null;
        }
        if (CAPACITY.equals(metric) && measure == Measure.AMOUNT && context.sentenceFinds(COMPLETION, sentence)
                && !FigureContext.hasCue(context, sentence, "future")) {
            return null; // a facility built "with the capacity of 25 billion cub.m." takes no period from its completion
        }
        if ((measure == Measure.AMOUNT || measure == Measure.TARGET)
                && context.sentenceFinds(ATTRIBUTIVE_CAPACITY_WORDS, sentence)
                && ATTRIBUTIVE_CAPACITY.matcher(context.text()).region(sentence.start(), figure.start()).find()
                && !FigureContext.hasCue(context, sentence, "present")) {
            // "signed an agreement to build a smelter with a capacity of 300,000 tons a year during a June 3 meeting",
            // "building of the 12bn-cubic-metre-capacity line started in May 2018": a
            // capacity said as a property of the facility the clause names is no statement of its own; the date of
            // the clause dates its act (a signing, a start of works, a purchase), not the capacity (the settled
            // decision on a facility's capacity: "null unless the capacity has a time word of its own").
            return null;
        }
        if (AgreedRates.undated(figure, measure, context, sentence)) {
            // "On November 28, 2021, a contract on 1.5-2 bcm of gas per year was signed": the deal's yearly or daily
            // volume is a term of it, not a flow of the signing's month (decision 34 of round 35).
            return null;
        }
        if (StandingShares.undated(figure, measure, context, sentence, continues)
                && !pointsBackAtPeriod(context, sentence)) {
            // "60 percent of the copper concentrate produced there goes to China", "accounts for 45 percent of
            // Tajikistan's GDP": a share of a standing flow or of a GDP, in the present tense, is a standing fact
            // (decision 51 of round 37), not a figure of the period the text set before or another clause names.
            return null;
        }
        if (figure.isMoney() && (measure == Measure.AMOUNT || measure == Measure.TARGET)
                && FigureAnnotator.OTHER.equals(metric) && FigureContext.cueBefore(context, sentence, figure, "cost")
                && !FigureContext.hasCue(context, sentence, "signing") && !FigureContext.hasCue(context, sentence, "present")
                && !tradeCueIn(context, sentence) && !FigureContext.hasCue(context, sentence, "gas")
                && !changeCueBetween(context, sentence, sentence.start(), figure.start())
                && !periodRightAfter(context, sentence, figure)) {
            // "Due to open in 2027, the bridge is to cost 14 billion tenge", "проект
            // стоимостью 150 млн долларов планировалось завершить к концу 2020 года": a project's cost holds for the
            // project; the date of its start, launch or completion in the sentence dates that act, not the cost (the
            // rule for a cost below, for the period a sentence before sets, and round 26: a project's cost `other`).
            // Not the worth of papers signed (counted at the signing), of works done "so far" (a stock stated as now),
            // of goods or gas traded ("стоимость поставок газа в 2022 году"), nor a value a change reached ("стоимость
            // золота ... увеличилась ... до").
            return null;
        }
        if (measure == Measure.AMOUNT && FigureAnnotator.OTHER.equals(metric)
                && context.sentenceFinds(CAPACITY_WORDS, sentence)
                && !FigureContext.hasCue(context, sentence, "future") && !FigureContext.hasCue(context, sentence, "present")
                && capacityStatedBefore(context, sentence, figure)) {
            // "The terminal is able to receive 300 trucks", "capacities allow it to serve 300,000 passengers a year":
            // what a built facility can take in vehicles, passengers, vessels or any other unit the metrics do not
            // track is a property of it with no period, unless its sentence gives one; a launch or commissioning date
            // in the sentences before is not its period (the settled decisions on a facility's capacity once built:
            // "null unless the capacity has a time word of its own", and on vehicles counted as a capacity). Said as
            // now ("Currently, the terminal can take 17 trains a day"), it keeps the month (team a). Freight
            // capacities (`cargo.*`) keep their own reading above: applied to them, this rule cost holdout one alert
            // in rounds 26 and 27.
            return null;
        }
        List<PeriodResolver.Expression> inSentence = new ArrayList<>();
        PeriodResolver.Expression ownBase = null;
        // "will grow by 30 percent by 2030": a change in the future tense is a forecast, dated by its deadline (team a).
        boolean forecast = measure == Measure.CHANGE && (FigureContext.hasCue(context, sentence, "target")
                || FigureContext.cueBefore(context, sentence, figure, "future"));
        byte compared = FigureContext.SentenceFacts.UNKNOWN;
        for (PeriodResolver.Expression e : context.periodsIn(sentence.start(), sentence.end())) {
            // "qu'à la même période l'année précédente (22,1 milliards)": the amount of the base period right after
            // it; further on ("against the like period a year ago, reaching $410 mln") it is a base.
            boolean sameBefore = e.kind() == PeriodResolver.Kind.SAME_PERIOD_LAST_YEAR && e.end() <= figure.start()
                    && context.text().substring(e.end(), figure.start()).strip().length() <= 1;
            // "compared with the corresponding period of 2022, which came to $512 million": a clause that opens on
            // the base tells the base's own figure.
            sameBefore |= e.end() <= figure.start() && figure.start() - e.end() <= BASE_CLAUSE_REACH
                    && baseClause(context.text(), e.end(), figure.start()) && isBase(context, e);
            // "In the same period last year, exports stood at $4 billion", "За аналогичный период прошлого года
            // экспорт составил": a sentence that opens on the base is about the base.
            sameBefore |= e.kind() == PeriodResolver.Kind.SAME_PERIOD_LAST_YEAR && e.end() <= figure.start()
                    && opensOn(context.text(), sentence.start(), e.start());
            // "За аналогичный период 2024 года ... проконтролирован импорт 5,2 тыс. тонн", "чем за аналогичный период
            // 2022 года, когда вывезли 3 тонны на $40 миллионов": a level the same period of a
            // named year opens or describes is that period's own (SamePeriodOfYear).
            sameBefore |= measure == Measure.AMOUNT && e.end() <= figure.start()
                    && SamePeriodOfYear.ownBefore(context.text(), sentence.start(), figure.start(), e)
                    && samePeriodBase(context, e);
            // "up 9% from the same time in 2021 ($318 million)", "compared to 2023 ($89.4 billion)": the sum in
            // parentheses right after a base is the base's own.
            boolean restatesBase = e.end() <= figure.start()
                    && endsWithParenthesis(context.text(), e.end(), figure.start())
                    && restatesBefore(context.text().substring(e.end(), figure.start()));
            // "$96 million ($71 million for the same period in 2023)", "410,000 tonnes in 2025, and 380,000 tonnes in
            // the same period of 2024": a level the same period of a named year follows at once
            // is that period's own (the standard's base: the months the text set, in the base's year).
            if (measure == Measure.AMOUNT && ownBase == null && e.start() >= figure.end()
                    && samePeriodOwnAfter(context, figure, e)) {
                ownBase = e;
                inSentence.add(e);
                continue;
            }
            // "$4bn, compared to $3bn in 2022": the figure compared is the base's own (whether the figure is one
            // compared is asked once, not for each period after it).
            if (e.start() >= figure.end() && compared == FigureContext.SentenceFacts.UNKNOWN) {
                compared = comparedFigure(context.text(), figure.start()) ? FigureContext.SentenceFacts.YES : FigureContext.SentenceFacts.NO;
            }
            boolean comparedOwn = e.start() >= figure.end() && compared == FigureContext.SentenceFacts.YES
                    && !TextWalks.crossesClause(context.text(), figure.end(), e.start(), true);
            // "more than double the $292 million recorded in 2020": the figure multiplied is the base's own.
            if (e.start() >= figure.end() && !comparedOwn && isBase(context, e)) {
                int multiple = multipleBefore(context.text(), e);
                comparedOwn = multiple >= 0 && figure.start() > multiple;
            }
            // "by 2030" dates a target, or a change the sentence forecasts ("expected to grow 30% by 2030").
            PeriodResolver.Expression since = measure == Measure.AMOUNT ? sinceYearAfter(context, figure, e) : null;
            if (since != null) {
                inSentence.add(since);
                continue;
            }
            // "the Sarahs terminal, which reopened in June 2022, handles 200 rail cars per day", "Lancé en octobre 2016,
            // ce projet de 4 milliards d'euros": the date of an act before the figure is the act's, not the figure's
            // (the worth of papers signed is counted at the signing: see below).
            if (e.end() <= figure.start() && actPhraseBefore(context.text(), e.start())
                    && !(figure.isMoney() && FigureContext.hasCue(context, sentence, "signing"))) {
                continue;
            }
            // "le marché, ouvert en 2023, compte 400 boutiques", "grew by 85% ... following the visit of the
            // President last August": a period an act's word governs, before the figure or after it (ActDates);
            // the papers signed and their worth are counted at that act ("a state visit in February 2025, during
            // which more than 20 documents were signed").
            if ((e.end() <= figure.start() ? ActDates.governs(context.text(), e.start())
                    : e.start() >= figure.end() && ActDates.governs(context.text(), e.start(), figure.end()))
                    && !((figure.isMoney() || "count".equals(figure.unit()))
                    && FigureContext.hasCue(context, sentence, "signing"))) {
                continue;
            }
            // "29.5 percent higher than the figure recorded in January-June 2023", "41% more than in the same
            // period of the 2019-2020 season": a period a comparison word opens in its clause, further back
            // than isBase looks, is what the change is measured against; the change has the period of the figure it
            // describes (the standard: "a change against the same period last year has the period of the figure").
            // (A base isBase knows is left out below anyway: its decision is cached, the fold of the clause is not.)
            // "down 4 percent from $620 million recorded in nine months of 2022", "13% more than the 2.1 million
            // tons shipped in 2023": a period after the base's own amount dates that amount, not the change.
            if (measure == Measure.CHANGE && e.start() >= figure.end()
                    && baseAmountBefore(context.text(), figure.end(), e.start(), e.end())) {
                continue;
            }
            // "imports came to $595 million, down 4 percent from $620 million recorded in nine months of
            // 2022": nor does it date the level the change describes, which has the change's period (the standard:
            // the period of the figure a change against an earlier period describes).
            if (measure == Measure.AMOUNT && e.start() >= figure.end() && datesBaseOfChangeAfter(context, figure, e)) {
                continue;
            }
            if (measure == Measure.CHANGE && !sameBefore && !restatesBase && !comparedOwn && !isBase(context, e)
                    && TextWalks.startsAWord(clauseBefore(context.text(), sentence.start(), e.start()), COMPARISON_CUES)) {
                continue;
            }
            if ((e.kind() != PeriodResolver.Kind.DEADLINE || measure == Measure.TARGET || forecast
                    || reachedBy(context.text(), e, measure) && (measure != Measure.AMOUNT || e.end() <= figure.start()))
                    && !(e.start() >= figure.start() && e.end() <= figure.end())
                    && (sameBefore || restatesBase || comparedOwn || !isBase(context, e))) {
                inSentence.add(e);
            }
        }
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            // "В момент аварии в автобусе находились 44 человека": the moment of the event a dated text reports is
            // the day it came out, as a word of the present is (cues.tsv `moment`); undated, it says nothing.
            boolean moment = "moment".equals(hit.value()) && context.presentPeriod() != null;
            if (("present".equals(hit.value()) || moment) && !insideExpression(inSentence, hit)) {
                inSentence.add(new PeriodResolver.Expression(hit.start(), hit.end(), PeriodResolver.Kind.PRESENT, null));
            }
        }
        if (saysAsOf(context, sentence)) {
            Matcher clock = CLOCK_NOW.matcher(context.text()).region(sentence.start(), sentence.end());
            while (clock.find()) {
                if (clock.end() <= figure.start() || clock.start() >= figure.end()) {
                    inSentence.add(new PeriodResolver.Expression(clock.start(), clock.end(), PeriodResolver.Kind.PRESENT,
                            null));
                }
            }
        }
        inSentence.sort((a, b) -> Integer.compare(a.start(), b.start()));
        if (ownBase != null) {
            return resolve(inSentence, inSentence.indexOf(ownBase), context);
        }
        // "reached $5bn in 2022": a period right after the figure, in its clause, is its own; so is one anywhere
        // in its clause after a figure of comparison ("contre 4,1 milliards d'euros sur toute l'année 2020"),
        // or after a goal ("and 3 million tons of grain planned for shipment in 2026": the target's year).
        for (int i = 0; i < inSentence.size(); i++) {
            PeriodResolver.Expression e = inSentence.get(i);
            // "in 2018 sales came to $75 million and in 2019 they reached $90 million": a conjunction before the
            // period opens the next member of the sentence, which that period dates.
            if (e.start() >= figure.end() && !TextWalks.crossesClause(context.text(), figure.end(), e.start(), true)
                    && (e.start() - pastRestatement(context.text(), figure.end(), e.start()) <= RIGHT_AFTER
                    || measure == Measure.TARGET
                    || comparedFigure(context.text(), figure.start()))
                    && !TextWalks.joinsNextClause(context.text(), figure.end(), e.start())) {
                if (e.kind() == PeriodResolver.Kind.PRESENT && FlowsNow.isFlow(figure, measure, metric, context, sentence)) {
                    return null; // "contre 10 milliards actuellement": a flow stated as now (decision 34)
                }
                String span = e.kind() == PeriodResolver.Kind.CUMULATIVE ? pastSpanAfter(figure, measure, context,
                        sentence, e) : null;
                return span != null ? span : resolve(inSentence, i, context);
            }
        }
        int chosen = -1;
        for (int i = 0; i < inSentence.size(); i++) {
            PeriodResolver.Expression e = inSentence.get(i);
            // "$952 million in 2021 (in 2020 – $907.2 million), including exports – $791.1 million": an aside
            // closed before the figure dates what it holds, not what follows it.
            if (e.end() <= figure.start() && !asideClosedBefore(context.text(), sentence.start(), e, figure.start())) {
                chosen = i;
            }
        }
        if (chosen >= 0 && contrastBefore(context.text(), inSentence.get(chosen).end(), figure.start())) {
            // "Last year turnover hit $9 billion, while Chinese firms have put in $4 billion so far": a
            // clause of contrast that dates its own figure after it is not dated by the clause before.
            for (int i = chosen + 1; i < inSentence.size(); i++) {
                PeriodResolver.Expression next = inSentence.get(i);
                if (next.start() >= figure.end() && !TextWalks.crossesClause(context.text(), figure.end(), next.start(), true)) {
                    return resolve(inSentence, i, context);
                }
            }
        }
        if (chosen >= 0) {
            // "this year, with growth of 12 percent seen in the first three months": a part of the year named
            // after the figure, in its clause, narrows the year named before it.
            String year = resolve(inSentence, chosen, context);
            for (int i = chosen + 1; year != null && year.length() == 4 && i < inSentence.size(); i++) {
                PeriodResolver.Expression next = inSentence.get(i);
                if (next.start() >= figure.end() && next.kind() == PeriodResolver.Kind.PERIOD
                        && next.period() != null && next.period().startsWith(year + "-")
                        && !TextWalks.crossesClause(context.text(), figure.end(), next.start(), true)) {
                    chosen = i;
                    break;
                }
            }
        }
        if (chosen < 0) {
            // Only a period after the figure: it must be in the same clause ("reached $5bn in 2022"), not past a
            // comma that opens another one ("35 visits, the last one this year"); an aside that restates the figure
            // in another unit is no other clause ("2.5 million tonnes, or about 50,000 barrels a day, in 2026").
            for (int i = 0; i < inSentence.size(); i++) {
                PeriodResolver.Expression next = inSentence.get(i);
                if (next.start() >= figure.end() && (!TextWalks.crossesClause(context.text(), figure.end(), next.start(), true)
                        || restatingAside(context.text(), figure.end(), next.start())
                        || measure == Measure.CHANGE && next.end() <= sentence.end()
                        && CHANGE_TO_LEVEL.matcher(context.text()).region(figure.end(), next.start()).matches())) {
                    chosen = i;
                    break;
                }
            }
        }
        if (chosen < 0) {
            // "27 человек погибло в результате стрельбы, произошедшей в воскресенье, 5 ноября 2017 года": the day of the
            // event the count of its dead tells, past the clause (StruckPeople.dayAfter).
            String struck = StruckPeople.dayAfter(figure, measure, metric, context, sentence);
            if (struck != null) {
                return struck;
            }
        }
        if (chosen < 0 && !inSentence.isEmpty()) {
            // "came to $3bn, up by 11%, in 2021.": a period set off by a comma at the very end of the
            // sentence dates the whole sentence.
            int last = inSentence.size() - 1;
            PeriodResolver.Expression closing = inSentence.get(last);
            if (closing.start() >= figure.end() && closing.kind() == PeriodResolver.Kind.PERIOD
                    && closesSentence(context.text(), closing.end(), sentence.end())
                    && setOffByComma(context.text(), figure.end(), closing.start())) {
                chosen = last;
            }
        }
        if (chosen < 0 && "count".equals(figure.unit()) && measure == Measure.AMOUNT && STOCK_METRICS.contains(metric)
                && context.presentPeriod() != null) {
            // Decision 34: a stock counted with a word of the present moment in its own sentence is of the
            // publication month, also when the word stands after it in another clause ("The plant, employing some
            // 900 people, currently ships ...").
            for (PeriodResolver.Expression e : inSentence) {
                if (e.kind() == PeriodResolver.Kind.PRESENT && e.start() >= figure.end()) {
                    return context.presentPeriod();
                }
            }
        }
        if (chosen >= 0 && inSentence.get(chosen).kind() == PeriodResolver.Kind.DEADLINE
                && TextWalks.startOfARange(context.text(), figure.start())) {
            return null; // "by 2030 ... raised from 4 million to 7 million tons": the start is today's level
        }
        if (chosen >= 0 && measure == Measure.TARGET && inSentence.get(chosen).end() <= figure.start()
                && datesTheStatement(inSentence.get(chosen), resolve(inSentence, chosen, context), context)) {
            // "Back in November 2021, Erdogan said they aim to increase trade to $5 billion", "Currently, both
            // countries are working on reaching $1 billion in the coming years": the time of the words, not of the
            // goal, which has no year of its own.
            return goalYearBefore(context, sentence);
        }
        if (chosen >= 0 && measure == Measure.TARGET && inSentence.get(chosen).end() <= figure.start()
                && datesAnotherFigure(context, sentence, inSentence.get(chosen), figure)) {
            // a growth dated to a year, then a goal in its own clause ("вырос ... в 2023 году", then "намерены
            // достичь" a sum; a rise of 12 percent this year, "with the aim of" a sum; "4 bcm planned for 2026
            // with a further rise to" a higher level): the year is the other figure's, in its own clause; a goal with
            // no year of its own is `null` (the standard: "a target with no year is `null`"; decision 28).
            return null;
        }
        if (chosen >= 0 && inSentence.get(chosen).kind() == PeriodResolver.Kind.PRESENT && FigureAnnotator.DAYS.equals(figure.unit())) {
            // "transit along the route now takes 12-15 days", "срок доставки ... сейчас 12–15
            // дней": how long a route takes, said as it stands now, is a property of the route, as its length is, not
            // a figure of the month (gold-m: "transit times of a corridor are `days`, `other`, ... `null`"; gold-b).
            return null;
        }
        if (chosen >= 0 && inSentence.get(chosen).kind() == PeriodResolver.Kind.PRESENT
                && (StandingNow.hasNoMonth(measure, metric, context, sentence)
                || FlowsNow.isFlow(figure, measure, metric, context, sentence))) {
            // Decision 34 of round 35: a share or a trade flow stated as now ("is currently approaching 70-75%", "At
            // present, annual trade turnover amounts to $2 billion") is of no month and no year; the progress of works
            // under way keeps the month.
            return null;
        }
        if (chosen >= 0 && inSentence.get(chosen).kind() == PeriodResolver.Kind.PRESENT
                && !CAPACITY.equals(metric) && (yearlyRateAfter(context.text(), figure.end(), sentence.end())
                || measure != Measure.TARGET && statedAsRate(context, sentence, figure)
                && !context.sentenceFinds(CAPACITY_WORDS, sentence))) {
            // So is a flow a day or a week stated as now ("Сейчас через станцию проходит 450 вагонов в сутки",
            // "now receives about 30 trains a day instead of 36": decision 34 of round 35, a flow per day or per year
            // stated as now is `null`, present word or not); what a facility can take a day keeps the month (team a).
            // "Actuellement, le pays consomme quelque 5 000 tonnes de cuivre par an": a yearly flow stated as now is
            // of no month (NOTES-b: flows stated as "now" have no period; gold-j); a capacity per year is a stock
            // and keeps the month (team a: "Currently, the terminal ... 200.000 TEU per year")
            return null;
        }
        if (chosen >= 0 && (FigureAnnotator.TIMES.equals(figure.unit()) || measure == Measure.CHANGE
                && (figure.isMoney() || FigureAnnotator.RESTATED_UNITS.contains(figure.unit())
                || "percent".equals(figure.unit())))
                && inSentence.get(chosen).kind() == PeriodResolver.Kind.CUMULATIVE) {
            // "За последние семь лет ... вырос в пять раз" in an article of March 2026: a multiple over the past
            // years counts the whole years before the year of writing, 2019-01/2025-12 (gold-e's `for the past ten
            // years`, gold-j's multiple over seven years); the levels it goes from and to keep none. So does an
            // absolute change over those years ("1.5 times, or by 10.5 million tons", "Соңғы 5 жылда ... 10,5 млн
            // тоннаға": gold-m), and a percentage over them ("вырос на 42%", a growth rate "cruising at about nine
            // percent" over three years: LABEL-FIXES 2026-12-03); not places in a ranking.
            PeriodResolver.Expression past = inSentence.get(chosen);
            String span = PeriodResolver.pastWholeYears(Words.fold(context.text().substring(past.start(), past.end())),
                    spanAnchor(context, sentence, past.end()));
            if (span != null && !averageYearlyRate(context, sentence, figure)) {
                return span;
            }
        }
        if (chosen >= 0 && measure == Measure.AMOUNT && !"percent".equals(figure.unit())
                && inSentence.get(chosen).kind() == PeriodResolver.Kind.CUMULATIVE
                && !changeCueBetween(context, sentence, inSentence.get(chosen).end(), figure.start())
                && !changedOrReachedBetween(context.text(), inSentence.get(chosen).end(), figure.start())
                && !TextWalks.startOfARange(context.text(), figure.start()) && FigureMeasures.rangeStartBefore(context, sentence, figure) == null) {
            // "на протяжении последних двух лет ... стабильно превышает $500 млн", "For the past ten years, ... handling
            // over 500,000 TEU": a level held or a total reached over the past years, with no change between them,
            // covers the whole years before the year of writing, as a multiple over them does (gold-o, gold-e). A
            // level a change over those years goes from or reaches ("has grown from $5.7bn to $11bn", "est passé de
            // 0,8 million de tonnes à 4,5", "has tripled ... and reached more than one million TEUs") keeps none.
            PeriodResolver.Expression past = inSentence.get(chosen);
            String folded = Words.fold(context.text().substring(past.start(), past.end()));
            String span = PeriodResolver.pastWholeYears(folded, spanAnchor(context, sentence, past.end()));
            if (span != null) {
                return span;
            }
        }
        if (chosen >= 0 && measure == Measure.AMOUNT && levelReachedSince(inSentence.get(chosen), figure, context)) {
            // "2020 жылдан бері жүк көлемі 40 пайыз өсіп, 500 мың ЖФЭ-ге жеткен", "Since 2020, traffic
            // grew by 40 percent to 500,000 TEU" in January 2025: the growth runs since 2020, but the level it reached
            // is a year's, the last whole one (gold-m: "a container level reached `since 2020` ... takes the last
            // whole year (2024), its growth the span to the publication month").
            return String.valueOf(Integer.parseInt(context.presentPeriod().substring(0, 4)) - 1);
        }
        if (chosen >= 0) {
            String resolved = resolve(inSentence, chosen, context);
            // "Сейчас страна находится на 29-м месте": a ranking comes out once a year; a place held now is of
            // this year's ranking, not of a month.
            return RANK.equals(figure.unit()) && inSentence.get(chosen).kind() == PeriodResolver.Kind.PRESENT
                    && resolved != null ? resolved.substring(0, 4) : resolved;
        }
        if (inSentence.isEmpty() && (FigureAnnotator.TIMES.equals(figure.unit()) || measure == Measure.CHANGE
                && (figure.isMoney() || FigureAnnotator.RESTATED_UNITS.contains(figure.unit())
                || "percent".equals(figure.unit())))) {
            // "Over the past five years trade has grown a lot. We see it up about 2.5 times.": a change the sentences
            // after a span of past years tell, with no period of their own, is a change over that span, as it is in
            // the span's own sentence (the settled past-N-years decision; the standard's carry-over).
            String span = pastYearsBefore(context, sentence);
            if (span != null) {
                return span;
            }
        }
        // The parties a sanction lists, the word of the sanction right before them ("the Treasury sanctioned 200
        // firms and people"; not "a score of banks keep working so as to stay clear of sanctions"), are counted at the
        // action, which the text dates before them, often a paragraph earlier ("On May 3, 2025, Washington announced new
        // sanctions"): the last month it names, when that month is not after the publication (gold-k,
        // audit row 112: "counts of sanctioned parties take ... the month of the action").
        if ("count".equals(figure.unit()) && measure == Measure.AMOUNT
                && FigureContext.cueBefore(context, sentence, figure, "sanctions")) {
            String action = lastPeriodBefore(context, sentence.start());
            if (action != null && action.length() == MONTH_LENGTH
                    && (context.presentPeriod() == null || action.compareTo(context.presentPeriod()) <= 0)) {
                return action;
            }
            if (action == null && context.presentPeriod() != null) {
                // "OFAC has widened its Russia sanctions program, imposing nearly 100 new sanctions", "ввел
                // экспортные ограничения в отношении 28 компаний": with no date before it, the action is the news
                // of the day it came out, as an event's count is (gold-h, gold-o, gold-p): the publication month.
                return context.presentPeriod();
            }
        }
        // People and equipment counted at an event (troops in a drill, casualties) are dated by the event, which
        // news reports when it happens: the publication month, when the text dates the event against it (a weekday,
        // "this week": decision 33 of round 35); dated by nothing but the publication date or a dateline, the count
        // goes on to what its paragraph sets, else none. So is the list of goods a ban covers.
        // Without a publication month, the period its paragraph sets, as for any count ("In 2023 ... 61.3 thousand
        // people underwent treatment").
        // The men of a military base are a standing force, at no event: "Russia has two military bases in
        // Tajikistan, with some 7,500 men in all" takes no period (gold-n).
        // A drill still to come counts its troops as a goal (FigureMeasures.drillToCome), dated as the drill is.
        if ("count".equals(figure.unit()) && context.presentPeriod() != null
                && ((FigureAnnotator.countsEventParticipants(figure, context)
                || GatheringAttendance.counts(figure, measure, context, sentence))
                && !FigureContext.hasCue(context, sentence, "garrison")
                && (measure != Measure.TARGET || context.sentenceFinds(FigureMeasures.DRILL_GATE, sentence))
                && EventDating.dates(context, sentence)
                || measure != Measure.TARGET && EXPORT_BAN.equals(metric))) {
            return context.presentPeriod();
        }
        // "Obama had 23 votes to nine", "rejeté par 178 voix contre 99", "33 высказались против": a vote's tally is
        // counted at the vote, an event, and takes the publication month when the text dates that vote against it
        // ("Tuesday's elections", "Le vote d'aujourd'hui"; decisions 33 and 52); a vote dated by nothing but the
        // dateline has none. Electoral votes a state carries are no tally.
        if ("count".equals(figure.unit()) && measure == Measure.AMOUNT && context.presentPeriod() != null
                && inSentence.isEmpty() && countsVotes(figure, context) && EventDating.datesVote(context)) {
            return context.presentPeriod();
        }
        // "The flour train of more than 50 railcars left Kazakhstan", "Мучной поезд из более чем 50 вагонов
        // отправился": the wagons of one train that sets off or arrives are counted when it goes, which news reports
        // then, the publication month (gold-o: "the train's wagons and load the countries it travels ... with the
        // month"). A fleet's wagons are no train's, and a train described ("Un convoi de 50 wagons fait près de 1 000
        // mètres") goes nowhere.
        if ("count".equals(figure.unit()) && measure == Measure.AMOUNT && context.presentPeriod() != null
                && countsWagons(figure, context) && FigureAnnotator.oneConveyanceHolds(context, sentence, figure)
                && setsOffOrArrives(context, sentence)) {
            return context.presentPeriod();
        }
        // "firms of both countries signed deals worth $600 million ... at a forum on 14 April",
        // "des contrats d'une valeur de 600 millions": the worth of papers signed is counted at the signing, an
        // event, as a count of the documents is: the month of a day or month its sentence names, else the period
        // its paragraph sets, else the publication month, when news reports it (gold-m: "contracts signed at a
        // dated business forum are `other` with both parties and the month of the forum").
        if (figure.isMoney() && measure == Measure.AMOUNT && !continues && context.presentPeriod() != null
                && FigureContext.hasCue(context, sentence, "signing") && FigureContext.cueBefore(context, sentence, figure, "deal")) {
            for (int i = 0; i < inSentence.size(); i++) {
                String when = inSentence.get(i).kind() == PeriodResolver.Kind.PERIOD ? resolve(inSentence, i, context)
                        : null;
                if (when != null && when.length() >= MONTH_LENGTH && when.indexOf('/') < 0
                        && when.compareTo(context.presentPeriod()) <= 0) {
                    return when.substring(0, MONTH_LENGTH);
                }
            }
            if (!ownPeriodElsewhere(inSentence, context.text(), sentence.start())) {
                String set = carried(context, sentence, previous, false, CARRY_PARAGRAPHS, figure.unit());
                return set != null ? set : context.presentPeriod();
            }
        }
        if (CAPACITY.equals(metric) && (measure == Measure.TARGET || FigureContext.hasCue(context, sentence, "future"))
                && completionDateIn(context, sentence) != null) {
            // "capacity is to rise to 150,000 TEUs, with the work due to be finished in 2027"
            return completionDateIn(context, sentence);
        }
        if (!continues && ownPeriodElsewhere(inSentence, context.text(), sentence.start())) {
            // The sentence has a period of its own, for another clause; unless it is the one the text set before
            // ("In January-June 2021 ... The deficit stood at $2.4 billion, 39.2% of the turnover in January-June
            // 2021"): then the sentence goes on with it.
            String set = carried(context, sentence, previous, true, "count".equals(figure.unit()) ? 0 : CARRY_PARAGRAPHS,
                    figure.unit());
            return set != null && restates(inSentence, set, context) ? set : null;
        }
        // "Until 2009, Gazprom was buying up to 40 bcm a year": a sentence bounded by a year of its own speaks of
        // its own time, not of the period the sentences before set.
        if (!continues && hasDeadline(context, sentence)) {
            return null;
        }
        // A cost or a valuation ("estimated at $4.6 bln", "стоимостью 91 млрд тенге") holds for the project, not
        // for a period the text sets around it.
        // (A trade flow its sentence names, "estimated at", is still the flow of its period.)
        if (figure.isMoney() && !namesTrade(context, sentence, metric) && FigureContext.cueBefore(context, sentence, figure, "cost")) {
            return null;
        }
        // Nor has a total accumulated over time that its sentence does not date ("Les investissements accumulés").
        if (FigureContext.cueBefore(context, sentence, figure, "cumulative")) {
            return null;
        }
        // Nor has a level of a stock metric that its sentence does not date: a sum one party has invested in another
        // ("The total amount of Korean investments surpassed $8 billion", "Россия ... вложив в нее более 26 миллиардов
        // долларов"), its joint projects and their worth, its companies, joint ventures and jobs ("В Узбекистане
        // работают 876 казахстанских предприятий", "Une quarantaine de projets sont en cours"): stocks built over
        // the years, not flows of the period a sentence before sets (round 23, LABEL-FIXES: 33 such levels `null`,
        // none dated). A sentence going on from the one before ("Of this, ...") still carries.
        if (STOCK_METRICS.contains(metric) && measure == Measure.AMOUNT && !continues) {
            return null;
        }
        // Nor has a holding in a company ("The main shareholders are Transneft (24%), KazMunayGas (19%)"): who owns
        // what stays so until it is sold, whatever period the sentences before set for their figures.
        if (measure == Measure.SHARE && FigureContext.hasCue(context, sentence, "stake")) {
            return null;
        }
        // Nor has a share of the world's output or reserves, or of a country's exports that a pipeline or a port
        // carries ("Kazakhstan produces 40 percent of the world's uranium", "Le CPC traite 80 % des exportations"):
        // a standing the sentence states with no time word, as a stock is, not a figure of the period set before.
        if (measure == Measure.SHARE && (FigureContext.hasCue(context, sentence, "standing") || FigureContext.hasCue(context, sentence, "conduit"))) {
            return null;
        }
        // Nor has a share its sentence says holds, in the present tense and with no time word ("Kazakhstan makes up
        // 83 percent of Germany's trade with the region", "Les importations représentent 60 %"): team a's rule for
        // stocks, which gold-k and gold-l apply to shares; a sentence going on from the one before, or pointing back
        // at its period, still carries it. (Russian statistics state a period's shares in the present tense, so
        // "приходится" is no such verb: gold-d.)
        if (measure == Measure.SHARE && !continues && FigureContext.hasCue(context, sentence, "holds")
                && !pointsBackAtPeriod(context, sentence)) {
            return null;
        }
        // A target with no year of its own has none ("the goal is $10bn"), nor has a length, a speed or a duration;
        // unless the sentence before sets the year the plan is for ("... until 2027. This will bring the capacity to
        // 10 million tons a year"; "by 2030 ... It is expected to boost traffic by 30 percent").
        if (!TIMELESS_UNITS.contains(figure.unit()) && (measure == Measure.TARGET || forecast)) {
            String goal = goalYearBefore(context, sentence);
            if (goal == null && measure == Measure.TARGET && opensWithAPart(context, sentence)) {
                // "Freight should reach 5 million tons in 2026. Of this, 2 million tons will be grain": a
                // part of the forecast the sentence before makes for a year is of that year (gold-k; gold-e
                // labels "... by 2030. Of that volume, country X is to provide ..." so)
                goal = forecastYearBefore(context, sentence);
            }
            if (goal == null && CAPACITY.equals(metric)) {
                goal = completionDate(context, sentence, figure);
            }
            if (goal != null || measure == Measure.TARGET) {
                return goal;
            }
        }
        if (TIMELESS_UNITS.contains(figure.unit())) {
            return null;
        }
        // What a line, port or terminal can carry is a property of it, as a length is: a period set for the figures
        // around it ("In the first half of 2023 the port handled 1.8 million tons. It can handle 12 million tons.")
        // is not its own.
        if (CAPACITY.equals(metric)) {
            return FigureContext.hasCue(context, sentence, "future") ? completionDate(context, sentence, figure) : null;
        }
        // "South Korea is among the top 10 largest investors in Kazakhstan": a place among the largest of a kind is a
        // standing the sentence claims, not a place in a ranking the text dated before; so is a place written as an
        // epithet, "the nation's No. 2 defense contractor".
        if (RANK.equals(figure.unit()) && (context.text().startsWith("No.", figure.start())
                || amongTheLargest(context.text().substring(figure.start(),
                Math.min(sentence.end(), Math.max(figure.end(), figure.numberEnd() + LARGEST_REACH)))))) {
            return null;
        }
        // "Chaque année, le pays extrait 40 millions de tonnes de charbon", "grows 80 million tons of
        // crops each year": a level stated for every year, with no period in its own sentence, is a
        // yearly rate, not a figure of the period the sentences before set (gold-m: "a level stated per year
        // (`4.5 million tons annually`) is `null`"; team a and NOTES-b: a volume stated as yearly has no period).
        // So is a rate over a shorter time ("more than 40 flights a week", "$1 billion per month": gold-h, gold-n).
        // A sentence going on from the one before, or pointing back at its period, still carries it.
        if (measure != Measure.TARGET && !continues && statedAsRate(context, sentence, figure)
                && !pointsBackAtPeriod(context, sentence)) {
            return null;
        }
        // A count is a stock unless its paragraph dates it ("In 2023 ... Of these, 5.6 million visited relatives");
        // a count of the people an event struck is the event's, dated as the story's figures are by the paragraphs
        // before ("the conflict escalated in late 2022. ... 63 citizens lost their lives": decision 33 of round 35).
        String carried = carried(context, sentence, previous, continues,
                "count".equals(figure.unit()) && !countsFreight(figure, metric, context, sentence)
                && !StruckPeople.inSentence(context, sentence) ? 0 : CARRY_PARAGRAPHS,
                figure.unit());
        if (carried != null && baseOfSentence(context, sentence, carried)) {
            return null; // "compared with 2018, the index grew by 10%" is not of 2018, whatever the sentence before says
        }
        if (carried != null && measure != Measure.TARGET && context.presentPeriod() != null
                && carried.substring(0, 4).compareTo(context.presentPeriod().substring(0, 4)) > 0) {
            // "The board approved the strategy for 2025. Kazakhstan holds 14 percent of the world's reserves": a year
            // still to come is a plan's, and a figure stated as a fact in the sentences after it is not of it.
            return null;
        }
        // Drugs found at a seizure ("17 kilograms of heroin", "46 пакетов гашиша"), and the documents a visit signs
        // ("the parties signed 27 documents"), are counted at an event, as the people at a clash are: with nothing
        // dating them, the publication month, when news reports it.
        // A seizure the text dates by nothing but the publication date or a dateline has none (decision 33 of round 35).
        if (carried == null && measure == Measure.AMOUNT && context.presentPeriod() != null
                && (FigureContext.hasCue(context, sentence, "seizure") && EventDating.dates(context, sentence)
                || "count".equals(figure.unit()) && FigureContext.hasCue(context, sentence, "signing"))) {
            return context.presentPeriod();
        }
        // The places of one ranking, listed over several paragraphs, are all of the edition the text names first
        // ("the Global E-Government Survey 2016 ... the Netherlands (7th) and Denmark (9th)").
        // So is a sentence that points back at its period ("during this period", "за этот период"). Not in a
        // paragraph that opens on a remark or a reminder, which sets its own period or none (opensOnRemark).
        return carried == null && !opensOnRemark(context, sentence, FigureContext.sentenceOf(context, sentence.start()))
                && (RANK.equals(figure.unit()) || pointsBackAtPeriod(context, sentence)
                || comparesWithSamePeriod(context, sentence))
                ? lastPeriodBefore(context, sentence.start()) : carried;
    }

    /**
     * The period of a figure the body stated before with a period, restated later without one ("totaled 640,000 tons
     * ... from January through June 2021" ... "shipments toward the port grew fivefold,
     * from 128,000 to 640,000 tons"): the same value, unit, measure and metric is the same figure, of the period its
     * first statement gave (the standard: a period carried from the sentence that sets it); or null. Only for a level
     * or a change of the body: a goal restated may stand for another year, and a headline's figure takes no period
     * from the body, nor lends one to it.
     */
    static String restatedPeriod(ExtractedFigure figure, List<ExtractedFigure> earlier) {
        if (figure.period() != null || figure.offset() < 0 || figure.measure() == Measure.TARGET) {
            return null;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            ExtractedFigure stated = earlier.get(i);
            if (stated.period() != null && stated.offset() >= 0 && stated.value() == figure.value()
                    && stated.measure() == figure.measure() && stated.unit().equals(figure.unit())
                    && stated.metric().equals(figure.metric())) {
                return stated.period();
            }
        }
        return null;
    }

    /** Beginnings of the nouns of what freight moves in, counted: trains, wagons, containers. */
    private static final List<String> FREIGHT_UNITS = Stems.copyOf(Words.foldAll("train", "container", "wagon",
            "поезд", "контейнер", "вагон", "conteneur"));
    /** Words of a daily rate ("5-6 trains per day", "400 wagons ... quotidian"): a flow stated now has no period. */
    private static final List<String> DAILY = Words.foldAll("per day", "a day", "daily", "quotidian", "each day",
            "в сутки", "в день", "ежедневно", "ежесуточно", "par jour", "quotidien");
    /** How many words after a count's number may name what it counts ("144 container trains", "13 thousand containers"). */
    private static final int FREIGHT_UNIT_REACH = 2;

    /**
     * Whether a count counts freight moved (containers, trains, wagons): a flow, carried from the paragraphs before
     * as tonnes are ("the port handled 142,000 tons of grain ... and over 13,000 containers" under "January-July
     * 2023"), not a stock, which only its own paragraph dates. A daily rate is no total of a period.
     */
    private static boolean countsFreight(SurfaceFigure figure, String metric, FigureContext context,
                                         Sentences.Sentence sentence) {
        List<Words.Word> words = context.indexedWords();
        int at = Subjects.indexAt(words, figure.numberEnd());
        boolean freight = "cargo.containers".equals(metric);
        for (int i = at; !freight && i < Math.min(words.size(), at + FREIGHT_UNIT_REACH); i++) {
            Words.Word word = words.get(i);
            freight = word.start() >= figure.numberEnd() && word.start() < sentence.end()
                    && Words.startsWithAny(word.folded(), FREIGHT_UNITS);
        }
        return freight && !Words.containsAny(Words.fold(context.text().substring(sentence.start(), sentence.end())),
                DAILY);
    }

    /** Words that make a place in a "top N" a class of the largest of a kind ("top 10 largest investors"). */
    private static final List<String> LARGEST = List.of("largest", "biggest", "main ", "leading", "major", Words.fold("крупнейш"),
            "ведущ", "основн", "principa", "plus grands", "plus importants");

    /** How far after a rank's number the words naming the largest of a kind may stand ("top 10 main foreign"). */
    private static final int LARGEST_REACH = 20;

    /** Whether a rank's own words name the largest of a kind: "top 10 largest investors", "10 крупнейших инвесторов". */
    private static boolean amongTheLargest(String figureText) {
        return Words.containsAny(Words.fold(figureText), LARGEST);
    }

    /**
     * Whether a period written before a goal dates when the goal was set rather than the goal: "now", a period
     * over before the publication month (a deadline, "by 2030", is the goal's own), or a day of the publication month
     * or before ("Speaking at a meeting on September 7", "В ходе встреч, прошедших 6–8 сентября"): a goal is set for
     * a year, never for a day, so the day is the meeting's.
     */
    private static boolean datesTheStatement(PeriodResolver.Expression e, String resolved, FigureContext context) {
        if (e.kind() == PeriodResolver.Kind.PRESENT) {
            return true;
        }
        String now = context.presentPeriod();
        if (e.kind() != PeriodResolver.Kind.PERIOD || resolved == null || now == null) {
            return false;
        }
        String end = resolved.substring(resolved.indexOf('/') + 1);
        int against = (end.length() == 4 ? end + "-12" : end).compareTo(now);
        return against < 0 || against == 0 && end.length() == MONTH_LENGTH && dayDate(context.text(), e);
    }

    /** Words that may open a sentence before the period it is about: "In the", "Sur la", "За", "Durante el". */
    private static final Set<String> OPENING_WORDS = Set.of("in", "during", "for", "at", "the", "sur", "au",
            "durant", "pendant", "pour", "la", "le", "l", "de", "dans", "a", "за", "в", "на", "и", "and", "et");

    /** Whether only words of {@link #OPENING_WORDS} stand between the sentence's start and {@code at}. */
    private static boolean opensOn(String text, int from, int at) {
        int i = from;
        while (i < at) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int end = i;
                while (end < at && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                if (!OPENING_WORDS.contains(Words.fold(text.substring(i, end)))) {
                    return false;
                }
                i = end;
            } else if (Character.isWhitespace(c) || c == '\'' || c == '’' || c == '«' || c == '"' || c == '“') {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** How far after a base a clause about it may state its figure ("..., when it amounted to $649.1 million"). */
    private static final int BASE_CLAUSE_REACH = 40;
    /** Words that open a clause about the noun before them: "which stood at", "when it amounted to", "qui était de". */
    private static final Set<String> BASE_CLAUSE_WORDS = Set.of("which", "when", "qui", "lorsqu", "lorsque", "quand",
            "où", "когда", "который", "которая", "которое", "которые");
    /** The Russian word "year" after a base year's number, in the cases a base takes. */
    private static final Set<String> BASE_YEAR_WORDS = Set.of("года", "годом", "году", "г");
    /**
     * Words of time that open a clause about the base before them with no comma ("in 2022 when", "en 2023 où", "в
     * 2022 году когда").
     */
    private static final Set<String> BASE_TIME_WORDS = Set.of("when", "lorsqu", "lorsque", "quand", "où", "когда");

    /**
     * Whether {@code text[from, to)} is the opening of a clause about what comes right before it: a comma, a relative
     * word, then words only (", which stood at", ", when it amounted to", ", когда он составлял").
     */
    private static boolean baseClause(String text, int from, int to) {
        int i = PeriodResolver.skipBlanks(text, from);
        int yearWord = i;
        while (yearWord < to && Character.isLetter(text.charAt(yearWord))) {
            yearWord++;
        }
        if (BASE_YEAR_WORDS.contains(text.substring(i, yearWord))) {
            // "по сравнению с 2023 годом, когда": the word "year" after the number is still the base's
            i = PeriodResolver.skipBlanks(text, yearWord);
        }
        if (i >= to) {
            return false;
        }
        // "than in the same period of 2020 when 1.8 million tons were mined": a word of time opens the
        // clause about the base without a comma too; "which" needs one, or it may be the subject of another clause.
        boolean comma = text.charAt(i) == ',';
        if (comma) {
            i = PeriodResolver.skipBlanks(text, i + 1);
        }
        int end = i;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String word = text.substring(i, end).toLowerCase(java.util.Locale.ROOT);
        if (!(comma ? BASE_CLAUSE_WORDS : BASE_TIME_WORDS).contains(word)) {
            return false;
        }
        for (int k = end; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c) || c == ',' || c == '.' || c == ';' || c == '(' || c == ':') {
                return false;
            }
        }
        return true;
    }

    /** Whether the figure is of a trade metric that a word of its own sentence names ("imports ... estimated at"). */
    private static boolean namesTrade(FigureContext context, Sentences.Sentence sentence, String metric) {
        return metric != null && metric.startsWith("trade.") && tradeCueIn(context, sentence);
    }

    /** Whether the sentence names a flow of trade ("exports", "поставок газа", "échanges"): a value of goods sold. */
    private static boolean tradeCueIn(FigureContext context, Sentences.Sentence sentence) {
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
            for (CueLexicon.MetricCue cue : hit.value()) {
                if (cue.metric().startsWith("trade.")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the period dates the figure a comparison sets against another: "compared to 11 for the whole of
     * 2023", "contre 6,79 milliards de dollars en 2021", "против 2 млрд в 2022 году". It is a base for the rest of
     * the sentence.
     */
    private static boolean datesComparedFigure(String text, int at) {
        // Back to the clause's start: the compared figure and its word must be in the period's own clause.
        int from = at;
        boolean number = false;
        while (from > 0 && at - from < COMPARED_REACH) {
            char c = text.charAt(from - 1);
            boolean decimal = c == ',' && from > 1 && from < text.length() && Character.isDigit(text.charAt(from - 2))
                    && Character.isDigit(text.charAt(from));
            // The end of a sentence closes the clause too ("compared to 2024. Last year ..."), not a decimal point.
            boolean stop = (c == '.' || c == '!' || c == '?') && from < text.length()
                    && Character.isWhitespace(text.charAt(from));
            if ((c == ',' && !decimal) || c == ';' || c == ':' || c == '(' || c == ')' || stop) {
                break;
            }
            number |= Character.isDigit(c);
            from--;
        }
        if (!number) {
            return false;
        }
        String before = Words.fold(text.substring(from, at));
        for (String word : COMPARED) {
            for (int k = before.indexOf(word); k >= 0; k = before.indexOf(word, k + 1)) {
                int end = k + word.length();
                if ((k == 0 || !Character.isLetter(before.charAt(k - 1)))
                        && (end == before.length() || !Character.isLetter(before.charAt(end)))
                        && Words.hasDigit(before, end, before.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code text[from, to)} ends with "(" past blanks: restatesBefore's first test, with no substring. */
    private static boolean endsWithParenthesis(String text, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i > from && (text.charAt(i - 1) == '(' || text.charAt(i - 1) == '/' || isDash(text.charAt(i - 1)));
    }

    private static boolean isDash(char c) {
        return c == '–' || c == '—';
    }

    /**
     * Words that say a level right before them is of the same period of another year: "for the same period in",
     * "in the same months of", "за аналогичный период", "sur la même période de", "au cours de la même période de".
     */
    private static final Pattern SAME_PERIOD_OWN = Pattern.compile("\\)?\\s*(?:(?:for|in|during|over)\\s+the\\s+"
            + "(?:same|corresponding|like|comparable)\\s+(?:period|months|time)\\s+(?:of|in)(?:\\s+the\\s+year)?"
            + "|(?:за|в)\\s+(?:аналогичныи|аналогичном|соответствующии|соответствующем|тот\\s+же)\\s+период(?:е)?"
            + "|(?:sur|pour|durant|pendant|au\\s+cours\\s+de|a)\\s+la\\s+meme\\s+periode\\s+(?:de|d'|en)"
            + "(?:\\s+l'annee)?)\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    /** A year's word and the same period right after the year: "году за аналогичный период", ", over the same period". */
    private static final Pattern SAME_PERIOD_OF_YEAR = Pattern.compile("(?iu)\\s*(?:году|г\\.|,)?\\s*(?:(?:за|в)\\s+"
            + "(?:аналогичный|аналогичном|тот\\s+же|этот\\s+же)\\s+период|(?:over|for|in|during)\\s+the\\s+same\\s+"
            + "(?:period|months)|(?:sur|pendant|durant|au\\s+cours\\s+de)\\s+la\\s+même\\s+période)(?!\\s*(?:\\d|прошлого|"
            + "предыдущего|last|previous|précédente|of|in|de|d'|en)(?![\\p{L}]))");
    /** The letters that may open what {@link #SAME_PERIOD_OF_YEAR} reads after a year's word or comma. */
    private static final String SAME_PERIOD_OPENERS = "гзЗвВoOfFiIdDsSpPaA";

    /**
     * Whether the same period follows a year at once ({@link #SAME_PERIOD_OF_YEAR}); the first letter after the year's
     * word turns most years away before the pattern is tried.
     */
    private static boolean samePeriodOfYearAfter(String text, int end) {
        int i = end;
        while (i < text.length() && !Character.isLetter(text.charAt(i)) && i - end < 3) {
            i++;
        }
        if (i < text.length() && text.startsWith("год", i)) {
            i += 4; // "году" and the blank after it
            while (i < text.length() && i - end < 8 && !Character.isLetter(text.charAt(i))) {
                i++;
            }
        }
        if (i >= text.length() || SAME_PERIOD_OPENERS.indexOf(text.charAt(i)) < 0) {
            return false;
        }
        return SAME_PERIOD_OF_YEAR.matcher(text).region(end, Math.min(text.length(), end + SAME_PERIOD_OWN_REACH))
                .lookingAt();
    }

    /** The most chars between a level and the year of its same-period phrase ({@link #SAME_PERIOD_OWN}). */
    private static final int SAME_PERIOD_OWN_REACH = 48;

    /**
     * Whether a level is the base's own by the same period of a named year, or of last year, right after it:
     * "$71 million for the same period in 2023", "380,000 tonnes in the same period of 2024", "2,1 млрд
     * долларов за аналогичный период 2023 года".
     */
    private static boolean samePeriodOwnAfter(FigureContext context, SurfaceFigure figure, PeriodResolver.Expression e) {
        if (e.start() - figure.end() > SAME_PERIOD_OWN_REACH || e.start() - figure.end() < 4
                || !(e.kind() == PeriodResolver.Kind.PERIOD && e.period() != null && e.period().length() == 4
                || e.kind() == PeriodResolver.Kind.SAME_PERIOD_LAST_YEAR) || !isBase(context, e)) {
            return false; // a same period is always a base: the cached answer turns most periods away unfolded
        }
        String between = Words.fold(context.text().substring(figure.end(), e.start())).replace('\u2019', '\'');
        if (e.kind() == PeriodResolver.Kind.SAME_PERIOD_LAST_YEAR) {
            return between.isBlank() || between.strip().equals("(") || between.strip().equals(")");
        }
        return SAME_PERIOD_OWN.matcher(between).matches();
    }

    /** Whether only an opening parenthesis, after the word "year" at most, comes between a period and a figure. */
    private static boolean restatesBefore(String between) {
        String t = between.strip();
        // "the same period of 2023 /1,940 thousand tons/": a slash used as a bracket restates as "(" does, and so
        // does a dash ("выше показателя за аналогичный период 2024 года – 4500")
        if (!t.endsWith("(") && !t.endsWith("/") && !t.endsWith("–") && !t.endsWith("—")) {
            return false;
        }
        String word = t.substring(0, t.length() - 1).strip().toLowerCase(java.util.Locale.ROOT);
        return word.isEmpty() || YEAR_WORDS.contains(word) || word.equals("годом") || BASE_NOUNS.contains(word);
    }

    /** {@code before} without a range's first end ("50-", "50 –") closing it; unchanged when none closes it. */
    private static String rangeOpeningStripped(String before) {
        int i = before.length();
        if (i == 0 || (before.charAt(i - 1) != '-' && !isDash(before.charAt(i - 1)))) {
            return before;
        }
        i--;
        while (i > 0 && before.charAt(i - 1) == ' ') {
            i--;
        }
        int digits = i;
        while (i > 0 && (Character.isDigit(before.charAt(i - 1)) || before.charAt(i - 1) == ','
                || before.charAt(i - 1) == '.')) {
            i--;
        }
        return digits > i && Character.isDigit(before.charAt(digits - 1)) ? before.substring(0, i).stripTrailing()
                : before;
    }

    /** Whether a word of comparison comes right before the figure: "contre", "against", "против". */
    private static boolean comparedFigure(String text, int start) {
        String before = Words.fold(text.substring(Math.max(0, start - 24), start))
                .stripTrailing();
        for (String article : COMPARED_ARTICLES) {
            if (before.endsWith(article)) {
                before = before.substring(0, before.length() - article.length()).stripTrailing();
                break;
            }
        }
        // "compared with 50-60 last year": a range's second end is compared as its first is.
        before = rangeOpeningStripped(before);
        for (String word : COMPARED) {
            if (before.endsWith(word) && (before.length() == word.length()
                    || !Character.isLetter(before.charAt(before.length() - word.length() - 1)))) {
                return true;
            }
        }
        // The pattern ends with "from" or "than": most figures have neither right before them.
        return (before.endsWith("from") || before.endsWith("than")) && BASE_OF_A_CHANGE.matcher(before).find();
    }

    /**
     * The base's own amount after a change ("up 6.7 percent from $50.9 billion", "significantly lower than the 559.1
     * thousand tonnes"): a percentage before "from", or a comparative other than "more" and "less" (which round an
     * amount: "more than $2 billion") before "than".
     */
    private static final Pattern BASE_OF_A_CHANGE = Pattern.compile("(?U)(?:(?:%|\\bpercent|\\bper cent)\\s+from"
            + "|\\b(?:lower|higher|greater|smaller|bigger|larger)\\s+than"
            // "a rise from 2.6 million tons in the same period a year earlier": the level the change starts from
            + "|\\b(?:increase|rise|growth|decrease|decline|drop|fall|increasing|rising|growing|decreasing|declining"
            + "|dropping|falling)\\s+from)$");

    /**
     * "За 2001-2015 гг. экспорт с $50 млн вырос до $2 млрд", "between 2014 and 2020 exports rose from $1bn
     * to $3bn", "2016–2021 жылдары ... 2 млрд доллардан 6 млрд долларға дейін" (decision 29 of round 35, its ends each
     * their own year): over a span of years, the level a change starts from is of the first year and the level it reaches
     * of the last. Any other figure keeps the span.
     */
    static String endOfYearSpan(String period, SurfaceFigure figure, FigureContext context,
                                Sentences.Sentence sentence) {
        if (period == null || period.length() != 9 || period.charAt(4) != '/') {
            return period;
        }
        if (TextWalks.startOfARange(context.text(), figure.start())) {
            return period.substring(0, 4);
        }
        // "2016–2021 жылдары экспорт 2 млрд доллардан 6 млрд долларға дейін өсті", "2 mlrd dollardan 6 mlrd
        // dollargacha": the Kazakh and Uzbek ends carry their own case endings (TurkicRanges)
        if (TurkicRanges.opens(context.text(), figure) && FigureMeasures.opensRange(context, sentence, figure)) {
            return period.substring(0, 4);
        }
        SurfaceFigure opened = FigureMeasures.rangeStartBefore(context, sentence, figure);
        if (opened != null && TurkicRanges.joins(context.text(), opened, figure)) {
            return period.substring(5);
        }
        // "2017-2020 йилларда ... 36,2 миллион доллардан 123,1 миллион долларга етди": a dative end that a verb of
        // reaching follows closes the range as "гача" does
        String reached = reachedEnds(period, figure, context, sentence);
        if (reached != null) {
            return reached;
        }
        String before = Words.fold(context.text().substring(Math.max(sentence.start(), figure.start() - 8),
                figure.start()));
        if (TextWalks.endsWithWord(before, FigureAnnotator.RANGE_END)) {
            for (SurfaceFigure other : context.surfaceIn(sentence.start(), figure.start())) {
                if (TextWalks.startOfARange(context.text(), other.start())) {
                    return period.substring(5);
                }
            }
        }
        return period;
    }

    /**
     * The year of a Kazakh or Uzbek end of a "from ... to" that a verb of reaching closes ({@link
     * TurkicRanges#joinsReached}) over the span {@code period} ("YYYY/YYYY"): the first year for the start, the last
     * for the end; null for any other figure.
     */
    private static String reachedEnds(String period, SurfaceFigure figure, FigureContext context,
                                      Sentences.Sentence sentence) {
        // the multiple of the change may stand between the two ends ("10,2 миллион доллардан қарийб 10 баравар ошиб
        // 98,3 миллион долларга етди"): TurkicRanges bounds how far apart they are
        String text = context.text();
        if (TurkicRanges.opens(text, figure)) {
            for (SurfaceFigure next : context.surfaceIn(figure.end(), sentence.end())) {
                if (TurkicRanges.joinsReached(text, figure, next)) {
                    return period.substring(0, 4);
                }
            }
            return null;
        }
        for (SurfaceFigure start : context.surfaceIn(sentence.start(), figure.start())) {
            if (TurkicRanges.joinsReached(text, start, figure)) {
                return period.substring(5);
            }
        }
        return null;
    }

    /**
     * "...compared to 2014. The share of dollars has decreased from 26% to 11%": the level a change starts from is
     * that of the comparison base the text last set (the same period a year before, a base year), when its own
     * sentence names no period. With no base set, a change within a year or part of one starts from the same months
     * a year before ("En 2021, les ventes ont progressé de 30 %, passant de 1 milliard à 1,3": 2020; "grew
     * fivefold, from 128,000 to 640,000 tons" after January–June 2021: January–June 2020), as gold-m and
     * gold-n decided. The level it reaches keeps the figure's period.
     */
    static String startOfAChange(String period, String stated, SurfaceFigure figure, Measure measure,
                                 FigureContext context, Sentences.Sentence sentence) {
        if (!TextWalks.startOfARange(context.text(), figure.start()) || !rangeEndAfter(figure, context, sentence)) {
            return period;
        }
        boolean dated = false;
        int rangeEnd = rangeClose(figure, context, sentence);
        // "to increase from the current 18 million tons to 33 million tons in 2020": a goal's year is not the change's
        boolean pastChange = !FigureContext.hasCue(context, sentence, "future")
                && !FigureContext.hasCue(context, sentence, "target");
        for (PeriodResolver.Expression e : context.periodsIn(sentence.start(), sentence.end())) {
            if (e.kind() == PeriodResolver.Kind.PERIOD && !isBase(context, e)) {
                // "rising 25 percent from 80,000 tons to 100,000 tons between March and June": a period
                // after the level reached, in its clause, dates a past change and that level, as one before the range
                // does; only one between the two levels is the start's own.
                boolean afterTheRange = e.start() >= rangeEnd
                        && !TextWalks.crossesClause(context.text(), rangeEnd, e.start(), true) && pastChange;
                if (e.end() > figure.start() && !afterTheRange || measure == Measure.TARGET) {
                    return period; // "from $1bn in 2020 to $3bn in 2023": its own sentence dates it
                }
                dated = true; // "In 2023, exports rose from $2bn to $3.1bn": the period of the change
            }
        }
        int index = FigureContext.sentenceOf(context, sentence.start());
        int first = dated ? index : index - FigureAnnotator.CARRY_SENTENCES;
        for (int k = index; k >= 0 && k >= first; k--) {
            Sentences.Sentence s = context.sentences().get(k);
            List<PeriodResolver.Expression> in = context.periodsIn(s.start(), s.end());
            for (int i = in.size() - 1; i >= 0; i--) {
                PeriodResolver.Expression e = in.get(i);
                if (e.kind() == PeriodResolver.Kind.SAME_PERIOD_LAST_YEAR) {
                    return period == null ? null : Periods.minusOneYear(period);
                }
                if (e.kind() == PeriodResolver.Kind.PERIOD && e.period() != null && isBase(context, e)) {
                    return e.period();
                }
            }
        }
        // "bondi de 56,9 %" and "un total de 77 liaisons ... à 45 villes" open no change: only a level after "from",
        // "с", "passant de" does; a span of years already gave it its first year (endOfYearSpan).
        boolean level = measure == Measure.AMOUNT || measure == Measure.SHARE;
        return level && withinOneYear(stated) && withinOneYear(period) && fromALevel(context.text(), figure.start())
                ? Periods.minusOneYear(period) : period;
    }

    /** Words before the level a change starts from: "from", "с", "от", "passant de", "est passé de". */
    private static final List<String> FROM_LEVEL = Words.foldAll("from", "from the current", "с", "со", "от",
            "passant de", "passe de", "passee de", "passes de", "passees de");

    private static boolean fromALevel(String text, int start) {
        String before = Words.fold(text.substring(Math.max(0, start - 24), start)).stripTrailing();
        for (String word : FROM_LEVEL) {
            int at = before.length() - word.length();
            // "вырос 5%" ends in "с" too: the word must start after a non-letter
            if (at >= 0 && before.endsWith(word) && (at == 0 || !Character.isLetter(before.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a period is a year or months of one year ("2023", "2023-05", "2022-01/2022-10"). */
    private static boolean withinOneYear(String period) {
        return period != null && (period.length() == 4 || period.length() == MONTH_LENGTH
                || period.length() == 15 && period.charAt(7) == '/' && period.regionMatches(0, period, 8, 4));
    }

    /** Whether a figure after this one in its sentence closes the range it opens ("from 26% to 11%"). */
    /** Where the figure that closes the range this one opens ends ("to 260,000 tons"). */
    private static int rangeClose(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        return context.surfaceIn(figure.end(), sentence.end()).get(0).end();
    }

    private static boolean rangeEndAfter(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        List<SurfaceFigure> after = context.surfaceIn(figure.end(), sentence.end());
        if (after.isEmpty()) {
            return false;
        }
        int next = after.get(0).start();
        String before = Words.fold(context.text().substring(Math.max(figure.end(), next - 8), next));
        return TextWalks.endsWithWord(before, FigureAnnotator.RANGE_END);
    }
    /** The length of a one-month period, "2024-10". */
    private static final int MONTH_LENGTH = 7;
    /** The length of a span of months, "2024-09/2024-12". */
    private static final int SPAN_LENGTH = 15;

    /** Verbs of a train setting off or arriving: "left", "отправился", "est parti", "arrived", "прибыл". */
    private static final Set<String> SETTING_OFF = WordSet.of("left", "leaves", "departed", "arrived", "arrives",
            "dispatched", "sent", "отправился", "отправлен", "отправили", "прибыл", "вышел", "parti",
            "partira", "arrive", "expedie");

    /** Whether a word of the sentence says a train set off or arrived (asked only of one train's wagons). */
    private static boolean setsOffOrArrives(FigureContext context, Sentences.Sentence sentence) {
        for (Words.Word word : context.wordsOf(sentence)) {
            if (SETTING_OFF.contains(word.folded())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a count counts wagons: a "wagons" cue right after its number ("50 railcars", "50 вагонов"). */
    private static boolean countsWagons(SurfaceFigure figure, FigureContext context) {
        return FigureAnnotator.countsCueRightAfter(figure, context, "wagons");
    }

    /**
     * The period a sentence that states none takes from the text before it: the last one set by one of the few
     * sentences before it (in its paragraph or the one before), else the headline's.
     */
    private static String carried(FigureContext context, Sentences.Sentence sentence, Sentences.Sentence previous,
                                  boolean continues, int paragraphs, String unit) {
        int index = FigureContext.sentenceOf(context, sentence.start());
        Map<FigureContext.CarriedKey, String>[] known = context.facts().carried;
        if (known[index] == null) {
            known[index] = new HashMap<>();
        }
        FigureContext.CarriedKey key = new FigureContext.CarriedKey(previous != null, continues, paragraphs, unit);
        String found = known[index].get(key);
        if (found == null && !known[index].containsKey(key)) {
            found = carriedAfresh(context, sentence, index, previous, continues, paragraphs, unit);
            known[index].put(key, found);
        }
        return found;
    }

    /**
     * Words that open a paragraph as a side remark: "To note, Uzbekistan occupies ...", "Нужно отметить, что ...",
     * "À noter ...", "Айта кетейік ...".
     */
    private static final Pattern REMARK_OPENER = Pattern.compile("(?iu)(?:to note|it should be noted|it is worth noting"
            + "|it's worth noting|note that|notably|it is noteworthy|for reference|нужно отметить|следует отметить"
            + "|стоит отметить|необходимо отметить|отметим|справочно|для справки|à noter|a noter|il convient de noter"
            + "|il est à noter|notons|айта кетейік|айта кету керек|qayd etish joiz|ta.kidlash joiz)(?!\\p{L})");
    /**
     * Words that open a paragraph as a reminder of earlier news: "Earlier, ...", "Ранее сообщалось ...", "Напомним
     * ...", "Rappelons ...", "Еске сала кетейік ...", "Eslatib o'tamiz ...".
     */
    private static final Pattern REMINDER_OPENER = Pattern.compile("(?iu)(?:earlier|recall that|as a reminder|ранее"
            + "|напомним|rappelons|pour rappel|еске сала кетейік|eslatib o)(?!\\p{L})");

    /**
     * Whether the figure's paragraph opens on a side remark or a reminder of earlier news: what it says stands beside
     * the story the paragraphs before it date ("To note, Tajikistan holds 3rd place worldwide in aluminium
     * exports" after the months of a statistics release; "Ранее сообщалось, что банки выделят до 100 миллионов
     * долларов"), so its figures take a period only from their own paragraph (the standard's "the sentence or
     * headline that sets it": a remark sets its own, or none). A remark that tells how a figure changed ("To note,
     * trade with Iran fell by 5 percent to $1.2 billion") goes on with the story's figures, over the story's
     * period; a reminder, of an earlier report, does not.
     */
    static boolean opensOnRemark(FigureContext context, Sentences.Sentence sentence, int index) {
        List<Sentences.Sentence> sentences = context.sentences();
        int first = index;
        while (first > 0 && sentences.get(first - 1).paragraph() == sentences.get(index).paragraph()) {
            first--;
        }
        Sentences.Sentence opening = sentences.get(first);
        String text = context.text();
        int at = opening.start();
        while (at < opening.end() && !Character.isLetter(text.charAt(at))) {
            at++;
        }
        if (REMINDER_OPENER.matcher(text).region(at, opening.end()).lookingAt()) {
            return true;
        }
        return REMARK_OPENER.matcher(text).region(at, opening.end()).lookingAt()
                && !FigureContext.hasCue(context, sentence, "change");
    }

    private static String carriedAfresh(FigureContext context, Sentences.Sentence sentence, int index,
                                        Sentences.Sentence previous, boolean continues, int paragraphs, String unit) {
        int intro = FigureContext.listIntro(context, index);
        if (intro >= 0) {
            // "Exports from January to October went to: — Kazakhstan – 538 thousand tons — Russia – 341 thousand
            // tons ...": every item of a list a sentence opens with a colon is of the period that sentence sets,
            // however long the list.
            String set = lastPeriodOf(context, intro);
            if (set != null) {
                return set;
            }
        }
        // A run of sentences that go on giving figures in the same unit ("Uzbekistan – 1.976 million tons. Tajikistan
        // is second with 404,000 tons. Turkmenistan is third – 230,000 tons.") goes on with one period: such
        // sentences do not count towards the reach.
        boolean remark = opensOnRemark(context, sentence, index);
        int sentencesBack = 0;
        int paragraphsBack = 0;
        int lastParagraph = sentence.paragraph();
        // whether the sentence after `before` holds a figure in the unit: what the step before found for its own
        boolean laterHolds = paragraphs > 0 && holdsUnit(context, context.sentences().get(index), unit);
        for (int k = index - 1; k >= 0; k--) {
            Sentences.Sentence before = context.sentences().get(k);
            boolean beforeHolds = paragraphs > 0 && holdsUnit(context, before, unit);
            boolean sameUnit = laterHolds && beforeHolds;
            laterHolds = beforeHolds;
            if (!sameUnit) {
                sentencesBack++;
            }
            if (before.paragraph() != sentence.paragraph() && remark) {
                return null; // a remark's paragraph sets its own period or none (opensOnRemark)
            }
            if (before.paragraph() != lastParagraph) {
                if (!sameUnit) {
                    paragraphsBack += lastParagraph - before.paragraph();
                }
                lastParagraph = before.paragraph();
            }
            // Within the paragraph; for a figure of a known metric also from the few paragraphs before (news often
            // writes one sentence a paragraph), never for the figures the vocabulary does not know.
            if (sentencesBack > FigureAnnotator.CARRY_SENTENCES || paragraphsBack > paragraphs) {
                break;
            }
            String last = lastPeriodOf(context, k);
            if (last != null && last.indexOf('/') < 0 && (narratesAnAct(context, before)
                    || last.length() == MONTH_LENGTH && statisticUnit(unit) && datesADay(context, before)
                    && !valueOfAnEvent(context, sentence))) {
                // "In June 2022, officials of both countries met in Tehran. ... Rail transit has grown by 50%": a
                // sentence with no figure that dates a one-off act (a meeting, a signing, a launch) tells when that
                // happened, not what period the figures after it cover; they take none from it or from before it,
                // nor the one period of a short note (which would be that date), only a period the headline states.
                return paragraphs == 0 ? null : context.article().titlePeriod();
            }
            if (last != null && datesAPlan(context, before)) {
                // "Two kilns work now, with a third due to start in 2026. ... up to 60 percent of its
                // output": a date a plan or forecast governs, with no figure between them, tells when the
                // foreseen event is to happen, not what period the figures after it cover; as with an act, they
                // take none from it or from before it, only a period the headline states.
                return paragraphs == 0 ? null : context.article().titlePeriod();
            }
            if (last != null) {
                // "In January-October 2023 exports reached 3.9 million tons. In January-October 2022 they were 3.1
                // million. Of this amount, ...": the same months a year before the period the text set restate the
                // base, and so does a year with "the same period" after it ("В 2022 году за аналогичный период"):
                // the text goes on with its own period.
                boolean sameMonths = last.length() > 4 && mayBeAYearAfter(context, before.start(), last);
                boolean samePeriod = statesSamePeriodOfYear(context, before);
                // "Seizures in 2025 rose to 2,742 kg. In 2024, 1,824 kg were seized. Thus the growth was 50.3%": a
                // sentence that goes back to the year before the one the text set gives the base of a change; the
                // change after it ("thus", "ainsi", "таким образом") compares the text's year with that base and is
                // of the text's year, not of the base's.
                // Only when the base is a plain level (the sentence tells no change of its own, which would narrate
                // that year) and the text's year is over by the publication date (a year's result, not this
                // year's plan or goal: "to raise trade to $1 billion in 2018 ... in 2017 it reached ...").
                boolean baseYear = !sameMonths && !samePeriod && last.length() == 4
                        && FigureContext.hasCue(context, sentence, "change")
                        && !FigureContext.hasCue(context, before, "change");
                String set = sameMonths || samePeriod || baseYear ? lastPeriodBefore(context, before.start()) : null;
                if (baseYear && set != null && context.presentPeriod() != null
                        && set.substring(0, 4).compareTo(context.presentPeriod().substring(0, 4)) >= 0) {
                    set = null;
                }
                if (samePeriod) {
                    if (set != null) {
                        return set;
                    }
                    continue;
                }
                return set != null && Periods.minusOneYear(set).equals(last) ? set : last;
            }
            if (setsUndatedPeriod(context, before)) {
                // "In the first five months this year, exports reached ... In the period, imports ...": the text set a
                // period it cannot date, and the figures after it are of that period, not of a year named before it.
                return null;
            }
            if (namesSamePeriodBase(context, before)) {
                // "Годом ранее за те же месяцы отгрузили 98 млн тонн. ... Экспорт составил 15 млн
                // тонн": a sentence about the base of the period the text set goes on with that period.
                String set = lastPeriodBefore(context, before.start());
                if (set != null) {
                    return set;
                }
            }
            if (!continues && k == index - 1 && previous == null) {
                break;
            }
        }
        if (paragraphs == 0 || remark) {
            return null;
        }
        String titled = context.article().titlePeriod();
        // Past the reach, or before the period is stated, a short statistical note's one period.
        return titled != null ? titled : notePeriod(context, sentence);
    }

    /** Whether a unit is a sum of money or a percentage: a statistic, never a count of people or loads at an event. */
    private static boolean statisticUnit(String unit) {
        return unit != null && ("percent".equals(unit)
                || unit.length() == 3 && Character.isUpperCase(unit.charAt(0)) && !"TEU".equals(unit));
    }

    /**
     * Whether a sentence gives the value of an event (decision 52: "an order's aircraft and price, agreements signed"; a
     * seizure's worth): deals signed at a forum the day dates, goods seized on it, take that day's month.
     */
    private static boolean valueOfAnEvent(FigureContext context, Sentences.Sentence sentence) {
        return FigureContext.hasCue(context, sentence, "signing") || FigureContext.hasCue(context, sentence, "deal")
                || FigureContext.hasCue(context, sentence, "seizure");
    }

    /**
     * Whether a sentence with no figure sets its period by a day of a month ("13 февраля президенты провели
     * переговоры", "after the minister's trip to Brussels on 2 June", "Le 5 mars, les ministres se sont rencontrés"):
     * a day dates what happened on it — a meeting, a visit, a statement — never the span a sum or a share after it
     * covers (decision 52: "a date in the text dates only what happened on it"), whatever verb tells the act.
     */
    private static boolean datesADay(FigureContext context, Sentences.Sentence sentence) {
        if (!context.surfaceIn(sentence.start(), sentence.end()).isEmpty()) {
            return false;
        }
        PeriodResolver.Expression set = lastSettingIn(context, sentence);
        return set != null && set.period() != null && set.period().length() == MONTH_LENGTH
                && dayDate(context.text(), set);
    }

    /** How many sentences a short statistical note has at most, its headline included (see notePeriod). */
    private static final int NOTE_SENTENCES = 18;
    /** In how many of its first sentences a note states its period (see notePeriod). */
    private static final int NOTE_TOP = 4;
    /**
     * Cues of figures that are no statistic of a period (a target, a standing share, a stake, funding):
     * a text that holds one is no statistical note, whatever its length.
     */
    private static final List<String> NOT_NOTE_CUES = List.of("target", "standing", "stake", "funding");

    /**
     * The one period a short statistical note states, which covers every figure of it, before it or far after it
     * ("Поставки ... выросли на 7%. ... За четыре месяца экспорт превысил 300 миллионов", the
     * labels' convention); or null. A text is such a note when it is short, states no deadline, no total over
     * undated years and no target, stake, standing share or funding, sets its period in its first sentences (not
     * in the figure's own, which was weighed already), and sets no other (the same months a year before are its
     * base).
     */
    private static String notePeriod(FigureContext context, Sentences.Sentence sentence) {
        if (context.sentences().size() > NOTE_SENTENCES) {
            return null;
        }
        for (Sentences.Sentence any : context.sentences()) {
            for (String kind : NOT_NOTE_CUES) {
                if (FigureContext.hasCue(context, any, kind)) {
                    return null;
                }
            }
        }
        String set = null;
        int setAt = -1;
        for (PeriodResolver.Expression e : context.periods()) {
            if (e.kind() == PeriodResolver.Kind.DEADLINE || e.kind() == PeriodResolver.Kind.CUMULATIVE) {
                return null;
            }
            if (e.kind() != PeriodResolver.Kind.PERIOD || isBase(context, e)
                    || inParentheses(context.text(), sentenceAt(context, e.start()), e.start())
                    || datesAnAct(context.text(), e.start())
                    || contrastBefore(context.text(), sentenceAt(context, e.start()), e.start())
                    || startOrBase(context.text(), sentenceAt(context, e.start()), e)) {
                continue;
            }
            String period = e.period() != null ? e.period() : anchored(e, context);
            if (period == null) {
                return null; // "за первый квартал" in an undated text: a period of its own, of no known year
            }
            // The same months a year before restate the base; two years ("в 2023 г." ... "в нынешнем году") are two
            // periods.
            boolean months = period.length() > 4;
            if (period.equals(set) || months && set != null && period.equals(Periods.minusOneYear(set))) {
                continue;
            }
            if (months && set != null && set.equals(Periods.minusOneYear(period))) {
                set = period;
                continue;
            }
            // Set at the top of the note: a year named only in its last lines is for the figures there.
            // And in a sentence after the figure's: what its own sentence dates, the figure's sentence has weighed.
            if (set != null || FigureContext.sentenceOf(context, e.start()) >= NOTE_TOP
                    || e.start() >= sentence.start() && e.start() < sentence.end()) {
                return null;
            }
            set = period;
            setAt = e.start();
        }
        return set == null || setAt < sentence.end() || !context.undated() || restatesAFigureOf(context, sentence, setAt)
                ? set : null;
    }

    /**
     * Whether the sentence holding {@code at}, which comes after {@code sentence}, tells one of that sentence's
     * figures again (same unit, same value): a note's lede or sub-headline that gives a figure the body dates
     * later ("Annual growth of 15%" ... "in 2022 trade ... 15% more than in 2021"). In an undated text, a note's one
     * period stated only after a figure covers it only so (round 47, per47): else the later sentence dates what it
     * tells itself — an earlier war (`still recovering from a 1992-97 civil war` after a clash's dead), the start of
     * a project, a month's export earnings after a day's trucks — and the figures before it keep none (the standard:
     * a period is "carried over from the sentence or headline that sets it", which comes before).
     */
    static boolean restatesAFigureOf(FigureContext context, Sentences.Sentence sentence, int at) {
        Sentences.Sentence later = context.sentences().get(FigureContext.sentenceOf(context, at));
        List<SurfaceFigure> told = context.surfaceIn(later.start(), later.end());
        for (SurfaceFigure own : context.surfaceIn(sentence.start(), sentence.end())) {
            for (SurfaceFigure again : told) {
                if (java.util.Objects.equals(own.unit(), again.unit())
                        && Math.abs(own.value() - again.value()) <= 0.005 * Math.abs(own.value())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the sentence states the figure of the same period in a year of its own, with "the same period" written
     * after the year: "В 2022 году за аналогичный период поставлено 69,4 кг", "In 2022, over the same period, ...".
     */
    private static boolean statesSamePeriodOfYear(FigureContext context, Sentences.Sentence sentence) {
        for (PeriodResolver.Expression e : context.periodsIn(sentence.start(), sentence.end())) {
            if (e.kind() == PeriodResolver.Kind.PERIOD && e.period() != null && e.period().length() == 4
                    && samePeriodJustAfter(context.text(), e.end(), sentence.end())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a figure in {@code unit} stands in the sentence. */
    private static boolean holdsUnit(FigureContext context, Sentences.Sentence sentence, String unit) {
        for (SurfaceFigure f : context.surfaceIn(sentence.start(), sentence.end())) {
            if (f.unit().equals(unit)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Verbs of a one-off act, folded: a meeting, a signing, a launch, an opening, a founding, an accession. Whole
     * words (English "met" is no stem of "metal"); see {@link #ACT_STEMS} for the inflected ones. Not "became":
     * "Last year China became the largest partner" sets the year of the figures after it.
     */
    private static final Set<String> ACT_WORDS = Set.of("met", "signed", "launched", "opened", "reopened",
            "inaugurated", "founded", "established", "joined", "signe", "signee", "signes", "signees",
            "lance", "lancee", "lances", "lancees", "inaugure", "inauguree", "fonde", "fondee", "rencontre",
            "rencontres", "adhere", "rejoint");
    /** Beginnings of inflected verbs of a one-off act (Russian): "подписали", "запущена", "открыт", "вступил". */
    private static final List<String> ACT_STEMS = Stems.copyOf(Words.foldAll("подписал", "подписан", "запущен",
            "запустил", "открыт", "открыл", "встретил", "основан", "создан", "вступил"));

    /**
     * Whether a sentence holds no figure and tells a one-off act ("In June 2022, officials met in Tehran", "On April
     * 10, 2021, Uzbekistan joined the scheme", "в 2014 была запущена дорога"): its date is the act's.
     */
    private static boolean narratesAnAct(FigureContext context, Sentences.Sentence sentence) {
        if (!context.surfaceIn(sentence.start(), sentence.end()).isEmpty()) {
            return false;
        }
        for (Words.Word w : context.wordsOf(sentence)) {
            String word = w.folded();
            if (ACT_WORDS.contains(word) || Words.startsWithAny(word, ACT_STEMS)) {
                return true;
            }
        }
        return false;
    }

    /** Words of a comparison with the year before that name no period: "grew by 9.3 percent year-on-year". */
    private static final SentenceGate YEAR_ON_YEAR = new SentenceGate(Pattern.compile(
            "(?iU)\\byear[- ]on[- ]year\\b|\\bsur un an\\b"), List.of("on year", "on-year", "sur un an"));

    /**
     * Whether the sentence compares its figures with the same months a year before, naming no period of its own:
     * "15.6% above the same period last year", "an increase of 8% relative to the first four months of 2022",
     * "grew by 9.3 percent year-on-year".
     */
    private static boolean comparesWithSamePeriod(FigureContext context, Sentences.Sentence sentence) {
        if (context.sentenceFinds(YEAR_ON_YEAR, sentence) || namesSamePeriodBase(context, sentence)) {
            return true;
        }
        for (PeriodResolver.Expression e : context.periodsIn(sentence.start(), sentence.end())) {
            if (e.kind() == PeriodResolver.Kind.PERIOD && e.period() != null && yearToDate(e.period())
                    && isBase(context, e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence names "the same period last year" ("За аналогичный период прошлого года"). */
    private static boolean namesSamePeriodBase(FigureContext context, Sentences.Sentence sentence) {
        for (PeriodResolver.Expression e : context.periodsIn(sentence.start(), sentence.end())) {
            if (e.kind() == PeriodResolver.Kind.SAME_PERIOD_LAST_YEAR) {
                return true;
            }
            // "compared with the same period of 2024", "ўтган йилнинг мос даврига нисбатан": a base of the same months
            if (e.kind() == PeriodResolver.Kind.PERIOD && isBase(context, e)
                    && (samePeriodBase(context, e) || samePeriodAfter(context.text(), e.end()))) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> SINCE_CUES = List.of("since", "depuis", "с", "со");
    private static final List<String> COMPARED_WITH = List.of("сравнению с", "сравнении с", "сравнению со");

    /**
     * "has invested $20 billion in Kazakhstan since 2014", "20 млрд долларов начиная с 2014 года": a level before a
     * bare "since" year is the total from that January to the publication month (audit row 58), where a change
     * before it ("up 20% since 2019") takes the year as its base. A total whose end the text does not date when the
     * publication month is unknown; null when the expression is no such year.
     */
    private static PeriodResolver.Expression sinceYearAfter(FigureContext context, SurfaceFigure figure,
                                                           PeriodResolver.Expression e) {
        if (e.kind() != PeriodResolver.Kind.PERIOD || e.start() < figure.end() || e.period() == null
                || e.period().length() != 4) {
            return null;
        }
        String before = Words.fold(context.text().substring(Math.max(0, e.start() - 24), e.start())).strip();
        if (SINCE_CUES.stream().noneMatch(cue -> endsWithCue(before, cue))
                || COMPARED_WITH.stream().anyMatch(before::endsWith)) {
            return null;
        }
        String now = context.presentPeriod();
        if (now == null) {
            return new PeriodResolver.Expression(e.start(), e.end(), PeriodResolver.Kind.CUMULATIVE, null);
        }
        if (now.substring(0, 4).compareTo(e.period()) <= 0) {
            return null;
        }
        return new PeriodResolver.Expression(e.start(), e.end(), PeriodResolver.Kind.PERIOD,
                e.period() + "-01/" + now.substring(0, 7));
    }

    /**
     * Whether "level" follows a period at once ("22.9 percent of the 2014 level", "at the 2023 levels"): the period
     * names the level a figure is measured against, not the figure's own time (gold-p).
     */
    private static boolean levelAfter(String text, int end) {
        int at = end;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\u00A0')) {
            at++;
        }
        return at > end && text.regionMatches(true, at, "level", 0, 5);
    }

    /**
     * A comparison base is not the figure's period: "up 65% compared to 2022", "по сравнению с 2021 годом",
     * "comparé à la même période de 2022". (The amount of that same period, after it, takes it:
     * "6,8 % de plus qu'à la même période l'année précédente (22,1 milliards)".)
     */
    private static boolean isBase(FigureContext context, PeriodResolver.Expression e) {
        // Every figure of a sentence asks about the same expressions: decide each once.
        byte known = context.facts().bases[e.start()];
        if (known == FigureContext.SentenceFacts.UNKNOWN) {
            known = decideBase(context.text(), e) ? FigureContext.SentenceFacts.YES : FigureContext.SentenceFacts.NO;
            context.facts().bases[e.start()] = known;
        }
        return known == FigureContext.SentenceFacts.YES;
    }

    private static boolean decideBase(String text, PeriodResolver.Expression e) {
        if (e.kind() == PeriodResolver.Kind.SAME_PERIOD_LAST_YEAR || datesComparedFigure(text, e.start())
                || levelAfter(text, e.end())) {
            return true;
        }
        int from = Math.max(0, e.start() - 32);
        String before = withoutYearWord(Words.fold(text.substring(from, e.start()))
                .replace('’', '\'').strip());
        boolean span = e.period() != null && e.period().indexOf('/') > 0;
        // "a fifth more than in the second quarter of 2021": an article may stand between "than" and the period
        // (not after "over" or "since": "over the year" is the period itself).
        String bare = before;
        for (String article : COMPARED_ARTICLES) {
            if (bare.endsWith(article)) {
                bare = bare.substring(0, bare.length() - article.length()).strip();
                break;
            }
        }
        // A cue the text ends with ends with the text's last char: the others (most) are passed over at once.
        char last = before.isEmpty() ? 0 : before.charAt(before.length() - 1);
        char bareLast = bare == before || bare.isEmpty() ? 0 : bare.charAt(bare.length() - 1);
        for (int k = 0; k < BASE_CUE_ARRAY.length; k++) {
            char cueLast = BASE_CUE_LASTS[k];
            if (cueLast != last && cueLast != bareLast) {
                continue;
            }
            String cue = BASE_CUE_ARRAY[k];
            // A whole word: "turnover in 2023" does not end with the cue "over".
            boolean here = endsWithCue(before, cue);
            if (here || (bare != before && cue.startsWith("than") && endsWithCue(bare, cue))) {
                if (SPAN_OPENING_CUES.contains(cue) && span) {
                    return false; // "с января по август": the span "с" opens, not a base
                }
                if ((OVER.equals(cue) || CHANGE_FROM_CUES.contains(cue)) && span) {
                    return false; // "amounted to $258.6 million over H1 2022": the span it covers, not a base
                }
                if (OVER.equals(cue) && PAST_YEAR.equals(Words.fold(text.substring(e.start(),
                        Math.min(e.end(), e.start() + PAST_YEAR.length()))))) {
                    return false; // "over the past year, trade amounted to $1.09 billion": the year it covers
                }
                if (OVER.equals(cue) && PAST_WEEK_OR_DAY.matcher(text).region(e.start(), e.end()).matches()) {
                    return false; // "handled 1,500 tons over the past week", "over the past 24 hours": what it covers
                }
                // "que" / "qu'en" make a base only after a comparison ("plus qu'en 2022"), not after a verb of
                // saying ("a rappelé qu'en 2024").
                return !cue.startsWith("qu") || comparativeBefore(text, e.start());
            }
        }
        return followedByBasePostposition(text, e.end()) || afterVerbOfExceeding(before) || afterEquative(before)
                || afterBaseData(before) || yearInTheAblative(text, e) || ofTheMultiplied(text, e);
    }

    /**
     * The end of an equative comparison, as the folded text before a period ends with it: "twice as high as in",
     * "three times as much as", "the same level as during". What the comparison is "as" is its base.
     */
    private static final Pattern EQUATIVE_END = Pattern.compile(
            "(?U)\\b(?:as\\s+\\p{L}+|same(?:\\s+\\p{L}+){0,2})\\s+as(?:\\s+(?:in|during|for|over|at))?(?:\\s+the)?$");

    /** Whether the folded text before a period ends with an equative comparison ({@link #EQUATIVE_END}). */
    private static boolean afterEquative(String before) {
        return (before.endsWith(" as") || before.endsWith(" in") || before.endsWith(" the") || before.endsWith("ing")
                || before.endsWith(" for") || before.endsWith(" over") || before.endsWith(" at"))
                && before.contains(" as ") && EQUATIVE_END.matcher(before).find();
    }

    /** How far before a period a multiple may stand whose base that period dates. */
    private static final int MULTIPLIED_REACH = 80;
    /**
     * A multiple and the start of the figure it multiplies, up to the end of the text before a period in one clause:
     * "more than double the $292 million recorded in", "three times of the", "plus du double du volume saisi pour".
     * (Past forms, "doubled the", are verbs that a period after them dates.) A decimal point or comma between digits
     * ends no clause.
     */
    private static final Pattern OF_THE_MULTIPLIED = Pattern.compile("(?U)(?:\\b(?:double|twice|triple|treble)"
            + "|\\d[\\s-]*(?:times|fold|fois)"
            + "|\\b(?:two|three|four|five|ten|deux|trois|quatre|cinq|dix)[- ](?:times|fold|fois))"
            + "\\s+(?:of\\s+)?(?:(?:the|that of|those of|du|de la|des|celui de|celle de|ceux de)(?![\\p{L}'])|de l')"
            + "(?:[^,;:()!?.]|[.,](?=\\d))*$");

    /**
     * "This is more than double the $292 million recorded in 2020", "more than four times of the 2016 figure", "plus
     * du double du total exporté pour toute l'année 2005": a period in the noun a multiple is taken of dates what the
     * multiple counts from, a base, as "than 2020" does; the figure compared and those after it are not of it.
     */
    private static boolean ofTheMultiplied(String text, PeriodResolver.Expression e) {
        return multipleBefore(text, e) >= 0;
    }

    /** Where the multiple {@link #ofTheMultiplied} finds before a period starts in the text, or -1. */
    private static int multipleBefore(String text, PeriodResolver.Expression e) {
        if (e.kind() != PeriodResolver.Kind.PERIOD) {
            return -1;
        }
        int from = Math.max(0, e.start() - MULTIPLIED_REACH);
        // Folded char by char: an offset in the folded text is one in the text.
        String before = Words.foldKeepingOffsets(text, from, e.start()).replace('’', '\'');
        if (!(before.contains("doubl") || before.contains("twice") || before.contains("tripl")
                || before.contains("trebl") || before.contains("times") || before.contains("fold")
                || before.contains("fois"))) {
            return -1;
        }
        Matcher m = OF_THE_MULTIPLIED.matcher(before);
        return m.find() ? from + m.start() : -1;
    }

    /**
     * "2023 жылдан 13 пайызға артқан", "2023 yildan 13 foizga oshgan": a year in the ablative is what a change is
     * counted from, unless a word of "since", "starting" or "after" follows it ("2020 жылдан бері", "2023 yildan
     * boshlab").
     */
    private static final Pattern YEAR_ABLATIVE = Pattern.compile("(?iU)^\\d{4}\\s*-?\\s*(?:жылдан|yildan|йилдан)(?!\\p{L})"
            + "(?!\\s+(?:бері|бастап|кейін|соң|beri|buyon|boshlab|keyin|бери|буён|бошлаб|кейин)(?!\\p{L}))");

    private static boolean yearInTheAblative(String text, PeriodResolver.Expression e) {
        return e.period() != null && e.period().length() == 4
                && YEAR_ABLATIVE.matcher(text.substring(e.start(), Math.min(text.length(), e.end() + 24))).find();
    }

    /**
     * Whether the text before a period ends with a comparison and the figures it compares with: "par rapport aux
     * données des", "compared to the figures of", "по сравнению с показателями".
     */
    private static boolean afterBaseData(String before) {
        int end = before.length();
        boolean noun = false;
        for (int seen = 0; seen < 4; seen++) {
            int start = end;
            while (start > 0 && Character.isLetter(before.charAt(start - 1))) {
                start--;
            }
            String word = before.substring(start, end);
            if (BASE_DATA_NOUNS.contains(word)) {
                noun = true;
            } else if (!BASE_DATA_LINKS.contains(word)) {
                break;
            }
            end = start;
            while (end > 0 && (before.charAt(end - 1) == ' ' || before.charAt(end - 1) == '\'')) {
                end--;
            }
        }
        if (!noun) {
            return false;
        }
        String rest = before.substring(0, end);
        for (String cue : DATA_BASE_CUES) {
            if (endsWithCue(rest, cue)) {
                return true;
            }
        }
        return false;
    }

    /** The comparisons that may name the figures they compare with before the period. */
    private static final List<String> DATA_BASE_CUES = List.of("compared to", "compared with", "par rapport aux",
            "par rapport a", "par rapport au", "contre", "по сравнению с", "по сравнению со", "against", "versus",
            "than", "than the", "relative to", "с", "к");

    private static final String OVER = "over";
    private static final String PAST_YEAR = "the past year";
    /** "the past week", "the last 24 hours": the week or day a figure after "over" covers (PeriodResolver's LAST_WEEK). */
    private static final Pattern PAST_WEEK_OR_DAY = Pattern.compile("(?i)the\\s+(?:past|last)\\s+(?:week|24\\s+hours"
            + "|twenty-four\\s+hours)");

    private static boolean endsWithCue(String before, String cue) {
        return before.endsWith(cue) && (before.length() == cue.length()
                || !Character.isLetter(before.charAt(before.length() - cue.length() - 1)));
    }

    /** Verbs that set a figure above another period's: "surpassed the indicators of 2020", "превысил показатели 2020 года". */
    private static final List<String> EXCEEDING = List.of("surpass", "exceed", "outstrip", "outpac", "превыс", "превыш",
            "превзо", "depass");
    /** Words that may stand between such a verb and the period it surpasses. */
    private static final Set<String> EXCEEDED_NOUNS = Set.of("the", "of", "its", "indicators",
            "indicator", "figure", "figures", "level", "levels", "record", "показатели", "показатель", "уровень",
            "уровни", "le", "la", "les", "de", "du", "des", "niveau", "chiffre", "chiffres", "в", "за");

    /** Whether the text before a period ends with a verb of exceeding and at most three words of what it exceeds. */
    private static boolean afterVerbOfExceeding(String before) {
        // The last four runs of letters, read backwards without a regular expression (decideBase asks this of every
        // period before a figure).
        int end = before.length();
        for (int seen = 0; seen < 4; seen++) {
            while (end > 0 && !Character.isLetter(before.codePointBefore(end))) {
                end -= Character.charCount(before.codePointBefore(end));
            }
            if (end == 0) {
                return false;
            }
            int start = end;
            while (start > 0 && Character.isLetter(before.codePointBefore(start))) {
                start -= Character.charCount(before.codePointBefore(start));
            }
            String word = before.substring(start, end);
            end = start;
            for (String verb : EXCEEDING) {
                if (word.startsWith(verb)) {
                    return true;
                }
            }
            if (!EXCEEDED_NOUNS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** Words that name the year before its number: "la même période de l'année 2020", "the same period of the year 2020". */
    private static final List<String> YEAR_NOUNS = List.of(" l'annee", " the year");

    /** The text before a year without a last word that only says "year", so that the cue before it shows. */
    private static String withoutYearWord(String before) {
        for (String noun : YEAR_NOUNS) {
            if (before.endsWith(noun)) {
                return before.substring(0, before.length() - noun.length()).strip();
            }
        }
        return before;
    }

    /** Kazakh and Uzbek stems of "level" and "indicator", the figures of a year a base may name before "from". */
    private static final List<String> BASE_NOUN_STEMS = Stems.of("деңгей", "көрсеткіш", "кўрсаткич", "курсаткич",
            "даража", "daraja");
    /** Kazakh and Uzbek endings of the ablative ("from"), after a vowel or a consonant, hard or soft. */
    private static final List<String> ABLATIVE_ENDINGS = List.of("ден", "дан", "тен", "тан", "нен", "нан",
            "dan", "tan", "nan");

    /**
     * Whether a word is "level" or "indicator" in the ablative: "2024 жылғы деңгейден 7,2%-ға асты", "өткен жылғы
     * көрсеткіштен 5,5%-ға артық", "2024 yilgi darajadan": the year before it is the base the figure is
     * measured from (in English, Russian and French "from the 2024 level" is a comparison cue before the year).
     */
    private static boolean baseNounFrom(String word) {
        String folded = Words.fold(word);
        if (!Words.startsWithAny(folded, BASE_NOUN_STEMS) && !Words.startsWithAny(word, BASE_NOUN_STEMS)) {
            return false;
        }
        for (String ending : ABLATIVE_ENDINGS) {
            if (folded.endsWith(ending) || word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** "Corresponding" in Uzbek and Kazakh: with "period" after it, a base ("mos davr", "сәйкес кезең"). */
    private static final Set<String> CORRESPONDING_WORDS = Set.of("mos", "мос", "сәйкес");
    private static final List<String> PERIOD_STEMS = Stems.copyOf(Stream.of("давр", "davr", "кезең")
            .flatMap(w -> Stream.of(w, Words.fold(w))).distinct().toList());

    /** Whether the word after the blanks from {@code at} starts with a stem of "period". */
    private static boolean periodWordAt(String text, int at) {
        String word = TextWalks.lettersAfter(text, at).toLowerCase(java.util.Locale.ROOT);
        return Words.startsWithAny(word, PERIOD_STEMS) || Words.startsWithAny(Words.fold(word), PERIOD_STEMS);
    }

    /** Uzbek and Kazakh stems of "year" and "period", as written and as folded ("йил" folds to "иил"). */
    private static final List<String> YEAR_OR_PERIOD_STEMS = Stems.copyOf(Stream.of("жыл", "yil", "йил", "давр",
            "davr", "кезең").flatMap(w -> Stream.of(w, Words.fold(w))).distinct().toList());

    /**
     * Uzbek and Kazakh put "compared to" after the base: "2021 yilga nisbatan", "өткен жылға қарағанда". The
     * period's word may carry a case ending before the postposition.
     */
    private static boolean followedByBasePostposition(String text, int end) {
        int i = end;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-'
                || text.charAt(i) == '\'' || text.charAt(i) == '’' || text.charAt(i) == 'ʻ')) {
            i++;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        for (int words = 0; words < 4; words++) {
            int j = i;
            while (j < text.length() && Character.isLetter(text.charAt(j))) {
                j++;
            }
            String word = text.substring(i, j).toLowerCase(java.util.Locale.ROOT);
            if (BASE_POSTPOSITIONS.contains(word) || baseNounFrom(word)) {
                return true;
            }
            if (CORRESPONDING_WORDS.contains(word) && periodWordAt(text, j)) {
                // "өткен жылдың сәйкес кезеңіндегі көрсеткішке тең", "o'tgan yilning mos davrida": the corresponding
                // period of a year is the base of a comparison, as "аналогичный период прошлого года" is, whatever
                // verb follows.
                return true;
            }
            if (!(Words.startsWithAny(word, YEAR_OR_PERIOD_STEMS) || Words.startsWithAny(Words.fold(word), YEAR_OR_PERIOD_STEMS)
                    || SAME_PERIOD_WORDS.contains(word))) {
                return false; // only "year" and "(that) period" may come between: "2021 жылға қарағанда", "йилнинг шу даврига нисбатан"
            }
            i = j;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return false;
    }

    private static boolean comparativeBefore(String text, int at) {
        String before = Words.fold(text.substring(Math.max(0, at - 60), at));
        for (String word : COMPARATIVES) {
            if (before.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What may stand between a change and the period of the level it reached: "rose by $2 billion, or 40%, to
     * $7 billion in 2019", "a augmenté de 12 %, à 3 milliards de dollars en", "вырос на 12%, до 3 млрд долларов
     * в": the change is of that level's period.
     */
    private static final Pattern CHANGE_TO_LEVEL = Pattern.compile(
            "(?:,\\s*(?:or|ou|soit|или)\\s+[^,;:()]{1,30},)?\\s*,?\\s*(?:to|reaching|à|a|до|составив|достигнув"
                    + "|pour atteindre|atteignant)\\s+(?:[^,;:()]|(?<=\\d),(?=\\d))*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words that open an aside restating a figure: ", soit environ 50 000 barils", ", or about", ", что составляет". */
    private static final List<String> RESTATING = List.of("soit", "or about", "or around", "or some", "i.e.",
            "that is", "что составляет", "что эквивалентно", "или около", "или порядка");

    /**
     * Where the words after a figure resume past the parenthesis that restates it in another unit, right after it
     * ("281,5 millions de dollars (251,2 millions d'euros) en 2018", "$4 billion (3.6 billion euros) in 2023"), so
     * that a period after the parenthesis still stands right after the figure; {@code from} when none opens there
     * or it holds no number.
     */
    private static int pastRestatement(String text, int from, int to) {
        int at = from;
        while (at < to && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (at >= to || text.charAt(at) != '(') {
            return from;
        }
        int close = text.indexOf(')', at);
        if (close < 0 || close >= to || close - at > 40) {
            return from;
        }
        for (int i = at + 1; i < close; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return close + 1;
            }
            if (text.charAt(i) == '(') {
                return from;
            }
        }
        return from;
    }

    /**
     * Whether {@code [from, to)} is one aside set off by two commas that restates the figure before it: ", soit
     * environ 50 000 barils par jour, ".
     */
    private static boolean restatingAside(String text, int from, int to) {
        String between = text.substring(from, to);
        int first = -1;
        int last = -1;
        int commas = 0;
        for (int i = 0; i < between.length(); i++) {
            boolean inNumber = i > 0 && i + 1 < between.length() && Character.isDigit(between.charAt(i - 1))
                    && Character.isDigit(between.charAt(i + 1)); // "50,000"
            if (between.charAt(i) == ',' && !inNumber) {
                first = first < 0 ? i : first;
                last = i;
                commas++;
            }
        }
        if (commas != 2 || !between.substring(0, first).isBlank()) {
            return false;
        }
        String tail = between.substring(last + 1).strip(); // at most a preposition: ", en 2026", ", in 2026"
        if (tail.length() > 4 || !tail.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String aside = between.substring(first + 1, last).strip().toLowerCase(java.util.Locale.ROOT);
        for (String word : RESTATING) {
            if (aside.startsWith(word) && aside.length() > word.length() && aside.charAt(word.length()) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Whether only closing punctuation (and the word "year": "в 2023 году.") follows {@code from} to the end. */
    private static boolean closesSentence(String text, int from, int end) {
        int stop = Math.min(end, text.length());
        StringBuilder word = new StringBuilder();
        for (int i = from; i < stop; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
            } else if (!Character.isWhitespace(c) && ".!?\"”»)'’".indexOf(c) < 0) {
                return false;
            }
        }
        return word.isEmpty() || YEAR_WORDS.contains(word.toString());
    }

    /** Whether a comma comes right before {@code at}, or a comma and one preposition ("rising 5%, in 2023"). */
    private static boolean setOffByComma(String text, int from, int at) {
        int comma = text.lastIndexOf(',', at - 1);
        if (comma < from) {
            return false;
        }
        String between = text.substring(comma + 1, at).strip();
        return between.isEmpty() || (between.length() <= 6 && between.chars().allMatch(Character::isLetter));
    }

    private static String resolve(List<PeriodResolver.Expression> expressions, int chosen, FigureContext context) {
        PeriodResolver.Expression e = expressions.get(chosen);
        switch (e.kind()) {
            case SAME_PERIOD_LAST_YEAR -> {
                for (int k = chosen - 1; k >= 0; k--) {
                    if (expressions.get(k).kind() == PeriodResolver.Kind.PERIOD && expressions.get(k).period() != null) {
                        return Periods.minusOneYear(expressions.get(k).period());
                    }
                }
                // "Exports reached $362.7 million during the period, up from $350.4 million in the same period last
                // year": the period the text set before, a year earlier.
                String set = lastPeriodBefore(context, e.start());
                return set == null ? null : Periods.minusOneYear(set);
            }
            case PRESENT -> {
                return context.presentPeriod();
            }
            default -> {
                // "$10 billion in 2023, compared with $8 billion a year earlier": a year before the period the
                // sentence set, not before the publication.
                if ((e.period() == null ? context.undated() : e.period().length() == 4)
                        && beforeAnotherYear(context.text(), e)) {
                    for (int k = chosen - 1; k >= 0; k--) {
                        PeriodResolver.Expression named = expressions.get(k);
                        if (named.kind() == PeriodResolver.Kind.PERIOD && named.period() != null) {
                            return Periods.minusOneYear(named.period());
                        }
                    }
                    // "Between September and December 2025 ... During the same period, shipments reached 2.7 million
                    // tons, up from 2.2 million tons the previous year": the months the text set, a year earlier,
                    // when that is the year the words name (the standard: the base of a comparison with the same
                    // period last year is of the same months).
                    String months = sameMonthsAYearBefore(context, e);
                    if (months != null) {
                        return months;
                    }
                }
                if (e.period() != null && e.period().length() == 4 && (samePeriodBase(context, e)
                        || samePeriodOfYearAfter(context.text(), e.end()))) {
                    // "В 2022 году за аналогичный период поставлено 69,4 килограмма": a year that the same period
                    // follows names the months the text set, in that year, as "the same period of 2022" does.
                    return sameMonthsIn(expressions, chosen, context, Integer.parseInt(e.period()));
                }
                return e.period() != null ? e.period() : anchored(e, context);
            }
        }
    }

    /**
     * Whether an undated text's first period, up to and including the one starting at {@code at}, is a relative one
     * ("in the first five months this year") in a sentence that names no year, under a headline that names none: the
     * text then never says which year it calls this year, and the years it names later date its data, not its time
     * of writing (the conventions: a relative period resolves against a date the text states, or the year its own
     * paragraph names for it, else it is null).
     */
    private static boolean opensUndated(FigureContext context, int at) {
        if (context.article().titlePeriod() != null) {
            return false;
        }
        for (PeriodResolver.Expression first : context.periodsIn(0, at + 1)) {
            if (first.kind() != PeriodResolver.Kind.PERIOD) {
                continue;
            }
            if (first.period() != null) {
                return false;
            }
            Sentences.Sentence sentence = context.sentences().get(FigureContext.sentenceOf(context, first.start()));
            for (PeriodResolver.Expression beside : context.periodsIn(sentence.start(), sentence.end())) {
                if (beside.kind() == PeriodResolver.Kind.PERIOD && beside.period() != null) {
                    return false; // "this year, 56% more than in 2023": set against a year the text names
                }
            }
            return true;
        }
        return false;
    }

    /** Whether the sentence sets a relative period that an undated text opening on one (opensUndated) cannot date. */
    private static boolean setsUndatedPeriod(FigureContext context, Sentences.Sentence sentence) {
        if (!context.undated()) {
            return false;
        }
        for (PeriodResolver.Expression e : context.periodsIn(sentence.start(), sentence.end())) {
            if (e.kind() == PeriodResolver.Kind.PERIOD && e.period() == null && opensUndated(context, e.start())
                    && anchored(e, context) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "compared to $519 million during the same months of 2021", "contre 1,8 milliard au cours de la même période de
     * 2023": the figure of the base covers the months the sentence (else the text before it) set, in the base's
     * year; the year alone when no months were set.
     */
    private static String sameMonthsIn(List<PeriodResolver.Expression> expressions, int chosen, FigureContext context,
                                       int year) {
        String set = null;
        int namedStart = 0;
        for (int k = chosen - 1; k >= 0 && set == null; k--) {
            PeriodResolver.Expression named = expressions.get(k);
            if (named.kind() == PeriodResolver.Kind.PERIOD && named.period() != null) {
                set = named.period();
                namedStart = named.start();
            }
        }
        if (set == null) {
            set = lastPeriodBefore(context, expressions.get(chosen).start());
        } else if (set.length() == 4) {
            // "sales grew fast in the first half of 2022 ... $50 million in 2022, and $31
            // million in the same period of 2021": a bare year restating the months the text set in that year
            // stands for those months (SamePeriodOfYear).
            set = SamePeriodOfYear.monthsOfYear(set, lastPeriodBefore(context, namedStart));
        }
        if (set == null && context.undated()) {
            // "За девять месяцев текущего года ... В 2022 году за аналогичный период": an undated text's months of a
            // year it does not name are still the months the base repeats, in the base's year.
            PeriodResolver.Expression relative = null;
            for (PeriodResolver.Expression e : context.periodsIn(0, expressions.get(chosen).start())) {
                if (e.kind() == PeriodResolver.Kind.PERIOD && e.period() == null) {
                    relative = e;
                }
            }
            String months = relative == null ? null : PeriodResolver.inYear(
                    Words.foldKeepingOffsets(context.text().substring(relative.start(), relative.end())), year);
            set = months != null && months.length() == 15 && months.regionMatches(0, months, 8, 4) ? months : null;
        }
        return set != null && set.length() > 4 && set.charAt(4) == '-' ? Periods.movedTo(set, year)
                : String.valueOf(year);
    }

    /**
     * The period of a relative expression ("last year", "the first half of this year") in an article with no date:
     * the year its paragraph, or the one before, names (the latest one, not a comparison base), as in "In 2023, 6.6
     * million visited. Last year, students numbered 16.8 thousand."; else the year after a "same period of"
     * base in its sentence ("в январе-октябре этого года ... по сравнению с аналогичным периодом 2021 года").
     * Null when the text names neither. In a text that opens on an undated relative period (see
     * {@link #opensUndated}) only the expression's own paragraph may name its year: a year the paragraphs before
     * gave to their data ("from 40 billion in 2014 to 90 billion in 2023") is not the text's "now".
     */
    private static String anchored(PeriodResolver.Expression e, FigureContext context) {
        return anchored(e, context, true);
    }

    /**
     * {@link #anchored}; with {@code wide} false only the expression's own sentence and paragraph may date it
     * (no paragraph before, no headline, no year of writing shown elsewhere).
     */
    private static String anchored(PeriodResolver.Expression e, FigureContext context, boolean wide) {
        if (!context.undated() || e.kind() != PeriodResolver.Kind.PERIOD) {
            return null;
        }
        boolean paragraphBefore = wide && !opensUndated(context, e.start());
        String folded = Words.foldKeepingOffsets(context.text().substring(e.start(), e.end()));
        for (String word : BEFORE_ANOTHER_YEAR) {
            if (folded.contains(word)) {
                return null; // "the previous year", "годом ранее": before a year the text narrates, not before today
            }
        }
        List<Sentences.Sentence> sentences = context.sentences();
        Sentences.Sentence own = sentences.get(FigureContext.sentenceOf(context, e.start()));
        String compared = yearComparedInSentence(e, folded, context, own);
        if (compared != null) {
            return compared;
        }
        int from = own.start();
        int to = own.end();
        for (Sentences.Sentence s : sentences) {
            if (s.paragraph() == own.paragraph() || (paragraphBefore && s.paragraph() == own.paragraph() - 1)) {
                from = Math.min(from, s.start());
                to = Math.max(to, s.end());
            }
        }
        int year = 0;
        boolean toDate = false;
        int base = 0;
        for (PeriodResolver.Expression named : context.periodsIn(from, to)) {
            if (named.kind() != PeriodResolver.Kind.PERIOD || named.period() == null) {
                continue;
            }
            int end = Integer.parseInt(named.period().substring(named.period().lastIndexOf('/') + 1).substring(0, 4));
            boolean inOwnSentence = named.start() >= own.start() && named.end() <= own.end();
            if (!isBase(context, named)) {
                // A year named beside "this year" in one sentence is another year ("64 bn in 2022 and +22% in the
                // first quarter of this year"); nor is a year inside parentheses the text's own ("(TIF 2024)").
                if (inOwnSentence && !inParentheses(context.text(), own.start(), named.start())) {
                    return null; // the sentence sets the relative period against a year it names: it is not that one
                }
                if (inParentheses(context.text(), from, named.start())) {
                    continue;
                }
                if (named.start() < own.start() && !sameParagraph(context, named, own)
                        && (datesAnAct(context.text(), named.start()) || datesOtherFigures(context, named, own))) {
                    continue; // the paragraph before gave its year to other data or to an act, not to "now"
                }
                if (end > year) {
                    toDate = yearToDate(named.period());
                } else if (end == year) {
                    toDate &= yearToDate(named.period());
                }
                year = Math.max(year, end);
            } else if (inOwnSentence && (samePeriodBase(context, named) || sameMonths(named.period(), folded))) {
                // "de janvier à septembre de cette année ... par rapport aux neuf premiers mois de 2022": the same
                // months a year before, so this year is the one after
                base = Math.max(base, end + 1);
            } else if (named.start() >= own.end() && samePeriodBase(context, named)
                    && FigureContext.sentenceOf(context, named.start()) == FigureContext.sentenceOf(context, own.start()) + 1) {
                // "In January-March, $2.5 billion came in. Compared with the same period of 2023, that is 8.6% more":
                // the sentence right after compares those months with the same ones of its base year
                base = Math.max(base, end + 1);
            }
        }
        String titled = context.article().titlePeriod();
        // The months of a year so far ("За первые четыре месяца 2024 года", "In January-February 2023") are reported
        // in that year: it is the year of writing, and "last year" the one before it, not the year named.
        int anchor = base > 0 ? base : year > 0 ? (toDate ? year - PeriodResolver.yearsBack(folded) : year)
                : titled != null ? Integer.parseInt(titled.substring(titled.lastIndexOf('/') + 1).substring(0, 4))
                        - (soFar(titled) ? PeriodResolver.yearsBack(folded) : 0)
                : 0;
        if (!wide) {
            return base > 0 || year > 0 ? PeriodResolver.inYear(folded, anchor) : null;
        }
        if (anchor == 0) {
            // The year of writing, as the text's own comparison implies it: "last year" is the one before.
            int written = yearAfterSamePeriodBase(context);
            if (written == 0) {
                written = yearOfWriting(context);
            }
            if (written == 0) {
                written = yearOfWritingByComparison(context);
            }
            if (written == 0) {
                written = yearOfWritingByParagraph(context, e);
            }
            anchor = written == 0 ? 0 : written - PeriodResolver.yearsBack(folded);
        }
        return anchor == 0 ? null : PeriodResolver.inYear(folded, anchor);
    }

    /** Whether a headline's period is months of one year short of the whole: "January-May 2025", "May 2025". */
    private static boolean soFar(String period) {
        return period.length() == 7 || yearToDate(period);
    }

    /**
     * The year an undated text is written in, as a relative year before {@code e} that its own paragraph dates shows
     * it ("reported a rise of 15% last year. ... 59,400 TEUs were transported in 2025": written in 2026); 0 when none.
     * The 2026-12-04 decision on undated texts: "a year so stated dates the text's other relative periods, as a date
     * would".
     */
    private static int yearOfWritingByParagraph(FigureContext context, PeriodResolver.Expression e) {
        for (PeriodResolver.Expression r : context.periodsIn(0, e.start())) {
            if (r.kind() != PeriodResolver.Kind.PERIOD || r.period() != null || r == e) {
                continue;
            }
            String own = anchored(r, context, false);
            if (own != null && own.length() == 4) {
                String folded = Words.foldKeepingOffsets(context.text().substring(r.start(), r.end()));
                return Integer.parseInt(own) + PeriodResolver.yearsBack(folded);
            }
        }
        return 0;
    }

    /** Whether a period named before {@code own} lies in {@code own}'s paragraph. */
    private static boolean sameParagraph(FigureContext context, PeriodResolver.Expression named,
                                         Sentences.Sentence own) {
        return context.sentences().get(FigureContext.sentenceOf(context, named.start())).paragraph() == own.paragraph();
    }

    /** How near two values must be to be the same figure stated twice ("61 million tons ... in 2023", "61 million"). */
    private static final double SAME_VALUE = 0.005;

    /**
     * Whether the year {@code named} dates figures of its own sentence that the relative period's sentence
     * {@code own} does not state again: "В 2023 году ... более 8 млн тонн" before "в прошлом году ... 2,7 млн
     * тонн", "$425.3 million in 2013" before "$37 million last year". Such a year is the period of other data, which
     * does not date the writing (the 2026-12-04 decision on undated texts); one that gives the same figure ("about 61
     * million tons ... in 2023", then "61 million tons for the year") or none is the year spoken of.
     */
    private static boolean datesOtherFigures(FigureContext context, PeriodResolver.Expression named,
                                             Sentences.Sentence own) {
        Sentences.Sentence of = context.sentences().get(FigureContext.sentenceOf(context, named.start()));
        boolean any = false;
        List<SurfaceFigure> stated = context.surfaceIn(own.start(), own.end());
        for (SurfaceFigure figure : context.surfaceIn(of.start(), of.end())) {
            if (figure.end() > named.start() && figure.start() < named.end()) {
                continue; // the year itself
            }
            any = true;
            for (SurfaceFigure again : stated) {
                if (Math.abs(again.value() - figure.value()) <= SAME_VALUE * Math.abs(figure.value())) {
                    return false;
                }
            }
        }
        return any;
    }

    /**
     * The year of a relative year ("last year", "cette année", "в прошлом году", "o'tgan yili") in an undated text,
     * as a whole year its own sentence compares with states it (the conventions: a relative period takes its year from
     * a base year it is compared with, "this year" set against a tonnage of a named year being the year after it):
     * "last year ... 2% more compared to 2023" is 2024,
     * "progressé de 2 % cette année ... contre 26,5 millions en 2024" 2025.
     * When the relative year is itself a base beside that year, as the parallel asides "(в 2024 году — 155 тыс.
     * тонн) ... (в прошлом году — 723 тыс. тонн)", it is that same year. A year compared with is a base of the
     * sentence, or a year in an aside that states a figure of its own ("17 млн тонн (22 млн тонн в 2022 году)").
     * Null when the expression is no whole year, or its sentence names no such year, or names a year of its own
     * besides (the caller's rules decide those).
     */
    private static String yearComparedInSentence(PeriodResolver.Expression e, String folded, FigureContext context,
                                                 Sentences.Sentence own) {
        String text = context.text();
        int compared = 0;
        for (PeriodResolver.Expression named : context.periodsIn(own.start(), own.end())) {
            if (named == e || named.kind() != PeriodResolver.Kind.PERIOD || named.period() == null) {
                continue;
            }
            boolean aside = inParentheses(text, own.start(), named.start())
                    && asideStatesAFigure(text, own, named);
            if (named.period().length() != 4 || !(aside || isBase(context, named))) {
                if (!inParentheses(text, own.start(), named.start())) {
                    return null; // a year of the sentence's own data ("64 bn in 2022 and +22% this year")
                }
                continue;
            }
            compared = Math.max(compared, Integer.parseInt(named.period()));
        }
        if (compared == 0) {
            return null;
        }
        boolean itselfABase = isBase(context, e) || inParentheses(text, own.start(), e.start());
        String period = PeriodResolver.inYear(folded, itselfABase ? compared : compared + 1);
        return period != null && period.length() == 4 ? period : null;
    }

    /**
     * The year an undated text is written in, as a relative year dated by its own sentence's comparison shows it
     * ("last year ... 2% more compared to 2023": written in 2025), the latest of them; 0 when none. The round-25
     * decision: "a year so stated dates the text's other relative periods, as a date would".
     */
    private static int yearOfWritingByComparison(FigureContext context) {
        int year = 0;
        for (PeriodResolver.Expression e : context.periods()) {
            if (e.kind() != PeriodResolver.Kind.PERIOD || e.period() != null) {
                continue;
            }
            String folded = Words.foldKeepingOffsets(context.text().substring(e.start(), e.end()));
            Sentences.Sentence own = context.sentences().get(FigureContext.sentenceOf(context, e.start()));
            String compared = yearComparedInSentence(e, folded, context, own);
            if (compared != null) {
                year = Math.max(year, Integer.parseInt(compared) + PeriodResolver.yearsBack(folded));
            }
        }
        return year;
    }

    /** Whether the parenthesis around {@code named} states a figure besides that year: "(22 млн тонн в 2022 году)". */
    private static boolean asideStatesAFigure(String text, Sentences.Sentence own, PeriodResolver.Expression named) {
        int open = text.lastIndexOf('(', named.start());
        int close = text.indexOf(')', named.end());
        if (open < own.start() || close < 0 || close > own.end()) {
            return false;
        }
        for (int i = open + 1; i < close; i++) {
            if (Character.isDigit(text.charAt(i)) && (i < named.start() || i >= named.end())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a period is the first months of one year, short of the whole year: "2024-01/2024-04". */
    private static boolean yearToDate(String period) {
        return period.length() == 15 && period.startsWith("-01/", 4) && period.regionMatches(0, period, 8, 4)
                && period.compareTo(period.substring(0, 4) + "-01/" + period.substring(0, 4) + "-12") < 0;
    }

    /** How far after "over the past five years" its span of years may be written ("Over the past five years (2018-2023)"). */
    private static final int SPAN_AFTER_REACH = 3;

    /**
     * The year an undated text is written in, as the text itself shows it anywhere: the year after a span it calls the
     * past years ("Over the past five years (2018-2023)" is written in 2024), or the year of a part-year period it
     * states ("In January-April 2024"), the latest of them; 0 when it shows none. Whole years ("in 2021") do not say
     * when the text was written, nor do bases of a comparison.
     */
    private static int yearOfWriting(FigureContext context) {
        int year = 0;
        int pastEnd = -1;
        for (PeriodResolver.Expression e : context.periods()) {
            if (e.kind() == PeriodResolver.Kind.CUMULATIVE) {
                pastEnd = e.end();
                continue;
            }
            String period = e.period();
            if (e.kind() != PeriodResolver.Kind.PERIOD || period == null || isBase(context, e)) {
                continue;
            }
            if (period.length() == 9 && (pastEnd >= 0 && e.start() - pastEnd <= SPAN_AFTER_REACH
                    && e.start() >= pastEnd || PeriodResolver.pastSpanWrittenOut(context.text(), e))) {
                year = Math.max(year, Integer.parseInt(period.substring(5, 9)) + 1);
            } else if (period.length() == 15 && period.regionMatches(0, period, 8, 4)
                    && !(period.startsWith("-01", 4) && period.endsWith("-12"))) {
                year = Math.max(year, Integer.parseInt(period.substring(0, 4)));
            }
        }
        return year;
    }

    /** Whether a base period covers the months a relative expression names ("2024-01/2024-10", "janvier à octobre"). */
    private static boolean sameMonths(String base, String relative) {
        if (base.length() != 15) {
            return false; // only a span of months says which months it compares
        }
        String own = PeriodResolver.inYear(relative, Integer.parseInt(base.substring(0, 4)));
        return base.equals(own);
    }

    /**
     * The year an undated text speaks of when it compares with "the same period of 2024" or with the same months of
     * 2024 anywhere ("Бу 2024 йилнинг шу даврига нисбатан", "compared to January-October 2024"): the year after that
     * base; 0 when it does not.
     */
    private static int yearAfterSamePeriodBase(FigureContext context) {
        int year = 0;
        for (PeriodResolver.Expression e : context.periods()) {
            // A base of whole months ("par rapport aux neuf premiers mois de 2022") compares the same months too.
            if (e.kind() == PeriodResolver.Kind.PERIOD && e.period() != null && isBase(context, e)
                    && (e.period().length() == 15 || (e.period().length() == 4 && (samePeriodBase(context, e)
                    || samePeriodAfter(context.text(), e.end()))))) {
                year = Math.max(year, Integer.parseInt(e.period().substring(0, 4)) + 1);
            }
        }
        return year;
    }

    /** How far after a year "the same period" may follow it and still be that year's ("2022 году за аналогичный период"). */
    private static final int SAME_PERIOD_AFTER_REACH = 30;

    /** Whether a "same period" cue starts within a few words after {@code end}, before the sentence ends. */
    private static boolean samePeriodJustAfter(String text, int end, int sentenceEnd) {
        int limit = Math.min(sentenceEnd, Math.min(text.length(), end + SAME_PERIOD_AFTER_REACH));
        // A year whose expression runs past the sentence's end (the splitter cut inside it) has nothing after it there.
        return end < limit && Words.containsAny(Words.fold(text.substring(end, limit)), SAME_PERIOD_CUES);
    }

    /** Turkic writes "the same period" after the year: "2024 йилнинг шу даврига", "2024 yilning shu davriga". */
    private static boolean samePeriodAfter(String text, int end) {
        return Words.containsAny(Words.fold(text.substring(end, Math.min(text.length(), end + 30))),
                SAME_PERIOD_AFTER);
    }

    /** Whether a base period is that of a year-on-year comparison: "the same period of 2021", "аналогичным периодом". */
    private static boolean samePeriodBase(FigureContext context, PeriodResolver.Expression e) {
        // Only within the period's own sentence: "... up 5% on the same period last year. In 2021, 900,000 tons
        // were shipped" dates the next sentence by the whole year it names, not by the months compared before it.
        int from = Math.max(sentenceAt(context, e.start()), e.start() - 30);
        return Words.containsAny(Words.fold(context.text().substring(from, e.start())), SAME_PERIOD_CUES);
    }

    /** The last period the text sets before {@code at} (not a base, not in an aside), however far back; or null. */
    private static String lastPeriodBefore(FigureContext context, int at) {
        // The periods before "at" are always the first ones of the list: the walk over them is a prefix of one
        // walk over all, which every figure near a sanction cue, a base or a set period would otherwise take anew.
        return context.facts().lastPeriods.over(context, context.periodStarts().at(at));
    }

    /**
     * {@link #lastPeriodBefore}'s walk over a text's periods, in order, taken once: the period it has found after
     * each prefix of the list. One per text, like its FigureContext.
     */
    static final class PeriodWalk {
        /** {@code found[k]}: the period found among the first {@code k} periods, or null; null until walked. */
        private String[] found;
        private int walked;

        /** The period found among the first {@code count} periods of the text. */
        String over(FigureContext context, int count) {
            if (found == null) {
                found = new String[context.periods().size() + 1];
            }
            while (walked < count) {
                found[walked + 1] = step(context, found[walked], context.periods().get(walked));
                walked++;
            }
            return found[count];
        }

        /** The walk's period once it has read {@code e}, having found {@code last} before it. */
        private static String step(FigureContext context, String last, PeriodResolver.Expression e) {
            if (e.kind() == PeriodResolver.Kind.PERIOD && !isBase(context, e)
                    && !inParentheses(context.text(), sentenceAt(context, e.start()), e.start())
                    && !datesAnAct(context.text(), e.start())
                    && !contrastBefore(context.text(), sentenceAt(context, e.start()), e.start())
                    && !startOrBase(context.text(), sentenceAt(context, e.start()), e)) {
                // In an undated text, a relative period the text's own years anchor ("de janvier à octobre de
                // cette année" ... "sur la période examinée").
                String period = e.period() != null ? e.period() : anchored(e, context);
                // The same months a year before the period set ("In January-October last year, it exported 3.1
                // million tons") restate its base: the text's period stays the one set.
                if (period != null && !(last != null && period.length() > 4
                        && period.equals(Periods.minusOneYear(last)))) {
                    return period;
                }
            }
            return last;
        }
    }

    /**
     * Whether some period written before {@code at} could be the one {@code last} restates a year earlier: one a year
     * after it, or one whose period only the text's own years fix. A cheap test that spares most figures
     * lastPeriodBefore's checks on every period before them; when it fails, no period lastPeriodBefore could
     * return is a year after {@code last}.
     */
    private static boolean mayBeAYearAfter(FigureContext context, int at, String last) {
        for (PeriodResolver.Expression e : context.periodsIn(0, at)) {
            if (e.kind() == PeriodResolver.Kind.PERIOD
                    && (e.period() == null || last.equals(Periods.minusOneYear(e.period())))) {
                return true;
            }
        }
        return false;
    }

    private static int sentenceAt(FigureContext context, int offset) {
        return context.sentences().get(FigureContext.sentenceOf(context, offset)).start();
    }

    private static String lastPeriodOf(FigureContext context, int index) {
        // Every figure whose sentence states no period walks back over the same sentences: read each once.
        FigureContext.SentenceFacts facts = context.facts();
        if (!facts.periodOfKnown[index]) {
            facts.periodOf[index] = lastPeriodIn(context, context.sentences().get(index));
            facts.periodOfKnown[index] = true;
        }
        return facts.periodOf[index];
    }

    /** The last period a sentence sets for the figures after it: no base, none in brackets or of an act; or null. */
    private static String lastPeriodIn(FigureContext context, Sentences.Sentence sentence) {
        PeriodResolver.Expression last = lastSettingIn(context, sentence);
        return last == null ? null : last.period() != null ? last.period() : anchored(last, context);
    }

    /** The expression of {@link #lastPeriodIn}'s period, or null. */
    private static PeriodResolver.Expression lastSettingIn(FigureContext context, Sentences.Sentence sentence) {
        PeriodResolver.Expression last = null;
        for (PeriodResolver.Expression e : context.periodsIn(sentence.start(), sentence.end())) {
            if (e.kind() == PeriodResolver.Kind.PERIOD && !isBase(context, e)
                    && !inParentheses(context.text(), sentence.start(), e.start())
                    && !datesAnAct(context.text(), e.start())
                    && !contrastBefore(context.text(), sentence.start(), e.start())
                    && !startOrBase(context.text(), sentence.start(), e)) {
                String period = e.period() != null ? e.period() : anchored(e, context);
                // "in the first half of 2021 ..., according to data released on July 13": the day names when
                // something was said, the span before it what the figures cover.
                // So does "last week" after a year ("The index for 2024 was published last week").
                if (period != null && (last == null || !dayDate(context.text(), e)
                        && !PeriodResolver.weekOrDayJustGone(context.text(), e))) {
                    last = e;
                }
            }
        }
        return last;
    }

    /**
     * Whether the period a sentence sets last dates an event a plan foresees ("is planned to receive the first vessels
     * in 2029", "with an expected maturity in 2038", "we plan to increase processing this year"): a plan, forecast or
     * future word stands before it in the sentence with no figure between them, and the date is not the span the
     * plan is for ("Les prévisions pour 2025 ... 5,2 millions de tonnes": a forecast's own period, which its parts
     * take).
     */
    private static boolean datesAPlan(FigureContext context, Sentences.Sentence sentence) {
        if (!FigureContext.hasCue(context, sentence, "target") && !FigureContext.hasCue(context, sentence, "future")) {
            return false;
        }
        PeriodResolver.Expression last = lastSettingIn(context, sentence);
        if (last == null) {
            return false;
        }
        int cue = -1;
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if (("target".equals(hit.value()) || "future".equals(hit.value())) && hit.end() <= last.start()) {
                cue = Math.max(cue, hit.end());
            }
        }
        if (cue < 0 || !context.surfaceIn(cue, last.start()).isEmpty()) {
            return false;
        }
        String before = Words.fold(context.text().substring(Math.max(cue, last.start() - 8), last.start())).stripTrailing();
        int space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\u00a0'));
        return !PLAN_FOR_WORDS.contains(before.substring(space + 1));
    }

    /** Words right before a date that make it the span a plan or forecast is for: "forecast for 2025". */
    private static final Set<String> PLAN_FOR_WORDS = Set.of("for", "pour", "на", "за");

    /**
     * Words that set a point in time from which something holds ("Starting in 2023, Kazakhstan announced ...",
     * "since at least the summer of 2024", "à partir de 2023", "начиная с 2023 года"): no period of figures.
     */
    private static final List<String> START_CUES = List.of("starting in", "starting from", "beginning in",
            "beginning from", "since", "a partir de", "a partir d'", "a compter de", "a compter d'", "начиная с");
    /**
     * Words of a comparison that may stand further before its base than {@link #BASE_CUES} look ("compared to
     * the same period in the previous 2023-2024 season", "comparée à celle de l'année précédente",
     * "в сравнении с аналогичным периодом прошлого – 2021 года").
     */
    private static final List<String> COMPARISON_CUES = List.of("compared to", "compared with", "than",
            "relative to", "versus", "по сравнению", "в сравнении", "par rapport", "compare a", "comparee a",
            "compares a", "comparees a", "comparativement");
    /** How far before a period a start or comparison word may stand ("since at least the summer of 2024"). */
    private static final int CLAUSE_REACH = 48;

    /**
     * Whether a period is no period of figures the next sentences could go on with: a year or month that starts
     * something (after a start word in its clause, or before "onwards": "From this year onwards, gold is sent
     * there"), or a period a comparison word before it in its clause makes a base. A span after a start word
     * ("since January") is what its figures cover and may carry on.
     */
    private static boolean startOrBase(String text, int sentenceStart, PeriodResolver.Expression e) {
        String before = clauseBefore(text, sentenceStart, e.start());
        if (TextWalks.startsAWord(before, COMPARISON_CUES)) {
            return true;
        }
        if (e.period() == null || e.period().indexOf('/') > 0) {
            return false;
        }
        return TextWalks.startsAWord(before, START_CUES) || Words.fold(text.substring(e.end(),
                Math.min(text.length(), e.end() + 10))).stripLeading().startsWith("onward");
    }

    /** Comparison words that may open a base stated by its own amount after a change. */
    private static final List<String> BASE_AMOUNT_CUES = List.of("from", "than", "than the", "compared to",
            "compared with", "compared to the", "compared with the", "against", "against the", "versus", "vs", "vs.",
            "по сравнению с", "против", "чем", "contre", "par rapport a", "par rapport au", "par rapport aux");
    /** How far after its comparison word the base's amount may start ("than the $2.1 billion"). */
    private static final int BASE_AMOUNT_REACH = 8;
    /** Words that name a level reached after a base, whose period is the change's own ("from $1bn to $2bn in 2023"). */
    private static final Set<String> TARGET_WORDS = Set.of("to", "до", "a", "and", "и", "et");

    /**
     * Whether, between a change and a period after it in its clause, a comparison word opens a base stated by its own
     * amount, with nothing after that amount but words ("down 4 percent from $620 million recorded in", "13% more
     * than the 2.1 million tons shipped in"): the period then dates the base's amount. A level reached after the base
     * ("from $1bn to $2bn in 2023") leaves the period to the change.
     */
    private static boolean baseAmountBefore(String text, int figureEnd, int periodStart, int periodEnd) {
        if (periodStart - figureEnd > 2 * CLAUSE_REACH
                || TextWalks.crossesClause(text, figureEnd, periodStart, true)
                || levelReachedAfter(text, periodEnd)) {
            return false;
        }
        String between = Words.fold(text.substring(figureEnd, periodStart)).replace('\u2019', '\'');
        for (String cue : BASE_AMOUNT_CUES) {
            for (int at = between.indexOf(cue); at >= 0; at = between.indexOf(cue, at + 1)) {
                if (opensBaseAmount(between, at, cue)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the comparison word {@code cue} at {@code at} of the folded text between a change and a period opens a
     * base's amount: a word of its own that does not only approximate, digits close after it, and after those digits
     * words alone, none of them one that names a level reached.
     */
    private static boolean opensBaseAmount(String between, int at, String cue) {
        int after = at + cue.length();
        if (!standsAlone(between, at, after) || approximates(between, at)) {
            return false;
        }
        int digits = amountStart(between, after);
        return digits >= 0 && onlyWords(between.substring(amountEnd(between, digits)));
    }

    /** Whether {@code [at, after)} is a whole word or phrase, with no letter right before or right after it. */
    private static boolean standsAlone(String folded, int at, int after) {
        return (at == 0 || !Character.isLetter(folded.charAt(at - 1)))
                && (after >= folded.length() || !Character.isLetter(folded.charAt(after)));
    }

    /** The first digit after {@code from} within {@link #BASE_AMOUNT_REACH} ("than the $2.1"), or -1 when none is. */
    private static int amountStart(String folded, int from) {
        int digit = from;
        while (digit < folded.length() && !Character.isDigit(folded.charAt(digit))) {
            digit++;
        }
        return digit >= folded.length() || digit - from > BASE_AMOUNT_REACH ? -1 : digit;
    }

    /** The end of the number that starts at {@code digit}, its group and decimal marks ("475.9", "2 100") included. */
    private static int amountEnd(String folded, int digit) {
        int end = digit;
        while (end < folded.length() && (Character.isDigit(folded.charAt(end))
                || ((folded.charAt(end) == '.' || folded.charAt(end) == ',' || folded.charAt(end) == ' ')
                && end + 1 < folded.length() && Character.isDigit(folded.charAt(end + 1))))) {
            end++;
        }
        return end;
    }

    /** Whether a base's amount is followed by words alone: no digit, and no word that names a level reached ("to"). */
    private static boolean onlyWords(String tail) {
        for (String word : tail.split("[^\\p{L}]+")) {
            if (TARGET_WORDS.contains(word)) {
                return false;
            }
        }
        for (int k = 0; k < tail.length(); k++) {
            if (Character.isDigit(tail.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a percentage between {@code figure} and the period {@code e} after it is a change set against a base
     * stated by its own amount that {@code e} dates ({@link #baseAmountBefore}): "$595 million, down 4 percent
     * from $620 million recorded in nine months of 2022".
     */
    private static boolean datesBaseOfChangeAfter(FigureContext context, SurfaceFigure figure,
                                                  PeriodResolver.Expression e) {
        for (SurfaceFigure change : context.surfaceIn(figure.end(), e.start())) {
            if ("percent".equals(change.unit()) && change.start() >= figure.end() && change.end() <= e.start()
                    && baseAmountBefore(context.text(), change.end(), e.start(), e.end())) {
                return true;
            }
        }
        return false;
    }

    /** Words before "than" or "чем" that make an approximation of the amount after it ("more than $2.7 bln"). */
    private static final List<String> APPROXIMATORS = List.of("more", "less", "fewer", "более", "менее");

    /**
     * Whether the comparison word at {@code at} only approximates the amount after it ("to more than $2.7 bln", "до
     * более чем"); right after the change it compares ("13% more than the 2.1 million") it is the comparison.
     */
    private static boolean approximates(String folded, int at) {
        String before = folded.substring(0, at).stripTrailing();
        for (String word : APPROXIMATORS) {
            if (endsWithCue(before, word) && !before.substring(0, before.length() - word.length()).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a level reached follows a period ("from $30 million in 1995 to $1.1 billion in 2019"). */
    private static boolean levelReachedAfter(String text, int periodEnd) {
        String after = Words.fold(text.substring(periodEnd, Math.min(text.length(), periodEnd + 16))).strip();
        int space = after.indexOf(' ');
        if (space < 0 || !TARGET_WORDS.contains(after.substring(0, space))) {
            return false;
        }
        for (int k = space; k < after.length(); k++) {
            if (Character.isDigit(after.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** The folded text of the clause before {@code at}, back to a comma, a colon or a figure, within a reach. */
    private static String clauseBefore(String text, int sentenceStart, int at) {
        String before = Words.fold(text.substring(Math.max(sentenceStart, at - CLAUSE_REACH), at))
                .replace('\u2019', '\'');
        for (int k = before.length() - 1; k >= 0; k--) {
            char c = before.charAt(k);
            if (c == ',' || c == ';' || c == ':' || Character.isDigit(c)) {
                return before.substring(k + 1);
            }
        }
        return before;
    }

    /**
     * Conjunctions that open a clause set against the one before: what it dates is a point of comparison. Each starts
     * with a space, which {@link #contrastBefore} looks for first.
     */
    private static final List<String> CONTRAST = List.of(" alors qu", " tandis qu", " while ", " whereas ",
            " тогда как ", " в то время как ");

    /**
     * Whether a clause of contrast opens before {@code at} in its sentence: "8,5 milliards, alors que l'année
     * dernière ce chiffre était de 9,4": the next sentences go on with the period set before it, not this one.
     */
    private static boolean contrastBefore(String text, int from, int at) {
        // The conjunctions have no accent and stand inside the sentence, in lower case: no folding needed. Each opens
        // with a space, so only the spaces before "at" are tried (a search for each conjunction read on to the end
        // of the text whenever the sentence had none).
        // (the char after the space is read first: most words start with none of the conjunctions' letters)
        for (int k = text.indexOf(' ', from); k >= 0 && k < at; k = text.indexOf(' ', k + 1)) {
            if (k + 1 >= text.length() || CONTRAST_SECOND_CHARS.indexOf(text.charAt(k + 1)) < 0) {
                continue;
            }
            for (String conjunction : CONTRAST) {
                if (text.startsWith(conjunction, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The chars that follow the opening space of the {@link #CONTRAST} conjunctions. */
    private static final String CONTRAST_SECOND_CHARS = secondChars(CONTRAST);

    private static String secondChars(List<String> phrases) {
        StringBuilder chars = new StringBuilder();
        for (String phrase : phrases) {
            if (chars.indexOf(String.valueOf(phrase.charAt(1))) < 0) {
                chars.append(phrase.charAt(1));
            }
        }
        return chars.toString();
    }

    /** Whether the sentence compares with {@code period}: it is then the base, not the period, of its figures. */
    private static boolean baseOfSentence(FigureContext context, Sentences.Sentence sentence, String period) {
        for (PeriodResolver.Expression e : context.periodsIn(sentence.start(), sentence.end())) {
            // "..., 11% more than a year earlier" counts back from the year the text narrates, not from the
            // publication: it is the year before the carried one, whatever its date against today.
            if (e.kind() == PeriodResolver.Kind.PERIOD && period.equals(e.period()) && isBase(context, e)
                    && !beforeAnotherYear(context.text(), e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The months of one year the text set before {@code e}, a year earlier, when {@code e} is the base of a comparison
     * and itself names that earlier year as a whole ("up from 2.2 million tons the previous year" in a text of 2025
     * after "between September and December 2025"); or null. A single month set before (a report's day) is no span
     * of data compared.
     */
    private static String sameMonthsAYearBefore(FigureContext context, PeriodResolver.Expression e) {
        String own = e.period() != null ? e.period() : anchored(e, context);
        if (own == null || own.length() != 4) {
            return null;
        }
        String set = lastPeriodBefore(context, e.start());
        if (set == null || set.length() != SPAN_LENGTH || !withinOneYear(set) || !isBase(context, e)) {
            return null;
        }
        String earlier = Periods.minusOneYear(set);
        return earlier.startsWith(own) ? earlier : null;
    }

    /** Whether a relative year counts from a year the text narrates: "a year earlier", "the previous year", "годом ранее". */
    private static boolean beforeAnotherYear(String text, PeriodResolver.Expression e) {
        String folded = Words.fold(text.substring(e.start(), e.end()));
        for (String word : BEFORE_ANOTHER_YEAR) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the expression is a day of a month with no year written: "on July 13", "19 октября". */
    private static boolean dayDate(String text, PeriodResolver.Expression e) {
        boolean digit = false;
        int run = 0;
        for (int i = e.start(); i < e.end(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digit = true;
                if (++run > 2) {
                    return false; // a year is written
                }
            } else {
                run = 0;
            }
        }
        return digit;
    }

    private static final String COMPARED_WITH_RU = "к ";
    /** The words that say a level is reached or a change made by a year: "by", "к", "d'ici" (not "until", "до", "avant"). */
    private static final List<String> REACHED_BY = List.of("by ", COMPARED_WITH_RU, "d'ici", "d\u2019ici");

    /**
     * Whether a deadline says by when a level is reached or a change made ("220% by 2027", "dépassera 60 % d'ici
     * 2050", "By 2016, the count had climbed to 8,200", "к 2024 году ... около 10%"): decision 28 of round 35 gives
     * a goal, a forecast and a level reached by a year the deadline's year, whatever the measure (a level only after
     * the deadline: "49 joint ventures worth $30 billion under way by 2020" is no level reached). "Until", "до",
     * "jusqu'en" and "avant" bound a span or a term instead (decision 29), and keep their reading; so does a change
     * beside Russian "к 2023 году", which names the year it is compared with ("+30% к 2023 году").
     */
    static boolean reachedBy(String text, PeriodResolver.Expression e, Measure measure) {
        String opening = Words.fold(text.substring(e.start(), Math.min(e.end(), e.start() + 6)));
        for (String word : REACHED_BY) {
            if (opening.startsWith(word) && !(measure == Measure.CHANGE && word.equals(COMPARED_WITH_RU))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence dates another clause than the figure's: a period outside parentheses ("($2.9 billion in
     * January–April 2023)" dates the aside only).
     */
    private static boolean hasDeadline(FigureContext context, Sentences.Sentence sentence) {
        for (PeriodResolver.Expression e : context.periodsIn(sentence.start(), sentence.end())) {
            if (e.kind() == PeriodResolver.Kind.DEADLINE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The deadline the sentence right before sets ("by 2030", "jusqu'en 2027"), in its paragraph or the one before;
     * null when it sets none.
     */
    private static String goalYearBefore(FigureContext context, Sentences.Sentence sentence) {
        Sentences.Sentence before = sentenceJustBefore(context, sentence);
        if (before == null) {
            return null;
        }
        String goal = null;
        for (PeriodResolver.Expression e : context.periodsIn(before.start(), before.end())) {
            // "... would have increased 226 times by 2021" in 2022 tells where a series got to, not a goal.
            if (e.kind() == PeriodResolver.Kind.DEADLINE && e.period() != null
                    && !datesTheStatement(new PeriodResolver.Expression(e.start(), e.end(), PeriodResolver.Kind.PERIOD,
                            e.period()), e.period(), context)) {
                goal = e.period();
            }
        }
        return goal;
    }

    /** Words of a facility's completion or commissioning ("to be put into operation", "mise en service", "завершить"). */
    private static final SentenceGate COMPLETION = new SentenceGate(Pattern.compile(
            "(?iuU)complet|commission|into\\s+(?:operation|service)|эксплуатаци|заверш|mise?\\s+en\\s+service|achèvement|achev"
                    + "|пайдалануға|foydalanishga|фойдаланишга"),
            List.of("complet", "commission", "into operation", "into service", "эксплуатаци", "заверш", "en service",
                    "achèvement", "achev", "пайдалануға", "foydalanishga", "фойдаланишга"));

    /**
     * The date a facility is to be completed or commissioned, for the capacity it will have then: "A grain terminal is
     * to open at the harbour in 2026. It will ... (up to 200 thousand TEU per year)" 2026, "plans to
     * complete construction ... in June 2019. The terminal's yearly capacity is to be 5-6 million tons" 2019-06
     * (LABEL-FIXES 2026-12-04). The figure's own sentence first, then the sentence right before; null when neither
     * speaks of completion with a date ("Once completed, ...").
     */
    private static String completionDate(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String own = completionDateIn(context, sentence);
        if (own != null) {
            return own;
        }
        Sentences.Sentence before = sentenceJustBefore(context, sentence);
        // "the first stage of the terminal ... is due by the end of the year. In all, the project
        // will raise capacity to 150,000 TEU": a date for one phase is not the whole facility's
        return before == null || context.sentenceFinds(FIRST_PHASE, before) ? null : completionDateIn(context, before);
    }

    /** A first phase, stage or section of a facility: "first phase", "первой очереди", "première phase". */
    private static final SentenceGate FIRST_PHASE = new SentenceGate(Pattern.compile(
            "(?iuU)first\\s+(?:phase|stage|section)|pilot|перв\\w+\\s+(?:очеред|этап|участ)|premi[eè]re\\s+(?:phase|étape|tranche)"),
            List.of("first", "pilot", "перв", "premi"));

    private static String completionDateIn(FigureContext context, Sentences.Sentence sentence) {
        if (!context.sentenceFinds(COMPLETION, sentence)) {
            return null;
        }
        String date = null;
        for (PeriodResolver.Expression e : context.periodsIn(sentence.start(), sentence.end())) {
            if (e.period() != null && e.period().indexOf('/') < 0
                    && (e.kind() == PeriodResolver.Kind.PERIOD || e.kind() == PeriodResolver.Kind.DEADLINE)) {
                date = e.period();
            }
        }
        return date;
    }

    /** "Of this, ...", "Из них ...", "Dont ...": the first words of a sentence that splits the one before. */
    private static final List<List<String>> PART_OPENERS = List.of(List.of("of", "this"), List.of("of", "that"),
            List.of("of", "these"), List.of("of", "which"), List.of("из", "них"), List.of("из", "которых"),
            List.of("из", "этого"), List.of("из", "этих"), List.of("dont"), List.of("sur", "ce"), List.of("de", "ce"));

    /** Whether {@code sentence} opens with the words of one of {@link #PART_OPENERS}. */
    private static boolean opensWithAPart(FigureContext context, Sentences.Sentence sentence) {
        int first = context.wordStarts().at(sentence.start());
        for (List<String> opener : PART_OPENERS) {
            boolean all = first + opener.size() <= context.words().size();
            for (int k = 0; all && k < opener.size(); k++) {
                Words.Word word = context.words().get(first + k);
                all = word.start() < sentence.end() && word.folded().equals(opener.get(k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence right before {@code sentence}, when it stands in the same paragraph or the one before; else null.
     */
    private static Sentences.Sentence sentenceJustBefore(FigureContext context, Sentences.Sentence sentence) {
        int index = FigureContext.sentenceOf(context, sentence.start());
        if (index == 0) {
            return null;
        }
        Sentences.Sentence before = context.sentences().get(index - 1);
        return before.paragraph() < sentence.paragraph() - 1 ? null : before;
    }

    /**
     * The year the sentence just before {@code sentence} makes a forecast for ("Freight should reach 5 million tons
     * in 2026"): its one period, a whole year not before the publication's, when it says the future; or null.
     */
    private static String forecastYearBefore(FigureContext context, Sentences.Sentence sentence) {
        Sentences.Sentence before = sentenceJustBefore(context, sentence);
        if (before == null
                || !FigureContext.hasCue(context, before, "target") && !FigureContext.hasCue(context, before, "future")) {
            return null;
        }
        String year = null;
        for (PeriodResolver.Expression e : context.periodsIn(before.start(), before.end())) {
            if (year != null || e.kind() != PeriodResolver.Kind.PERIOD || e.period() == null
                    || e.period().length() != 4) {
                return null;
            }
            year = e.period();
        }
        String now = context.presentPeriod();
        return year != null && (now == null || year.compareTo(now.substring(0, 4)) >= 0) ? year : null;
    }

    /** Whether one of the sentence's own periods is {@code period}. */
    private static boolean restates(List<PeriodResolver.Expression> inSentence, String period,
                                    FigureContext context) {
        for (int i = 0; i < inSentence.size(); i++) {
            if (inSentence.get(i).kind() == PeriodResolver.Kind.PERIOD && period.equals(resolve(inSentence, i, context))) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownPeriodElsewhere(List<PeriodResolver.Expression> inSentence, String text, int from) {
        for (PeriodResolver.Expression e : inSentence) {
            if (!inParentheses(text, from, e.start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} is inside a parenthesis (opened after {@code from}) that closes before {@code figure}. */
    private static boolean asideClosedBefore(String text, int from, PeriodResolver.Expression e, int figure) {
        if (!inParentheses(text, from, e.start())) {
            return false;
        }
        int close = text.indexOf(')', e.end());
        return close >= 0 && close < figure;
    }

    /** Words before a year that date an act rather than a span of figures: "signed in 2013", "signé en 2013". */
    private static final List<String> ACT_DATES = List.of("signed in", "signe en", "signee en", "signes en",
            "signees en", "подписан в", "подписана в", "подписано в", "подписанного в", "подписанный в",
            "подписанным в", "подписанном в", "подписанному в", "founded in", "established in", "fonde en",
            "fondee en", "основан в", "основана в", "создан в", "создана в", "создано в", "launched in",
            "reopened in", "lance en", "lancee en", "relance en", "запущен в", "запущена в", "запущено в",
            "открыт в", "открыта в", "открыто в");

    /**
     * Whether the period at {@code at} dates an act ("the treaty signed in 2013", "основан в 1992 году"): the
     * sentences after it do not go on with that year, whose only event is the act.
     */
    private static boolean datesAnAct(String text, int at) {
        return actPhraseBefore(text, at) || ActDates.governs(text, at);
    }

    /** Whether one of the phrases of {@link #ACT_DATES} stands right before {@code at}. */
    private static boolean actPhraseBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        // Every phrase ends on "in", "en" or "в": only then is the text before worth folding (this runs for every
        // period the sentences before a figure hold).
        if (!(text.regionMatches(true, end - 2, "in", 0, 2) || text.regionMatches(true, end - 2, "en", 0, 2)
                || end > 0 && Character.toLowerCase(text.charAt(end - 1)) == 'в')) {
            return false;
        }
        String before = Words.fold(text.substring(Math.max(0, at - 20), at)).stripTrailing();
        for (String words : ACT_DATES) {
            if (endsWithCue(before, words)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code at} is inside a parenthesis opened after {@code from}: "(in 2020 – $907 million)" is an aside. */
    private static boolean inParentheses(String text, int from, int at) {
        int depth = 0;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** The period a headline sets ("Trade up 20% in January-June"), for body sentences that state none; or null. */
    static String periodOf(String title, Publication publication) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String last = null;
        for (PeriodResolver.Expression e : PeriodResolver.find(Words.foldKeepingOffsets(title), publication)) {
            // "... soit une hausse de 9 % par rapport aux six premiers mois de 2023": the period compared
            // with is the base of the title's figures, not the period it sets for the article.
            if (e.kind() == PeriodResolver.Kind.PERIOD && e.period() != null && !decideBase(title, e)) {
                last = e.period();
            }
        }
        return last;
    }
}
