package io.steppewatch.analysis.figures;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import io.steppewatch.analysis.text.CharRuns;
import io.steppewatch.analysis.text.Substrings;
import io.steppewatch.analysis.text.Words;

/**
 * Finds the expressions of time in a text ("en janvier-novembre 2022", "in January-July this year",
 * "l'an dernier", "за девять месяцев 2025 года", "by the end of 2023") and resolves them to ISO 8601 against the
 * publication date. Patterns run on the folded text (no case, no accents), whose offsets are the original's.
 */
final class PeriodResolver {

    /** What an expression is, which decides how a figure may use it. */
    enum Kind {
        /** A period in its own right. */
        PERIOD,
        /** "by 2030": a deadline, meaningful for targets only. */
        DEADLINE,
        /** "the same period of the previous year": the period before it in the sentence, one year earlier. */
        SAME_PERIOD_LAST_YEAR,
        /** "currently": the publication month. */
        PRESENT,
        /**
         * "over the past five years", "за годы независимости": a total over years the text does not date; its
         * figure has no period and takes none from the sentences before.
         */
        CUMULATIVE
    }

    /** An expression of time at {@code [start, end)}; {@code period} is null when the publication date is unknown. */
    record Expression(int start, int end, Kind kind, String period) {
        Expression {
            // "from January to December 2023" is the year 2023, written as labels and users write it.
            if (period != null && period.length() == 15 && period.startsWith("-01/", 4) && period.endsWith("-12")
                    && period.regionMatches(0, period, 8, 4)) {
                period = period.substring(0, 4);
            }
        }
    }

    /** The text is folded (lower case, no accents) before matching, so the patterns need no case folding. */
    private static final int FLAGS = 0;
    private static final String S = "[\\s\\u00A0]+";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String WORD = "(\\p{L}+)";
    private static final String APOS = "['’]";
    /** The Uzbek Latin o with its mark, written many ways: "oʻtgan", "o‘tgan", "o'tgan". */
    private static final String APOS_UZ = "['’‘ʻʼ`]";
    private static final String THIS_YEAR = "(?:cette" + S + "annee|l" + APOS + "annee" + S + "en" + S + "cours|this" + S
            + "year|(?:the" + S + ")?current" + S + "year|l" + APOS + "annee" + S + "courante|в" + S + "этом" + S + "году|этого" + S + "года|текущего" + S + "года|текущем" + S + "году|нынешнем" + S
            + "году|нынешнего" + S + "года|текущии" + S + "год|биыл|жорий" + S + "йил|joriy" + S + "yil"
            // Kazakh "ағымдағы жыл" (the current year), the reports' word beside the everyday "биыл"
            + "|" + Words.fold("ағымдағы") + S + Words.fold("жыл") + ")";
    private static final String LAST_YEAR = "(?:l" + APOS + "an" + S + "dernier|l" + APOS + "annee" + S + "derniere|l"
            + APOS + "an" + S + "passe|the" + S + "past" + S + "(?:one" + S + ")?year|l" + APOS + "annee" + S + "passee|l" + APOS + "annee" + S + "ecoulee|l" + APOS + "annee" + S + "precedente|last" + S
            + "year|the" + S + "previous" + S + "year|a" + S + "year" + S + "(?:earlier|ago)|год" + S + "назад|il" + S + "y" + S + "a" + S + "un" + S + "an|un" + S
            + "an" + S + "(?:plus" + S + "tot|auparavant)|the" + S + "year" + S + "before|в"
            + S + "прошлом" + S + "году|прошлого" + S + "года|предыдущего" + S + "года|годом" + S + "ранее|прошлыи" + S
            + "год|минувшем" + S + "году|минувшего" + S + "года|өткен" + S + "жыл|утган" + S + "йил|o" + APOS_UZ + "?tgan"
            + S + "yil"
            // "Прошлогодний товарооборот", "прошлогоднего урожая": the adjective "last year's"
            + "|прошлогодн\\p{L}*"
            // "за последний год", "за прошедший год": the past year, which a dated text means as the year before the
            // year of writing, as it does "over the past year" (LABEL-FIXES 2026-12-04, round 25), not a rolling year
            + "|за" + S + "(?:последнии|прошедшии)" + S + "год(?!\\p{L})"
            // Kazakh "былтыр" (last year) and "былтырғы" (last year's), beside "өткен жыл"
            + "|былтыр\\p{L}*)";
    /** "last quarter", "в прошлом квартале", "le trimestre dernier": the last quarter closed before publication. */
    private static final Pattern LAST_QUARTER = compile("(?<!\\p{L})(?:last" + S + "quarter(?!" + S + "of)|в" + S
            + "прошлом" + S + "квартале|прошлого" + S + "квартала|(?:le|au)" + S + "trimestre" + S
            + "(?:dernier|precedent))(?!\\p{L})", FLAGS);

    /**
     * "last week", "over the past 24 hours", "на прошлой неделе", "за прошедшие сутки", "la semaine dernière",
     * "өткен аптада", "o'tgan haftada": the week or the day just before the publication (decisions 33 and 52 of round
     * 35 and 37: a text dates what it reports by a relative week or day); the {@code day} group marks a day.
     */
    private static final Pattern LAST_WEEK = compile("(?<!\\p{L})(?:(?:last|past|previous)" + S + "week|(?:на|за)" + S
            + "(?:прошлои|прошедшую|последнюю|минувшеи)" + S + "недел[еиюя]|(?:la|de" + S + "la)" + S + "semaine" + S
            + "(?:derniere|passee|ecoulee)|(?:" + Words.fold("өткен") + "|" + Words.fold("соңғы") + ")" + S
            + Words.fold("апта") + "(?:да|ның|ныц|нын)|(?:o" + APOS_UZ + "?tgan|утган|so" + APOS_UZ + "?nggi|" + Words.fold("сўнгги")
            + ")" + S + "(?:hafta|хафта|" + Words.fold("ҳафта") + ")(?:da|да)|(?<day>the" + S + "(?:past|last)" + S + "(?:24|twenty-four)" + S + "hours"
            + "|(?:за|в)" + S + "(?:прошедшие|последние|минувшие)" + S + "сутки|(?:les|des|ces)" + S + "dernieres" + S
            + "24" + S + "heures|(?:" + Words.fold("соңғы") + "|" + Words.fold("өткен") + ")" + S + Words.fold("тәулікте")
            + "))(?![\\p{L}\\d])", FLAGS);

    /** "two years ago", "три года назад", "il y a deux ans": that many years before the publication year. */
    private static final Pattern YEARS_AGO = compile("(?<!\\p{L})(?:(\\d|two|three|four|five|два|три|четыре|пять)" + S
            + "(?:years|года|лет)" + S + "(?:ago|назад)|il" + S + "y" + S + "a" + S + "(\\d|deux|trois|quatre|cinq)" + S
            + "ans)(?!\\p{L})", FLAGS);
    private static final java.util.Map<String, Integer> AGO_NUMBERS = java.util.Map.ofEntries(
            java.util.Map.entry("two", 2), java.util.Map.entry("three", 3), java.util.Map.entry("four", 4),
            java.util.Map.entry("five", 5), java.util.Map.entry("два", 2), java.util.Map.entry("три", 3),
            java.util.Map.entry("четыре", 4), java.util.Map.entry("пять", 5), java.util.Map.entry("deux", 2),
            java.util.Map.entry("trois", 3), java.util.Map.entry("quatre", 4), java.util.Map.entry("cinq", 5));
    private static final String NEXT_YEAR = "(?:l" + APOS + "an" + S + "prochain|l" + APOS + "annee" + S + "prochaine|"
            + "next" + S + "year|в" + S + "следующем" + S + "году|следующего" + S + "года|в" + S + "будущем" + S + "году)";

    /**
     * The year a quarter or half names after it: "of 2024", or a relative one, "de cette année", "of last year",
     * "прошлого года", so that the quarter is read with its own year rather than beside a separate "this year".
     */
    private static final String YEAR_TAIL = "(?:" + S + "(?:(?:of|de|d" + APOS + ")\\s*)?(?:" + YEAR + "|" + THIS_YEAR
            + "|" + LAST_YEAR + "))?";

    private static final Pattern MONTH_RANGE = compile(
            WORD + "\\.?\\s*[-\u2010\u2011–—]\\s*" + WORD + "\\.?" + S + "(?:period" + S + ")?(?:(?:de|of)" + S + ")?" + YEAR, FLAGS);
    private static final Pattern MONTH_RANGE_WORDS = compile(
            "(?:(?:de|from|с|in|en|в)" + S + ")?" + WORD + S + "(?:a|to|through|по|до)" + S + WORD + S + "(?:(?:de|of)" + S + ")?" + YEAR,
            FLAGS);
    /** "between January and September 2024", "entre janvier et septembre 2024". */
    private static final Pattern MONTH_BETWEEN = compile("(?:between|entre|между)" + S + WORD + S + "(?:and|et|и)" + S
            + WORD + S + "(?:(?:de|of)" + S + ")?" + YEAR, FLAGS);
    /** "janvier et février 2024", "September and early October 2021": two months in a row joined by "and". */
    private static final Pattern MONTH_PAIR = compile(WORD + S + "(?:and|et|и)" + S + "(?:(?:early|late|mid|debut|fin)"
            + S + ")?" + WORD + S + "(?:(?:de|of)" + S + ")?" + YEAR, FLAGS);
    private static final Pattern FIRST_MONTHS = compile(
            "(?:first|premiers|les|des|aux|the|en|за|в|итогам|результатам|according" + S + "to|during|durant|pendant|течение|sur(?:" + S + "les)?|in(?:" + S + "the)?(?:" + S + "first)?|over"
                    + S + "the" + S + "first|for" + S + "the" + S + "first|for|over)"
                    + S + "(?:(?:первые|первых|initial)" + S + ")?"
                    + "(\\d{1,2}|\\p{L}+)" + S + "(?:(?:premiers|first)" + S + ")?(?:mois|months?|месяц\\p{L}*|мес\\.)"
                    // "according to 11 months' data of 2019": the months' own statistics, of the year after them
                    + "(?:" + APOS + S + "(?:data|results|figures|statistics))?"
                    // "the first four months (January-April) of 2024": the months named again in brackets
                    + "(?:" + S + "\\([\\p{L}\\s\u2010\u2011\u2013\u2014-]{3,30}\\))?"
                    + "(?:" + S + "(?:(?:de|of|d" + APOS + ")\\s*)?(?:l" + APOS + "annee" + S + ")?(?:" + YEAR + "|"
                    + THIS_YEAR + "|" + LAST_YEAR + ")"
                    // "les neuf premiers mois de l'année", "the first nine months of the year": the year it was written in
                    + "|" + S + "(?:de" + S + "l" + APOS + "annee|of" + S + "the" + S + "year)(?![\\s\\u00A0]*\\d))?",
            FLAGS);
    private static final Pattern TURKIC_FIRST_MONTHS = compile(YEAR + "[\\s-]*(?:жылдың|жылгы|" + Words.fold("жылғы")
            + "|yilning|yil|йилнинг|йил)" + S
            + "(?:(?:dastlabki|дастлабки|алгашкы|" + Words.fold("алғашқы") + ")" + S + ")?"
            + "(\\d{1,2}|\\p{L}+)" + S + "(?:айында|" + Words.fold("айдағы")
            + "|айда|айы|oyida|oyi|oy|ойида|ойи|ой)(?![\\p{L}])", FLAGS);
    /** Kazakh month names, read only in a span of months after its year ("2024 жылдың қаңтар-қыркүйек айларында"). */
    private static final java.util.Map<String, Integer> KAZAKH_MONTHS = kazakhMonths();
    /**
     * "2024 yilning birinchi yarmida", "2024 жылдың бірінші жартыжылдығында", "2023-yilning I-yarim yilligida": a half
     * written after its year, its number in a word, a Roman numeral or a digit with a hyphen ("1-yarim"; "1 yarim"
     * with a space is one and a half).
     */
    private static final Pattern TURKIC_HALF = compile(YEAR + "[\\s-]*(?:yil|иил|жыл)\\p{L}*" + S
            + "(?:(birinchi|биринчи|" + Words.fold("бірінші") + "|" + Words.fold("алғашқы") + "|i|" + Words.fold("І")
            + "|1(?=\\s*-))|(?:ikkinchi|иккинчи|"
            + Words.fold("екінші") + "|ii|" + Words.fold("ІІ") + "|2(?=\\s*-)))(?:" + S + "|\\s*-\\s*)"
            + "(?:yarm|yarim|ярм|ярим|" + Words.fold("жартыжыл") + ")\\p{L}*", FLAGS);
    /**
     * "2020 жылдан бері", "2020 yildan beri", "2020 йилдан бери": "since 2020" written with a postposition after its
     * year, as Kazakh and Uzbek write it.
     */
    private static final Pattern TURKIC_SINCE = compile(YEAR + "[\\s-]*(?:yildan|иилдан|жылдан)" + S
            + "(?:beri|бери|" + Words.fold("бері") + "|boshlab|бошлаб|" + Words.fold("бастап") + ")(?!\\p{L})", FLAGS);
    /**
     * "2024 yilning birinchi choragida", "2024 жылдың бірінші тоқсанында": a quarter written after its year; Kazakh
     * writes the first one "алғашқы" too, and a Roman numeral with its Cyrillic "І" ("2011 жылғы І тоқсанның").
     */
    private static final Pattern TURKIC_QUARTER = compile(YEAR + "[\\s-]*(?:yil|иил|жыл)\\p{L}*" + S
            + "(?:(birinchi|биринчи|" + Words.fold("бірінші") + "|" + Words.fold("алғашқы") + "|i|" + Words.fold("І")
            + "|1)|(ikkinchi|иккинчи|" + Words.fold("екінші") + "|ii|" + Words.fold("ІІ") + "|2)"
            + "|(uchinchi|учинчи|" + Words.fold("үшінші") + "|iii|" + Words.fold("ІІІ") + "|3)|(to.?rtinchi|"
            + Words.fold("тўртинчи") + "|" + Words.fold("төртінші") + "|iv|" + Words.fold("ІV") + "|4))(?:" + S + "|\\s*-\\s*)"
            + "(?:chorak|chorag|чорак|чораг|" + Words.fold("тоқсан") + "|kvartal|квартал)\\p{L}*", FLAGS);
    /** "2022-yilning yanvar-sentabr oylarida", "2024 йилнинг январь-октябрь ойларида": months after their year. */
    private static final Pattern TURKIC_MONTH_SPAN = compile(YEAR + "[\\s-]*(?:yil|иил|жыл)\\p{L}*" + S
            + "(\\p{L}+)\\s*[-\u2010\u2011\u2013\u2014]\\s*(\\p{L}+)", FLAGS);
    /**
     * "2026 йилнинг январь ойида", "2025-yil mart oyida", "2024 жылғы қаңтар айында": one month after its year; "илк"
     * / "ilk" (first) names January.
     */
    private static final Pattern TURKIC_ONE_MONTH = compile(YEAR + "[\\s-]*(?:yil|иил|жыл)\\p{L}*" + S
            + "(\\p{L}+)" + S + "(?:ойи|oyi|ойда|oyda|айы|айда|айын)\\p{L}*", FLAGS);
    private static final java.util.Map<String, Integer> TURKIC_NUMBERS = java.util.Map.ofEntries(
            java.util.Map.entry("екі", 2), java.util.Map.entry("үш", 3), java.util.Map.entry("төрт", 4),
            java.util.Map.entry("бес", 5), java.util.Map.entry("алты", 6), java.util.Map.entry("жеті", 7),
            java.util.Map.entry("сегіз", 8), java.util.Map.entry("тоғыз", 9), java.util.Map.entry("он", 10),
            java.util.Map.entry("ikki", 2), java.util.Map.entry("uch", 3), java.util.Map.entry("besh", 5),
            java.util.Map.entry("olti", 6), java.util.Map.entry("yetti", 7), java.util.Map.entry("sakkiz", 8),
            java.util.Map.entry("tort", 4), java.util.Map.entry("toqqiz", 9), java.util.Map.entry("on", 10),
            java.util.Map.entry(Words.fold("икки"), 2), java.util.Map.entry(Words.fold("уч"), 3),
            java.util.Map.entry(Words.fold("тўрт"), 4), java.util.Map.entry(Words.fold("беш"), 5),
            java.util.Map.entry(Words.fold("олти"), 6), java.util.Map.entry(Words.fold("етти"), 7),
            java.util.Map.entry(Words.fold("саккиз"), 8), java.util.Map.entry(Words.fold("тўққиз"), 9),
            java.util.Map.entry(Words.fold("ўн"), 10));
    private static final Pattern QUARTER = compile(
            "(?:(first|1st|premier|1er|первом|первый|первого|первым|i)|(second|2nd|deuxieme|second|2e|втором|второй"
                    + "|второго|вторым|ii)|(third|3rd|troisieme|3e|третьем|третий|третьего|третьим|iii)"
                    + "|(fourth|4th|quatrieme|4e|четвертом|четвертый|четвертого|четвертым|iv))"
                    // "third-quarter sales": English joins the ordinal to the noun when the quarter qualifies another
                    + "(?:" + S + "|[-\u2010\u2011])(?:quarter|trimestre|квартал\\p{L}*)" + YEAR_TAIL,
            FLAGS);
    private static final Pattern Q_SHORT = compile("(?<![\\p{L}\\d])(?:q([1-4])|([1-4])q)" + S + YEAR, FLAGS);
    /** "H1 2024", "1H 2024": a half written short. */
    private static final Pattern H_SHORT = compile("(?<![\\p{L}\\d])(?:h([12])|([12])h)" + S + YEAR, FLAGS);
    /** "in Q3", "H1 results": a quarter or a half written short with no year, of the year the text is about. */
    private static final Pattern PART_ALONE = compile("(?<![\\p{L}\\d])(?:q([1-4])|([1-4])q|h([12])|([12])h)"
            + "(?![\\p{L}\\d])(?!" + S + "(?:19|20)\\d\\d)", FLAGS);
    /** "в 1-м квартале", "за 2 полугодие 2024 года", "au 3e trimestre": a numbered quarter or half. */
    private static final Pattern NUMBERED_PART = compile("(?<![\\p{L}\\d.,])([1-4])(?:-?(?:м|и|й|е|го|ом|ое|er|e))?"
            + S + "((?:квартал|полугод|trimestre|semestre)\\p{L}*)" + YEAR_TAIL, FLAGS);
    /** "за 2 квартала", "за 2 полугодия": with a bare number these count quarters, they do not name one. */
    private static final Set<String> COUNTED_PARTS = Set.of("квартала", "кварталов", "кварталах",
            "полугодия", "полугодии", "полугодиях");
    /** "the first three quarters of 2024", "за три квартала", "les trois premiers trimestres": January to September. */
    private static final Pattern FIRST_QUARTERS = compile("(?:(?:first|premiers|первые)" + S + ")?(\\d|\\p{L}+)" + S
            + "(?:(?:premiers|first)" + S + ")?(?:quarters|trimestres|квартала|кварталов)(?!\\p{L})" + YEAR_TAIL, FLAGS);
    /** The endings of a Russian ordinal ("третьего", "первым", "второй"); cardinals ("три", "трех") have none. */
    private static final Pattern RUSSIAN_ORDINAL = compile("(?:ого|ым|ий|ой|ом|ем)$", FLAGS);
    private static final Pattern HALF = compile(
            "(?:(first|premier|1er|первом|первое|первого|первым|(?<![\\p{L}\\d])i)"
                    + "|(second|deuxieme|втором|второе|второго|вторым|(?<![\\p{L}\\d])ii))" + S
                    + "(?:half|semestre|полугоди\\p{L}*)" + YEAR_TAIL,
            FLAGS);
    /**
     * "за первую половину 2025 года", "во второй половине прошлого года": a half of a year named as a half of it, with
     * its year (without one, "в первой половине дня" is half a day).
     */
    private static final Pattern HALF_OF_YEAR_RU = compile("(?:(первую|первои|первая)|вторую|второи|вторая)" + S
            + "половин\\p{L}*" + S + "(?:" + YEAR + "|(" + THIS_YEAR + "|" + LAST_YEAR + "))(?!\\p{L})", FLAGS);
    /**
     * "за полгода", "за полгода текущего года": Russian for the half year so far, the first half, as "за шесть месяцев"
     * is; "полгода назад" (half a year ago) is not one.
     */
    private static final Pattern HALF_YEAR_RU = compile("(?<!\\p{L})за" + S + "(?:первые" + S + ")?полгода(?!\\p{L})(?!"
            + S + "назад)" + YEAR_TAIL, FLAGS);
    private static final Pattern MONTH_YEAR = compile(WORD + S + "(?:(?:de|of)" + S + ")?" + YEAR, FLAGS);
    private static final Pattern DEADLINE = compile(
            "(?:d" + APOS + "ici|by|к|до|jusqu" + APOS + "(?:a|en)|until|avant)" + S + "(?:(?:la" + S + "fin" + S
                    + "(?:de" + S + "|d" + APOS + ")?|the" + S + "end" + S + "of" + S + "|концу" + S + "|конца" + S
                    + ")(?:l" + APOS + "annee" + S + ")?)?" + YEAR, FLAGS);
    private static final Pattern SAME_PERIOD = compile(
            "(?:meme" + S + "periode|same" + S + "(?:period|time)|(?:like|corresponding|comparable|similar)" + S
                    + "period"
                    + "|(?:аналогичн|соответствующ)\\p{L}*" + S + "период\\p{L}*)(?:" + S
                    + "(?:de|of|in|d" + APOS + ")?\\s*)?(?:the" + S + "last" + S + "year|" + LAST_YEAR
                    // "the same period of the prior season", "аналогичного периода прошлого сезона": the same
                    // months of the grain season before (LABEL-FIXES: grain marketing years and seasons)
                    + "|(?:the" + S + ")?(?:previous|last|prior|прошл\\p{L}*)" + S + "(?:season|сезон\\p{L}*))"
                    // "the year-earlier period", "the year-ago period", "the prior-year period"
                    + "|(?:year[\\s-]earlier|year[\\s-]ago|prior[\\s-]year|previous[\\s-]year)" + S + "period", FLAGS);
    private static final Pattern THIS = compile(THIS_YEAR, FLAGS);
    /** Uzbek and Kazakh put "month" after a month's name: "январь ойида", "yanvar oyida", "январь айында". */
    private static final Pattern TURKIC_MONTH = compile("(?<!\\p{L})" + WORD + S + "(?:ойи|oyi|ойда|oyda|айы|айда)\\p{L}*",
            FLAGS);
    /** Uzbek and Kazakh name the year before its month: "жорий йил январь ойида", "joriy yil yanvar oyida", "биыл қаңтарда". */
    private static final Pattern TURKIC_THIS_MONTH = compile("(?:жории" + S + "иил\\p{L}*|joriy" + S + "yil\\p{L}*|биыл|" + Words.fold("ағымдағы") + S
            + Words.fold("жыл") + "\\p{L}*)"
            + S + WORD + "(?:\\s*[-\u2010\u2011\u2013\u2014]\\s*" + WORD + ")?", FLAGS);
    private static final Pattern LAST = compile(LAST_YEAR, FLAGS);
    private static final Pattern NEXT = compile(NEXT_YEAR, FLAGS);
    private static final Pattern THIS_MONTH = compile(
            "(?:ce" + S + "mois(?:-ci)?|this" + S + "month|в" + S + "этом" + S + "месяце"
            // Uzbek and Kazakh: "joriy oyda", "жорий ойда", "ағымдағы айда" (the current month)
            + "|(?:joriy|жории|" + Words.fold("ағымдағы") + ")" + S
            + "(?:oy|ои|аи)(?:da|ida|ning|i|да|ида|нинг|и|ында|дың|ы)?(?!\\p{L}))", FLAGS);
    private static final Pattern LAST_MONTH = compile(
            "(?:le" + S + "mois" + S + "dernier|last" + S + "month|в" + S + "прошлом" + S + "месяце"
            // Uzbek and Kazakh: "o'tgan oyda", "ўтган ойда", "өткен айда" (not "o'tgan oylarda", the past months)
            + "|(?:o" + APOS_UZ + "?tgan|утган|" + Words.fold("өткен") + ")" + S
            + "(?:oy|ои|аи)(?:da|ida|ning|i|да|ида|нинг|и|ында|дың|ы)?(?!\\p{L}))", FLAGS);

