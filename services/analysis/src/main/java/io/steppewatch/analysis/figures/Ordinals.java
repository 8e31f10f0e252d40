package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern NOT_RANK = Pattern.compile(
            "^\\s*(?:siecle|siècle|century|век|anniversaire|anniversary|годовщин|edition|édition|arrondissement|"
                    + "floor|étage|etage|этаж)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern APPROXIMATE = Pattern.compile(
            "(?<![\\p{L}])(?:une?|a|about\\s+a|около|почти)\\s+(centaine|dizaine|vingtaine|trentaine|cinquantaine|millier|"
                    + "dozen|сотни|десятка|тысячи)\\s+(?:de\\s+|d['’]\\s*|of\\s+)?(\\p{L}+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int CONTEXT = 120;
    private static final Map<String, String> DURATION_NOUNS = Map.of("annees", "years", "ans", "years", "years", "years",
            "лет", "years", "jours", "days", "days", "days", "дней", "days", "суток", "days");
    private static final String[] TOP_WORDS = {"top", "топ"};
    private static final Set<String> RANK_MOVES = Set.of("positions", "position", "places", "place", "spots", "notches",
            "позиции", "позиций", "позицию", "строчек", "строчки", "ступеней", "пунктов");
    private static final Set<String> SUPERLATIVES = Set.of("largest", "biggest", "leading", "top");
    private static final String[] APPROXIMATE_WORDS = {"centaine", "dizaine", "vingtaine", "trentaine", "cinquantaine",
        "millier", "dozen", "сотни", "десятка", "тысячи"};

    /** Ordinal words up to the tenth place, as the rank they name; Russian ones by their stem. */
    private static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("premier", 1), Map.entry("première", 1),
            Map.entry("deuxième", 2), Map.entry("seconde", 2), Map.entry("troisième", 3), Map.entry("quatrième", 4),
            Map.entry("cinquième", 5), Map.entry("sixième", 6), Map.entry("septième", 7), Map.entry("huitième", 8),
            Map.entry("neuvième", 9), Map.entry("dixième", 10), Map.entry("перв", 1), Map.entry("втор", 2),
            Map.entry("трет", 3), Map.entry("четверт", 4), Map.entry("четвёрт", 4), Map.entry("пят", 5),
            Map.entry("шест", 6), Map.entry("седьм", 7), Map.entry("восьм", 8), Map.entry("девят", 9),
            Map.entry("десят", 10));
    private static final String EN_ORDINAL = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth";
    /**
     * A place in a ranking written with an ordinal word: after a verb of ranking ("ranked third", "came in
     * second", "ranks as Uzbekistan's third"), before a word of place ("in second place", "la deuxième place",
     * "au quatrième rang", "на втором месте", "вторую строчку") or of size ("the second-largest partner").
     * Group 1 is the English ordinal after a verb, group 2 any ordinal before a word of place or size, group 3
     * a Russian stem.
     */
    private static final Pattern ORDINAL_RANK = Pattern.compile(
            "(?<![\\p{L}])(?:(?:rank(?:s|ed|ing)?|placed|came|comes|come)\\s+(?:in\\s+|as\\s+\\p{L}+(?:['’]s)?\\s+)?("
                    + EN_ORDINAL + ")(?![\\p{L}-])|(" + EN_ORDINAL + ")(?:\\s+place|[- ](?:largest|biggest))"
                    + "|(premier|première|deuxième|seconde?|troisième|quatrième|cinquième|sixième|septième|huitième"
                    + "|neuvième|dixième)\\s+(?:place|position|rang)"
                    + "|(перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)(?:ое|ом|ую|ая|ой|ья|ью|ье|ьем|ьей)"
                    + "\\s+(?:мест|строчк|строк|позици)\\p{L}*)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String[] ORDINAL_RANK_GATE = {"rank", "place", "came", "come", "larg", "bigg", "rang",
        "position", "мест", "строчк", "строк", "позици"};

    private Ordinals() {
    }

    /**
     * Places in a ranking written with ordinal words ("ranked third", "in second place", "la deuxième place",
     * "на втором месте"), which the labels give as optional ranks. An ordinal that names no place ("the second
     * phase", "the first time", "in the first place" meaning firstly, "au premier rang desquels") is none.
     */
    static List<SurfaceFigure> ranksInWords(String text, List<SurfaceFigure> found) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean any = false;
        for (String word : ORDINAL_RANK_GATE) {
            if (lower.indexOf(word) >= 0) {
                any = true;
                break;
            }
        }
        if (!any) {
            return List.of();
        }
        List<SurfaceFigure> figures = new ArrayList<>();
        Matcher m = ORDINAL_RANK.matcher(text);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
            String word = m.group(group).toLowerCase(Locale.ROOT);
            Integer value = ORDINAL_WORDS.get(group == 3 && word.equals("second") ? "seconde" : word);
            if (value == null || idiom(lower, m.start(group), m.end())) {
                continue;
            }
            int start = m.start(group);
            if (found.stream().anyMatch(f -> start < f.end() && f.start() < m.end())) {
                continue;
            }
            figures.add(new SurfaceFigure(start, m.end(), value, "rank", m.end(group), null, true, false));
        }
        return figures;
    }

    /** "in the first place" (firstly) and "au premier rang des..." (foremost among): no place in a ranking. */
    private static boolean idiom(String lower, int start, int end) {
        if (lower.startsWith("first place", start) && start >= 7 && lower.startsWith("in the ", start - 7)) {
            String rest = lower.substring(end, Math.min(lower.length(), end + 10)).stripLeading();
            return !(rest.startsWith("in ") || rest.startsWith("among") || rest.startsWith("with")
                    || rest.startsWith("globally"));
        }
        return lower.startsWith("premier rang de", start);
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
        if (NOT_RANK.matcher(text.substring(end, Math.min(text.length(), end + 16))).find()) {
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
        }
        return new SurfaceFigure(start, figureEnd, token.value(), "rank", token.end(), null, false, false);
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
     * 5 places") when the words around speak of a ranking, and a leading group ("the 10 largest investors").
     */
    static SurfaceFigure rankInWords(String text, NumberScanner.Token token, int start, Noun noun) {
        if (!token.integer()) {
            return null;
        }
        if (RANK_MOVES.contains(noun.word())) {
            String around = text.substring(Math.max(0, start - CONTEXT), Math.min(text.length(), noun.end() + CONTEXT));
            return RANK_CONTEXT.matcher(around).find()
                    ? new SurfaceFigure(start, noun.end(), token.value(), "rank", token.end(), noun.word(), false, false)
                    : null;
        }
        if (SUPERLATIVES.contains(noun.word()) && "the".equals(Traps.wordBefore(text, start))) {
            return new SurfaceFigure(start, noun.end(), token.value(), "rank", token.end(), noun.word(), false, false);
        }
        return null;
    }

    /** "une centaine de produits": about 100 products, counted. */
    static List<SurfaceFigure> approximations(String text, List<SurfaceFigure> found) {
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
            String unit = DURATION_NOUNS.getOrDefault(noun, "count"); // "une vingtaine d'années" is a duration
            figures.add(new SurfaceFigure(m.start(), m.end(), value, unit, m.start(2), unit.equals("count") ? noun : null,
                    true, false));
        }
        return figures;
    }
}
