package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;

/**
 * The two sides of a border whose length a sentence states as a border "with" a country: "Kyrgyzstan has a 1,000 km border
 * with Afghanistan", "le Tadjikistan ... partage avec l'Afghanistan une frontière de 1300 kilomètres", "граница с
 * Афганистаном протяжённостью 1344 км", "(commune avec l'Afghanistan sur 1 200 km)". The standard gives
 * `border.length` the two parties of the border; the grammar names one of them as the partner after "with" and the
 * other as the country that has or shares the border: the nearest country named before the "with" in the sentence,
 * else one named after it, else the last one its paragraph named before the sentence, else the headline's. A country
 * that has no land border with the partner (a speaker's, an ally's: "Russian officials said") is passed over, so the
 * side is a country the border can divide.
 */
final class BorderPartners {

    private BorderPartners() {
    }

    /** A word of "with" and the space after it; Uzbek and Kazakh write it after the noun ("Afg'oniston bilan"). */
    private static final Pattern WITH = Pattern.compile("(?iU)(?<![\\p{L}\\p{N}])(?:with|avec|со?)\\s+");
    private static final Pattern WITH_AFTER = Pattern.compile("(?iU)^\\s+(?:bilan|билан|мен|пен|бен)\\b");
    /** Small words that may stand between "with" and the country: articles, "neighbouring", "its neighbour". */
    private static final Pattern GAP = Pattern.compile("(?iU)^(?:\\s*(?:the|its|l['’]|le|la|les|son|sa|neighbou?ring"
            + "|neighbou?r|war-torn|voisin\\p{L}*|соседн\\p{L}*)\\s*)*$");
    /** A border noun; "граничит" is the Russian verb "borders on". */
    private static final Pattern BORDER = Pattern.compile("(?iU)(?<![\\p{L}])(?:border\\p{L}*|boundar\\p{L}*"
            + "|frontier\\p{L}*|frontière\\p{L}*|границ\\p{L}*|граничит\\p{L}*|chegara\\p{L}*|чегара\\p{L}*"
            + "|шекара\\p{L}*)");
    /** How many characters before "with" (or after the partner) a border noun may stand ("frontière » (commune"). */
    private static final int BORDER_BEFORE = 40;
    /** How many characters after the partner a border noun may stand ("partage avec l'Afghanistan une frontière"). */
    private static final int BORDER_AFTER = 30;

    /** Land borders of the countries the corpus writes about (geography, not the text). */
    private static final Map<String, Set<String>> NEIGHBOURS = Map.ofEntries(
            Map.entry("AF", Set.of("IR", "PK", "TM", "UZ", "TJ", "CN")),
            Map.entry("CN", Set.of("AF", "PK", "IN", "NP", "BT", "MM", "LA", "VN", "KP", "RU", "MN", "KZ", "KG", "TJ")),
            Map.entry("KZ", Set.of("RU", "CN", "KG", "UZ", "TM")),
            Map.entry("KG", Set.of("KZ", "CN", "TJ", "UZ")),
            Map.entry("TJ", Set.of("KG", "CN", "AF", "UZ")),
            Map.entry("UZ", Set.of("KZ", "KG", "TJ", "AF", "TM")),
            Map.entry("TM", Set.of("KZ", "UZ", "AF", "IR")),
            Map.entry("RU", Set.of("KZ", "CN", "MN", "AZ", "GE", "BY", "UA", "FI", "EE", "LV", "LT", "PL", "NO", "KP")),
            Map.entry("IR", Set.of("TM", "AF", "PK", "IQ", "TR", "AM", "AZ")),
            Map.entry("AZ", Set.of("RU", "GE", "AM", "IR", "TR")),
            Map.entry("MN", Set.of("RU", "CN")),
            Map.entry("PK", Set.of("AF", "IR", "IN", "CN")));

    /**
     * The two sides of the border the sentence states "with" a country, in code order; {@code subjects} when
     * the sentence names no such partner or no other side is found.
     *
     * @param sentence  the mentions of the figure's sentence, in text order
     * @param paragraph the mentions of its paragraph, in text order
     * @param title     the headline's parties
     */
    static List<String> sides(List<String> subjects, String text, int sentenceStart, int sentenceEnd,
                              List<Mention> sentence, List<Mention> paragraph, List<String> title) {
        Mention partner = partner(text, sentenceStart, sentenceEnd, sentence);
        if (partner == null) {
            return subjects;
        }
        String y = partner.code();
        String x = null;
        for (int i = sentence.size() - 1; i >= 0 && x == null; i--) {
            Mention m = sentence.get(i);
            if (m.end() <= partner.start() && fits(m, y)) {
                x = m.code();
            }
        }
        for (int i = 0; i < sentence.size() && x == null; i++) {
            Mention m = sentence.get(i);
            if (m.start() >= partner.end() && fits(m, y)) {
                x = m.code();
            }
        }
        for (int i = paragraph.size() - 1; i >= 0 && x == null; i--) {
            Mention m = paragraph.get(i);
            if (m.end() <= sentenceStart && fits(m, y)) {
                x = m.code();
            }
        }
        for (int i = 0; i < title.size() && x == null; i++) {
            String code = title.get(i);
            if (!code.equals(y) && neighbours(code, y)) {
                x = code;
            }
        }
        // a border has no first side: the pair in code order, as the other readings of a border give it
        return x == null ? subjects : x.compareTo(y) < 0 ? List.of(x, y) : List.of(y, x);
    }

    /** A country that can be the other side of a border with {@code partner}. */
    private static boolean fits(Mention m, String partner) {
        return m.kind() == PlaceKind.COUNTRY && !m.code().equals(partner) && neighbours(m.code(), partner);
    }

    private static boolean neighbours(String a, String b) {
        Set<String> known = NEIGHBOURS.get(b);
        return known == null || known.contains(a);
    }

    /** The country the sentence's border is "with", or null. */
    private static Mention partner(String text, int from, int to, List<Mention> sentence) {
        Matcher with = WITH.matcher(text).region(from, to);
        while (with.find()) {
            for (Mention m : sentence) {
                if (m.start() >= with.end() && m.start() - with.end() <= 16 && m.kind() == PlaceKind.COUNTRY
                        && GAP.matcher(text.substring(with.end(), m.start())).matches()
                        && borderNear(text, with.start(), m.end(), from, to)) {
                    return m;
                }
            }
        }
        for (Mention m : sentence) {
            if (m.kind() == PlaceKind.COUNTRY && m.end() < to
                    && WITH_AFTER.matcher(text.substring(m.end(), Math.min(to, m.end() + 8))).find()
                    && borderNear(text, m.start(), m.end(), from, to)) {
                return m;
            }
        }
        return null;
    }

    /** Whether a border noun stands shortly before "with" or shortly after the partner, with no sentence stop. */
    private static boolean borderNear(String text, int withStart, int partnerEnd, int from, int to) {
        String before = text.substring(Math.max(from, withStart - BORDER_BEFORE), withStart);
        String after = text.substring(partnerEnd, Math.min(to, partnerEnd + BORDER_AFTER));
        return BORDER.matcher(lastClause(before)).find() || BORDER.matcher(firstClause(after)).find();
    }

    private static String lastClause(String s) {
        int cut = Math.max(s.lastIndexOf(','), s.lastIndexOf(';'));
        return cut < 0 ? s : s.substring(cut + 1);
    }

    private static String firstClause(String s) {
        int cut = s.length();
        for (char c : new char[] {',', ';', '.'}) {
            int i = s.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return s.substring(0, cut);
    }
}