    private static final String SOME = "(?:(?:\\d+|\\p{L}+)" + S + ")?";
    /** A count before "years" in Kazakh or Uzbek, whose ten is written with the Uzbek o: "o'n yilda", "ўн йилда". */
    private static final String SOME_TURKIC = "(?:(?:\\d+|\\p{L}+(?:" + APOS_UZ + "\\p{L}+)?)" + S + ")?";
    private static final Pattern CUMULATIVE = compile("(?:(?:over|in|during|for|within)" + S + "the" + S
            + "(?:past|last|previous)" + S + SOME + "(?:years|decades|decade)|over" + S + "the" + S + "years|in" + S + "recent"
            + S + "years|since" + S + "independence|за" + S + "(?:последние" + S + ")?" + SOME + "(?:лет|года|годы)(?!"
            + S + "(?:\\d|назад))|в" + S + "последние" + S + SOME + "(?:лет|годы)|(?:на" + S + "протяжении|в" + S
            + "течение)" + S + "последних" + S + SOME + "(?:лет|года)|с" + S + "момента" + S
            + "независимости|au" + S + "cours" + S + "des" + S + SOME + "dernieres" + S + "annees|ces" + S + SOME
            + "dernieres" + S + "annees|(?:au" + S + "cours" + S + "de" + S + ")?la" + S + "derniere" + S + "decennie|за" + S
            + "(?:последнее|прошедшее)" + S + "десятилетие|depuis" + S + "l" + APOS + "independance|au" + S + "fil" + S + "des" + S
            + "(?:ans|annees)|o['’‘]?tgan" + S + "yillar|(?:" + Words.fold("соңғы") + "|" + Words.fold("сўнгги")
            + "|so" + APOS_UZ + "?nggi)" + S + SOME_TURKIC + "(?:жыл|yil|иил|" + Words.fold("онжыл") + ")\\p{L}*|(?:a" + S + "few|several)" + S + "years" + S + "ago|несколько" + S
            + "лет" + S + "назад|(?:il" + S + "y" + S + "a" + S + ")?quelques" + S + "annees|(?:in|over|during)" + S + "the" + S
            + "(?:coming|next)" + S + SOME + "years|в" + S + "ближаишие" + S + SOME
            + "(?:годы|года|лет)|(?:dans|au" + S + "cours)" + S + "(?:les|des)"
            + S + SOME + "(?:prochaines" + S + "annees|annees" + S + "a" + S + "venir))", FLAGS);

    /**
     * "since the beginning of the year", "с начала года", "depuis le début de l'année", "year to date": the months of
     * the publication year up to the last one complete when the article came out.
     */
    private static final Pattern YEAR_TO_DATE = compile("(?:(?:since|from)" + S + "the" + S + "(?:beginning|start)"
            + S + "of" + S + "(?:the|this)" + S + "year|year" + S + "to" + S + "date|year-to-date|с" + S + "начала" + S
            + "(?:(?:этого|текущего|нынешнего)" + S + ")?года|(?:depuis|a" + S + "partir" + S + "du)" + S + "(?:le" + S
            + ")?debut" + S + "(?:de" + S + "l" + APOS + "annee|de" + S + "cette" + S + "annee|d" + APOS + "annee)"
            + "|(?:since|depuis|с)" + S + "(?:january|janvier|января)(?![\\s\\u00A0]*\\d)"
            + "|so" + S + "far" + S + "(?:this|in" + S + "the)" + S + "year|this" + S + "year" + S + "so" + S + "far"
            // Uzbek and Kazakh: "(joriy) yil boshidan", "йил бошидан", "жыл басынан"
            + "|(?:(?:joriy|жории)" + S + ")?(?:yil" + S + "boshidan|иил" + S + "бошидан)|жыл" + S + "басынан)",
            FLAGS);

    /**
     * "since the beginning of the current Iranian year", "с начала текущего иранского года", "depuis le début de
     * l'année iranienne": the months from the March the Iranian year under way started in (21 March) up to the
     * publication, as "since the beginning of the year" counts from January.
     */
    private static final Pattern IRANIAN_YEAR_TO_DATE = compile("(?:(?:since|from)" + S + "the" + S
            + "(?:beginning|start)" + S + "of" + S + "the" + S + "(?:(?:current|this)" + S + ")?iranian" + S
            + "(?:calendar" + S + "|fiscal" + S + ")?year|с" + S + "начала" + S + "(?:(?:этого|текущего|нынешнего)" + S
            + ")?иранского" + S + "(?:календарного" + S + ")?года|(?:depuis|a" + S + "partir" + S + "du)" + S
            + "(?:le" + S + ")?debut" + S + "de" + S + "l" + APOS + "annee" + S + "iranienne)", FLAGS);

    /** "last December", "this April", "en octobre dernier", "в феврале прошлого года", "июль текущего года". */
    private static final Pattern NAMED_MONTH = compile("(?<!\\p{L})(?:(last|this)" + S + WORD + "|" + WORD + S
            + "(?:(dernier)|(?:(?:de|of)" + S + ")?(" + LAST_YEAR + "|" + THIS_YEAR + ")))", FLAGS);

    private static final Pattern YEAR_END = compile("(?:(?:by|at|until|before)" + S + ")?the" + S + "end" + S + "of"
            + S + "the" + S + "year|(?:by|at|until|before)" + S + "(?:the" + S + ")?year[\\s-]end(?!\\p{L})|по" + S + "итогам" + S + "года|(?:до|к|в)" + S + "(?:конца|концу|конце)" + S
            + "года|(?:(?:d" + APOS + "ici|jusqu" + APOS + "a)" + S + ")?(?:a" + S + ")?la" + S + "fin" + S + "de" + S
            + "l" + APOS + "annee(?!" + S + "(?:derniere|precedente|passee|ecoulee|prochaine))"
            // Uzbek and Kazakh: "yil oxirigacha", "йил охиригача", "yil yakuniga qadar", "жыл соңына дейін"
            + "|(?<!\\p{L})(?:yil" + S + "oxirigacha|иил" + S + "охиригача|yil" + S + "yakuniga" + S + "qadar|иил" + S
            + "якунига" + S + Words.fold("қадар") + "|" + Words.fold("жыл") + S + Words.fold("соңына") + S + Words.fold("дейін") + ")", FLAGS);
    /*
     * The words the scanned patterns can start with, so that they are tried only where one stands: "o" with its
     * Uzbek marks opens "o'tgan yil"; й is и in the folded text.
     */
    private static final String[] UZBEK_O = {"ot", "o'", "o’", "o‘", "oʻ", "oʼ", "o`"};
    private static final Openers THIS_OPENERS = new Openers(THIS, "cette ", "l'", "l’", "this ", "the ", "current ",
            "в ", "этого ", "текущ", "нынешн", "биыл", "жории ", "joriy ", Words.fold("ағымдағы "));
    private static final Openers LAST_OPENERS = new Openers(LAST, with(UZBEK_O, "l'", "l’", "the ", "last ", "a ",
            "год", "il ", "un ", "в ", "прошл", "предыдущего ", "минувш", "өткен ", "утган ", "былтыр", "за "));
    private static final Openers CUMULATIVE_OPENERS = new Openers(CUMULATIVE, with(UZBEK_O, "over ", "in ", "during ",
            "for ", "within ", "since ", "за ", "в ", "с ", "au ", "ces ", "la ", "depuis ", "a ", "several ",
            "несколько ", "il ", "quelques ", "dans ", "на ", Words.fold("соңғы "), Words.fold("сўнгги "), "so'nggi ",
            "so’nggi ", "so‘nggi ", "soʻnggi ", "soʼnggi ", "songgi "));

    private static final Openers THIS_MONTH_OPENERS = new Openers(THIS_MONTH, "ce ", "this ", "в ", "joriy ", "жории ",
            Words.fold("ағымдағы "));
    private static final Openers LAST_MONTH_OPENERS = new Openers(LAST_MONTH, with(UZBEK_O, "le ", "last ", "в ",
            "утган ", Words.fold("өткен ")));
    private static final Openers TURKIC_THIS_MONTH_OPENERS = new Openers(TURKIC_THIS_MONTH, "жории ", "joriy ",
            "биыл", Words.fold("ағымдағы "));
    private static final Openers NEXT_OPENERS = new Openers(NEXT, "l'", "l’", "next ", "в ", "следующего ");

    private static final Openers FIRST_MONTHS_OPENERS = new Openers(FIRST_MONTHS, "first ", "premiers ", "les ",
            "des ", "aux ", "the ", "за ", "в ", "итогам ", "результатам ", "according ", "during ", "durant ", "pendant ", "течение ", "sur ", "in ",
            "over ", "for ", "en ");

    /* "i", "ii", "iii", "iv": Roman numbers, all opened by "i". */
    private static final Openers QUARTER_OPENERS = new Openers(QUARTER, "first ", "1st ", "premier ", "1er ", "перв",
            "i", "second ", "2nd ", "deuxieme ", "2e ", "втор", "third ", "3rd ", "troisieme ", "3e ", "трет",
            "fourth ", "4th ", "quatrieme ", "4e ", "четверт", "first-", "1st-", "second-", "2nd-", "third-", "3rd-",
            "fourth-", "4th-");
    private static final Openers HALF_OPENERS = new Openers(HALF, "first ", "premier ", "1er ", "перв", "i",
            "second ", "deuxieme ", "втор");
    private static final Openers DEADLINE_OPENERS = new Openers(DEADLINE, "d'", "d’", "by ", "к ", "до ", "jusqu",
            "avant ", "until ");
    private static final Openers SAME_PERIOD_OPENERS = new Openers(SAME_PERIOD, "meme ", "same ", "like ",
            "corresponding ", "comparable ", "similar ", "аналогичн", "соответствующ", "year", "prior", "previous");

    private static final Pattern UP_TO = compile("(?:till|until|through|up" + S + "to|по|jusqu" + APOS
            + "(?:a|en))" + S + "$", FLAGS);

    private static final ThreadLocal<RuleBasedNumberFormat[]> SPELLOUT = ThreadLocal.withInitial(() ->
            new RuleBasedNumberFormat[] {
                spellout("en"), spellout("fr"), spellout("ru")
            });

    private PeriodResolver() {
    }

    private static String[] with(String[] some, String... more) {
        String[] all = java.util.Arrays.copyOf(more, more.length + some.length);
        System.arraycopy(some, 0, all, more.length, some.length);
        return all;
    }

    /** Compiles a pattern written for folded text: й and ё fold to и and е there, so they do in the pattern. */
    private static Pattern compile(String regex, int flags) {
        return Pattern.compile(regex.replace('й', 'и').replace('ё', 'е'), flags);
    }

    private static RuleBasedNumberFormat spellout(String language) {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(new ULocale(language), RuleBasedNumberFormat.SPELLOUT);
        format.setLenientParseMode(true);
        return format;
    }

    /** Every expression of time in the folded text, longest first where they overlap, in text order. */
    static List<Expression> find(String folded, Publication publication) {
        List<Expression> found = new ArrayList<>();
        List<int[]> years = years(folded);
        yearRanges(folded, years, found);
        // Patterns that end in a year run only on a short window before each year: scanning whole articles with
        // patterns that start with a word cost more than all the rest of the analysis.
        for (int[] year : years) {
            int window = Math.max(0, year[0] - YEAR_WINDOW);
            // Each pattern runs only when the word it needs is near the year.
            if (monthJustBefore(folded, year[0])) {
                monthRanges(folded, MONTH_RANGE, window, year[1], found);
                monthRanges(folded, MONTH_RANGE_WORDS, window, year[1], found);
                if (has(folded, window, year[1], "between", "entre", "между")) {
                    monthRanges(folded, MONTH_BETWEEN, window, year[1], found);
                }
                monthPairs(folded, window, year[1], found);
                monthYears(folded, window, year[1], found);
            }
            if (has(folded, window, year[0], "mois", "month", "месяц", "мес.")) {
                firstMonths(folded, publication, window, year[1], found);
            }
            if (has(folded, window, year[0], "trimestre", "quarter", "квартал", "semestre", "half", "полугод", "половин", "q", "h1", "h2", "1h", "2h")) {
                quarters(folded, publication, window, year[1], found);
                halves(folded, publication, window, year[1], found);
            }
            if (has(folded, window, year[0], "ici", "by", "к", "до", "jusqu", "until", "avant")) {
                deadlines(folded, window, year[1], found);
            }
            if (has(folded, window, year[0], "since", "depuis", "с", "со")) {
                sinceStart(folded, year, publication, found);
                sinceEvent(folded, year, publication, found);
            }
            if (dayJustBefore(folded, year[0])) {
                spansToADay(folded, year, found);
            }
            turkicSince(folded, year, publication, found);
            turkicFirstMonths(folded, year, found);
            abbreviatedFirstMonths(folded, year, found);
            fiscalYear(folded, year, found);
            found.add(new Expression(year[0], year[1], Kind.PERIOD, folded.substring(year[0], year[1])));
        }
        // The other patterns run on short windows around the words they need.
        for (int[] w : windows(folded, 60, 30, "period", "период")) {
            sameYearShift(folded, w[0], w[1], found);
        }
        for (int[] w : windows(folded, 50, 45, "mois", "month", "месяц", "мес.")) {
            firstMonths(folded, publication, w[0], w[1], found);
        }
        for (int[] w : windows(folded, 30, 30, "trimestre", "quarter", "квартал", "semestre", "half", "полугод", "половин")) {
            quarters(folded, publication, w[0], w[1], found);
            halves(folded, publication, w[0], w[1], found);
        }
        for (int[] w : windows(folded, 12, 30, "полгода")) {
            Matcher m = in(HALF_YEAR_RU, folded, w[0], w[1]);
            while (m.find()) {
                if (m.group(1) == null && publication != null && publication.knowsMonth()
                        && publication.date().getMonthValue() <= 6 && !LAST.matcher(m.group()).find()) {
                    // a half not over at publication is last year's, as "10 months" in January is
                    int last = publication.date().getYear() - 1;
                    found.add(new Expression(m.start(), m.end(), Kind.PERIOD, Periods.months(last, 1, last, 6)));
                } else {
                    addSpan(found, m, m.group(1), publication, 1, 6);
                }
            }
        }
        for (int[] w : windows(folded, 1, 3, "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q", "h1", "h2", "1h", "2h")) {
            Matcher m = in(PART_ALONE, folded, w[0], w[1]);
            while (m.find()) {
                String quarter = m.group(1) != null ? m.group(1) : m.group(2);
                if (quarter != null) {
                    int q = Integer.parseInt(quarter);
                    addSpan(found, m, null, publication, (q - 1) * 3 + 1, q * 3);
                } else {
                    boolean first = "1".equals(m.group(3) != null ? m.group(3) : m.group(4));
                    addSpan(found, m, null, publication, first ? 1 : 7, first ? 6 : 12);
                }
            }
        }
        for (int[] w : wordWindows(folded, 50, 0, "years", "decades", "decade", "лет", "года", "годы", "annees", "ans",
                "independence", "независимости", "independance", "yillar", "decennie", "десятилетие", "ago", "назад",
                "жылда", "жылдары", "жылдарда", "yilda", "yillarda", "иилда", "иилларда",
                // the decade in Kazakh and Uzbek: "соңғы онжылдықта", "so'nggi o'n yillikda", "сўнгги ўн йилликда"
                Words.fold("онжылдықта"), Words.fold("онжылдық"), Words.fold("жылдықта"), "yillikda", "yillik",
                Words.fold("йилликда"), Words.fold("йиллик"))) {
            CUMULATIVE_OPENERS.matches(folded, w[0], w[1],
                    m -> found.add(new Expression(m.start(), m.end(), Kind.CUMULATIVE, null)));
        }
        shortYearFirstMonths(folded, found);
        relativeMonthRanges(folded, publication, found);
        relativeTurkicYears(folded, publication, found);
        TurkicMonthCases.find(folded, publication, found);
        dayMonths(folded, publication, found);
        relative(folded, publication, found);
        namedMonths(folded, publication, found);
        dayRanges(folded, found);
        openEndedMonthRanges(folded, found);
        grainSeasons(folded, publication, found); // after every month range: a season takes the one right after it
        seasonYearPairs(folded, found);
        pastSpansWrittenOut(folded, found);
        return untilDates(folded, withoutOverlaps(found));
    }

