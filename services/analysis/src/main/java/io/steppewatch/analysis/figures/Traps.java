package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * Numbers that are not figures: years, dates, clock times, ages, phone numbers, page furniture.
 * The word lists are closed classes (months, weekdays, time units) in the languages we read.
 */
final class Traps {

    private static final Set<String> MONTH_EXACT = WordSet.copyOf(List.of("may", "mai", "mars", "mar", "jan", "feb", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "fevr", "juil", "мая", "маи", "мае",
            // Russian agency datelines abbreviate the month: "МОСКВА, 22 окт - РИА Новости"
            "янв", "фев", "мар", "апр", "июн", "июл", "авг", "сен", "сент", "окт", "ноя", "нояб", "дек",
            // and the same agencies' Uzbek pages in the Latin alphabet: "TOShKENT, 29 avg — Sputnik"
            "yan", "fev", "avg", "sen", "okt", "noy", "dek",
            // Uzbek March and May with their case endings, spelled out: a stem would take "marta" (times), "mayor"
            "martda", "martdan", "martga", "martning", "martgacha", "mayda", "maydan", "mayga", "mayning", "maygacha"));
    /** Uzbek (Latin) and Kazakh month names, which take case endings: "dekabrda", "наурызда", "14-dekabiriga". */
    private static final List<String> MONTH_STEMS = Words.foldAll("yanvar", "fevral", "aprel", "iyun", "iyul", "avgust",
            "sentyabr", "oktyabr", "noyabr", "dekabr", "dekabir", "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр",
            "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан");
    private static final String MONTH_STEM_FIRSTS = MONTH_STEMS.stream().map(stem -> stem.substring(0, 1)).distinct()
            .collect(Collectors.joining());
    private static final Set<String> NUMERAL_ENDINGS = Set.of("ти", "ми", "х", "дей", "дай", "тей", "тай", "ден", "тен",
            "нан", "нен", "дан", "тан", "ге", "ке", "ға", "қа", "dan", "ga");
    private static final Set<String> DECADE_ENDINGS = Set.of("х", "ых", "е", "ые");
    private static final Set<String> SCALE_ENDINGS = Set.of("ға", "ге", "қа", "ке", "нан", "нен", "дан", "ден", "тан",
            "тен", "ты", "ті", "ны", "ні", "да", "де", "та", "те", "ның", "нің", "дың", "дің", "тың", "тің", "дай", "дей",
            "тай", "тей", "га", "ка", "ни", "нинг", "ga", "ka", "dan", "ni", "ning", "da", "ta", "lik");
    private static final Set<String> POSITION_ADJECTIVES = Set.of("premiers", "premieres", "derniers", "dernieres",
            "prochains", "prochaines", "first", "last", "past", "next");
    /** Hedges written after a number and before its unit, meaning "a little over" (see {@link #trailingHedgeEnd}). */
    private static final List<String> TRAILING_HEDGES = List.of("с лишним", "с небольшим", "с гаком");
    private static final Set<String> RANGE_LINKS = Set.of("-", "–", "—", "au", "to", "и", "по", "до", "et", "and");
    private static final Set<String> WEEKDAYS = Set.copyOf(List.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "понедельник", "вторник", "среда", "среду", "четверг", "пятница", "пятницу", "суббота", "субботу",
            "воскресенье"));
    private static final Set<String> TIME_WORDS = WordSet.copyOf(List.of(
            "h", "heure", "heures", "hour", "hours", "hrs", "hr", "am", "pm", "gmt", "utc", "min", "minute", "minutes",
            "seconde", "secondes", "second", "seconds", "sec", "час", "часа", "часов", "минут", "минуты", "мин",
            "jour", "jours", "day", "days", "semaine", "semaines", "week", "weeks", "mois", "month", "months",
            "день", "дня", "дней", "сутки", "суток", "неделя", "недели", "недель", "месяц", "месяца", "месяцев", "мес",
            "квартал", "квартала", "кварталов", "квартале", "полугодие", "полугодия", "полугодии",
            // the Russian seconds, minutes, hours, weeks and months in their other cases: "две первых 24 секунды",
            // "21 минута в пути", "к 41 месяцу заключения", "к 30 месяцам тюрьмы"; none is a unit the standard measures
            "секунда", "секунды", "секунд", "секунду", "секундам", "секундами", "секундах", "сек",
            "минута", "минуту", "минутам", "минутами", "минутах", "часу", "часам", "часами", "часах",
            "неделю", "неделям", "неделями", "неделях", "месяцу", "месяцам", "месяцами", "месяцах", "месяце",
            "oy", "oyi", "oyda", "oyida", "oylik", "оии", "оида", "оиида", "аи", "аида", "аиы", "аиында",
            // the Kazakh and Uzbek month with its other case endings: "2022 жылдың 11 айының өзінде" (in the first
            // eleven months of 2022), "3 oyga", "6 ойлик"; months are no unit the standard measures
            "аиының", "аидың", "аиға", "аидан", "аилық", "oyning", "oyga", "oydan", "oyligi", "оининг",
            "оига", "оидан", "оилик", "оилиги",
            "siecle", "siecles", "century", "centuries", "век", "века", "веков", "heures", "hectares"));
    /**
     * Kazakh and Uzbek words of a person's age written after the number: "48 жасында" (at 48), "45 жастағы", "30
     * жасар", "50 жасқа толды", "35 yoshli", "40 ёшида". Folded. Ages are no figures (the labels give them none).
     */
    private static final Set<String> AGE_AFTER = WordSet.copyOf(List.of("жасында", "жастағы", "жасар", "жасқа",
            "жаста", "жасындағы", "yoshida", "yoshli", "yoshdagi", "yoshga", "yoshda", "ешида", "ешли", "ешдаги",
            "ешга", "ешда"));
    private static final Set<String> AGE_BEFORE = Set.copyOf(List.of("age", "aged", "agee", "ages", "agees", "возрасте", "возраст", "ему", "ей", "исполнилось",
            "моложе", "старше", "младше"));
    private static final Set<String> FURNITURE_BEFORE = Set.copyOf(List.of("page", "pages", "link", "photo", "photos", "image",
            "slide", "p", "pp", "n", "no", "nº", "numero", "number", "№", "article", "articles", "chapitre", "chapter",
            "section", "стр", "страница", "номер", "статья", "статьи", "vol", "tome", "comments", "commentaires",
            "views", "vues", "share", "partages", "tel", "tél", "phone", "fax", "тел", "факс"));

    /**
     * Words after which a number names rather than counts: a number sign, and the divisions of a law or treaty ("part
     * 2 of article 246", "частью 1 статьи 201 кодекса", "l'alinéa 3"), whose number the counted noun or adjective after
     * it ("1 статьи", "201 Уголовно-процессуального") would otherwise make a count.
     */
    private static final Set<String> IDENTIFIER_BEFORE = Set.copyOf(List.of("no", "nos", "nono", "nº", "numero",
            "number", "nr", "номер", "№", "article", "articles", "art", "paragraph", "clause", "alinea", "статья",
            "статьи", "статье", "статью", "статьей", "статьёй", "часть", "части", "частью", "пункт", "пункта",
            "пункте", "пунктом", "подпункт", "подпункта"));

    private Traps() {
    }

    private static final Pattern URL = Pattern.compile(
            "(?:https?://|www\\.)[^\\s\"'<>»)]+", Pattern.CASE_INSENSITIVE);

    /** Top-level domains of the sites that name themselves with a number ("24.kg", "365info.kz"). */
    private static final Set<String> SITE_DOMAINS = Set.of("kg", "kz", "uz", "tj", "tm", "ru", "az", "ge", "com",
            "net", "org", "info");

    /** Spans of web addresses and of site names with a digit ("24.kg"): their digits are never figures. */
    static List<int[]> urls(String text) {
        List<int[]> spans = new ArrayList<>();
        if (text.indexOf("://") >= 0 || text.indexOf("www.") >= 0) {
            Matcher m = URL.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        addSiteNames(text, spans);
        return spans.isEmpty() ? List.of() : spans;
    }

    /**
     * "агентство 24.kg сообщило", "reports 24.kg": a site named by a word with a digit, a dot and a domain, with no
     * space between, is a name.
     */
    private static void addSiteNames(String text, List<int[]> spans) {
        for (int dot = text.indexOf('.'); dot > 0; dot = text.indexOf('.', dot + 1)) {
            if (!Character.isLetterOrDigit(text.charAt(dot - 1))) {
                continue;
            }
            int end = dot + 1;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end - dot < 3 || end < text.length() && Character.isDigit(text.charAt(end))
                    || !SITE_DOMAINS.contains(text.substring(dot + 1, end))) {
                continue; // ("2.5", "Inc.", "24.KG" in capitals is no address we read)
            }
            int start = dot;
            boolean digit = false;
            while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
                start--;
                digit |= Character.isDigit(text.charAt(start));
            }
            if (digit) {
                spans.add(new int[] {start, end});
            }
        }
    }

    static boolean inside(List<int[]> spans, int offset) {
        for (int[] span : spans) {
            if (offset >= span[0] && offset < span[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the token is written as a clock time with a point, "23.30", "11.15": an hour up to 23, a point and two
     * digits up to 59. Asked of texts that write decimals with a comma (Russian, French, Kazakh, Uzbek), where such a
     * point marks hours and minutes ("23 декабря в 23.30"); the caller keeps those with a unit, scale or currency,
     * which are English-style decimals ("5.96 milliards").
     */
    static boolean isClockWithPoint(String text, NumberScanner.Token token) {
        int start = token.start();
        if (token.integer() || token.grouped() || token.digits() > 2 || token.end() - start != token.digits() + 3
                || text.charAt(start + token.digits()) != '.' || (start > 0 && text.charAt(start - 1) == '.')) {
            return false;
        }
        int hours = Integer.parseInt(text.substring(start, start + token.digits()));
        int minutes = Integer.parseInt(text.substring(start + token.digits() + 1, token.end()));
        return hours <= 23 && minutes <= 59;
    }

    /**
     * Whether the number at {@code [start, end)} is part of an abbreviated count of months and its year, as business
     * news write them: the months in "7M'23", "4M23" and "10M2022" (an "M" joined to a year, not millions), or the
     * year's last two digits in "7M'23".
     */
    static boolean inMonthsAbbreviation(String text, int start, int end) {
        if (end - start > 2) {
            return false;
        }
        // the count of months: "7M'23", "10M2022", "9M 2024"
        if (end + 2 < text.length() && (text.charAt(end) == 'M' || text.charAt(end) == 'm')) {
            int k = end + 1;
            if (text.charAt(k) == '\'' || text.charAt(k) == '’') {
                return digitsAt(text, k + 1, 2);
            }
            if (text.charAt(end) == 'M' && digitsAt(text, k, 2)) {
                // "in 4M23": the year's last two digits glued without an apostrophe, only after a capital M and a
                // count a year has
                int months = Integer.parseInt(text.substring(start, end));
                return months >= 1 && months <= 12;
            }
            if (text.charAt(k) == ' ') {
                k++;
            }
            return (text.startsWith("19", k) || text.startsWith("20", k)) && digitsAt(text, k, 4);
        }
        // the year's last two digits: "7M'23"
        return end - start == 2 && start >= 3 && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '’')
                && (text.charAt(start - 2) == 'M' || text.charAt(start - 2) == 'm')
                && Character.isDigit(text.charAt(start - 3)) && (end == text.length()
                || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /** Whether exactly {@code count} digits stand at {@code at}, with no letter or digit right after them. */
    private static boolean digitsAt(String text, int at, int count) {
        if (at + count > text.length()) {
            return false;
        }
        for (int i = at; i < at + count; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return at + count == text.length() || !Character.isLetterOrDigit(text.charAt(at + count));
    }

    /**
     * Whether the two digits at {@code start} close a span of years whose first year is written in full right before
     * them ("2025-26", "2023–24", "2019/20"): the years of a programme or a season, which the standard does not count.
     * The span runs forward, so the two digits are above the first year's last two ("2015-10-30" is a date, read
     * elsewhere).
     */
    static boolean closesSpanOfYears(String text, NumberScanner.Token token) {
        int start = token.start();
        if (!token.integer() || token.grouped() || token.digits() != 2 || start < 5
                || "-–—/".indexOf(text.charAt(start - 1)) < 0 || !digitsAt(text, start - 5, 4)) {
            return false;
        }
        int year = Integer.parseInt(text.substring(start - 5, start - 1));
        return year >= 1800 && year <= 2100 && token.value() > year % 100 && (start - 5 == 0
                || !Character.isLetterOrDigit(text.charAt(start - 6)));
    }

    /**
     * Whether the word after {@code end} is the Uzbek or Kazakh noun of an anniversary: "yillik", "жылдық" (of so many
     * years) take a possessive ending and soften their last consonant ("90 yilligi", "20 жылдығына"), which makes the
     * number an ordinal that names an event, as "30th anniversary" does, and no span of years.
     */
    static boolean isAnniversary(String text, int end) {
        String word = wordAfter(text, end);
        return word != null && (word.startsWith("yillig") || word.startsWith("жылдыг") || word.startsWith("жылдығ"));
    }

    static boolean isYear(NumberScanner.Token token) {
        return token.integer() && !token.grouped() && token.digits() == 4 && token.value() >= 1800
                && token.value() <= 2100;
    }

    /**
     * A year written in full that its Russian word shows is a year, whatever its value: "в 1792 году", "1704 года",
     * "2242 год" (a count of years would be "1704 лет", "2242 года"). The word's case is what says it: "году" follows
     * no count of four digits, "года" only one ending in 2 to 4, "год" and "годом" only one ending in 1.
     */
    static boolean yearByItsWord(String text, NumberScanner.Token token, int end) {
        if (!token.integer() || token.grouped() || token.digits() != 4) {
            return false;
        }
        int i = end;
        while (i < text.length() && NumberScanner.isSpace(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        long value = (long) token.value();
        int last = (int) (value % 10);
        boolean teen = value % 100 >= 11 && value % 100 <= 14;
        return switch (text.substring(i, j).toLowerCase(Locale.ROOT)) {
            case "году" -> true;
            case "года" -> teen || last < 2 || last > 4;
            case "год", "годом" -> teen || last != 1;
            default -> false;
        };
    }

    /**
     * A decade written the Russian way, a round number with an ordinal's ending: "в конце 80-х", "звёзды 80-х",
     * "2000-е годы". A cardinal never takes these endings after a round number ("80-ти", "40-ка"), so the number
     * counts nothing.
     */
    static boolean isDecade(String text, NumberScanner.Token token, int end) {
        if (!token.integer() || token.grouped() || token.value() % 10 != 0
                || !(token.digits() == 2 || isYear(token)) || end + 1 >= text.length() || text.charAt(end) != '-') {
            return false;
        }
        int j = end + 1;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        String next = wordAfter(text, j);
        return DECADE_ENDINGS.contains(text.substring(end + 1, j).toLowerCase(Locale.ROOT))
                && (next == null || !next.startsWith("мест")); // "30-е место" is a rank
    }

    static boolean isMonth(String folded) {
        if (MONTH_EXACT.contains(folded) || Months.index(folded) > 0) {
            return true;
        }
        if (folded.isEmpty() || MONTH_STEM_FIRSTS.indexOf(folded.charAt(0)) < 0) {
            return false; // most words start with a letter no stem starts with
        }
        for (String stem : MONTH_STEMS) {
            if (folded.startsWith(stem) && folded.length() <= stem.length() + 5) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a case ending written after a hyphen onto a cardinal number ends, when a word follows it: Russian
     * "5-ти", "2-х", Kazakh "4 700-дей" (about), "5-тен" (from), Uzbek "10-dan"; else -1. Ordinal endings ("3-й",
     * "5-ші", "2022-yil") are not among them.
     */
    static int numeralEndingEnd(String text, int end) {
        int i = lettersAfterHyphen(text, end, 4);
        if (i < 0 || i >= text.length() || !NumberScanner.isSpace(text.charAt(i))
                || !NUMERAL_ENDINGS.contains(text.substring(end + 1, i).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        return i;
    }

    /**
     * Where a hedge that Russian writes between a number and its unit ends ("в 4 с лишним раза", "20 с небольшим
     * лет", "100 с лишним тысяч тонн": a little over the number), else -1; the unit after it is the number's own.
     */
    static int trailingHedgeEnd(String text, int end) {
        int i = end;
        while (i < text.length() && NumberScanner.isSpace(text.charAt(i))) {
            i++;
        }
        if (i == end || i >= text.length() || text.charAt(i) != 'с') {
            return -1; // every hedge of the list opens with the preposition "с"
        }
        for (String hedge : TRAILING_HEDGES) {
            int hedgeEnd = i + hedge.length();
            if (text.regionMatches(true, i, hedge, 0, hedge.length())
                    && (hedgeEnd >= text.length() || !Character.isLetter(text.charAt(hedgeEnd)))) {
                return hedgeEnd;
            }
        }
        return -1;
    }

    /**
     * Where the case ending after an abbreviated scale word ends ("5,2 млрд-қа", "3 млн-нан", Uzbek "2 mlrd-ga"),
     * else -1: Kazakh and Uzbek hyphenate the ending onto an abbreviation, and the figure goes on through it.
     */
    static int scaleEndingEnd(String text, int end) {
        int i = lettersAfterHyphen(text, end, 5);
        if (i < 0) {
            return -1;
        }
        if (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')
                || !SCALE_ENDINGS.contains(text.substring(end + 1, i).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        return i;
    }

    /**
     * Where the letters written right after a hyphen at {@code end} stop, reading {@code most} of them at the most;
     * -1 when no hyphen and letter stand there (or the text ends too soon).
     */
    private static int lettersAfterHyphen(String text, int end, int most) {
        if (end + 2 >= text.length() || text.charAt(end) != '-' || !Character.isLetter(text.charAt(end + 1))) {
            return -1;
        }
        int i = end + 1;
        while (i < text.length() && Character.isLetter(text.charAt(i)) && i - end <= most) {
            i++;
        }
        return i;
    }

    /** A month or a unit of time: "mois", "months", "лет" is not, it is a duration figure's unit. */
    static boolean isMonthOrTimeWord(String folded) {
        return isMonth(folded) || TIME_WORDS.contains(folded);
    }

    /**
     * Where an adjective of position written between a number and what it counts ends ("les 30 dernières années",
     * "the 11 first months"), else -1.
     */
    static int positionAdjectiveEnd(String text, int end) {
        String after = wordAfter(text, end);
        if (after == null || !POSITION_ADJECTIVES.contains(after)) {
            return -1;
        }
        int i = skipToWord(text, end);
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * "19-20 февраля", "du 14 au 19 mai", "22–23 January": the first day of a range of dates, which the check on
     * the word after the number cannot see.
     */
    static boolean opensDateRange(String text, int end) {
        int i = end;
        while (i < text.length() && NumberScanner.isSpace(text.charAt(i))) {
            i++;
        }
        int linkStart = i;
        while (i < text.length() && !NumberScanner.isSpace(text.charAt(i)) && !NumberScanner.isAsciiDigit(text.charAt(i))
                && i - linkStart < 3) {
            i++;
        }
        if (!RANGE_LINKS.contains(text.substring(linkStart, i).toLowerCase(Locale.ROOT))) {
            return false;
        }
        while (i < text.length() && NumberScanner.isSpace(text.charAt(i))) {
            i++;
        }
        int digitsStart = i;
        while (i < text.length() && NumberScanner.isAsciiDigit(text.charAt(i))) {
            i++;
        }
        if (i == digitsStart || i - digitsStart > 2) {
            return false;
        }
        String after = wordAfter(text, i);
        return after != null && isMonth(after);
    }

    /** "19 octobre", "October 19", "9 ноября", "jeudi 19", "10 heures", "3 jours": a date, a time or a duration. */
    static boolean nextToMonthOrTime(String text, int start, int end) {
        String after = wordAfter(text, end);
        if (after != null && (isMonth(after) || TIME_WORDS.contains(after))) {
            return true;
        }
        if (end - start <= 2 && opensDateRange(text, end)) {
            return true;
        }
        String before = wordBefore(text, start);
        return before != null && (isMonth(before) || WEEKDAYS.contains(before)) || end - start <= 2 && closesDateRange(text, start);
    }

    /** "from July 18 to 19", "March 3-5": the last day of a range of dates whose month comes first. */
    private static boolean closesDateRange(String text, int start) {
        int i = start;
        while (i > 0 && NumberScanner.isSpace(text.charAt(i - 1))) {
            i--;
        }
        int linkEnd = i;
        while (i > 0 && !NumberScanner.isSpace(text.charAt(i - 1)) && !NumberScanner.isAsciiDigit(text.charAt(i - 1))
                && linkEnd - i < 3) {
            i--;
        }
        if (!RANGE_LINKS.contains(text.substring(i, linkEnd).toLowerCase(Locale.ROOT))) {
            return false;
        }
        while (i > 0 && NumberScanner.isSpace(text.charAt(i - 1))) {
            i--;
        }
        int digitsEnd = i;
        while (i > 0 && NumberScanner.isAsciiDigit(text.charAt(i - 1))) {
            i--;
        }
        if (i == digitsEnd || digitsEnd - i > 2) {
            return false;
        }
        String before = wordBefore(text, i);
        return before != null && isMonth(before);
    }

    /**
     * A month count with a capital M glued to it and a year right after ("9M 2024", "6M 2025"): financial shorthand
     * for the first months of that year, not millions.
     */
    static boolean monthsOfAYear(String text, NumberScanner.Token token, int scaleStart) {
        if (!token.integer() || scaleStart != token.end() || scaleStart >= text.length() || text.charAt(scaleStart) != 'M') {
            return false;
        }
        String digits = text.substring(token.start(), token.end());
        int months = digits.length() <= 2 ? Integer.parseInt(digits) : 0;
        int k = scaleStart + 1;
        if (months < 1 || months > 12 || k >= text.length() || !NumberScanner.isSpace(text.charAt(k))) {
            return false;
        }
        while (k < text.length() && NumberScanner.isSpace(text.charAt(k))) {
            k++;
        }
        int yearEnd = k + 4;
        if (yearEnd > text.length() || yearEnd < text.length() && Character.isLetterOrDigit(text.charAt(yearEnd))) {
            return false;
        }
        for (int i = k; i < yearEnd; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return text.startsWith("19", k) || text.startsWith("20", k);
    }

    /** "âgé de 45 ans", "aged 45", "45 years old", "в возрасте 45 лет", "в 45 лет", "которой сейчас 45 лет". */
    static boolean isAge(String text, int start, int end) {
        String after = wordAfter(text, end);
        if ("old".equals(after) || "d".equals(after) && text.startsWith("âge", skipToWord(text, end) + 2)) {
            return true;
        }
        if (RUSSIAN_YEARS.contains(String.valueOf(wordBefore(text, end)))
                && (russianAgeTold(text, start) || russianAgeOfNamed(text, start, end))) {
            return true;
        }
        if (frenchAgeHad(text, start, after)) {
            return true;
        }
        int cursor = start;
        for (int k = 0; k < 3; k++) {
            String before = wordBefore(text, pastElision(text, cursor)); // "âgés d'environ 18 ans"
            if (before == null) {
                return false;
            }
            if (AGE_BEFORE.contains(before)) {
                return !(TURNED.equals(before) && after != null && SINCE_AFTER_TURNED.contains(after));
            }
            cursor = wordStartBefore(text, cursor);
        }
        return false;
    }

    /**
     * The French verb "avoir" in the forms that tell a person's age: "Il avait 47 ans", "qui aura 18 ans". Folded. The
     * present "a" is left out: "il y a 50 ans" is an offset, read elsewhere, and "a" begins too many other phrases.
     */
    private static final Set<String> FRENCH_HAD = Set.of("avait", "avaient", "aura", "auront", "aurait", "auraient");
    /** Words after the years that make "avoir N ans" a span one has rather than an age: "avait 10 ans de retard". */
    private static final Set<String> SPAN_AFTER_HAD = Set.of("de", "d", "pour", "sans", "devant");

    /**
     * Whether a form of "avoir" ({@link #FRENCH_HAD}) stands right before the number {@code start}, an approximation
     * between ("avait environ 47 ans"), and no word after the years ({@code after}, folded) makes them a span of
     * something ("avait 10 ans d'avance"): the age of the person the clause is about.
     */
    private static boolean frenchAgeHad(String text, int start, String after) {
        if (after != null && SPAN_AFTER_HAD.contains(after)) {
            return false;
        }
        String before = wordBefore(text, start);
        if (before != null && AGE_APPROXIMATIONS.contains(before)) {
            before = wordBefore(text, wordStartBefore(text, start));
        }
        return before != null && FRENCH_HAD.contains(before);
    }

    /** {@code at}, or one before it when an apostrophe of elision stands there ("d'environ"). */
    private static int pastElision(String text, int at) {
        return at > 0 && (text.charAt(at - 1) == '\'' || text.charAt(at - 1) == '’') ? at - 1 : at;
    }

    /** The Russian words of years an age is counted in ("56 лет", "34 года", "81 год"). */
    private static final Set<String> RUSSIAN_YEARS = WordSet.copyOf(Words.foldAll("лет", "года", "год"));
    /**
     * Words right before a number of Russian years that make it a person's age: "в 56 лет умерла", "в свои 29 лет",
     * "Овьедо было 69 лет". Folded.
     */
    private static final Set<String> RUSSIAN_AGE_RIGHT_BEFORE = WordSet.copyOf(Words.foldAll("в", "свои", "было"));
    /**
     * Words that tell an age at most three words before the years, a word of time between ("которому сейчас 23 года",
     * "которому в этом году исполнился 81 год", "Окаве исполнится 115 лет"). Folded.
     */
    private static final Set<String> RUSSIAN_AGE_BEFORE = WordSet.copyOf(Words.foldAll("которому", "которой",
            "исполнился", "исполнится", "исполняется"));
    /** Words of time that may stand between such a word and the years ("сейчас", "тогда", "в этом году"). Folded. */
    private static final Set<String> AGE_TIME_WORDS = WordSet.copyOf(Words.foldAll("сейчас", "тогда", "уже", "было",
            "в", "этом", "году", "настоящее", "время", "момент", "тот", "на"));
    /**
     * Nouns of a span that take its length with "в" ("раз в 4 года", "на срок в пять лет", "перерыв в 2 года"): the
     * years after them are that span, no age. Beginnings, folded.
     */
    private static final List<String> SPAN_BEFORE_V = List.of("раз", "срок", "период", "перерыв", "интервал",
            "промежут", "задержк", "отставани", "стаж", "разниц", "продолжительн", "длительн");

    /**
     * A Russian age that the words before its years tell ({@link #RUSSIAN_AGE_RIGHT_BEFORE}, {@link
     * #RUSSIAN_AGE_BEFORE}); "в N лет" after a noun of a span ({@link #SPAN_BEFORE_V}) is that span. The caller
     * checks that a word of years ends the figure.
     */
    private static boolean russianAgeTold(String text, int start) {
        String before = wordBefore(text, start);
        if (before == null) {
            return false;
        }
        if (RUSSIAN_AGE_RIGHT_BEFORE.contains(before) && !Character.isDigit(charBeforeWord(text, start))) {
            if (!"в".equals(before)) {
                return true;
            }
            String span = wordBefore(text, wordStartBefore(text, start));
            return span == null || SPAN_BEFORE_V.stream().noneMatch(span::startsWith);
        }
        int cursor = start;
        for (int k = 0; k < 4 && before != null; k++) {
            if (RUSSIAN_AGE_BEFORE.contains(before)) {
                return true;
            }
            if (!AGE_TIME_WORDS.contains(before)) {
                return false;
            }
            cursor = wordStartBefore(text, cursor);
            before = wordBefore(text, cursor);
        }
        return false;
    }

    /**
     * A Russian age told right after a person's name, the years ending its clause: "Мартину Шкрели 32 года",
     * "Полу Маккартни - 19 лет,", or in brackets after the name ("Хиллари Клинтон (59 лет)"). The name is two
     * capitalised words, the second ending in a vowel of the dative or of an indeclinable name ("Дилайлу", "Шкрели");
     * a country's or a firm's anniversary ("Казахстану 30 лет") has one. The caller checks the word of years.
     */
    private static boolean russianAgeOfNamed(String text, int start, int end) {
        int after = end; // the word of years ends the figure
        int before = start;
        while (before > 0 && NumberScanner.isSpace(text.charAt(before - 1))) {
            before--;
        }
        if (before > 0 && text.charAt(before - 1) == '(') {
            return after < text.length() && text.charAt(after) == ')' && capitalisedBefore(text, before - 1) >= 0;
        }
        boolean clauseEnds = after >= text.length() || ".,;)".indexOf(text.charAt(after)) >= 0
                || text.startsWith(" и ", after);
        if (!clauseEnds) {
            return false;
        }
        if (before > 0 && (text.charAt(before - 1) == '-' || text.charAt(before - 1) == '—' || text.charAt(before - 1) == '–')) {
            before--;
        }
        int surname = capitalisedBefore(text, before);
        if (surname < 0 || DATIVE_NAME_ENDINGS.indexOf(Character.toLowerCase(text.charAt(wordEndFrom(text, surname) - 1))) < 0) {
            return false;
        }
        return capitalisedBefore(text, surname) >= 0;
    }

    /** Vowels a name in the dative ends in, or an indeclinable one ("Дилайлу", "Шкрели", "Маккартни"). */
    private static final String DATIVE_NAME_ENDINGS = "уюеи";

    /** The start of a capitalised Cyrillic word ending right before {@code at} (past spaces), else -1. */
    private static int capitalisedBefore(String text, int at) {
        int j = at;
        while (j > 0 && NumberScanner.isSpace(text.charAt(j - 1))) {
            j--;
        }
        int i = j;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        if (i == j || j - i < 2 || !Character.isUpperCase(text.charAt(i))
                || Character.UnicodeBlock.of(text.charAt(i)) != Character.UnicodeBlock.CYRILLIC) {
            return -1;
        }
        return i;
    }

    private static int wordEndFrom(String text, int from) {
        int j = from;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** The character before the word that ends right before {@code start} (past spaces), or a space. */
    private static char charBeforeWord(String text, int start) {
        int k = wordStartBefore(text, start);
        while (k > 0 && NumberScanner.isSpace(text.charAt(k - 1))) {
            k--;
        }
        return k > 0 ? text.charAt(k - 1) : ' ';
    }

    /**
     * Nouns of age (folded) that make the years of their clause an age however far before them they stand: "Возраст
     * самого старшего из задержанных — 34 года", "l'âge moyen des recrues est de 22 ans", "the average age of the
     * crew was 41 years".
     */
    private static final Set<String> AGE_NOUNS = Set.of("age", "возраст", "возраста", "возрасте", "yoshi", "жасы");
    /** How many words back the clause of an age noun is searched. */
    private static final int AGE_CLAUSE_WORDS = 12;

    /**
     * Whether a noun of age ({@link #AGE_NOUNS}) stands in the clause before {@code start}: back to a sentence end,
     * a comma, a semicolon, a colon or a line break, at most {@link #AGE_CLAUSE_WORDS} words. A dash does not end
     * the clause ("Возраст ... — 34 года").
     */
    static boolean ageNounInClause(String text, int start) {
        int k = start;
        for (int words = 0; words < AGE_CLAUSE_WORDS; words++) {
            while (k > 0 && !Character.isLetter(text.charAt(k - 1))) {
                char c = text.charAt(k - 1);
                if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n'
                        || Character.isDigit(c)) {
                    return false;
                }
                k--;
            }
            int wordEnd = k;
            while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
                k--;
            }
            if (k == wordEnd) {
                return false;
            }
            if (wordEnd - k <= 9 && AGE_NOUNS.contains(FigureExtractor.fold(text.substring(k, wordEnd)))) {
                return true;
            }
        }
        return false;
    }

    /** "48 жасында", "35 yoshli": a Kazakh or Uzbek word of age right after the number. */
    static boolean ageWordAfter(String text, int end) {
        String after = wordAfter(text, end);
        return after != null && AGE_AFTER.contains(after);
    }

    /** "исполнилось": "turned", of a person's age and of a span since an event alike. */
    private static final String TURNED = "исполнилось";
    /**
     * "исполнилось 27 лет со дня установления отношений": "since" after the years makes them the span of what has
     * held since the event (decision 18 of round 34: how long a relation has held), no age. Folded.
     */
    private static final Set<String> SINCE_AFTER_TURNED = Set.of("со", "с");

    /** Words of approximation between a name's comma and an age: "Abdulkhakim, примерно 45 лет,". Folded. */
    private static final Set<String> AGE_APPROXIMATIONS = Set.of("примерно", "около", "почти", "environ", "presque",
            "about", "around", "almost");
    /** French nouns of a person that take an age with "de": "lyceen de 18 ans", "un homme de 40 ans". Folded. */
    private static final Set<String> PERSON_NOUNS = WordSet.copyOf(List.of("homme", "hommes", "femme", "femmes",
            "garcon", "garcons", "fille", "filles", "enfant", "enfants", "jeune", "jeunes", "adolescent", "adolescente",
            "adolescents", "lyceen", "lyceenne", "lyceens", "etudiant", "etudiante", "etudiants", "ressortissant",
            "ressortissante", "suspect", "victime", "soldat", "militaire", "chauffeur", "conducteur",
            // people counted or named by what they are or do: "trois personnes de 18 ans", "le caporal-chef de 32 ans"
            "personne", "personnes", "individu", "individus", "suspects", "victimes", "soldats", "militaires",
            "caporal", "chef", "adjudant", "sergent", "lieutenant", "capitaine", "policier", "policiers", "gendarme",
            "gendarmes", "journaliste", "journalistes", "otage", "otages", "detenu", "detenus", "touriste",
            "touristes", "agresseur", "agresseurs", "bebe", "fillette", "pilote", "joueur", "joueuse"));

    /**
     * Russian nouns of a person that take an age right after them, in the genitive of years: "женщина 60 лет",
     * "мужчину 45 лет". Folded.
     */
    private static final Set<String> RUSSIAN_PERSON_NOUNS = WordSet.copyOf(Words.foldAll("мужчина", "мужчину", "женщина",
            "женщину", "девушка", "девушку", "юноша", "юношу", "девочка", "девочку", "мальчик", "мальчика", "подросток",
            "подростка", "пенсионер", "пенсионера", "пенсионерка", "пенсионерку", "ребенок", "ребенка"));

    /**
     * The age of a person, told the two ways the press writes it beside a name: set off by commas after the name
     * ("Amirkhon Saïdov, 53 ans, et ...", "Abdulkhakim, примерно 45 лет, житель ...", "Karimi, 73 ans, s'y fait
     * soigner"), or after a French noun of a person with "de" ("lycéen de 18 ans"). {@code [start, end)} runs from
     * the number to the end of its word of years. A span set off by commas after a lower-case word ("en 2020, 30
     * ans après") or a duration after a thing ("un délai de 15 ans") is no age.
     */
    static boolean isPersonAge(String text, int start, int end) {
        if (end < text.length() && ",.;)".indexOf(text.charAt(end)) >= 0 && apposedToName(text, start)) {
            return true;
        }
        String before = wordBefore(text, start);
        return "de".equals(before) && personBeforeDe(text, wordStartBefore(text, start))
                || RUSSIAN_PERSON_NOUNS.contains(before);
    }

    /**
     * Whether a French noun of a person ends right before the "de" at {@code deStart}, or one word before it when that
     * word is lower-case, an adjective of the person ("un enfant britannique de 12 ans", "un soldat français de 25
     * ans").
     */
    private static boolean personBeforeDe(String text, int deStart) {
        if (PERSON_NOUNS.contains(wordBefore(text, deStart))) {
            return true;
        }
        int between = wordStartBefore(text, deStart);
        return between < deStart && Character.isLowerCase(text.charAt(between))
                && PERSON_NOUNS.contains(wordBefore(text, between));
    }

    /** Whether a comma after a capitalised word stands right before {@code start}, an approximation between. */
    private static boolean apposedToName(String text, int start) {
        int k = start;
        while (k > 0 && NumberScanner.isSpace(text.charAt(k - 1))) {
            k--;
        }
        int wordStart = k;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart < k && AGE_APPROXIMATIONS.contains(FigureExtractor.fold(text.substring(wordStart, k)))) {
            k = wordStart;
            while (k > 0 && NumberScanner.isSpace(text.charAt(k - 1))) {
                k--;
            }
        }
        if (k >= 3 && text.charAt(k - 1) == ',' && text.charAt(k - 2) == '.' && Character.isUpperCase(text.charAt(k - 3))
                && (k == 3 || !Character.isLetter(text.charAt(k - 4)))) {
            return true; // "I. K., 38 ans,": a person named by initials
        }
        if (k < 2 || text.charAt(k - 1) != ',' || !Character.isLetter(text.charAt(k - 2))) {
            return false;
        }
        int nameStart = k - 1;
        while (nameStart > 0 && Character.isLetter(text.charAt(nameStart - 1))) {
            nameStart--;
        }
        return Character.isUpperCase(text.charAt(nameStart));
    }

    /**
     * A number right after a word or sign that numbers things ("No 820", "NoNo 9", "№ 5", "#3", "numéro 7"): an
     * identifier even when a noun follows it ("Order No 820 dated ...").
     */
    static boolean isIdentifier(String text, int start) {
        String before = wordBefore(text, start);
        if (before != null && IDENTIFIER_BEFORE.contains(before)) {
            return true;
        }
        int k = start - 1;
        while (k >= 0 && NumberScanner.isSpace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && (text.charAt(k) == '#' || text.charAt(k) == '№');
    }

    /** Lower-cased English words that stand capitalised before a count without naming it ("Over 500 trucks"). */
    private static final Set<String> CAPITALISED_NOT_NAMES = Set.of("the", "of", "in", "on", "at", "by", "for", "to",
            "from", "with", "about", "over", "nearly", "some", "and", "only", "all", "around", "almost", "more", "less",
            "up", "under");

    /**
     * Whether the number at {@code [start, end)} of an English text belongs to the name written right before it, with
     * a space between: a capitalised word ("Da Group 22 was registered", "reports Singapore's Splash 247.") or an
     * abbreviation ("Executive Order (E.O.) 13662", "E.O. 14024 authorizes"). Not such a name: a word that opens its
     * sentence unless it is an abbreviation ("About 500 trucks"), a word a dot ends ("in Astana. 25 trucks"), the
     * words of {@link #CAPITALISED_NOT_NAMES}, and a headline in title case, whose word after the number is
     * capitalised too ("Kazakhstan Sends 200 Wagons").
     */
    static boolean afterName(String text, int start, int end) {
        int k = start;
        while (k > 0 && NumberScanner.isSpace(text.charAt(k - 1))) {
            k--;
        }
        if (k == start || k == 0) {
            return false;
        }
        if (text.charAt(k - 1) == ')') {
            k--;
        }
        int wordEnd = k;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        if (k == wordEnd || !Character.isUpperCase(text.charAt(k))) {
            return false;
        }
        String word = text.substring(k, wordEnd);
        int dots = (int) word.chars().filter(c -> c == '.').count();
        if (word.endsWith(".") && dots == 1 || CAPITALISED_NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        int b = k;
        if (b > 0 && text.charAt(b - 1) == '(') {
            b--;
        }
        while (b > 0 && NumberScanner.isSpace(text.charAt(b - 1))) {
            b--;
        }
        boolean opensSentence = b == 0 || ".!?:;\n\"“«".indexOf(text.charAt(b - 1)) >= 0;
        if (opensSentence && dots == 0 && word.chars().filter(Character::isUpperCase).count() < 2) {
            return false;
        }
        int a = end;
        while (a < text.length() && NumberScanner.isSpace(text.charAt(a))) {
            a++;
        }
        return a >= text.length() || !Character.isUpperCase(text.charAt(a));
    }

    /**
     * A whole number written with a leading zero ("01 Project Overview", "02 Route"): the number of a heading or a
     * list item; nobody counts with one.
     */
    static boolean leadingZero(String text, NumberScanner.Token token) {
        return token.integer() && !token.grouped() && token.digits() > 1 && text.charAt(token.start()) == '0';
    }

    /** A bare number right after a word like "page", "link", "photo", "n°", "tel": not a figure. */
    static boolean isFurniture(String text, int start) {
        String before = wordBefore(text, start);
        if (before != null && FURNITURE_BEFORE.contains(before)) {
            return true;
        }
        int k = start - 1;
        while (k >= 0 && NumberScanner.isSpace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && (text.charAt(k) == '#' || text.charAt(k) == '№' || text.charAt(k) == '°');
    }

    /**
     * Whether the number at {@code [start, end)} is a footnote mark: alone in square brackets, written right after a
     * word or a stop or set off by a space ("Hu Jintao[7].", "vers la Chine[2],[3]", "du projet [3] ."). The corpus
     * README counts such marks among the numbers that name, not count; a count in prose is never bracketed alone.
     */
    static boolean isFootnoteMark(String text, int start, int end) {
        return start >= 1 && end < text.length() && text.charAt(start - 1) == '[' && text.charAt(end) == ']';
    }

    /**
     * End of a phone number starting at {@code start}, or -1: a leading {@code +}, or a run of at least nine
     * digits in three or more groups that are not thousands groups ("8 800 555 35 35", "(727) 258-12-34").
     */
    static int phoneEnd(String text, int start) {
        int k = start - 1;
        while (k >= 0 && NumberScanner.isSpace(text.charAt(k))) {
            k--;
        }
        boolean plus = k >= 0 && text.charAt(k) == '+';
        boolean paren = start > 0 && text.charAt(start - 1) == '(';
        int digits = 0;
        int groups = 0;
        boolean irregular = false;
        int groupLength = 0;
        int end = start;
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (NumberScanner.isAsciiDigit(c)) {
                digits++;
                groupLength++;
                end = i + 1;
            } else if (NumberScanner.isSpace(c) || c == '-' || c == '(' || c == ')' || c == '.') {
                if (groupLength > 0) {
                    groups++;
                    irregular |= groupLength != 3 && groups > 1;
                    irregular |= c == '-' || c == '(' || c == ')';
                }
                groupLength = 0;
                if (i + 1 < text.length() && !NumberScanner.isAsciiDigit(text.charAt(i + 1))
                        && !NumberScanner.isSpace(text.charAt(i + 1)) && text.charAt(i + 1) != '('
                        && text.charAt(i + 1) != '-') {
                    break;
                }
            } else {
                break;
            }
            i++;
        }
        if (groupLength > 0) {
            groups++;
            irregular |= groupLength != 3 && groups > 1;
        }
        if ((plus || paren) && digits >= 7) {
            return end;
        }
        return digits >= 9 && groups >= 3 && irregular ? end : -1;
    }

    private static final List<String> PER_DAY = List.of("per day", "a day", "each day", "daily", "par jour",
            "в сутки", "в день", "за сутки");
    private static final int PER_DAY_REACH = 12;

    /**
     * "1,200 kilometers per day", "1 200 км в сутки": a speed in distance a day, which the labelling standard has no
     * unit for (gold-c), not a length.
     */
    static boolean perDayAfter(String text, int end) {
        String after = Words.fold(text.substring(end, Math.min(text.length(), end + PER_DAY_REACH))).stripLeading();
        for (String rate : PER_DAY) {
            if (after.startsWith(rate) && (after.length() == rate.length()
                    || !Character.isLetter(after.charAt(rate.length())))) {
                return true;
            }
        }
        return false;
    }

    /** Folded starts of tonne-kilometres: a space or hyphen between the two words, abbreviated or spelt out. */
    private static final List<String> TONNE_KILOMETRES = List.of("ton-kilomet", "tons-kilomet", "tonne-kilomet",
            "tonnes-kilomet", "ton kilomet", "tonne kilomet", "tonnes kilomet", "ton-km", "tonne-km", "tonnes-km",
            "t-km", "tkm", "net ton-kilomet", "net ton-km", "тонно-километр", "тонно-км", "тонна-километр", "т-км",
            "ткм", "tonna-km", "tonna-kilometr", "тонна-км", "тонна-шақырым");
    private static final int TONNE_KILOMETRES_REACH = 28;

    /**
     * "12 trillion ton-kilometers", "1,860 миллиарда тонно-километров", "2 milliards de tonnes-kilomètres": freight
     * turnover in tonne-kilometres, which the labelling standard leaves unlabelled (gold-c), not tonnes.
     */
    static boolean tonneKilometresAt(String text, int end) {
        int at = end;
        while (at < text.length() && NumberScanner.isSpace(text.charAt(at))) {
            at++;
        }
        if (at >= text.length() || "tTтТdDoOnN".indexOf(text.charAt(at)) < 0) {
            return false; // most figures are followed by no such word: no folding for them
        }
        String after = Words.fold(text.substring(end, Math.min(text.length(), end + TONNE_KILOMETRES_REACH)))
                .stripLeading();
        if (after.startsWith("de ") || after.startsWith("of ")) {
            after = after.substring(3); // "2 milliards de tonnes-kilomètres"
        }
        for (String form : TONNE_KILOMETRES) {
            if (after.startsWith(form) && (after.length() == form.length() || spelledOut(form)
                    || !Character.isLetter(after.charAt(form.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a form of {@link #TONNE_KILOMETRES} spells its kilometre out, so that an ending may follow it
     * ("тонно-километров", "tonna-kilometrga"); an abbreviated one ("t-km") must end its word.
     */
    private static boolean spelledOut(String form) {
        return form.endsWith("kilomet") || form.endsWith("kilometr") || form.endsWith("километр")
                || form.endsWith("шақырым");
    }

    static String wordAfter(String text, int end) {
        int i = skipToWord(text, end);
        if (i < 0) {
            return null;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j == i ? null : FigureExtractor.fold(text.substring(i, j));
    }

    /** Index of the first letter after {@code end} past spaces and a dot, or -1. */
    private static int skipToWord(String text, int end) {
        int i = end;
        while (i < text.length() && (NumberScanner.isSpace(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        return i < text.length() && Character.isLetter(text.charAt(i)) ? i : -1;
    }

    static String wordBefore(String text, int start) {
        int j = start;
        while (j > 0 && (NumberScanner.isSpace(text.charAt(j - 1)) || text.charAt(j - 1) == '.'
                || text.charAt(j - 1) == ':')) {
            j--;
        }
        int i = j;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i == j ? null : FigureExtractor.fold(text.substring(i, j));
    }

    private static int wordStartBefore(String text, int start) {
        int j = start;
        while (j > 0 && !Character.isLetter(text.charAt(j - 1))) {
            j--;
        }
        while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
            j--;
        }
        return j;
    }
}
