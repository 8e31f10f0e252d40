package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    private static final String[] APPROXIMATE_WORDS = {"centaine", "dizaine", "vingtaine", "trentaine", "cinquantaine",
        "millier", "dozen", "сотни", "десятка", "тысячи"};

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
            figures.add(new SurfaceFigure(m.start(), m.end(), value, "count", m.start(2), noun, true, false));
        }
        return figures;
    }
}