    /**
     * "over the past five years (2018-2023)", "за последние пять лет (2019–2023 гг.)": the years a past span writes
     * out in brackets right after it are its years, whatever the year of writing gives (decision 29 of round 35: a
     * figure over a span takes the span the text writes). The two become one period of those years.
     */
    private static void pastSpansWrittenOut(String folded, List<Expression> found) {
        for (int i = 0; i < found.size(); i++) {
            Expression past = found.get(i);
            if (past.kind() != Kind.CUMULATIVE) {
                continue;
            }
            for (int j = 0; j < found.size(); j++) {
                Expression span = found.get(j);
                if (span.kind() == Kind.PERIOD && span.period() != null && span.period().length() == YEAR_SPAN_LENGTH
                        && span.start() > past.end() && span.start() - past.end() <= BRACKET_REACH
                        && folded.substring(past.end(), span.start()).strip().equals("(")) {
                    found.set(i, new Expression(past.start(), span.end(), Kind.PERIOD, span.period()));
                    found.remove(j);
                    break;
                }
            }
        }
    }

    /**
     * Whether the expression is a past span with its years written out in brackets, as {@link #pastSpansWrittenOut}
     * joins them ("over the past five years (2018-2023)"): an undated text that says so is written the year after.
     */
    static boolean pastSpanWrittenOut(String text, Expression e) {
        return e.kind() == Kind.PERIOD && e.period() != null && e.period().length() == YEAR_SPAN_LENGTH
                && text.indexOf('(', e.start()) >= 0 && text.indexOf('(', e.start()) < e.end()
                && !Character.isDigit(text.charAt(e.start()));
    }

    /** The length of a span of whole years as the rules write it, "2018/2023". */
    private static final int YEAR_SPAN_LENGTH = 9;
    /** How far after a past span its years may open in brackets: " (". */
    private static final int BRACKET_REACH = 3;

    /** Words that close the time a measure holds ("a ban until August 31", "jusqu'au 31 août", "до 31 августа"). */
    private static final List<String> UNTIL_WORDS = List.of("until", "till", "jusqu'au", "jusqu’au", "jusqu'a",
            "jusqu’a", "до");
    /** Words that open a span an until-word may close ("from June until August 2024", "с июня до августа"). */
    private static final Set<String> UNTIL_SPAN_OPENERS = Set.of("from", "since", "between", "du", "depuis", "entre",
            "с", "со", "от", "между");
    /** How far before the until-word a word opening a span is looked for. */
    private static final int UNTIL_SPAN_REACH = 40;

    /**
     * "a ban on rice exports until June 30, 2023", "jusqu'au 30 juin 2023", "до 30 июня 2023 года": a day or
     * month a measure holds until is its end, not a period figures cover (the standard: a period is "what the text
     * says the figure covers"); it dates a goal as "by 2030" does, by its year, and nothing else. A month that closes
     * a span opened before it ("from June until August 2024") is left as it is.
     */
    private static List<Expression> untilDates(String folded, List<Expression> found) {
        for (int i = 0; i < found.size(); i++) {
            Expression e = found.get(i);
            if (e.kind() != Kind.PERIOD || e.period() == null || e.period().length() != 7) {
                continue;
            }
            int end = skipDay(folded, e.start());
            while (end > 0 && Character.isWhitespace(folded.charAt(end - 1))) {
                end--;
            }
            for (String word : UNTIL_WORDS) {
                int start = end - word.length();
                if (start >= 0 && folded.startsWith(word, start)
                        && (start == 0 || !Character.isLetter(folded.charAt(start - 1)))
                        && !spanOpenedBefore(folded, start)) {
                    found.set(i, new Expression(e.start(), e.end(), Kind.DEADLINE, e.period().substring(0, 4)));
                    break;
                }
            }
        }
        return found;
    }

