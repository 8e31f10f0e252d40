package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.steppewatch.analysis.text.Words;

/**
 * Figures that are not cardinal numbers: ranks ("passant de la 39e à la 28e place") and approximate counts
 * ("une centaine de produits", "около сотни компаний").
 */
final class Ordinals {

    private static final Pattern ORDINAL_SUFFIX = Pattern.compile(
            "(?:e|ème|eme|er|re|th|st|nd|rd|-?й|-?го|-?е|-?м|-?ом)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RANK_CONTEXT = Pattern.compile(
            "classement|ranking|ranked|rank|rang|place|position|рейтинг|место|месте|позици",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The words after an ordinal that make it number a thing, not rank it: a century, an anniversary, a floor, and a
     * meeting or a package in a series ("the 14th session", "la 3e réunion", "12-й пакет санкций"), which the
     * standard does not count as figures (corpus README: ordinals naming an event).
     */
    private static final Pattern NOT_RANK = Pattern.compile(
            "^\\s*(?:siecle|siècle|century|век|anniversaire|anniversary|годовщин|edition|édition|arrondissement|"
                    + "floor|étage|etage|этаж|"
                    + "session|meeting|summit|round|forum|conference|congress|package|"
                    + "réunion|reunion|sommet|conférence|congrès|paquet|"
                    + "заседани|сесси|саммит|встреч|форум|конференц|съезд|раунд|пакет)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern APPROXIMATE = Pattern.compile(
            "(?<![\\p{L}])(?:une?|a|about\\s+a|около|почти)\\s+(centaine|dizaine|vingtaine|trentaine|cinquantaine|millier|"
                    + "dozen|сотни|десятка|тысячи)\\s+(?:de\\s+|d['’]\\s*|of\\s+)?(\\p{L}+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Kazakh ordinal endings ("28-ші", "29-шы", "1-інші") and the word for a place ("28-орын", "28-орынды"). */
    private static final Pattern KAZAKH_ORDINAL = Pattern.compile("(?:інші|ыншы|нші|ншы|ші|шы)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The word for a place in a ranking hyphenated onto its number, with its case ending: Kazakh in Cyrillic and in
     * Latin ("28-орынды", "28-orynǵa"), Uzbek in Latin and in Cyrillic ("69-o‘rinni", "69-o‘rinda", "69-ўринга").
     */
    private static final Pattern KAZAKH_PLACE = Pattern.compile("(?:орын|oryn|ўрин|o[‘'ʻ’`ʼ]?rin)\\p{L}*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A Russian ordinal's case ending written after a hyphen ("28-е", "28-ю", "28-й", "28-го", "28-ой"). */
    private static final Pattern RUSSIAN_HYPHEN_ORDINAL = Pattern.compile("-(?:е|ю|я|й|ой|ая|ое|ую|го|му|м|ом)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The Russian nouns for a place in a ranking, in the cases an ordinal puts before them ("28-е место", "28-ю позицию"). */
    private static final Set<String> RUSSIAN_PLACES = Stream.of("место", "месте", "местом", "места", "позиция", "позицию",
            "позиции", "позицией", "строчка", "строчку", "строчке", "строчкой", "строка", "строку", "строке")
            .map(Words::fold).collect(Collectors.toUnmodifiableSet());
    private static final int KAZAKH_REACH = 12;
    private static final int CONTEXT = 120;
    private static final Map<String, String> DURATION_NOUNS = Map.of("annees", "years", "ans", "years", "years", "years",
            "лет", "years", "jours", "days", "days", "days", "дней", "days", "суток", "days");
    private static final String[] TOP_WORDS = {"top", "топ"};
    private static final Set<String> RANK_MOVES = Set.of("positions", "position", "places", "place", "spots", "notches",
            "позиции", "позиций", "позицию", "строчек", "строчки", "ступеней", "пунктов");
    /**
     * The word for a place in a ranking in the singular case a cardinal number takes when it means an ordinal, folded:
     * Russian "на 28 месте", "занял 28 место", Kazakh "28 орында", Uzbek "69 ўринда".
     */
    private static final Set<String> PLACES = Stream.of("место", "месте", "местом", "орында", "орынға", "орынды",
            "орыннан", "ўринда", "ўринни", "ўринга", "ўриндан").map(Words::fold).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> SUPERLATIVES = Set.of("largest", "biggest", "leading", "top");
    /** The Uzbek counter after a number ("10 ta", "10 та"), folded. */
    private static final Set<String> UZBEK_COUNTERS = Set.copyOf(Words.foldAll("ta", "та"));
    /** Uzbek "most" ("eng yirik", the largest; "энг юқори", the highest), folded. */
    private static final Set<String> UZBEK_MOST = Set.copyOf(Words.foldAll("eng", "энг"));
    /** Uzbek "one of" after the counted noun ("mamlakatdan biri", "давлатдан бири"), with its case endings. */
    private static final List<String> UZBEK_ONE_OF = Words.foldAll("biri", "бири");
    /** "ko‘p" (many; cut at its apostrophe) and "kam" (few): "eng ko‘p" is "at most", no ranking. */
    private static final Set<String> UZBEK_QUANTITY = Set.copyOf(Words.foldAll("ko", "kop", "кўп", "kam", "кам"));
    /** How many words before the number "eng" may stand ("энг" highest "бўлган" N та, most-X being N). */
    private static final int UZBEK_MOST_REACH = 3;
    private static final String[] APPROXIMATE_WORDS = {"centaine", "dizaine", "vingtaine", "trentaine", "cinquantaine",
        "millier", "dozen", "сотни", "десятка", "тысячи"};

    /** Scale nouns that an approximation can count ("une dizaine de millions", "a dozen thousand"), folded. */
    private static final Map<String, Double> SCALE_NOUNS = Map.of("millions", 1e6, "milliards", 1e9, "milliers", 1e3,
            "million", 1e6, "thousand", 1e3, "миллионов", 1e6, "миллиардов", 1e9, "тысяч", 1e3);

    private Ordinals() {
    }

    /** A rank written as an ordinal, when the words around it speak of a ranking; else null. */
    static SurfaceFigure rank(String text, NumberScanner.Token token, int start) {
        Matcher suffix = ORDINAL_SUFFIX.matcher(text);
        suffix.region(token.end(), Math.min(text.length(), token.end() + 4));
        suffix.useTransparentBounds(true);
        if (!token.integer() || !suffix.lookingAt()) {
            return null;
        }
        int end = suffix.end();
        if (NOT_RANK.matcher(text.substring(end, Math.min(text.length(), end + 16))).find() || beforeName(text, end)) {
            return null;
        }
        String around = text.substring(Math.max(0, start - CONTEXT), Math.min(text.length(), end + CONTEXT));
        if (!RANK_CONTEXT.matcher(around).find()) {
            return null;
        }
        int figureEnd = end;
        Matcher place = Pattern.compile("^\\s+(place|position|rang|место|месте)(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text.substring(end, Math.min(text.length(), end + 12)));
        if (place.find()) {
            figureEnd = end + place.end();
        } else if (Traps.isYear(token)) {
            return null; // "в 2000-м": a year with its ending, no rank
        }
        return new SurfaceFigure(start, figureEnd, token.value(), "rank", token.end(), null, false, false);
    }

    /**
     * A rank written the Kazakh way, the ordinal ending or the word for place hyphenated onto the number: "28-орынды
     * иеленді" (took 28th place), "29-шы қатардан" (from the 29th line), when the words around speak of a ranking;
     * else null.
     */
    static SurfaceFigure kazakhRank(String text, NumberScanner.Token token, int start) {
        int end = token.end();
        if (!token.integer() || end + 2 >= text.length() || text.charAt(end) != '-') {
            return null;
        }
        Matcher place = KAZAKH_PLACE.matcher(text);
        place.region(end + 1, Math.min(text.length(), end + 1 + KAZAKH_REACH));
        place.useTransparentBounds(true);
        if (place.lookingAt()) {
            return new SurfaceFigure(start, place.end(), token.value(), "rank", end, null, false, false);
        }
        Matcher ordinal = KAZAKH_ORDINAL.matcher(text);
        ordinal.region(end + 1, Math.min(text.length(), end + 1 + KAZAKH_REACH));
        ordinal.useTransparentBounds(true);
        if (!ordinal.lookingAt()) {
            return null;
        }
        String around = text.substring(Math.max(0, start - CONTEXT), Math.min(text.length(), ordinal.end() + CONTEXT));
        return RANK_CONTEXT.matcher(around).find() || around.contains("орын")
                ? new SurfaceFigure(start, ordinal.end(), token.value(), "rank", end, null, false, false)
                : null;
    }

    /**
     * A place in a ranking written the Russian way, the ordinal's case ending hyphenated onto the number and the word for
     * a place after it: "занял 28-е место", "поднялся на 28-ю позицию", "на 28-й строчке"; else null.
     */
    static SurfaceFigure russianPlace(String text, NumberScanner.Token token, int start) {
        if (!token.integer()) {
            return null;
        }
        Matcher ending = RUSSIAN_HYPHEN_ORDINAL.matcher(text);
        ending.region(token.end(), Math.min(text.length(), token.end() + 4));
        ending.useTransparentBounds(true);
        if (!ending.lookingAt()) {
            return null;
        }
        String place = Traps.wordAfter(text, ending.end());
        if (place == null || !RUSSIAN_PLACES.contains(place)) {
            return null;
        }
        int end = ending.end();
        while (end < text.length() && !Character.isLetter(text.charAt(end))) {
            end++;
        }
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return new SurfaceFigure(start, end, token.value(), "rank", token.end(), null, false, false);
    }

    /**
     * Whether a capitalised word follows the ordinal that ends at {@code end}, in the same sentence: the ordinal numbers
     * a named event or body ("the 7th Consultative Meeting", "la 24e Réunion du Conseil", "the 5th Air Army"), which
     * the standard does not count as a figure; a rank is followed by what it ranks in, in lower case ("ranks 4th in
     * the world", "58th place").
     */
    private static boolean beforeName(String text, int end) {
        int i = end;
        while (i < text.length() && NumberScanner.isSpace(text.charAt(i))) {
            i++;
        }
        return i > end && i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    /**
     * Words before "No." that make the number after it a place in a ranking rather than the number of a document or a
     * thing: an article or a possessive ("the No. 2 defense contractor", "the nation's No. 2 bank", "its No. 1 slot")
     * and "as" ("lose its place as No. 3"). After a noun, "No." numbers ("Order No. 820", "Juror No. 9").
     */
    private static final Set<String> RANK_SIGN_OWNERS = Set.of("the", "its", "their", "his", "her", "our", "as");

    /**
     * Where the English "No." of a ranking before the number at {@code start} begins ("the nation's No. 2 defense
     * contractor"), else -1.
     */
    static int rankSignStart(String text, int start) {
        int i = start;
        while (i > 0 && NumberScanner.isSpace(text.charAt(i - 1))) {
            i--;
        }
        if (i == start || i < 3 || !text.startsWith("No.", i - 3)) {
            return -1;
        }
        int sign = i - 3;
        if (sign > 0 && Character.isLetterOrDigit(text.charAt(sign - 1))) {
            return -1;
        }
        String word = TextWalks.spacedWordBefore(text, sign);
        if (word == null) {
            return -1;
        }
        // A lone "s" with only spaces after it up to the sign: the last "s" before the sign is that word.
        int s = word.equals("s") ? text.lastIndexOf('s', sign - 1) : -1;
        boolean possessive = s >= 2 && (text.charAt(s - 1) == '\'' || text.charAt(s - 1) == '’')
                && Character.isLetter(text.charAt(s - 2));
        return possessive || RANK_SIGN_OWNERS.contains(word.toLowerCase(Locale.ROOT)) ? sign : -1;
    }

    /** Whether the number at {@code start} follows "top" ("the top 10", "в топ-10", "top-5"). */
    static boolean afterTop(String text, int start) {
        return topStart(text, start) < start;
    }

    /** Where the "top" before the number at {@code start} begins, else {@code start}. */
    static int topStart(String text, int start) {
        int i = start;
        if (i > 0 && text.charAt(i - 1) == '-') {
            i--;
        } else {
            while (i > 0 && NumberScanner.isSpace(text.charAt(i - 1))) {
                i--;
            }
        }
        for (String top : TOP_WORDS) {
            int from = i - top.length();
            if (from >= 0 && text.regionMatches(true, from, top, 0, top.length())
                    && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
                return from;
            }
        }
        return start;
    }

    /**
     * A rank written with a word rather than an ordinal: a move in a ranking ("поднялся на 10 позиций", "climbed
     * 5 places") or a place in one ("на 28 месте", "28 орында") when the words around speak of a ranking, and a leading
     * group ("the 10 largest investors").
     */
    static SurfaceFigure rankInWords(String text, NumberScanner.Token token, int start, Noun noun) {
        if (!token.integer()) {
            return null;
        }
        if (RANK_MOVES.contains(noun.word())) {
            return rankWordBesideMove(text, start, noun)
                    ? new SurfaceFigure(start, noun.end(), token.value(), "rank", token.end(), noun.word(), false, false)
                    : null;
        }
        if (PLACES.contains(noun.word())) {
            String around = text.substring(Math.max(0, start - CONTEXT), Math.min(text.length(), noun.end() + CONTEXT));
            return RANK_CONTEXT.matcher(around).find()
                    ? new SurfaceFigure(start, noun.end(), token.value(), "rank", token.end(), noun.word(), false, false)
                    : null;
        }
        if (SUPERLATIVES.contains(noun.word()) && "the".equals(Traps.wordBefore(text, start))) {
            return new SurfaceFigure(start, noun.end(), token.value(), "rank", token.end(), noun.word(), false, false);
        }
        if (uzbekLeadingGroup(text, token, start, noun)) {
            return new SurfaceFigure(start, noun.end(), token.value(), "rank", token.end(), noun.word(), false, false);
        }
        return null;
    }

    /**
     * Whether a word of ranking stands near a plural of places or positions other than that noun itself: "climbed 5
     * places in the index", "a gagné 3 places au classement". The noun alone ("un auditorium de 2.800 places", "a
     * stadium with 3,000 places") counts seats: its own letters ("places" holds "place") do not make a ranking.
     */
    private static boolean rankWordBesideMove(String text, int start, Noun noun) {
        Matcher before = RANK_CONTEXT.matcher(text);
        before.region(Math.max(0, start - CONTEXT), start);
        if (before.find()) {
            return true;
        }
        Matcher after = RANK_CONTEXT.matcher(text);
        after.region(noun.end(), Math.min(text.length(), noun.end() + CONTEXT));
        return after.find();
    }

    /**
     * Whether an Uzbek "N ta" names a leading group rather than counting: "eng" (most) stands up to three words before
     * the number or right after its counter ("eng yirik N ta" exporters, "N та eng yirik" partners), or the thing
     * counted is "one of" them ("N ta mamlakatdan biri": one of N countries). The same group as "the 10 largest
     * investors" (gold-g, gold-zh, gold-zk label them ranks).
     */
    private static boolean uzbekLeadingGroup(String text, NumberScanner.Token token, int start, Noun noun) {
        String counter = Traps.wordAfter(text, token.end());
        if (counter == null || !UZBEK_COUNTERS.contains(counter)) {
            return false; // the cheap gate: most numbers have no Uzbek counter after them
        }
        if (UZBEK_MOST.contains(noun.word()) ? !boundOfQuantity(text, noun.end()) : mostBefore(text, start)) {
            return true;
        }
        String next = Traps.wordAfter(text, noun.end());
        return next != null && Words.startsWithAny(next, UZBEK_ONE_OF);
    }

    /** Whether "eng" / "энг" is one of the few words right before {@code start}, in its sentence. */
    private static boolean mostBefore(String text, int start) {
        int at = start;
        for (int k = 0; k < UZBEK_MOST_REACH; k++) {
            int j = at;
            while (j > 0 && NumberScanner.isSpace(text.charAt(j - 1))) {
                j--;
            }
            int i = j;
            while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || isApostrophe(text.charAt(i - 1)))) {
                i--;
            }
            if (i == j) {
                return false; // a punctuation mark or a number: the words before belong to another phrase
            }
            if (UZBEK_MOST.contains(FigureExtractor.fold(text.substring(i, j)))) {
                return !boundOfQuantity(text, j);
            }
            at = i;
        }
        return false;
    }

    /** Whether "eng" ending at {@code end} says "at most" or "at least" ("eng ko‘p 40 ta", "энг кам 3 та"), no rank. */
    private static boolean boundOfQuantity(String text, int end) {
        String next = Traps.wordAfter(text, end);
        return next != null && UZBEK_QUANTITY.contains(next);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '‘' || c == '’' || c == 'ʻ' || c == 'ʼ' || c == '`';
    }

    /** Where the word after "de", "d'" or "of" (when one of them follows {@code at}) starts, else {@code at}. */
    private static int afterOf(String text, int at) {
        Matcher of = OF.matcher(text);
        of.region(at, Math.min(text.length(), at + 6));
        return of.lookingAt() ? of.end() : at;
    }

    private static final Pattern OF = Pattern.compile("\\s+(?:de\\s+|d['’]\\s*|of\\s+)", Pattern.CASE_INSENSITIVE);

    /**
     * The units of measure of the labelling standard that an approximation can count ("une dizaine de kilomètres",
     * "about a dozen tonnes"); money is left as it was, and units the standard does not measure are no figure.
     */
    private static final Set<String> MEASURED_UNITS = Set.of("km", "m", "mi", "nmi", "ft", "t", "m3", "TEU", "days",
            "years", "percent");

    /** "une centaine de produits": about 100 products, counted; "une dizaine de kilomètres": about 10 km. */
    static List<SurfaceFigure> approximations(String text, List<SurfaceFigure> found, UnitLexicon units) {
        boolean any = false;
        for (String word : APPROXIMATE_WORDS) {
            if (text.indexOf(word) >= 0) {
                any = true;
                break;
            }
        }
        if (!any) {
            return List.of(); // the regular expression below is costly on a whole article
        }
        List<SurfaceFigure> figures = new ArrayList<>();
        Matcher m = APPROXIMATE.matcher(text);
        while (m.find()) {
            double value = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "centaine", "сотни" -> 100;
                case "dizaine", "десятка" -> 10;
                case "vingtaine" -> 20;
                case "trentaine" -> 30;
                case "cinquantaine" -> 50;
                case "dozen" -> 12;
                default -> 1000;
            };
            String noun = FigureExtractor.fold(m.group(2));
            if (Traps.isMonth(noun) || found.stream().anyMatch(f -> m.start() < f.end() && f.start() < m.end())) {
                continue;
            }
            Double scale = SCALE_NOUNS.get(noun);
            if (scale != null) {
                // "une dizaine de millions d'habitants": the approximation counts millions, and the millions count
                // what follows them; a sum ("une dizaine de millions de dollars") is left to the money figures
                String counted = Traps.wordAfter(text, afterOf(text, m.end()));
                if (counted == null || Noun.isMoneyNoun(counted)) {
                    continue;
                }
                value *= scale;
                noun = counted;
            }
            String unit = DURATION_NOUNS.getOrDefault(noun, "count"); // "une vingtaine d'années" is a duration
            int end = m.end();
            if (scale == null && unit.equals("count")) {
                // "une cinquantaine de kilomètres", "a dozen tonnes": the approximation counts a unit of measure, and
                // the figure is that measure, as a number before the unit would be
                UnitLexicon.Found measured = units.unitAt(text, m.start(2));
                UnitLexicon.Unit measure = measured == null || measured.start() != m.start(2) ? null
                        : UnitLexicon.unit(measured.value());
                if (measure != null && !measure.isCurrency()) {
                    if (!MEASURED_UNITS.contains(measure.code())) {
                        continue; // "une centaine d'hectares": a measure the standard leaves unlabelled
                    }
                    unit = measure.code();
                    value *= measure.multiplier();
                    end = Math.max(end, measured.end());
                }
            }
            figures.add(new SurfaceFigure(m.start(), end, value, unit, m.start(2), unit.equals("count") ? noun : null,
                    true, false));
        }
        return figures;
    }
}
