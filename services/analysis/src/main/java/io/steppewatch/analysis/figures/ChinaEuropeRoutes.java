package io.steppewatch.analysis.figures;

import java.util.List;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Stems;
import io.steppewatch.analysis.text.Words;

/**
 * Freight counted on the China–Europe route named by its two ends and a word of a route: "the China-Europe-China route
 * accounted for 27,600 TEU", "по маршруту Китай – Европа перевезено 50 тысяч контейнеров", "Qytaı-Eýropa-Qytaı
 * baǵytynda 66 myń konteıner". That traffic keeps its two ends `[CN, EU]` whatever corridor the article is about or
 * country the sentence names beside it (the lead's ruling of round 33, kept by decisions 39 and 45 of round 37: the
 * China–Europe traffic named by its ends is the one exception to a shipper's way); the caller asks only where the
 * sentence itself names no corridor (traffic it puts on the corridor is the corridor's, decision 39). Only where the
 * route and the figure share a clause: a transit total whose clause goes on to say the
 * China-Europe-China route carried the most of it is the transit country's, and "China-Europe freight trains" passing a port are the port's
 * (no word of a route).
 * Stateless.
 */
final class ChinaEuropeRoutes {

    private ChinaEuropeRoutes() {
    }

    private static final List<String> CHINA_EUROPE = List.of("CN", "EU");
    /** Europe as a place (folded stems; "European" is left out below). */
    private static final Stems EUROPE_STEMS = Stems.copyOf(Words.foldAll("europe", "европ", "yevropa", "еуропа",
            "eýropa"));
    private static final Stems NOT_EUROPE_STEMS = Stems.copyOf(Words.foldAll("european", "europeen", "европейск",
            "yevropalik", "еуропалық"));
    /** Words of a route or a direction that name the pair as the way the freight runs (folded stems). */
    private static final Stems ROUTE_STEMS = Stems.copyOf(Words.foldAll("route", "direction", "itinerair",
            "маршрут", "направлени", "бағыт", "baǵyt", "yo'nalish", "yonalish"));
    /** How many words from the pair a word of a route may stand ("the China-Europe-China route"). */
    private static final int ROUTE_REACH = 2;
    /** Marks that close a clause. */
    private static final String CLAUSE_BREAKS = ",;:";

    /**
     * {@code [CN, EU]} when the clause of the figure at {@code [start, end)} names the route China–Europe by its ends
     * joined by a dash and a word of a route beside them; else null.
     */
    static List<String> countedOn(int start, int end, List<Words.Word> words, List<Mention> sentence, String text) {
        for (Mention m : sentence) {
            if (!"CN".equals(m.code()) || m.kind() != PlaceKind.COUNTRY) {
                continue;
            }
            int europe = Subjects.indexAt(words, m.end());
            if (europe >= words.size() || words.get(europe).start() < m.end() || !isEurope(words.get(europe))
                    || !isDash(text.substring(m.end(), words.get(europe).start()))) {
                continue;
            }
            int last = europe;
            // "China-Europe-China": the way back named too
            if (last + 1 < words.size() && isDash(text.substring(words.get(last).end(), words.get(last + 1).start()))) {
                last++;
            }
            if (!routeWordBeside(m, last, words) || !sameClause(m, start, end, text)) {
                continue;
            }
            return CHINA_EUROPE;
        }
        return null;
    }

    private static boolean isEurope(Words.Word word) {
        String folded = word.folded();
        return Words.startsWithAny(folded, EUROPE_STEMS) && !Words.startsWithAny(folded, NOT_EUROPE_STEMS);
    }

    private static boolean isDash(String gap) {
        String dash = gap.strip();
        return dash.equals("-") || dash.equals("–") || dash.equals("—");
    }

    /** A word of a route right after the pair ("route", "baǵytynda") or right before it ("маршруту", "itinéraire"). */
    private static boolean routeWordBeside(Mention china, int last, List<Words.Word> words) {
        for (int i = last + 1; i < Math.min(words.size(), last + 1 + ROUTE_REACH); i++) {
            if (Words.startsWithAny(words.get(i).folded(), ROUTE_STEMS)) {
                return true;
            }
        }
        int before = Subjects.wordBefore(china, words);
        return before >= 0 && Words.startsWithAny(words.get(before).folded(), ROUTE_STEMS);
    }

    /** Whether no mark of a clause stands between the pair and the figure. */
    private static boolean sameClause(Mention china, int start, int end, String text) {
        String between = china.end() <= start ? text.substring(china.end(), start)
                : end <= china.start() ? text.substring(end, china.start()) : "";
        for (int i = 0; i < between.length(); i++) {
            if (CLAUSE_BREAKS.indexOf(between.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