    /** Whether a word of {@link #UNTIL_SPAN_OPENERS} stands shortly before {@code at}, in its sentence. */
    private static boolean spanOpenedBefore(String folded, int at) {
        int from = Math.max(0, at - UNTIL_SPAN_REACH);
        int stop = Math.max(folded.lastIndexOf('.', at - 1), folded.lastIndexOf(';', at - 1));
        from = Math.max(from, stop + 1);
        for (String word : NON_WORD.split(folded.substring(from, at))) {
            if (UNTIL_SPAN_OPENERS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SPAN_OPENERS = Set.of("с", "from", "du", "de", "от");
    private static final Set<String> DAY_RANGE_WORDS = Set.of("to", "through", "till", "until",
            "по", "до", "au", "a", "-", "–", "—");
    private static final Set<String> BETWEEN_OPENERS = Set.of("between", "entre", "между");
    private static final Set<String> BETWEEN_LINKS = Set.of("and", "et", "и");

    /** Whether the text just before {@code end} is a year ("septembre 2024"), not a day or a month name alone. */
    private static boolean endsWithYear(String folded, int end) {
        if (end < 4 || end > 4 && Character.isLetterOrDigit(folded.charAt(end - 5))) {
            return false;
        }
        String century = folded.substring(end - 4, end - 2);
        return ("19".equals(century) || "20".equals(century)) && Character.isDigit(folded.charAt(end - 2))
                && Character.isDigit(folded.charAt(end - 1));
    }

    /**
     * "с 1 января по 30 сентября 2024 года", "from January 1 to September 30, 2024", "du 1er janvier au 30 septembre
     * 2024": two days of months joined by "to" are the months between them, of the year written at the end.
     */
    private static void dayRanges(String folded, List<Expression> found) {
        int size = found.size();
        for (int a = 0; a < size; a++) {
            Expression first = found.get(a);
            if (first.kind() != Kind.PERIOD || first.period() == null || first.period().length() != 7) {
                continue;
            }
            for (int b = 0; b < size; b++) {
                Expression last = found.get(b);
                if (last.start() <= first.end() || last.start() - first.end() > 12 || last.kind() != Kind.PERIOD
                        || last.period() == null || last.period().length() != 7) {
                    continue;
                }
                String between = folded.substring(first.end(), last.start()).strip();
                int cut = between.length();
                while (cut > 0 && (Character.isDigit(between.charAt(cut - 1)) || between.charAt(cut - 1) == ' ')) {
                    cut--;
                }
                String connector = between.substring(0, cut).strip();
                if (connector.startsWith("года ")) {
                    connector = connector.substring(5).strip(); // "с сентября 2024 года по июль 2025 года"
                }
                int from = Integer.parseInt(first.period().substring(5));
                int to = Integer.parseInt(last.period().substring(5));
                int toYear = Integer.parseInt(last.period().substring(0, 4));
                // "septembre 2024 et juillet 2025": a first month written with its own year starts in that year
                boolean ownYear = endsWithYear(folded, first.end());
                int fromYear = ownYear ? Integer.parseInt(first.period().substring(0, 4)) : toYear;
                // "с", "from", "du" open the span: part of it, not a comparison's "since"
                int start = first.start();
                int end = start;
                while (end > 0 && folded.charAt(end - 1) == ' ') {
                    end--;
                }
                int word = end;
                while (word > 0 && Character.isLetter(folded.charAt(word - 1))) {
                    word--;
                }
                String opener = folded.substring(word, end);
                // "between September 2024 and July 2025", "entre septembre 2024 et juillet 2025": "and" links the
                // two ends only after "between", and only when both carry their year
                boolean linked = DAY_RANGE_WORDS.contains(connector)
                        || ownYear && BETWEEN_LINKS.contains(connector) && BETWEEN_OPENERS.contains(opener);
                if (linked && fromYear * 12 + from < toYear * 12 + to) {
                    if (SPAN_OPENERS.contains(opener) || BETWEEN_OPENERS.contains(opener)) {
                        start = word;
                    }
                    found.add(new Expression(start, last.end(), Kind.PERIOD,
                            Periods.months(fromYear, from, toYear, to)));
                }
            }
        }
    }

    /** A day of a month in a date: "19", "1er", "21st". */
    private static String day(String name) {
        return "(?<" + name + ">\\d{1,2})(?:er|st|nd|rd|th)?";
    }

    /**
     * "between September and December 19, 2025", "from March 2022 to May 19, 2023", "с сентября по 19 декабря 2025
     * года", "de septembre au 19 décembre 2025": a span of months whose closing end is a day written with its year.
     */
    private static final Pattern SPAN_TO_A_DAY = compile("(?<![\\p{L}\\d])(?:(?<opener>from|between|с|между|от|de|du|entre)"
            + S + ")?(?:" + day("d1") + S + ")?(?<m1>\\p{L}+)\\.?(?:" + S + day("d2") + ",?)?(?:" + S
            + "(?<y1>(?:19|20)\\d{2})(?:" + S + "года)?)?(?:\\s*[-–—]\\s*|" + S
            + "(?<link>to|through|till|until|and|по|до|и|au|a|et)" + S + ")(?:the" + S + ")?(?:" + day("d3") + S + ")?"
            + "(?:of" + S + ")?(?<m2>\\p{L}+)\\.?(?:" + S + day("d4") + ",?)?" + S + "(?<y2>(?:19|20)\\d{2})", FLAGS);
    private static final Set<String> AND_LINKS = Set.of("and", "и", "et");
    /** How far before a year a day of its month may stand: "19 декабря 2025 года", "December 19, 2025". */
    private static final int DAY_BEFORE_YEAR = 16;

    /** Whether a digit stands a few characters before the year at {@code at}, as a day of its month would. */
    private static boolean dayJustBefore(String folded, int at) {
        for (int i = Math.max(0, at - DAY_BEFORE_YEAR); i < at - 1; i++) {
            if (Character.isDigit(folded.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A span of months whose closing end is a day with its year ("between September and December 19, 2025", "from
     * March 2022 to May 19, 2023"): the months from the opening month to the closing one, the opening month in its own
     * year when it has one, else in the closing year (the year before when its month comes later). A span closed by a
     * month with no day is the month-range patterns' to read, days of one month {@link #dayRanges}'. "And" links the
     * ends only after "between", "entre", "между".
     */
    private static void spansToADay(String folded, int[] year, List<Expression> found) {
        Matcher m = in(SPAN_TO_A_DAY, folded, Math.max(0, year[0] - YEAR_WINDOW), year[1]);
        while (m.find()) {
            int first = Months.index(m.group("m1"));
            int last = Months.index(m.group("m2"));
            String opener = m.group("opener");
            String link = m.group("link");
            boolean linked = link == null || !AND_LINKS.contains(link) || opener != null && BETWEEN_OPENERS.contains(opener);
            boolean closingDay = m.group("d3") != null || m.group("d4") != null;
            if (m.end() != year[1] || first == 0 || last == 0 || !closingDay || !linked
                    || m.group("d1") != null && m.group("d2") != null) {
                continue;
            }
            int toYear = Integer.parseInt(m.group("y2"));
            int fromYear = m.group("y1") != null ? Integer.parseInt(m.group("y1")) : first <= last ? toYear : toYear - 1;
            if (fromYear * 12 + first < toYear * 12 + last) {
                found.add(new Expression(m.start(), m.end(), Kind.PERIOD, Periods.months(fromYear, first, toYear, last)));
            }
        }
    }

    /** Words between "to" and a month that leave the month's part unsaid: "to early March", "по начало марта". */
    private static final Set<String> MONTH_PART_WORDS = Set.of("early", "late", "mid", "the", "end", "beginning",
            "start", "of", "debut", "fin", "mi", "le", "la", "de", "начало", "начала", "конец", "конца", "середину");
    private static final int MONTH_PART_WORDS_MAX = 3;

    /**
     * "Between September 2024 and early March", "с сентября 2024 года по март", "de septembre 2024 à mars": a span
     * whose first month carries its year and whose last does not ends at the next such month, in the same year when
     * it comes later in it, else in the next (a grain season, gold-m: "a season `Between September 2024 and early
     * March` ends in March 2025").
     */
    private static void openEndedMonthRanges(String folded, List<Expression> found) {
        int size = found.size();
        for (int a = 0; a < size; a++) {
            Expression first = found.get(a);
            if (first.kind() != Kind.PERIOD || first.period() == null || first.period().length() != 7
                    || !endsWithYear(folded, first.end())) {
                continue;
            }
            int at = skipSpaces(folded, first.end());
            if (folded.startsWith("года", at)) {
                at = skipSpaces(folded, at + 4); // "с сентября 2024 года по март"
            }
            int[] connector = wordAt(folded, at);
            if (connector == null) {
                continue;
            }
            String link = folded.substring(connector[0], connector[1]);
            int[] opener = wordBefore(folded, first.start(), ".,;:");
            String openerWord = opener == null ? "" : folded.substring(opener[0], opener[1]);
            boolean between = BETWEEN_LINKS.contains(link) && BETWEEN_OPENERS.contains(openerWord);
            if (!between && !(DAY_RANGE_WORDS.contains(link) && SPAN_OPENERS.contains(openerWord))) {
                continue;
            }
            int[] word = wordAt(folded, skipSpaces(folded, connector[1]));
            int parts = 0;
            while (word != null && parts < MONTH_PART_WORDS_MAX
                    && MONTH_PART_WORDS.contains(folded.substring(word[0], word[1]))) {
                word = wordAt(folded, skipSpaces(folded, word[1]));
                parts++;
            }
            int to = word == null ? 0 : Months.index(folded.substring(word[0], word[1]));
            int fromYear = Integer.parseInt(first.period().substring(0, 4));
            int from = Integer.parseInt(first.period().substring(5));
            int yearEnd = endOfYearAfter(folded, word == null ? 0 : word[1]);
            if (to == 0 || yearEnd > 0 && parts == 0) {
                continue; // no month, or one with its own year right after "and" ("and July 2025"): dayRanges reads it
            }
            int toYear = yearEnd > 0 ? Integer.parseInt(folded.substring(yearEnd - 4, yearEnd))
                    : to > from ? fromYear : fromYear + 1;
            if (toYear * 12 + to <= fromYear * 12 + from) {
                continue;
            }
            found.add(new Expression(opener[0], yearEnd > 0 ? yearEnd : word[1], Kind.PERIOD,
                    Periods.months(fromYear, from, toYear, to)));
        }
    }

    /** {start, end} of the run of letters starting at {@code at}, or null when no letter stands there. */
    private static int[] wordAt(String folded, int at) {
        int end = wordEnd(folded, at);
        return end == at ? null : new int[] {at, end};
    }

    /** The end of a year that follows {@code at} past blanks ("July 2025"), or 0 when none does. */
    private static int endOfYearAfter(String folded, int at) {
        int i = skipSpaces(folded, at);
        int end = i;
        while (end < folded.length() && Character.isDigit(folded.charAt(end))) {
            end++;
        }
        return end - i == 4 && (folded.startsWith("19", i) || folded.startsWith("20", i)) ? end : 0;
    }

    /** Spans around each occurrence of one of the words standing as a whole word ("ans", not the end of "dans"). */
    private static List<int[]> wordWindows(String text, int before, int after, String... words) {
        List<int[]> spans = new ArrayList<>();
        Substrings index = Substrings.of(text); // one index of the text for all the words asked about it
        for (String word : words) {
            for (int at = index.first(word); at >= 0; at = index.next(word, at)) {
                int end = at + word.length();
                if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                    spans.add(new int[] {Math.max(0, at - before), Math.min(text.length(), end + after)});
                }
            }
        }
        return spans;
    }

    private static final Set<String> YEAR_SPAN_OPENERS = Set.of("from", "between", "de", "entre",
            "с", "между", "от");
    private static final Set<String> YEAR_SPAN_LINKS = Set.of("to", "and", "through", "until",
            "till", "a", "et", "au", "по", "и", "до");

    /**
     * "2014-2020", "за 1991–2014 гг.", "from 2021 to 2024", "entre 2021 et 2024", "с 2021 по 2024 год": a span of
     * whole years, {@code 2014/2020}.
     */
    private static void yearRanges(String folded, List<int[]> years, List<Expression> out) {
        for (int i = 0; i + 1 < years.size(); i++) {
            int[] first = years.get(i);
            int[] second = years.get(i + 1);
            if (second[0] - first[1] > 10) {
                continue;
            }
            String between = folded.substring(first[1], second[0]).strip();
            int from = Integer.parseInt(folded.substring(first[0], first[1]));
            int to = Integer.parseInt(folded.substring(second[0], second[1]));
            if (from >= to) {
                continue;
            }
            if (between.length() == 1 && "-–—".indexOf(between.charAt(0)) >= 0) {
                out.add(new Expression(first[0], second[1], Kind.PERIOD, from + "/" + to));
            } else if (YEAR_SPAN_LINKS.contains(between) && to - from >= 2) {
                // Two years in a row ("augmenté de 60 % entre 2018 et 2019") compare one year with the next.
                int end = first[0];
                while (end > 0 && Character.isWhitespace(folded.charAt(end - 1))) {
                    end--;
                }
                int start = end;
                while (start > 0 && Character.isLetter(folded.charAt(start - 1))) {
                    start--;
                }
                if (start < end && YEAR_SPAN_OPENERS.contains(folded.substring(start, end))) {
                    out.add(new Expression(start, second[1], Kind.PERIOD, from + "/" + to));
                }
            }
        }
    }

    /** Merged spans reaching {@code before} chars before and {@code after} chars after each occurrence of a word. */
    private static List<int[]> windows(String text, int before, int after, String... words) {
        List<int[]> spans = new ArrayList<>();
        Substrings index = Substrings.of(text); // one index of the text for all the words asked about it
        for (String word : words) {
            for (int at = index.first(word); at >= 0; at = index.next(word, at)) {
                spans.add(new int[] {Math.max(0, at - before), Math.min(text.length(), at + word.length() + after)});
            }
        }
        if (spans.size() < 2) {
            return spans;
        }
        spans.sort(Comparator.comparingInt(span -> span[0]));
        List<int[]> merged = new ArrayList<>();
        int[] current = spans.get(0);
        for (int[] span : spans.subList(1, spans.size())) {
            if (span[0] <= current[1]) {
                current = new int[] {current[0], Math.max(current[1], span[1])};
            } else {
                merged.add(current);
                current = span;
            }
        }
        merged.add(current);
        return merged;
    }

    private static final int YEAR_WINDOW = 80;

    /** Spans of the four-digit years 1900-2099 standing alone (not in a longer number, not "1990s"). */
    private static List<int[]> years(String text) {
        List<int[]> years = new ArrayList<>();
        int length = text.length();
        // A year is a run of four digits (no digit on either side): only the starts of such runs are looked at.
        CharRuns runs = CharRuns.of(text);
        for (int k = 0; k < runs.digitRuns(); k++) {
            int i = runs.digitStart(k);
            if (runs.digitEnd(k) - i != 4) {
                continue;
            }
            char c = text.charAt(i);
            if ((c == '1' || c == '2') && (i == 0 || !isNumberChar(text, i - 1))
                    && ((c == '1' && text.charAt(i + 1) == '9') || (c == '2' && text.charAt(i + 1) == '0'))
                    // ASCII digits: "202٣" (an Arabic-Indic digit last) is no ISO year
                    && NumberScanner.isAsciiDigit(text.charAt(i + 2)) && NumberScanner.isAsciiDigit(text.charAt(i + 3))
                    && (i + 4 == length || !(Character.isDigit(text.charAt(i + 4)) || text.charAt(i + 4) == 's'
                    || ((text.charAt(i + 4) == '.' || text.charAt(i + 4) == ',') && i + 5 < length
                    && Character.isDigit(text.charAt(i + 5))))) && !decade(text, i) && !nameYear(text, i)) {
                years.add(new int[] {i, i + 4});
            }
        }
        return years;
    }

    /** The words a hyphen joins to a year that still name a time: "mid-2025", "à la mi-2025", "сезона-2020/21". */
    private static final Set<String> TIME_BEFORE_HYPHEN = Set.of("mid", "mi", "сезона", "сезон", "season", "saison",
            "mavsum", "маусым");
    /** The hyphens a name joins its year with: "Poisk-2017", "Khamkorlik‑2025", "Рубеж–2021". */
    private static final String NAME_HYPHENS = "-\u2010\u2011\u2013";

    /**
     * "Poppy-2006", "«Khamkorlik‑2025»", "Рубеж-2021", "Заңсыз келуші-2025", "the harvest-2009": a year a hyphen
     * joins to the word before it is part of a name (an exercise's, an operation's, a campaign's), which dates
     * nothing (the settled event-count bullet and decision 33: "an exercise's name dates nothing"); "mid-2025" and a
     * season's years stay periods.
     */
    private static boolean nameYear(String text, int i) {
        if (i < 2 || NAME_HYPHENS.indexOf(text.charAt(i - 1)) < 0 || !Character.isLetter(text.charAt(i - 2))) {
            return false;
        }
        int start = i - 2;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return !TIME_BEFORE_HYPHEN.contains(text.substring(start, i - 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** "les années 1990", "в 1990-х годах", "the 1990s": a decade, not a year. */
    private static boolean decade(String text, int i) {
        if (text.charAt(i + 3) != '0') {
            return false;
        }
        if (text.startsWith("-х", i + 4) || text.startsWith("-е", i + 4) || text.startsWith("-ые", i + 4)) {
            return true;
        }
        // Uzbek and Kazakh write the decade as the plural of "year" after it: "1990-йилларда", "1990- yillarda",
        // "1990 жылдары".
        int after = i + 4;
        while (after < text.length() && after < i + 7 && (text.charAt(after) == '-' || text.charAt(after) == ' ')) {
            after++;
        }
        if (text.startsWith("иилл", after) || text.startsWith("yill", after) || text.startsWith("жылдар", after)) {
            // but the plural after the second year of a span is the span's years ("2017-2020 йилларда",
            // "2011–2020 yillarda": decision 29 of round 35), not the decade of the 2020s
            return !endsASpanOfYears(text, i);
        }
        int before = i;
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        return text.startsWith("annees", before - 6) || text.startsWith("годы", before - 4);
    }

    /** Whether the year at {@code i} closes a span written with a dash after another year: "2017-2020", "2011 – 2020". */
    private static boolean endsASpanOfYears(String text, int i) {
        int at = i;
        while (at > 0 && text.charAt(at - 1) == ' ') {
            at--;
        }
        if (at == 0 || "-\u2010\u2011\u2012\u2013\u2014".indexOf(text.charAt(at - 1)) < 0) {
            return false;
        }
        at--;
        while (at > 0 && text.charAt(at - 1) == ' ') {
            at--;
        }
        return at >= 4 && (at == 4 || !Character.isDigit(text.charAt(at - 5)))
                && NumberScanner.isAsciiDigit(text.charAt(at - 2)) && NumberScanner.isAsciiDigit(text.charAt(at - 1))
                && (text.startsWith("19", at - 4) || text.startsWith("20", at - 4));
    }

    private static boolean isNumberChar(String text, int i) {
        char c = text.charAt(i);
        return Character.isDigit(c) || ((c == '.' || c == ',') && i > 0 && Character.isDigit(text.charAt(i - 1)));
    }

    /** Whether one of the words occurs within {@code [from, to)}. */
    private static boolean has(String text, int from, int to, String... words) {
        // One walk over the window, not one per word: a char that opens none of the words (by its low six bits, a
        // shift's distance) is passed over at once.
        long firsts = 0;
        for (String word : words) {
            firsts |= 1L << word.charAt(0);
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((firsts & 1L << c) == 0) {
                continue;
            }
            for (String word : words) {
                if (word.charAt(0) == c && i + word.length() <= to && text.startsWith(word, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Matcher in(Pattern pattern, String text, int from, int to) {
        Matcher m = pattern.matcher(text);
        m.region(from, to);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m;
    }

    private static void sameYearShift(String folded, int from, int to, List<Expression> out) {
        SAME_PERIOD_OPENERS.matches(folded, from, to,
                m -> out.add(new Expression(m.start(), m.end(), Kind.SAME_PERIOD_LAST_YEAR, null)));
    }

    private static void monthRanges(String folded, Pattern pattern, int from, int to, List<Expression> out) {
        Matcher m = in(pattern, folded, from, to);
        while (m.find()) {
            int first = Months.index(m.group(1));
            int last = Months.index(m.group(2));
            if (first > 0 && last > 0 && first <= last) {
                String year = m.group(3);
                out.add(new Expression(m.start(), m.end(), Kind.PERIOD,
                        Periods.months(year, first, year, last)));
            }
        }
    }

    /** Two months in a row joined by "and" before their year: the span of both ("janvier et février 2024"). */
    private static void monthPairs(String folded, int from, int to, List<Expression> out) {
        Matcher m = in(MONTH_PAIR, folded, from, to);
        while (m.find()) {
            int first = Months.index(m.group(1));
            int last = Months.index(m.group(2));
            if (first > 0 && pairedMonths(folded, first, m.start(2), m.end(2), last)) {
                out.add(new Expression(m.start(), m.end(), Kind.PERIOD, Periods.months(m.group(3), first, m.group(3), last)));
            }
        }
    }

    private static void relativeMonthRanges(String folded, Publication publication, List<Expression> out) {
        // Without a publication date the span is still the figure's own period, of a year the text may name
        // elsewhere: it is written with no period, for the annotator to anchor.
        // A word scan, not a regular expression: a pattern starting with any word cost more than the rest of the
        // analysis. Month, a dash or "to"/"по"/"à", month, then maybe "of this year" / "прошлого года".
        // The same scan reads a month named without a year after "in", "en", "в" (see bareMonth).
        boolean bare = publication != null && publication.knowsMonth();
        int previous = -1;
        int previousEnd = -1;
        int earlier = -1;
        int earlierEnd = -1;
        int n = folded.length();
        int i = 0;
        // The words are the runs of letters, found once; after a span the walk goes on where the span ended, which
        // may be within a run (its letters from there on are the next word).
        CharRuns runs = CharRuns.of(folded);
        int run = 0;
        while (true) {
            while (run < runs.letterRuns() && runs.letterEnd(run) <= i) {
                run++;
            }
            if (run == runs.letterRuns()) {
                break;
            }
            i = Math.max(i, runs.letterStart(run));
            int j = runs.letterEnd(run);
            if (bare && previous >= 0 && j - i >= 3 && j - i <= 9 && i - previousEnd <= 2
                    && MONTH_INITIALS.indexOf(folded.charAt(i)) >= 0) {
                if (isMonthOpener(folded, previous, previousEnd)) {
                    bareMonth(folded, previous, i, j, publication, out);
                } else if (earlier >= 0 && previous - earlierEnd <= 2 && isOneOf(folded, previous, previousEnd, ONE_WHOLE)
                        && isMonthOpener(folded, earlier, earlierEnd)) {
                    // "за один июнь", "за весь декабрь", "в одном июне": one or the whole month, still that month
                    bareMonth(folded, earlier, i, j, publication, out);
                }
            }
            // Whether the word before is "between" is asked only when "and" follows a word (rare), not of every word.
            int betweenAt = previous;
            int betweenEnd = previousEnd;
            earlier = previous;
            earlierEnd = previousEnd;
            previous = i;
            previousEnd = j;
            // The connector is cheaper to check than the month name: look at it first, after the first letter (a
            // word no month name starts with opens no span, and most words are such).
            boolean monthLike = j - i >= 3 && Months.mayStartName(folded.charAt(i));
            int k = monthLike ? skipBlanks(folded, j) : j; // read only after a word a month name may begin
            int next = -1;
            boolean paired = false;
            if (monthLike && k < n && "-–—".indexOf(folded.charAt(k)) >= 0) {
                next = skipBlanks(folded, k + 1);
            } else if (monthLike && k > j && k < n && "taпдeи".indexOf(folded.charAt(k)) >= 0) {
                // After blanks a letter starts the next run of letters: its end is known, not walked to.
                int e = run + 1 < runs.letterRuns() && runs.letterStart(run + 1) == k ? runs.letterEnd(run + 1)
                        : wordEnd(folded, k);
                // "and" joins a span after "between" ("between January and March"); without it, only two months
                // in a row ("in January and February", "September and early October"): "in January and March" is
                // two months, not the three from one to the other.
                if (e - k <= 7 && (isOneOf(folded, k, e, RANGE_WORDS) || isOneOf(folded, k, e, AND))) {
                    next = skipBlanks(folded, e);
                    paired = isOneOf(folded, k, e, AND) && !isBetween(folded, betweenAt, betweenEnd);
                    if (paired) {
                        next = skipPairQualifier(folded, next);
                    }
                }
            }
            int first = next > 0 ? Months.index(folded.substring(i, j)) : 0;
            if (first > 0) {
                if (next < n && Character.isLetter(folded.charAt(next))) {
                    int e = wordEnd(folded, next);
                    int last = e - next >= 3 ? Months.index(folded.substring(next, e)) : 0;
                    if (paired && !pairedMonths(folded, first, next, e, last)) {
                        last = 0;
                    }
                    if (last > first) {
                        int end = e;
                        Integer year = publication == null ? null : unfinishedBefore(publication, last);
                        if (paired && publication != null && isOneOf(folded, betweenAt, betweenEnd, THIS_WORDS)) {
                            year = publication.date().getYear(); // "This September and early October"
                        }
                        Matcher relative = RELATIVE_AFTER.matcher(folded);
                        relative.region(e, Math.min(n, e + 50));
                        if (relative.lookingAt()) {
                            end = relative.end();
                            year = relativeYear(relative.group(), publication);
                        }
                        // "between" belongs to the span, not to a comparison before it
                        int start = AND.contains(folded.substring(j, next).strip())
                                && isBetween(folded, betweenAt, betweenEnd) ? betweenAt : i;
                        out.add(new Expression(start, end, Kind.PERIOD, year == null ? null
                                : Periods.months(year, first, year, last)));
                        i = end;
                        continue;
                    }
                }
            }
            i = j;
        }
    }

    private static final Set<String> RANGE_WORDS = Set.of("to", "through", "a", "au", "по", "до");
    /** Russian "one" and "whole" between "за" or "в" and a month ("за один июнь", "за весь декабрь"). */
    private static final Set<String> ONE_WHOLE = Set.of("один", "одну", "одном", "весь", "всем");
    private static final Set<String> BETWEEN = Set.of("between", "entre", "между");
    private static final Set<String> AND = Set.of("and", "et", "и");
    /** Words that may stand before the second of two months joined by "and": "September and early October". */
    private static final Set<String> PAIR_QUALIFIERS = Set.of("early", "late", "mid", "debut", "fin");
    /** "This" before the first of two months joined by "and": they are of the publication year. */
    private static final Set<String> THIS_WORDS = Set.of("this", "cette", "ce");

    /** Past a word such as "early" after the "and" of two months ("September and early October"), if one is there. */
    private static int skipPairQualifier(String folded, int at) {
        int e = wordEnd(folded, at);
        return e > at && isOneOf(folded, at, e, PAIR_QUALIFIERS) ? skipBlanks(folded, e) : at;
    }

    /**
     * Whether the second of two months joined by "and" closes a span with the first: the month right after it
     * ("janvier et février"), and not the English modal "may" ("in April and may reach").
     */
    private static boolean pairedMonths(String folded, int first, int start, int end, int last) {
        return last == first + 1 && !(end - start == 3 && folded.startsWith("may", start));
    }

    private static boolean isBetween(String text, int start, int end) {
        return start >= 0 && isOneOf(text, start, end, BETWEEN);
    }

    /**
     * Whether {@code text[start, end)} is one of {@code words}, without a substring: the month-range scan asks this
     * of nearly every word.
     */
    private static boolean isOneOf(String text, int start, int end, Set<String> words) {
        int length = end - start;
        for (String word : words) {
            if (word.length() == length && text.startsWith(word, start)) {
                return true;
            }
        }
        return false;
    }
    private static final Pattern RELATIVE_AFTER = compile(
            S + "(?:(?:de|of)" + S + ")?(?:" + THIS_YEAR + "|" + LAST_YEAR + ")", FLAGS);

    private static int wordEnd(String text, int from) {
        int j = from;
        while (j < text.length() && isLetter(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** {@link Character#isLetter} of every char up to U+04FF, looked up: the word scans ask it of every char. */
    private static final boolean[] LETTERS = letters();

    private static boolean[] letters() {
        boolean[] table = new boolean[0x500];
        for (char c = 0; c < table.length; c++) {
            table[c] = Character.isLetter(c);
        }
        return table;
    }

    private static boolean isLetter(char c) {
        return c < LETTERS.length ? LETTERS[c] : Character.isLetter(c);
    }

    /** The first index at or after {@code from} that is not a space or a no-break space. */
    static int skipBlanks(String text, int from) {
        int k = from;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
            k++;
        }
        return k;
    }

    /**
     * The year of a span of months given without one: the publication year, unless the span had not ended when
     * the article came out ("за 10 месяцев" in January 2009 is January-October 2008).
     */
    private static Integer unfinishedBefore(Publication publication, int lastMonth) {
        int year = publication.date().getYear();
        if (publication.knowsMonth() && lastMonth >= publication.date().getMonthValue()) {
            return year - 1;
        }
        return year;
    }

    /**
     * What follows "the first nine months" when they are months of the Iranian year, which starts on 21 March:
     * "of the current Iranian year", "... of the last Iranian year", "текущего иранского года", "de l'année
     * iranienne". Group 1 or 2 is set when the text says the year before the current one.
     */
    private static final Pattern IRANIAN_YEAR = compile("(?:" + S + "and" + S + "\\d{1,2}" + S + "days)?"
            + "(?:" + S + "(?:of|in)" + S + "(?:the" + S + ")?(?:(last|previous|past)" + S + "|(?:current|this)" + S
            + ")?iranian" + S + "(?:calendar" + S + "|fiscal" + S + ")?year"
            + "|" + S + "(?:(прошлого|предыдущего)" + S + "|(?:текущего|этого)" + S + ")?иранского" + S
            + "(?:календарного" + S + ")?года"
            // (the French months take "de l'année" themselves: what remains is the adjective)
            + "|(?:" + S + "de" + S + "l" + APOS + "annee)?" + S + "iranienne)", FLAGS);

    /**
     * The first {@code months} months of an Iranian year as the calendar months they span (gold-i): from March of
     * the year it started in, to the month its last day falls in ("the first nine months", 21 March to 21 December,
     * is {@code 2023-03/2023-12}). The current Iranian year is the one under way at publication; with no word for
     * it, a span not yet over at publication is of the year before.
     */
    private static String iranianMonths(int months, boolean last, Publication publication) {
        LocalDate date = publication.date();
        int started = !publication.knowsMonth() || date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        if (last) {
            started--;
        }
        int end = started * 12 + 2 + months; // months since year 0, January = 0
        if (!last && publication.knowsMonth() && end > date.getYear() * 12 + date.getMonthValue() - 1) {
            started--;
            end -= 12;
        }
        return Periods.months(started, 3, end / 12, end % 12 + 1);
    }

    private static void firstMonths(String folded, Publication publication, int from, int to, List<Expression> out) {
        FIRST_MONTHS_OPENERS.matches(folded, from, to, m -> firstMonths(folded, publication, m, out));
    }

    /** Adds the months counted from the start of a year that {@code m} matched, when they resolve. */
    private static void firstMonths(String folded, Publication publication, Matcher m, List<Expression> out) {
        Integer months = smallNumber(m.group(1));
        if (months == null || months < 1 || months > 12) {
            return;
        }
        int month = m.group().indexOf("month");
        if (months == 1 && month >= 0 && !m.group().startsWith("months", month)) {
            return; // "for one month" is a duration; "the first nine month of this year" a slip for the months
        }
        if (m.group().startsWith("en ") && m.group(2) == null && !THIS.matcher(m.group()).find()
                && !LAST.matcher(m.group()).find()) {
            return; // "achevé en deux mois" is a duration; "en sept mois de 2024" names the months of a year
        }
        Matcher iranian = IRANIAN_YEAR.matcher(folded).region(m.end(), Math.min(folded.length(), m.end() + 60));
        if (m.group(2) == null && iranian.lookingAt()) {
            if (publication != null) {
                out.add(new Expression(m.start(), iranian.end(), Kind.PERIOD,
                        iranianMonths(months, iranian.group(1) != null || iranian.group(2) != null, publication)));
            }
            return;
        }
        Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : relativeYear(m.group(), publication);
        if (year == null) {
            unresolved(m, out);
            return;
        }
        if (m.group(2) == null && !THIS.matcher(m.group()).find() && !LAST.matcher(m.group()).find()) {
            year = unfinishedBefore(publication, months);
        }
        out.add(new Expression(m.start(), m.end(), Kind.PERIOD,
                months == 1 ? Periods.month(year, 1) : Periods.months(year, 1, year, months)));
    }

    private static final Set<String> SINCE = Set.of("since", "depuis", "с", "со");
    private static final java.util.Map<String, Integer> SPAN_STARTS = java.util.Map.ofEntries(
            java.util.Map.entry("beginning", 1), java.util.Map.entry("start", 1), java.util.Map.entry("debut", 1),
            java.util.Map.entry("начала", 1), java.util.Map.entry("early", 1), java.util.Map.entry("end", 12),
            java.util.Map.entry("fin", 12), java.util.Map.entry("конца", 12), java.util.Map.entry("late", 12),
            java.util.Map.entry("mid", 6), java.util.Map.entry("middle", 6), java.util.Map.entry("середины", 6));
    private static final Set<String> SINCE_FILLERS = Set.of("the", "le", "la", "of", "de", "d", "du");

    /**
     * "since the beginning of 2022", "с конца августа 2020 года", "depuis mars 2023": a span that starts then and runs
     * to the publication month ({@code 2020-08/2021-01}); with no publication date, a total whose end the text does
     * not date. A bare "since 2019" stays a comparison base.
     */
    private static void sinceStart(String folded, int[] year, Publication publication, List<Expression> out) {
        int month = 0;
        boolean namedMonth = false;
        // "since May 1, 2021": the day between the month and the year.
        int at = skipDay(folded, year[0]);
        boolean day = at != year[0];
        for (int hop = 0; hop < 6; hop++) {
            if (hop == 1 && month != 0 && !day) {
                at = skipDay(folded, at); // "с 1 мая 2021 года", "depuis le 1er mai 2021": the day before the month
                day = true;
            }
            int[] span = wordBefore(folded, at, ".,;:");
            if (span == null) {
                return;
            }
            int start = span[0];
            String word = folded.substring(start, span[1]);
            if (SINCE.contains(word)) {
                String from = folded.substring(year[0], year[1]);
                if (startsAfter(publication, from, namedMonth ? month : 0)) {
                    // "до 11 миллиардов кубометров с 2026 года", "С 1 марта 2026 года" in a text of 2025: a start
                    // still to come is no span to the publication month and no comparison base, but the time from
                    // which what the sentence foresees holds, as "starting in 2026" and "à partir de 2026" are.
                    out.add(new Expression(start, year[1], Kind.PERIOD, namedMonth ? Periods.month(from, month) : from));
                    return;
                }
                if (month == 0) {
                    // "Depuis 2012, près de 2 milliards d'euros ont été investis": a clause that opens on a
                    // bare year runs from its January; elsewhere ("up 20% since 2019") the year stays a base.
                    if (!opensClause(folded, start)) {
                        return;
                    }
                    month = 1;
                }
                String period = publication == null || !publication.knowsMonth() ? null
                        : Periods.month(folded.substring(year[0], year[1]), month) + "/"
                        + Periods.month(publication.date());
                out.add(new Expression(start, year[1], period == null ? Kind.CUMULATIVE : Kind.PERIOD, period));
                return;
            }
            Integer edge = SPAN_STARTS.get(word);
            int named = word.length() >= 3 ? Months.index(word) : 0;
            if (hop == 0 && day && named == 0) {
                return; // a number before the year that is no day of a month
            }
            if (named > 0 && month == 0) {
                month = named;
                namedMonth = true;
            } else if (edge != null) {
                month = month == 0 ? edge : month;
            } else if (!SINCE_FILLERS.contains(word)) {
                return;
            }
            at = start;
        }
    }

    /**
     * Whether a start written as a year (and a month, when {@code month} is not 0) falls after the publication: a
     * later year, or a later month of the publication year when the publication's month is known.
     */
    private static boolean startsAfter(Publication publication, String year, int month) {
        if (publication == null) {
            return false;
        }
        int from = Integer.parseInt(year);
        int published = publication.date().getYear();
        return from > published || from == published && month > 0 && publication.knowsMonth()
                && month > publication.date().getMonthValue();
    }

    /** Whether only blanks stand between {@code at} and the start of the text or a sign that ends a clause. */
    private static boolean opensClause(String folded, int at) {
        int i = at;
        while (i > 0 && (folded.charAt(i - 1) == ' ' || folded.charAt(i - 1) == '\u00A0')) {
            i--;
        }
        return i == 0 || ".,;:!?\n\"«(".indexOf(folded.charAt(i - 1)) >= 0;
    }

    /**
     * {start, end} of the word that ends before {@code at}, over blanks and other signs; null when a digit or one of
     * {@code stops} comes first, or no word does.
     */
    private static int[] wordBefore(String folded, int at, String stops) {
        int end = at;
        while (end > 0 && !Character.isLetter(folded.charAt(end - 1))) {
            char c = folded.charAt(end - 1);
            if (Character.isDigit(c) || stops.indexOf(c) >= 0) {
                return null;
            }
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(folded.charAt(start - 1))) {
            start--;
        }
        return start == end ? null : new int[] {start, end};
    }

    /**
     * The start of a day of the month written right before {@code at} ("1 ", "1er ", "1, " in "May 1, 2021"), or
     * {@code at} when there is none.
     */
    private static int skipDay(String folded, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(folded.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && folded.charAt(i - 1) == ',') {
            i--;
        }
        if (i >= 2 && folded.startsWith("er", i - 2)) {
            i -= 2;
        }
        int digits = i;
        while (digits > 0 && Character.isDigit(folded.charAt(digits - 1)) && i - digits < 3) {
            digits--;
        }
        boolean day = digits < i && i - digits <= 2 && (digits == 0 || Character.isWhitespace(folded.charAt(digits - 1)));
        return day ? digits : at;
    }

    /** The last quarter closed before the publication month: {@code 2025-07/2025-09} on 15 October 2025. */
    private static String lastQuarter(Publication publication) {
        int year = publication.date().getYear();
        int closed = (publication.date().getMonthValue() - 1) / 3;
        if (closed == 0) {
            return Periods.months(year - 1, 10, year - 1, 12);
        }
        return Periods.months(year, closed * 3 - 2, year, closed * 3);
    }

    private static final Set<String> EVENT_YEAR_LINKS = Set.of("in", "в", "во", "en");
    /** How many words back from its year a start noun's "since" may stand ("since its launch in 2015"). */
    private static final int EVENT_HOPS = 9;
    /**
     * How many words back from its year a clause's "since" may stand (a "depuis que" clause that tells of a
     * country's independence and ends on its year).
     */
    private static final int SINCE_CLAUSE_HOPS = 14;
    /** Nouns of a start: "since its launch in 2015", "с момента подписания в 2007 году", "depuis son ouverture en 2016". */
    private static final Set<String> START_EVENTS = Set.of("launch", "launching", "opening",
            "signing", "inception", "creation", "establishment", "founding", "commissioning", "start", "lancement",
            "ouverture", "signature", "inauguration", "fondation", "момента", "запуска", "открытия",
            "подписания", "создания", "основания", "ввода");

    /**
     * "since its launch in 2015, 50,000 trains have run", "с момента подписания в 2007 году ... достиг 450 млрд
     * кубометров", "depuis son lancement en 2015": the year dates the event a total starts from, not the total,
     * whose end the text does not date: like "over the past five years", no period.
     */
    private static void sinceEvent(String folded, int[] year, Publication publication, List<Expression> out) {
        int at = year[0];
        boolean linked = false;
        boolean event = false;
        String after = null;
        for (int hop = 0; hop < SINCE_CLAUSE_HOPS; hop++) {
            int[] span = wordBefore(folded, at, ".,;:()\"");
            if (span == null) {
                return;
            }
            int start = span[0];
            String word = folded.substring(start, span[1]);
            if (hop == 0) {
                if (!EVENT_YEAR_LINKS.contains(word)) {
                    return;
                }
                linked = true;
            } else if (SINCE.contains(word)) {
                // Russian "с" is also "with" ("торговля с Китаем в 2023 году"): only "с момента", "с запуска".
                boolean russian = word.equals("с") || word.equals("со");
                if (linked && event && hop >= 2 && hop < EVENT_HOPS && (!russian || START_EVENTS.contains(after))) {
                    out.add(new Expression(start, year[1], Kind.CUMULATIVE, null));
                } else if (linked && !event && !russian && hop >= 3) {
                    // "since the pipeline opened in 2019", "depuis que le Turkménistan a obtenu son indépendance
                    // en 1991": a clause that says when something began counts from that year's January to the
                    // publication month, as "since 2022" does; with no publication month, to no known end.
                    String period = publication == null || !publication.knowsMonth() ? null
                            : Periods.month(folded.substring(year[0], year[1]), 1) + "/"
                                    + Periods.month(publication.date());
                    out.add(new Expression(start, year[1], period == null ? Kind.CUMULATIVE : Kind.PERIOD, period));
                }
                return;
            } else if (START_EVENTS.contains(word)) {
                event = true;
            }
            after = word;
            at = start;
        }
    }

    /** "9M 2024", "9M2024" as business news write them: the first months of that year. */
    private static void abbreviatedFirstMonths(String folded, int[] year, List<Expression> out) {
        int i = year[0];
        while (i > 0 && (folded.charAt(i - 1) == ' ' || folded.charAt(i - 1) == '\'' || folded.charAt(i - 1) == '’')) {
            i--;
        }
        if (i < 2 || folded.charAt(i - 1) != 'm' || !Character.isDigit(folded.charAt(i - 2))) {
            return;
        }
        int digits = i - 2;
        if (digits > 0 && Character.isDigit(folded.charAt(digits - 1))) {
            digits--;
        }
        if (digits > 0 && Character.isLetterOrDigit(folded.charAt(digits - 1))) {
            return;
        }
        int months = Integer.parseInt(folded.substring(digits, i - 1));
        if (months < 2 || months > 11) {
            return;
        }
        String y = folded.substring(year[0], year[1]);
        out.add(new Expression(digits, year[1], Kind.PERIOD, Periods.months(y, 1, y, months)));
    }

    /**
     * "in 7M’23", "4M23": the first months of a year written with its last two digits, as business news abbreviate
     * it (gold-n's decision for a title; the same form in bodies of gold-l and gold-k). The four-digit form is read
     * beside its year ({@link #abbreviatedFirstMonths}).
     */
    private static void shortYearFirstMonths(String folded, List<Expression> out) {
        for (int m = folded.indexOf('m', 1); m >= 0; m = folded.indexOf('m', m + 1)) {
            if (!Character.isDigit(folded.charAt(m - 1))) {
                continue;
            }
            int digits = m - 1;
            if (digits > 0 && Character.isDigit(folded.charAt(digits - 1))) {
                digits--;
            }
            // "$2.5m", "1,5m" and "km" are amounts and units, not months
            if (digits > 0 && (Character.isLetterOrDigit(folded.charAt(digits - 1))
                    || ".,$€£".indexOf(folded.charAt(digits - 1)) >= 0)) {
                continue;
            }
            int y = m + 1;
            if (y < folded.length() && "'’‘".indexOf(folded.charAt(y)) >= 0) {
                y++;
            }
            if (y + 2 > folded.length() || !Character.isDigit(folded.charAt(y)) || !Character.isDigit(folded.charAt(y + 1))
                    || y + 2 < folded.length() && Character.isLetterOrDigit(folded.charAt(y + 2))) {
                continue;
            }
            int months = Integer.parseInt(folded.substring(digits, m));
            if (months < 2 || months > 11) {
                continue;
            }
            int year = 2000 + Integer.parseInt(folded.substring(y, y + 2));
            out.add(new Expression(digits, y + 2, Kind.PERIOD, Periods.months(year, 1, year, months)));
        }
    }

    /**
     * "In 2022-23", "2023/24": a year and the next one's last two digits name a fiscal or season year, which runs
     * across two calendar years and matches neither: its figures are left undated, like a total over years.
     */
    private static void fiscalYear(String folded, int[] year, List<Expression> out) {
        int at = year[1];
        if (at + 3 > folded.length() || "-/\u2013".indexOf(folded.charAt(at)) < 0
                || !Character.isDigit(folded.charAt(at + 1)) || !Character.isDigit(folded.charAt(at + 2))
                || at + 3 < folded.length() && (Character.isDigit(folded.charAt(at + 3)) || folded.charAt(at + 3) == ','
                && at + 4 < folded.length() && Character.isDigit(folded.charAt(at + 4)))) {
            return;
        }
        int next = Integer.parseInt(folded.substring(at + 1, at + 3));
        if (next == (Integer.parseInt(folded.substring(year[0], year[1])) + 1) % 100) {
            out.add(new Expression(year[0], at + 3, Kind.CUMULATIVE, null));
        }
    }

    /**
     * "2020 жылдан бері контейнерлік тасымал 70 пайыз артып": a clause that opens on "since" a year, written after
     * the year, runs from its January to the publication month, as "Depuis 2007, ..." does ({@link #sinceStart});
     * with no publication month, a total whose end the text does not date.
     */
    private static void turkicSince(String folded, int[] year, Publication publication, List<Expression> out) {
        int word = year[1];
        while (word < folded.length() && (Character.isWhitespace(folded.charAt(word)) || folded.charAt(word) == '\u00A0'
                || folded.charAt(word) == '-')) {
            word++;
        }
        if (!folded.startsWith("жыл", word) && !folded.startsWith("yil", word) && !folded.startsWith("иил", word)) {
            return; // the word for year after the year, which every form it reads has, turns most years away
        }
        Matcher since = in(TURKIC_SINCE, folded, year[0], Math.min(folded.length(), year[1] + 30));
        if (!since.lookingAt()) {
            return;
        }
        String from = folded.substring(year[0], year[1]);
        if (startsAfter(publication, from, 0)) {
            // "2026 жылдан бастап", "2026 yildan boshlab" in a text of 2025: the year from which a foreseen level
            // holds (see sinceStart)
            out.add(new Expression(since.start(), since.end(), Kind.PERIOD, from));
            return;
        }
        if (!opensClause(folded, year[0])) {
            return;
        }
        String period = publication == null || !publication.knowsMonth() ? null
                : Periods.month(folded.substring(year[0], year[1]), 1) + "/" + Periods.month(publication.date());
        out.add(new Expression(since.start(), since.end(), period == null ? Kind.CUMULATIVE : Kind.PERIOD, period));
    }

    /** "2022 жылдың төрт айында", "2022 yilning 4 oyida": the first months of a year, written after the year. */
    private static void turkicFirstMonths(String folded, int[] year, List<Expression> out) {
        int word = skipSpaces(folded, year[1]);
        if (word < folded.length() && folded.charAt(word) == '-') {
            word = skipSpaces(folded, word + 1); // "2022- yilning"
        }
        if (!folded.startsWith("жыл", word) && !folded.startsWith("yil", word) && !folded.startsWith("иил", word)
                && !folded.startsWith("ыл", year[1])) {
            return;
        }
        Matcher span = in(TURKIC_MONTH_SPAN, folded, year[0], Math.min(folded.length(), year[1] + 40));
        if (span.lookingAt()) {
            int from = turkicMonth(span.group(2));
            int to = turkicMonth(span.group(3));
            if (from > 0 && to > from) {
                out.add(new Expression(span.start(), span.end(), Kind.PERIOD,
                        Periods.months(span.group(1), from, span.group(1), to)));
                return;
            }
        }
        Matcher quarter = in(TURKIC_QUARTER, folded, year[0], Math.min(folded.length(), year[1] + 40));
        if (quarter.lookingAt()) {
            int q = quarter.group(2) != null ? 1 : quarter.group(3) != null ? 2 : quarter.group(4) != null ? 3 : 4;
            out.add(new Expression(quarter.start(), quarter.end(), Kind.PERIOD, Periods.months(
                    quarter.group(1), (q - 1) * 3 + 1, quarter.group(1), q * 3)));
            return;
        }
        Matcher half = in(TURKIC_HALF, folded, year[0], Math.min(folded.length(), year[1] + 40));
        if (half.lookingAt()) {
            boolean first = half.group(2) != null;
            out.add(new Expression(half.start(), half.end(), Kind.PERIOD, Periods.months(
                    half.group(1), first ? 1 : 7, half.group(1), first ? 6 : 12)));
            return;
        }
        Matcher one = in(TURKIC_ONE_MONTH, folded, year[0], Math.min(folded.length(), year[1] + 40));
        if (one.lookingAt()) {
            int month = FIRST_WORDS.contains(one.group(2)) ? 1 : turkicMonth(one.group(2));
            if (month > 0) {
                out.add(new Expression(one.start(), one.end(), Kind.PERIOD,
                        Periods.month(one.group(1), month)));
                return;
            }
        }
        Matcher m = in(TURKIC_FIRST_MONTHS, folded, year[0], Math.min(folded.length(), year[1] + 40));
        if (!m.lookingAt()) {
            return;
        }
        Integer months = m.group(2).chars().allMatch(Character::isDigit) ? Integer.valueOf(m.group(2))
                : TURKIC_NUMBERS.get(m.group(2));
        if (months == null || months < 2 || months > 11) {
            return;
        }
        out.add(new Expression(m.start(), m.end(), Kind.PERIOD,
                Periods.months(m.group(1), 1, m.group(1), months)));
    }

    /**
     * "5 oyda", "дастлабки олти ойда", "7 ой давомида", "биылғы 10 айда": the first months of a year named with no
     * year written before them, read as Russian "за 5 месяцев" is (group 1 or 2: a word for this or last year).
     */
    private static final Pattern TURKIC_MONTHS_SO_FAR = compile("(?<![\\p{L}\\d])(?:(?:(" + THIS_YEAR + ")|(" + LAST_YEAR
            + "))\\p{L}*" + S + "(?:(?:" + Words.fold("жылдың") + "|yilning|иилнинг)" + S + ")?)?"
            + "(?:(?:dastlabki|" + Words.fold("дастлабки") + "|" + Words.fold("алғашқы") + "|ilk|" + Words.fold("илк") + ")" + S + ")?"
            + "(\\d{1,2}|\\p{L}+" + APOS_UZ + "?\\p{L}*)" + S
            + "(?:oyda|oyida|" + Words.fold("ойда") + "|" + Words.fold("ойида") + "|" + Words.fold("айда") + "|"
            + Words.fold("айында") + "|(?:oy|" + Words.fold("ой") + ")" + S + "(?:davomida|" + Words.fold("давомида") + "))"
            + "(?!\\p{L})", FLAGS);
    /** Words before a count of months that make it no span from January: the last, the next, every. */
    private static final Set<String> NOT_FROM_JANUARY = Set.copyOf(Words.foldAll("so'nggi", "so‘nggi", "soʻnggi", "songgi", "сўнгги",
            "соңғы", "oxirgi", "охирги", "keyingi", "кейинги", "келесі", "har", "ҳар", "әр", "o'tgan", "o‘tgan", "oʻtgan",
            "ўтган", "өткен", "yaqin", "яқин", "жақын"));
    /** Words after one that make it an offset or a limit: "5 oyda keyin", "6 айда бір рет" (once in six months). */
    private static final Set<String> OFFSET_AFTER = Set.copyOf(Words.foldAll("keyin", "кейин", "кейін", "so'ng", "so‘ng", "soʻng",
            "сўнг", "соң", "бір", "bir", "бир", "bor", "бор", "рет", "marta", "марта"));

    /** Adds the first months of a year that {@code m} (of {@link #TURKIC_MONTHS_SO_FAR}) named, when it counts them. */
    private static void turkicMonthsSoFar(String folded, Matcher m, Publication publication, List<Expression> out) {
        String word = m.group(3);
        Integer months = word.chars().allMatch(Character::isDigit) ? Integer.valueOf(word)
                : TURKIC_NUMBERS.get(word.replaceAll(APOS_UZ, ""));
        if (months == null || months < 2 || months > 11) {
            return;
        }
        if (m.group(1) == null && m.group(2) == null
                && NOT_FROM_JANUARY.contains(wordBefore(folded, m.start()))) {
            return;
        }
        if (OFFSET_AFTER.contains(wordAfter(folded, m.end()))) {
            return;
        }
        int year = m.group(2) != null ? publication.date().getYear() - 1
                : m.group(1) != null ? publication.date().getYear() : unfinishedBefore(publication, months);
        out.add(new Expression(m.start(), m.end(), Kind.PERIOD, Periods.months(year, 1, year, months)));
    }

    /** The word that ends before {@code at} (letters and Uzbek apostrophes), or "" at the text's start. */
    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || APOS_UZ.indexOf(text.charAt(start - 1)) > 0)) {
            start--;
        }
        return text.substring(start, end);
    }

    /** The word that starts after {@code at}, or "" at the text's end. */
    private static String wordAfter(String text, int at) {
        int start = at;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || APOS_UZ.indexOf(text.charAt(end)) > 0)) {
            end++;
        }
        return text.substring(start, end);
    }

    /**
     * "birinchi choragida", "2-chorakda", "бірінші тоқсанда", "yilning birinchi yarmida", "жылдың бірінші жартысында",
     * "бірінші жартыжылдықта": a quarter or half with no year written before it (one written is read with its year).
     */
    private static final Pattern TURKIC_PART_ALONE = compile("(?<![\\p{L}\\d])(?:(?:yilning|иилнинг|"
            + Words.fold("жылдың") + ")" + S + ")?((?:birinchi|биринчи|" + Words.fold("бірінші") + "|" + Words.fold("алғашқы")
            + "|ikkinchi|иккинчи|" + Words.fold("екінші") + "|uchinchi|учинчи|" + Words.fold("үшінші")
            + "|to.?rtinchi|" + Words.fold("тўртинчи") + "|" + Words.fold("төртінші") + ")" + S + "|[1-4]\\s*-\\s*)"
            // (not "ярмарка", a fair)
            + "(chora[kg]|чора[кг]|" + Words.fold("тоқсан") + "|yarm(?!ark)|yarim|ярм(?!арк)|ярим|" + Words.fold("жартыжыл") + "|"
            + Words.fold("жартыс") + ")\\p{L}*", FLAGS);

    private static int turkicOrdinal(String word) {
        String w = word.strip();
        char c = w.charAt(0);
        if (c >= '1' && c <= '4') {
            return c - '0';
        }
        if (w.startsWith("bir") || w.startsWith("бир") || w.startsWith(Words.fold("бір")) || w.startsWith(Words.fold("алғашқы"))) {
            return 1;
        }
        if (w.startsWith("ikk") || w.startsWith("икк") || w.startsWith(Words.fold("екі"))) {
            return 2;
        }
        if (w.startsWith("uch") || w.startsWith("уч") || w.startsWith(Words.fold("үш"))) {
            return 3;
        }
        return 4;
    }

    private static java.util.Map<String, Integer> kazakhMonths() {
        String[] names = {"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
            "қазан", "қараша", "желтоқсан"};
        java.util.Map<String, Integer> months = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            months.put(Words.fold(names[i]), i + 1);
        }
        months.put(Words.fold("қыркүйег"), 9);
        return java.util.Map.copyOf(months);
    }

    /**
     * "joriy yilning", "жорий йилнинг", "o'tgan yilning", "өткен жылдың", "биылғы жылдың": this or last year, before
     * its part; Kazakh also says "this year's" in one word, with no word for the year after it ("Биылғы 8 айда", "биыл
     * 6 айда": in this year's eight, six months).
     */
    private static final Pattern RELATIVE_TURKIC_YEAR = compile("(?<!\\p{L})(?:(joriy|жории|" + Words.fold("биылғы") + "|" + Words.fold("ағымдағы")
            + ")|(o" + APOS_UZ + "?tgan|утган|" + Words.fold("өткен") + "))" + S + "(?:yil|иил|жыл)\\p{L}*"
            + "|(?<!\\p{L})(?:" + Words.fold("биылғы") + "|" + Words.fold("биыл") + ")(?!\\p{L})", FLAGS);
    /** What {@link #relativeTurkicYears} writes in place of the relative year: the year and " yil". */
    private static final int WRITTEN_YEAR = 8;

    /**
     * "joriy yilning 9 oyida", "жорий йилнинг биринчи чорагида", "o'tgan yilning birinchi yarmida": the months,
     * quarters and halves read after a written year, after this or last year (the publication's year or the one
     * before; nothing without a publication date).
     */
    private static void relativeTurkicYears(String folded, Publication publication, List<Expression> out) {
        if (publication == null) {
            return;
        }
        for (int[] w : windows(folded, 12, 60, "joriy", "жории", "tgan", "утган", Words.fold("өткен"),
                Words.fold("биыл"), Words.fold("ағымдағы"))) {
            Matcher m = in(RELATIVE_TURKIC_YEAR, folded, w[0], w[1]);
            while (m.find()) {
                int year = publication.date().getYear() - (m.group(2) != null ? 1 : 0);
                String written = year + " yil" + folded.substring(m.end(), Math.min(folded.length(), m.end() + 40));
                List<Expression> parts = new ArrayList<>();
                turkicFirstMonths(written, new int[] {0, 4}, parts);
                for (Expression e : parts) {
                    if (e.end() > WRITTEN_YEAR) {
                        out.add(new Expression(m.start(), m.end() + e.end() - WRITTEN_YEAR, e.kind(), e.period()));
                    }
                }
            }
        }
    }

    /** "илк ойида", "ilk oyida": the first month of the year written. */
    private static final Set<String> FIRST_WORDS = Set.of(Words.fold("илк"), "ilk");

    private static int turkicMonth(String word) {
        int month = Months.index(word);
        if (month > 0) {
            return month;
        }
        // A case ending may follow the name: "қаңтар-қыркүйекте", "қазанда", "қыркүйегінде" (its last к voiced before
        // a vowel); the suffix of an adjective makes another word ("маусымдық", seasonal: маусым is a season too).
        for (java.util.Map.Entry<String, Integer> name : KAZAKH_MONTHS.entrySet()) {
            if (word.startsWith(name.getKey()) && !ADJECTIVE_SUFFIX.matcher(word).region(name.getKey().length(),
                    word.length()).lookingAt()) {
                return name.getValue();
            }
        }
        return 0;
    }

    /** The Kazakh suffix that makes an adjective of a noun ("-дық", "-тік", "-лық"). */
    private static final Pattern ADJECTIVE_SUFFIX = compile("[дтл][ыі][қк]", FLAGS);

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** "fiscal ", "fiscal-year ": the word that makes a quarter after it a company's or a state's own. */
    private static final Pattern FISCAL_BEFORE = compile("(?<!\\p{L})fiscal(?:[\\s\\u00A0-]+year)?[\\s\\u00A0]+$", FLAGS);
    private static final int FISCAL_REACH = "fiscal-year ".length();

    private static void quarters(String folded, Publication publication, int from, int to, List<Expression> out) {
        QUARTER_OPENERS.matches(folded, from, to, m -> {
            if (m.group(5) == null && FISCAL_BEFORE.matcher(folded).region(Math.max(0, m.start() - FISCAL_REACH),
                    m.start()).find()) {
                // "Apple reported its fiscal fourth-quarter earnings" in October: a company's fiscal quarter with
                // no year is not the calendar's, and the text does not say which months it spans (NOTES-open-b).
                return;
            }
            int quarter = m.group(1) != null ? 1 : m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
            addSpan(out, m, m.group(5), publication, (quarter - 1) * 3 + 1, quarter * 3);
        });
        Matcher q = in(Q_SHORT, folded, from, to);
        while (q.find()) {
            int quarter = Integer.parseInt(q.group(1) != null ? q.group(1) : q.group(2));
            addSpan(out, q, q.group(3), publication, (quarter - 1) * 3 + 1, quarter * 3);
        }
        Matcher n = in(NUMBERED_PART, folded, from, to);
        while (n.find()) {
            int part = Integer.parseInt(n.group(1));
            if (part > 1 && COUNTED_PARTS.contains(n.group(2)) && !Character.isLetter(folded.charAt(n.start(1) + 1))
                    && folded.charAt(n.start(1) + 1) != '-') {
                continue; // "за 2 квартала": two quarters, read by FIRST_QUARTERS
            }
            boolean half = n.group(2).startsWith("полугод") || n.group(2).startsWith("semestre");
            if (half && part <= 2) {
                addSpan(out, n, n.group(3), publication, part == 1 ? 1 : 7, part == 1 ? 6 : 12);
            } else if (!half) {
                addSpan(out, n, n.group(3), publication, (part - 1) * 3 + 1, part * 3);
            }
        }
        Matcher f = in(FIRST_QUARTERS, folded, from, to);
        while (f.find()) {
            if (RUSSIAN_ORDINAL.matcher(f.group(1)).find()) {
                continue; // "третьего квартала" is the third quarter (QUARTER), not three quarters
            }
            Integer quarters = smallNumber(f.group(1));
            if (quarters != null && quarters >= 2 && quarters <= 3) {
                addSpan(out, f, f.group(2), publication, 1, quarters * 3);
            }
        }
    }

    private static void halves(String folded, Publication publication, int from, int to, List<Expression> out) {
        HALF_OPENERS.matches(folded, from, to, m -> {
            boolean first = m.group(1) != null;
            addSpan(out, m, m.group(3), publication, first ? 1 : 7, first ? 6 : 12);
        });
        Matcher h = in(H_SHORT, folded, from, to);
        while (h.find()) {
            boolean first = "1".equals(h.group(1) != null ? h.group(1) : h.group(2));
            addSpan(out, h, h.group(3), publication, first ? 1 : 7, first ? 6 : 12);
        }
        Matcher ru = in(HALF_OF_YEAR_RU, folded, from, to);
        while (ru.find()) {
            boolean first = ru.group(1) != null;
            addSpan(out, ru, ru.group(2), publication, first ? 1 : 7, first ? 6 : 12);
        }
    }

    private static void addSpan(List<Expression> out, Matcher m, String yearText, Publication publication,
                                int fromMonth, int toMonth) {
        Integer year = yearText != null ? Integer.valueOf(yearText) : relativeYear(m.group(), publication);
        if (year != null) {
            out.add(new Expression(m.start(), m.end(), Kind.PERIOD,
                    Periods.months(year, fromMonth, year, toMonth)));
        } else {
            unresolved(m, out);
        }
    }

    /**
     * "au premier trimestre de cette année" with no date to resolve it against: still the figure's own period,
     * unknown, so that no other period is taken for it.
     */
    private static void unresolved(Matcher m, List<Expression> out) {
        if (THIS.matcher(m.group()).find() || LAST.matcher(m.group()).find()) {
            out.add(new Expression(m.start(), m.end(), Kind.PERIOD, null));
        }
    }

    private static void deadlines(String folded, int from, int to, List<Expression> out) {
        DEADLINE_OPENERS.matches(folded, from, to, m -> {
            // "by the end of 2023" closes the year: a level or change stated at it covers that year, a target
            // reaches it then.
            boolean yearEnd = m.group().contains("end") || m.group().contains("fin") || m.group().contains("конц");
            out.add(new Expression(m.start(), m.end(), yearEnd ? Kind.PERIOD : Kind.DEADLINE, m.group(1)));
        });
    }

    private static void monthYears(String folded, int from, int to, List<Expression> out) {
        Matcher m = in(MONTH_YEAR, folded, from, to);
        while (m.find()) {
            int month = Months.index(m.group(1));
            if (month > 0) {
                out.add(new Expression(m.start(), m.end(), Kind.PERIOD, Periods.month(m.group(2), month)));
            }
        }
    }

    /**
     * Words before a month name written without its year that make it the time of what the sentence says, by
     * length (index), for a check that allocates nothing on every word of the text.
     */
    private static final String[][] MONTH_OPENERS = byLength("in", "en", "в", "во", "mid", "early", "late", "during",
            "durant", "pendant", "debut", "fin", "начале", "конце", "середине",
            // "за декабрь вывезли 4,2 тонны": Russian states the month a flow covers with "за" and the accusative, as
            // it does the months of a span ("за январь-сентябрь")
            "за");

    private static String[][] byLength(String... words) {
        int longest = 0;
        for (String w : words) {
            longest = Math.max(longest, w.length());
        }
        String[][] out = new String[longest + 1][];
        for (int n = 0; n <= longest; n++) {
            final int length = n;
            out[n] = java.util.Arrays.stream(words).filter(w -> w.length() == length).toArray(String[]::new);
        }
        return out;
    }

    /** The letters folded month names start with, a cheap first test. */
    private static final String MONTH_INITIALS = "jfmasondяфмаисонд";

    private static boolean isMonthOpener(String text, int start, int end) {
        int length = end - start;
        if (length >= MONTH_OPENERS.length) {
            return false;
        }
        for (String word : MONTH_OPENERS[length]) {
            if (text.startsWith(word, start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "in mid-November", "en mai", "в октябре", "début novembre": a month named without a year (the word at
     * {@code [start, end)}, after the opener at {@code opener}), read as the latest such month up to the publication
     * month (news reports what has happened).
     */
    private static void bareMonth(String folded, int opener, int start, int end, Publication publication,
                                  List<Expression> out) {
        int month = Months.index(folded.substring(start, end));
        int k = skipBlanks(folded, end);
        if (month == 0 || (k < folded.length() && Character.isDigit(folded.charAt(k)))) {
            return; // not a month, or one with its day or year after it, read elsewhere
        }
        if (k < folded.length() && "-–—".indexOf(folded.charAt(k)) >= 0) {
            int next = skipBlanks(folded, k + 1);
            int e = next < folded.length() && Character.isLetter(folded.charAt(next)) ? wordEnd(folded, next) : next;
            if (e - next >= 3 && Months.index(folded.substring(next, e)) > 0) {
                return; // "during January-August": the first month of a span, which the same scan reads whole
            }
        }
        int year = publication.date().getYear();
        int at = month <= publication.date().getMonthValue() ? year : year - 1;
        out.add(new Expression(opener, end, Kind.PERIOD, Periods.month(at, month)));
    }

    /** "19 octobre", "9 ноября", "October 19": a day and a month, read as the month of the publication year. */
    private static void dayMonths(String folded, Publication publication, List<Expression> out) {
        if (publication == null) {
            return;
        }
        int length = folded.length();
        // Each number standing alone (no letter or digit right before it): the runs of digits, found once.
        CharRuns runs = CharRuns.of(folded);
        for (int k = 0; k < runs.digitRuns(); k++) {
            int i = runs.digitStart(k);
            if (i > 0 && Character.isLetterOrDigit(folded.charAt(i - 1))) {
                continue;
            }
            int j = runs.digitEnd(k);
            if (j - i <= 2 && (j == length || !Character.isDigit(folded.charAt(j)))) {
                int day = Integer.parseInt(folded.substring(i, j));
                if (day >= 1 && day <= 31) {
                    int[] after = monthAfter(folded, j);
                    int[] yearBefore = after == null ? null : turkicYearBeforeDay(folded, i);
                    if (yearBefore != null) {
                        // "2024 жылғы 22 маусымда", "2025-yil 17-iyulda": Kazakh and Uzbek write the year first
                        out.add(new Expression(yearBefore[1], after[1], Kind.PERIOD,
                                Periods.month(yearBefore[0], after[0])));
                    } else if (after != null) {
                        out.add(new Expression(i, after[1], Kind.PERIOD,
                                Periods.month(yearOfDay(publication, after[0], day), after[0])));
                    } else {
                        int[] before = monthBefore(folded, i);
                        if (before != null) {
                            // "October 1, 2024": the year written after the day is the month's
                            int[] written = yearAfterDay(folded, j);
                            out.add(new Expression(before[1], written == null ? j : written[1], Kind.PERIOD,
                                    Periods.month(written == null ? yearOfDay(publication, before[0], day)
                                            : written[0], before[0])));
                        }
                    }
                }
            }
        }
    }

    /** How many days before the publication a day and month of the year before may lie and still be meant. */
    private static final int RECENT_DAYS = 92;

    /**
     * The year of a day and month written without one: the publication's, unless the date would then lie ahead of it
     * and the same date of the year before lies just behind it ("a clash of December 27" reported on 3 January 2011
     * happened in 2010, gold-n; "the talks on December 5" announced on 28 November are of the same year).
     */
    private static int yearOfDay(Publication publication, int month, int day) {
        LocalDate published = publication.date();
        int year = published.getYear();
        if (!publication.knowsMonth()) {
            return year;
        }
        LocalDate date = dayOf(year, month, day);
        LocalDate yearBefore = dayOf(year - 1, month, day);
        long ahead = ChronoUnit.DAYS.between(published, date);
        long behind = ChronoUnit.DAYS.between(yearBefore, published);
        return ahead > 0 && behind <= RECENT_DAYS ? year - 1 : year;
    }

    private static LocalDate dayOf(int year, int month, int day) {
        YearMonth ym = YearMonth.of(year, month);
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }

    /** {year, end} of a year right after a day ("October 1, 2024": ", 2024"), or null. */
    private static int[] yearAfterDay(String text, int at) {
        int k = at;
        if (k < text.length() && text.charAt(k) == ',') {
            k++;
        }
        k = skipBlanks(text, k);
        if (k + 4 <= text.length() && (text.startsWith("19", k) || text.startsWith("20", k))
                && Character.isDigit(text.charAt(k + 2)) && Character.isDigit(text.charAt(k + 3))
                && (k + 4 == text.length() || !Character.isDigit(text.charAt(k + 4)))) {
            return new int[] {Integer.parseInt(text.substring(k, k + 4)), k + 4};
        }
        return null;
    }

    /**
     * {@link Character#isDigit}, answered without a table lookup for the chars before U+0660 (the first decimal
     * digit after the ASCII ones): this is asked of every char of the text.
     */
    private static boolean isDigit(char c) {
        return c <= '9' ? c >= '0' : c >= '\u0660' && Character.isDigit(c);
    }

    /** {month, end} of a month name after {@code at} ("19 octobre", "1er mai"), or null. */
    private static int[] monthAfter(String text, int at) {
        int k = at;
        if (text.startsWith("er", k)) {
            k += 2;
        }
        // Uzbek joins the day to its month with a hyphen: "17-iyul", "20-oktyabr"
        if (k >= text.length() || text.charAt(k) != ' ' && text.charAt(k) != '-') {
            return null;
        }
        int start = k + 1;
        if (start >= text.length() || !Character.isLetter(text.charAt(start))) {
            return null;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        int month = end - start >= 3 ? dayMonth(text.substring(start, end)) : 0;
        return month > 0 ? new int[] {month, end} : null;
    }

    /** Uzbek month names in Latin letters, January first, for a month after its day ("5 iyulda", "14-dekabriga"). */
    private static final String[][] UZBEK_LATIN_MONTHS = {{"yanvar"}, {"fevral"}, {"mart"}, {"aprel"}, {"may"},
        {"iyun"}, {"iyul"}, {"avgust"}, {"sentabr", "sentyabr"}, {"oktabr", "oktyabr"}, {"noyabr"}, {"dekabr"}};
    /**
     * The Uzbek case endings a month takes after its day ("iyulda", "dekabrgacha", "martdagi"), with the possessive
     * "-i" before them ("dekabriga"); a bare stem that runs on is another word ("marta" is "times").
     */
    private static final Set<String> UZBEK_MONTH_ENDINGS = Set.of("", "da", "dagi", "dan", "ga", "gacha", "ning", "ni",
            "i", "ida", "idagi", "idan", "iga", "igacha", "ining", "ini");

    /**
     * The Kazakh case endings a month takes after its day ("маусымда", "желтоқсаннан", "қарашасынан", "қаңтарына"),
     * with or without the possessive before them; any other ending makes another word ("казанских" is no October).
     */
    private static final Set<String> KAZAKH_MONTH_ENDINGS = java.util.stream.Stream.of("", "да", "де", "та", "те",
            "дағы", "дегі", "тағы", "тегі", "дан", "ден", "тан", "тен", "нан", "нен", "ға", "ге", "қа", "ке", "на", "не",
            "ны", "ні", "ды", "ді", "ты", "ті", "ның", "нің", "дың", "дің", "тың", "тің", "ы", "і", "сы", "сі", "ында",
            "інде", "сында", "сінде", "ына", "іне", "сына", "сіне", "ынан", "інен", "сынан", "сінен", "ының", "інің",
            "сының", "сінің", "ындағы", "індегі", "сындағы", "сіндегі").map(Words::fold).collect(
            java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The month of the word after a day: a name in any language Months knows, a Kazakh name in its case forms
     * ("22 маусымда", "5 шілдеде"), an Uzbek Latin name with its case ending ("5 iyulda").
     */
    private static int dayMonth(String word) {
        int month = Months.index(word);
        if (month > 0) {
            return month;
        }
        if (word.charAt(0) >= 0x400) {
            for (java.util.Map.Entry<String, Integer> name : KAZAKH_MONTHS.entrySet()) {
                if (word.startsWith(name.getKey())
                        && KAZAKH_MONTH_ENDINGS.contains(word.substring(name.getKey().length()))) {
                    return name.getValue();
                }
            }
            return 0;
        }
        for (int m = 0; m < UZBEK_LATIN_MONTHS.length; m++) {
            for (String name : UZBEK_LATIN_MONTHS[m]) {
                if (word.startsWith(name) && UZBEK_MONTH_ENDINGS.contains(word.substring(name.length()))) {
                    return m + 1;
                }
            }
        }
        return 0;
    }

    /** A year and the Kazakh or Uzbek word for year right before a day ("2024 жылғы 22", "2025-yil 17"). */
    private static final Pattern TURKIC_YEAR_BEFORE_DAY = compile(YEAR + "[\\s-]*(?:жыл|yil|иил)\\p{L}*[\\s\\u00A0]+$",
            FLAGS);
    /** How far before a day its Kazakh or Uzbek year is looked for. */
    private static final int TURKIC_YEAR_REACH = 24;

    /** {year, start} of a Kazakh or Uzbek year written right before the day at {@code day}, or null. */
    private static int[] turkicYearBeforeDay(String text, int day) {
        if (day < 6 || !Character.isWhitespace(text.charAt(day - 1))) {
            return null;
        }
        int from = Math.max(0, day - TURKIC_YEAR_REACH);
        Matcher m = TURKIC_YEAR_BEFORE_DAY.matcher(text).region(from, day);
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), m.start()} : null;
    }

    /** {month, start} of a month name just before {@code at} ("October 19"), or null. */
    private static int[] monthBefore(String text, int at) {
        int end = at;
        if (end == 0 || text.charAt(end - 1) != ' ') {
            return null;
        }
        end--;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        int month = end - start >= 3 ? Months.index(text.substring(start, end)) : 0;
        return month > 0 ? new int[] {month, start} : null;
    }

    /**
     * A grain marketing year or season named without its months: "in the previous marketing year", "в прошлом
     * маркетинговом году", "la saison écoulée", "the current season", "la présente campagne". Group "last" marks the
     * season before the current one.
     */
    private static final Pattern GRAIN_SEASON = Pattern.compile("(?U)\\b(?:(?<last>last|previous|past|prior|прошл\\w*"
            + "|предыдущ\\w*|минувш\\w*)|current|this|present|текущ\\w*|нынешн\\w*|этом|этого)\\s+"
            + "(?:(?:marketing|маркетингов\\w*)\\s+(?:year|год\\w*|сезон\\w*)|my\\b|seasons?\\b|сельхозгод\\w*"
            + "|сезон\\w*)"
            + "|\\b(?:saison|campagne|annee\\s+agricole)\\s+(?:(?<lastFr>derniere|ecoulee|precedente|passee)"
            + "|en\\s+cours|actuelle)"
            + "|\\b(?:presente|cette)\\s+(?:saison|campagne|annee\\s+agricole)");
    /** Words of grain near a bare season ("season", "сезон", "saison", "campagne"): a cotton or tourist season is none. */
    private static final Pattern GRAIN_WORDS = Pattern.compile("(?U)\\b(?:grain|wheat|flour|cereal|barley|harvest|зерн"
            + "|пшениц|мук[аиу]\\b|ячмен|урожа|cereale|bles?\\b|farine|orge|recolte)");
    /** Words of a season that is a grain one whatever stands near: "marketing year", "сельхозгод", "année agricole". */
    private static final Pattern GRAIN_YEAR = Pattern.compile("marketing|маркетинг|сельхозгод|annee\\s+agricole");
    private static final int GRAIN_REACH = 200;

    /** A season named and its months given right after it in brackets: "l'année agricole en cours (septembre". */
    private static final Pattern SEASON_THEN_MONTHS = Pattern.compile("(?U)(?:marketing\\s+year|seasons?|сезон\\w*"
            + "|маркетингов\\w*\\s+год\\w*|сельхозгод\\w*|saison|campagne|annee\\s+agricole)"
            + "(?:\\s+(?:en\\s+cours|actuelle|ecoulee|derniere|precedente))?\\s*\\(\\s*");

    /**
     * "в прошлом маркетинговом году" in a text of November 2025, "the current season" of grain exports: a grain
     * marketing year is September to August (the corpus's own texts state it so), the one under way at the
     * publication, or the one before it. A season whose months the text gives in brackets right after it
     * ("l'année agricole en cours (juillet 2024 – juin 2025)") is those months, and in an undated text it anchors
     * the seasons named around it ("la saison écoulée" the twelve months before); with neither, a season of no
     * period (round 23, LABEL-FIXES: grain marketing years and seasons).
     */
    private static void grainSeasons(String folded, Publication publication, List<Expression> out) {
        List<int[]> windows = windows(folded, 30, 30, "season", "marketing", "маркетинг", "сельхозгод", "сезон",
                "saison", "campagne", "agricole");
        Integer anchor = null; // the first year of a season whose months the text states
        List<Expression> stated = new ArrayList<>();
        for (int[] w : windows) {
            Matcher m = in(SEASON_THEN_MONTHS, folded, w[0], Math.min(folded.length(), w[1] + 2));
            while (m.find()) {
                for (Expression e : out) {
                    if (e.start() == m.end() && e.kind() == Kind.PERIOD && e.period() != null
                            && e.period().indexOf('/') > 0) {
                        stated.add(new Expression(m.start(), e.end(), Kind.PERIOD, e.period()));
                        anchor = anchor != null ? anchor : Integer.valueOf(e.period().substring(0, 4));
                    }
                }
            }
        }
        for (int[] w : windows) {
            Matcher m = in(GRAIN_SEASON, folded, w[0], w[1]);
            while (m.find()) {
                if (!GRAIN_YEAR.matcher(m.group()).find() && !in(GRAIN_WORDS, folded,
                        Math.max(0, m.start() - GRAIN_REACH), Math.min(folded.length(), m.end() + GRAIN_REACH)).find()) {
                    continue;
                }
                int back = m.group("last") != null || m.group("lastFr") != null ? 1 : 0;
                String period = grainSeason(publication, back);
                if (period == null && anchor != null) {
                    period = Periods.months(anchor - back, 9, anchor - back + 1, 8);
                }
                out.add(new Expression(m.start(), m.end(), Kind.PERIOD, period));
            }
        }
        out.addAll(stated); // longer than the season's words and the months each: they win the overlap
    }

    /** A season's pair of years: "2023/2024", "2020/21", "2013-14" (checked to be consecutive where it is read). */
    private static final String YEAR_PAIR = "((?:19|20)\\d{2})\\s?[/\\-\u2013]\\s?((?:19|20)?\\d{2})(?![\\d%])";
    /** Months that run across a season's two years: "в сентябре-феврале 2023/2024", "за июль-май сезона-2020/21". */
    private static final Pattern MONTHS_OF_YEAR_PAIR = Pattern.compile("(?U)(?<![\\p{L}])(\\p{L}{3,})\\s?[\\-\u2013\u2014]"
            + "\\s?(\\p{L}{3,})[\\s,]+(?:(?:сезона|season|saison|campagne|of|de|du|la)[\\s\\-]+){0,2}" + YEAR_PAIR);
    /** A marketing year or season named by its two years: "2013/14 marketing year", "2019/20 МГ", "MY 2023/24". */
    private static final Pattern SEASON_YEAR_PAIR = Pattern.compile("(?U)" + YEAR_PAIR + "\\s?(?:(?<grain>marketing\\s+year"
            + "|my\\b|мг\\b|маркетингов\\p{L}*\\s+год\\p{L}*|сельхозгод\\p{L}*)|(?<bare>seasons?\\b|сезон\\p{L}*|saison"
            + "|campagne))"
            + "|\\b(?:(?<grainBefore>marketing\\s+year|my|мг|маркетингов\\p{L}*\\s+год\\p{L}*|сельхозгод\\p{L}*)"
            + "|(?<bareBefore>season|сезона?|saison|campagne))[\\s\\-]+(?:(?:of|de|du)\\s+)?" + YEAR_PAIR);
    /** The month a season's year ends with, said right after it: "which lasts until June 30", "ending in June". */
    private static final Pattern SEASON_ENDS = Pattern.compile("(?U),?\\s*(?:which\\s+|that\\s+)?(?:lasts|runs|ends|ending)"
            + "\\s+(?:until|till|through|to|in|on)\\s+(?:the\\s+end\\s+of\\s+)?(\\p{L}{3,})");

    /**
     * A grain season written with its two years (round 23, LABEL-FIXES: grain marketing years and seasons, "the months
     * the text gives, else September to August"): months running across the pair are those months ("в сентябре-феврале
     * 2023/2024 годов" is {@code 2023-09/2024-02}, "за июль-май сезона-2020/21" {@code 2020-07/2021-05}); a marketing
     * year or grain season named by the pair is September to August ("the 2024/25 marketing year", "2019/20 МГ"),
     * or the twelve months ending with the month the text says it ends with ("the 2013/14 marketing year, which lasts
     * until June 30": {@code 2013-07/2014-06}). A bare season needs words of grain near it; a pair with neither
     * stays a fiscal year of no period ({@link #fiscalYear}).
     */
    private static void seasonYearPairs(String folded, List<Expression> out) {
        // The patterns run only around a pair of years (most texts have none): a few words before it, a few after.
        List<int[]> windows = new ArrayList<>();
        int[] window = null;
        for (int at = yearPairAt(folded, 0); at >= 0; at = yearPairAt(folded, at + 1)) {
            int from = Math.max(0, at - SEASON_WORDS_BEFORE);
            int to = Math.min(folded.length(), at + SEASON_WORDS_AFTER);
            if (window != null && from <= window[1]) {
                window[1] = to;
                continue;
            }
            window = new int[] {from, to};
            windows.add(window);
        }
        // "за июль-май сезона-2020/21" says where that season starts for its every mention in the text: "за 11
        // месяцев 2020/2021 МГ" counts its months from July.
        java.util.Map<Integer, Integer> starts = new java.util.HashMap<>();
        for (int[] w : windows) {
            seasonMonthsIn(folded, w[0], w[1], starts, out);
        }
        for (int[] w : windows) {
            seasonYearPairsIn(folded, w[0], w[1], starts, out);
        }
    }

    /** How far before a pair of years its months or season words may start, and how far after they may end. */
    private static final int SEASON_WORDS_BEFORE = 60;
    private static final int SEASON_WORDS_AFTER = 90;

    /** Where the separator of a pair of years ("2023/24", "2020-2021") stands at or after {@code from}; -1 if none. */
    private static int yearPairAt(String folded, int from) {
        for (int i = Math.max(from, 4); i + 2 < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c == '/' || c == '-' || c == '\u2013') && Character.isDigit(folded.charAt(i - 1))
                    && Character.isDigit(folded.charAt(i - 4)) && Character.isDigit(folded.charAt(i + 1))
                    && Character.isDigit(folded.charAt(i + 2))) {
                return i;
            }
        }
        return -1;
    }

    private static void seasonMonthsIn(String folded, int from, int to, java.util.Map<Integer, Integer> starts,
                                       List<Expression> out) {
        Matcher m = in(MONTHS_OF_YEAR_PAIR, folded, from, to);
        while (m.find()) {
            int first = Months.index(m.group(1));
            int last = Months.index(m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (first > last && last > 0 && consecutive(year, m.group(4))) {
                out.add(new Expression(m.start(), m.end(), Kind.PERIOD, Periods.months(year, first, year + 1, last)));
                starts.putIfAbsent(year, first);
            }
        }
    }

    private static void seasonYearPairsIn(String folded, int from, int to, java.util.Map<Integer, Integer> starts,
                                          List<Expression> out) {
        Matcher m = in(SEASON_YEAR_PAIR, folded, from, to);
        while (m.find()) {
            boolean after = m.group(1) != null;
            // Named groups are numbered too: the second form's years are groups 7 and 8.
            int year = Integer.parseInt(after ? m.group(1) : m.group(7));
            if (!consecutive(year, after ? m.group(2) : m.group(8))) {
                continue;
            }
            if ((m.group("bare") != null || m.group("bareBefore") != null) && !in(GRAIN_WORDS, folded,
                    Math.max(0, m.start() - GRAIN_REACH), Math.min(folded.length(), m.end() + GRAIN_REACH)).find()) {
                continue; // a cotton or tourist season is none
            }
            int end = 8;
            Matcher ends = in(SEASON_ENDS, folded, m.end(), Math.min(folded.length(), m.end() + 50));
            if (ends.lookingAt() && Months.index(ends.group(1)) > 0) {
                end = Months.index(ends.group(1));
            }
            String period = end == 12 ? String.valueOf(year + 1) : Periods.months(year, end + 1, year + 1, end);
            if (end == 12 || !seasonMonthsSoFar(folded, m, year, starts.getOrDefault(year, end + 1), out)) {
                out.add(new Expression(m.start(), m.end(), Kind.PERIOD, period));
            }
        }
    }

    /** The months so far of a season, counted right before it: "the first two months of the current", "за 5 месяцев". */
    private static final Pattern SEASON_MONTHS_BEFORE = Pattern.compile("(?U)(?<![\\p{L}\\d])(\\d{1,2}|\\p{L}+)\\s+"
            + "(?:(?:first|premiers|первых|первые)\\s+)?(?:months?|mois|месяц\\p{L}*)\\s+(?:(?:of|de|du)\\s+)?"
            + "(?:(?:the|la|le|l')\\s*)?(?:(?:current|en\\s+cours|текущего)\\s+)?$");
    /** The months a season's figures cover, said in brackets right after it: "2022/23 МГ (июль-ноябрь)". */
    private static final Pattern SEASON_MONTHS_AFTER = Pattern.compile("(?U)\\s*\\(\\s*(\\p{L}{3,})\\s?[\\-\u2013\u2014]\\s?"
            + "(\\p{L}{3,})\\s*\\)");
    /** How far before a season its count of months may start: "over the first eleven months of the current ". */
    private static final int SEASON_MONTHS_REACH = 50;

    /**
     * A part of a grain season named by its two years (LABEL-FIXES, grain marketing years and seasons: "the months the
     * text gives, else September to August"): the months in brackets right after it ("За 5 месяцев 2022/23 МГ
     * (июль-ноябрь)" is {@code 2022-07/2022-11}), else the first N months of the season counted before it ("in the
     * first three months of the current 2025/26 season" is {@code 2025-09/2025-11}), from the month the text
     * starts that season with elsewhere ("за июль-май сезона-2020/21": July), not the whole season nor the first
     * months of its first calendar year. Adds the expression and answers true when the season is so counted.
     */
    private static boolean seasonMonthsSoFar(String folded, Matcher season, int year, int start, List<Expression> out) {
        int from = Math.max(0, season.start() - SEASON_MONTHS_REACH);
        Matcher before = SEASON_MONTHS_BEFORE.matcher(folded).region(from, season.start());
        if (!before.find()) {
            return false;
        }
        Integer months = smallNumber(before.group(1));
        if (months == null || months < 1 || months > 11) {
            return false;
        }
        Matcher after = SEASON_MONTHS_AFTER.matcher(folded).region(season.end(), Math.min(folded.length(),
                season.end() + SEASON_MONTHS_REACH));
        if (after.lookingAt()) {
            int first = Months.index(after.group(1));
            int last = Months.index(after.group(2));
            if (first > 0 && last > 0 && (last - first + 12) % 12 + 1 == months) {
                out.add(new Expression(before.start(), after.end(), Kind.PERIOD,
                        Periods.months(year, first, first <= last ? year : year + 1, last)));
                return true;
            }
        }
        int end = start + months - 1;
        out.add(new Expression(before.start(), season.end(), Kind.PERIOD,
                Periods.months(year, start, end > 12 ? year + 1 : year, (end - 1) % 12 + 1)));
        return true;
    }

    /** Whether the second of a pair of years ("24" or "2024") is the year after {@code year}. */
    private static boolean consecutive(int year, String next) {
        int value = Integer.parseInt(next);
        return next.length() == 2 ? value == (year + 1) % 100 : value == year + 1;
    }

    /** The grain marketing year under way at the publication ({@code back} 0) or before it; null without a month. */
    private static String grainSeason(Publication publication, int back) {
        if (publication == null || !publication.knowsMonth()) {
            return null;
        }
        int start = publication.date().getYear() - (publication.date().getMonthValue() >= 9 ? 0 : 1) - back;
        return Periods.months(start, 9, start + 1, 8);
    }

    private static final int DAYS_IN_A_WEEK = 7;

    /** Whether {@code e} is a week or a day just gone ("last week", "за прошедшие сутки"), as {@link #LAST_WEEK} reads it. */
    static boolean weekOrDayJustGone(String text, Expression e) {
        return e.end() - e.start() <= LONGEST_WEEK_PHRASE
                && LAST_WEEK.matcher(Words.fold(text.substring(e.start(), e.end()))).matches();
    }

    /** Longer than any phrase {@link #LAST_WEEK} reads: a longer expression is not one. */
    private static final int LONGEST_WEEK_PHRASE = 40;

    /**
     * The month a week or a day before the publication falls in ("last week" in a text of 3 January is December's);
     * the publication month when only the month is known; null without a publication date of the article's own
     * (a date the text states anchors no week).
     */
    private static String monthOfDaysBefore(Publication publication, int days) {
        if (publication == null || publication.stated() || !publication.knowsMonth()) {
            return null;
        }
        java.time.LocalDate date = publication.date();
        return Periods.month(publication.precision() == java.time.temporal.ChronoUnit.DAYS ? date.minusDays(days) : date);
    }

    private static void relative(String folded, Publication publication, List<Expression> out) {
        Integer year = publication == null ? null : publication.date().getYear();
        boolean month = publication != null && publication.knowsMonth();
        // (36 after: "joriy yilning yanvar-sentabr" names its months past the first 20.)
        for (int[] w : windows(folded, 20, 36, "cette", "this", "этом", "этого", "текущ", "en cours", "нынешн", "биыл",
                Words.fold("ағымдағы"),
                "жории", "joriy", "current", "courante")) {
            addAll(out, THIS_OPENERS, folded, w, year == null ? null : String.valueOf(year));
            TURKIC_THIS_MONTH_OPENERS.matches(folded, w[0], w[1], turkic -> {
                int named = turkicMonth(turkic.group(1));
                // "joriy yilning yanvar-sentabr oylarida": the months from the first to the second
                int last = turkic.group(2) == null ? 0 : turkicMonth(turkic.group(2));
                if (named > 0 && last > named) {
                    out.add(new Expression(turkic.start(), turkic.end(), Kind.PERIOD,
                            year == null ? null : Periods.months(year, named, year, last)));
                } else if (named > 0) {
                    out.add(new Expression(turkic.start(), turkic.group(2) == null ? turkic.end() : turkic.end(1),
                            Kind.PERIOD, year == null ? null : Periods.month(year, named)));
                }
            });
            addAll(out, THIS_MONTH_OPENERS, folded, w, month ? Periods.month(publication.date()) : null);
        }
        for (int[] w : windows(folded, 20, 20, "dernier", "derniere", "passe", "ecoulee", "precedent", "last", "previous",
                "earlier", "before", "прошл", "предыдущ", "ранее", "минувш", "өткен", "утган", "tgan", "past", "ago", "назад",
                "былтыр", "un an", "последнии", "прошедшии")) {
            addAll(out, LAST_OPENERS, folded, w, year == null ? null : String.valueOf(year - 1));
            addAll(out, LAST_MONTH_OPENERS, folded, w, month
                    ? Periods.month(publication.date().minusMonths(1)) : null);
        }
        for (int[] w : windows(folded, 30, 24, "week", "недел", "semaine", Words.fold("апта"), "hafta", "хафта", Words.fold("ҳафта"),
                "24 hours", "twenty-four hours", "сутки", "24 heures", Words.fold("тәулік"))) {
            Matcher m = in(LAST_WEEK, folded, w[0], w[1]);
            while (m.find()) {
                out.add(new Expression(m.start(), m.end(), Kind.PERIOD, monthOfDaysBefore(publication,
                        m.group("day") != null ? 1 : DAYS_IN_A_WEEK)));
            }
        }
        for (int[] w : windows(folded, 16, 20, "quarter", "квартал", "trimestre")) {
            Matcher m = in(LAST_QUARTER, folded, w[0], w[1]);
            while (m.find()) {
                out.add(new Expression(m.start(), m.end(), Kind.PERIOD, month ? lastQuarter(publication) : null));
            }
        }
        for (int[] w : windows(folded, 24, 14, "ago", "назад", "il y a")) {
            Matcher m = in(YEARS_AGO, folded, w[0], w[1]);
            while (m.find()) {
                String count = m.group(1) != null ? m.group(1) : m.group(2);
                int back = Character.isDigit(count.charAt(0)) ? Integer.parseInt(count) : AGO_NUMBERS.get(count);
                if (back >= 2) {
                    out.add(new Expression(m.start(), m.end(), Kind.PERIOD,
                            year == null ? null : String.valueOf(year - back)));
                }
            }
        }
        for (int[] w : windows(folded, 30, 30, "beginning of", "start of", "to date", "to-date", "начала", "debut",
                "january", "janvier", "января", "so far", "boshidan", "бошидан", "басынан")) {
            Matcher m = in(YEAR_TO_DATE, folded, w[0], w[1]);
            while (m.find()) {
                out.add(new Expression(m.start(), m.end(), Kind.PERIOD, yearToDate(publication)));
            }
        }
        for (int[] w : windows(folded, 50, 30, "iranian", "иранского", "iranienne")) {
            Matcher m = in(IRANIAN_YEAR_TO_DATE, folded, w[0], w[1]);
            while (m.find()) {
                out.add(new Expression(m.start(), m.end(), Kind.PERIOD, iranianYearToDate(publication)));
            }
        }
        if (publication != null) {
            for (int[] w : windows(folded, 12, 8, "оии", "oyi", "оида", "oyda", "аиы", "аида")) {
                Matcher m = in(TURKIC_MONTH, folded, w[0], w[1]);
                while (m.find()) {
                    int named = turkicMonth(m.group(1));
                    if (named > 0) {
                        // the latest such month up to the publication month; the publication's year when only
                        // the year is known
                        int at = !month || named <= publication.date().getMonthValue() ? year : year - 1;
                        out.add(new Expression(m.start(), m.end(), Kind.PERIOD, Periods.month(at, named)));
                    }
                }
            }
        }
        if (publication != null) {
            for (int[] w : windows(folded, 40, 16, "oyda", "oyida", "оида", "оиида", "аида", "аиында", "давомида",
                    "davomida")) {
                Matcher m = in(TURKIC_MONTHS_SO_FAR, folded, w[0], w[1]);
                while (m.find()) {
                    turkicMonthsSoFar(folded, m, publication, out);
                }
            }
        }
        if (publication != null) {
            for (int[] w : windows(folded, 24, 4, "chorak", "chorag", "чорак", "чораг", Words.fold("тоқсан"), "yarm",
                    "yarim", "ярм", "ярим", Words.fold("жарты"))) {
                Matcher m = in(TURKIC_PART_ALONE, folded, w[0], w[1]);
                while (m.find()) {
                    // "birinchi choragida", "бірінші тоқсанда", "yilning birinchi yarmida": of the publication year,
                    // as "в первом квартале" is
                    int part = turkicOrdinal(m.group(1));
                    boolean half = m.group(2).startsWith("ya") || m.group(2).startsWith("я")
                            || m.group(2).startsWith(Words.fold("жарты"));
                    if (half && part <= 2) {
                        addSpan(out, m, null, publication, part == 1 ? 1 : 7, part == 1 ? 6 : 12);
                    } else if (!half && part > 0) {
                        addSpan(out, m, null, publication, (part - 1) * 3 + 1, part * 3);
                    }
                }
            }
        }
        // "by the end of the year", "by year-end", "по итогам года", "d'ici la fin de l'année": the year of publication.
        for (int[] w : windows(folded, 12, 20, "end of the year", "year-end", "year end", "итогам года", "конца года", "концу года",
                "конце года", "fin de l", "oxirigacha", "охиригача", "yakuniga", "якунига", Words.fold("соңына"))) {
            addAll(out, in(YEAR_END, folded, w[0], w[1]), year == null ? null : String.valueOf(year));
        }
        for (int[] w : windows(folded, 20, 20, "prochain", "next", "следующ", "будущ")) {
            addAll(out, NEXT_OPENERS, folded, w, year == null ? null : String.valueOf(year + 1));
        }
    }

    /**
     * The months of the publication year up to the day before publication ({@code 2023-01/2023-08} for 1 September
     * 2023, {@code 2024-01/2024-07} for 3 July 2024), as the labels read "since the start of the year"; the months
     * already closed when only the month is known. The year alone when
     * the month is unknown; null without a publication date, for the annotator to anchor.
     */
    private static String yearToDate(Publication publication) {
        if (publication == null) {
            return null;
        }
        int year = publication.date().getYear();
        if (!publication.knowsMonth()) {
            return String.valueOf(year);
        }
        // A known day: up to the day before it, so an article of 3 July counts July's first days in (the span "to
        // date" is what the sources add up to the day they report), and one of 1 September ends with August.
        int last = publication.precision() == ChronoUnit.DAYS
                && publication.date().getDayOfMonth() > 1 ? publication.date().getMonthValue()
                : publication.date().getMonthValue() - 1;
        return last <= 1 ? Periods.month(year, 1) : Periods.months(year, 1, year, last);
    }

    /**
     * The months of the Iranian year under way at publication, from its first March up to the month
     * {@link #yearToDate} would end with ({@code 2025-03/2026-02} for 14 February 2026); null without a known
     * publication month.
     */
    private static String iranianYearToDate(Publication publication) {
        if (publication == null || !publication.knowsMonth()) {
            return null;
        }
        LocalDate date = publication.date();
        int started = date.getMonthValue() > 3 || date.getMonthValue() == 3 && date.getDayOfMonth() > 21
                ? date.getYear() : date.getYear() - 1;
        int last = publication.precision() == ChronoUnit.DAYS && date.getDayOfMonth() > 1
                ? date.getMonthValue() : date.getMonthValue() - 1;
        int end = date.getYear() * 12 + last - 1; // months since year 0, January = 0
        if (end < started * 12 + 2) {
            return Periods.month(started, 3);
        }
        return Periods.months(started, 3, end / 12, end % 12 + 1);
    }

    /**
     * A month named against the publication date: "last December" and "décembre dernier" are the latest December
     * before the publication month, "this April" and "в апреле этого года" April of its year, "в феврале прошлого
     * года" February of the year before.
     */
    private static void namedMonths(String folded, Publication publication, List<Expression> out) {
        if (publication == null || !publication.knowsMonth()) {
            return;
        }
        int year = publication.date().getYear();
        int published = publication.date().getMonthValue();
        for (int[] w : wordWindows(folded, 16, 28, "last", "this", "dernier", "прошлого", "этого", "текущего",
                "нынешнего", "cette")) {
            if (!monthNear(folded, w[0], w[1])) {
                continue; // "this" and "last" are common words; most have no month beside them
            }
            Matcher m = in(NAMED_MONTH, folded, w[0], w[1]);
            while (m.find()) {
                int month = Months.index(m.group(2) != null ? m.group(2) : m.group(3));
                if (month == 0) {
                    continue;
                }
                int at;
                boolean upTo = UP_TO.matcher(folded.substring(Math.max(0, m.start() - 12), m.start())).find();
                if ("last".equals(m.group(1)) || m.group(4) != null) {
                    at = month < published ? year : year - 1;
                } else if (m.group(5) != null) {
                    at = LAST.matcher(m.group(5)).find() ? year - 1 : year;
                } else {
                    at = year;
                }
                // "till May this year": the months of the year up to May.
                out.add(new Expression(m.start(), m.end(), Kind.PERIOD, upTo && month > 1
                        ? Periods.months(at, 1, at, month) : Periods.month(at, month)));
            }
        }
    }

    /** Whether a word within {@code [from, to)} is a month name. */
    private static boolean monthNear(String text, int from, int to) {
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = wordEnd(text, i);
            if (end - i >= 3 && Months.index(text.substring(i, end)) > 0) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /** Whether the word before {@code at} (past "de" / "of") is a month name. */
    private static boolean monthJustBefore(String text, int at) {
        int end = at;
        for (int hop = 0; hop < 3; hop++) {
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (end > 0 && text.charAt(end - 1) == '.') {
                end--; // an abbreviated month: "Jan.-Aug. 2021"
            }
            int start = end;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            String word = text.substring(start, end);
            // "January-September period of 2024": the words between the months and their year.
            if (!word.equals("de") && !word.equals("of") && !(hop == 1 && word.equals("period"))) {
                return Months.index(word) > 0;
            }
            end = start;
        }
        return false;
    }

    private static void addAll(List<Expression> out, Openers openers, String folded, int[] window, String period) {
        openers.matches(folded, window[0], window[1], m -> out.add(new Expression(m.start(), m.end(), Kind.PERIOD,
                period)));
    }

    private static void addAll(List<Expression> out, Matcher m, String period) {
        while (m.find()) {
            out.add(new Expression(m.start(), m.end(), Kind.PERIOD, period));
        }
    }

    /**
     * A relative expression ("last year", "the first seven months of this year", "from January through February")
     * read as naming {@code year}: what it covers when no date anchors it but the text around it names the year it
     * speaks of. Null when the expression does not resolve against a year.
     */
    static String inYear(String folded, int year) {
        int shift = yearsBack(folded);
        Publication named = new Publication(java.time.LocalDate.of(year + shift, 1, 1),
                java.time.temporal.ChronoUnit.YEARS);
        String longest = null;
        int length = -1;
        for (Expression e : find(folded, named)) {
            if (e.kind() == Kind.PERIOD && e.period() != null && e.end() - e.start() > length) {
                longest = e.period();
                length = e.end() - e.start();
            }
        }
        return longest;
    }

    /** Words that make a count of years the latest ones: "the past seven years", "последние семь лет", "dernières". */
    private static final java.util.Set<String> PAST_WORDS = java.util.Set.of("past", "last", "previous",
            "последние", "последних", "последнее", "прошедшее", "dernieres", "derniere", Words.fold("соңғы"),
            Words.fold("сўнгги"), "nggi", "songgi");

    /** Words for ten years: "the past decade", "за последнее десятилетие", "la dernière décennie". */
    private static final java.util.List<String> DECADE_STEMS = java.util.List.of("decade", "десятилети", "decennie",
            Words.fold("онжылдық"));

    /** The mark of the Uzbek o (or g) inside a word: "so'nggi", "o‘n". */
    private static final Pattern UZBEK_MARK_IN_WORD = Pattern.compile("(?<=[og])" + APOS_UZ + "(?=\\p{L})");

    /** What separates the words of an expression (compiled once: {@code String.split} would compile it per call). */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The whole years before the year of writing that "over the past seven years", "за последние четыре года" or
     * "au cours des cinq dernières années" count ({@code 2019-01/2025-12} from {@code 2026-03}); null when the
     * expression counts no years, or no year of writing is known.
     */
    static String pastWholeYears(String folded, String presentPeriod) {
        if (presentPeriod == null) {
            return null;
        }
        boolean past = false;
        boolean years = false;
        Integer count = null;
        boolean decades = false;
        // "so'nggi o'n yilda": the Uzbek o's mark inside a word is no break between words
        for (String word : NON_WORD.split(UZBEK_MARK_IN_WORD.matcher(folded).replaceAll(""))) {
            if (PAST_WORDS.contains(word)) {
                past = true;
            } else if (Words.startsWithAny(word, DECADE_STEMS)) {
                years = true;
                decades = true;
            } else if (word.startsWith("year") || word.equals("лет") || word.startsWith("год")
                    || word.startsWith("annee") || word.startsWith("жыл") || word.startsWith("yil")
                    || word.startsWith("иил")) {
                years = true;
            } else if (!word.isEmpty() && count == null) {
                count = smallNumber(word);
                if (count == null) {
                    count = TURKIC_NUMBERS.get(word); // "соңғы он жылда", "so'nggi besh yilda", "сўнгги ўн йилда"
                }
            }
        }
        if (decades) {
            count = count == null ? DECADE : count * DECADE; // "the past decade" is ten years, "two decades" twenty
        }
        if (!past || !years || count == null || count < 2 || count > 30) {
            return null;
        }
        int end = Integer.parseInt(presentPeriod.substring(0, 4)) - 1;
        return (end - count + 1) + "-01/" + end + "-12";
    }

    private static final int DECADE = 10;

    /** How many years before the year of writing a relative expression names: 1 for "last year", -1 for "next year". */
    static int yearsBack(String folded) {
        return LAST.matcher(folded).find() ? 1 : NEXT.matcher(folded).find() ? -1 : 0;
    }

    /** Year of "this year" / "last year" inside a longer expression. */
    private static Integer relativeYear(String expression, Publication publication) {
        if (publication == null) {
            return null;
        }
        int year = publication.date().getYear();
        if (LAST.matcher(expression).find()) {
            return year - 1;
        }
        return year;
    }

    private static final java.util.Map<String, java.util.Optional<Integer>> SMALL_NUMBERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A month count in digits or words; words are read by ICU once and remembered ("seven", "recent", "девять"). */
    private static Integer smallNumber(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return text.length() > 9 ? null : Integer.valueOf(text); // ten digits may be beyond an int, and no count
        }
        java.util.Optional<Integer> known = SMALL_NUMBERS.get(text);
        if (known != null) {
            return known.orElse(null);
        }
        Integer parsed = spelledSmallNumber(text);
        if (parsed == null && text.length() > 3 && text.endsWith("s")) {
            parsed = spelledSmallNumber(text.substring(0, text.length() - 1)); // "les neufs premiers mois": a slip
        }
        if (SMALL_NUMBERS.size() < 20_000) {
            SMALL_NUMBERS.put(text, java.util.Optional.ofNullable(parsed));
        }
        return parsed;
    }

    private static Integer spelledSmallNumber(String text) {
        for (RuleBasedNumberFormat format : SPELLOUT.get()) {
            ParsePosition position = new ParsePosition(0);
            Number number = format.parse(text, position);
            if (number != null && position.getIndex() == text.length()) {
                return number.intValue();
            }
        }
        return null;
    }

    private static List<Expression> withoutOverlaps(List<Expression> found) {
        List<Expression> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Expression e) -> e.end() - e.start()).reversed()
                .thenComparingInt(Expression::start));
        List<Expression> kept = new ArrayList<>();
        for (Expression candidate : sorted) {
            boolean overlaps = false;
            for (Expression k : kept) {
                if (candidate.start() < k.end() && k.start() < candidate.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Expression::start));
        return kept;
    }
}
