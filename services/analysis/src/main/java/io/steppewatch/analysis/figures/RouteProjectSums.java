package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.regex.Pattern;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Words;

/**
 * The money and the years of a railway or pipeline project the article is about are the whole line's, so of every
 * country it links (LABEL-FIXES round 27: a route with no corridor code takes the countries it links; decision 6 of
 * round 29: "a named route's cost [CN, KG, UZ]", a project of several parties takes them all): a government's
 * allocation for the year in soms, or the investment a sentence says "will reach" some millions of euros, in an article
 * on the China–Kyrgyzstan–Uzbekistan railway, where the sentence names no country of its own or
 * only countries of the line, keep the line's three, not the one country the paragraph or a bank names. A section's
 * cost (a part of the line in one country) is left alone. Stateless.
 */
final class RouteProjectSums {

    private RouteProjectSums() {
    }

    /** Words of a project's money or time: its cost, funds, budget, investment, construction, works. */
    static final SentenceGate PROJECT = SentenceGate.startingAtKeys(Pattern.compile(
            "\\b(?:project\\w*|projet\\w*|проект\\w*|loyiha\\w*|жоба\\w*|cost\\w*|coût\\w*|coute\\w*|coûte\\w*"
                    + "|стоимост\\w*|qiymat\\w*|fund\\w*|fonds|financ\\w*|финанс\\w*|budget\\w*|бюджет\\w*"
                    + "|invest\\w*|инвест\\w*|allou\\w*|allocat\\w*|выдел\\w*|construction|build\\w*|строител\\w*"
                    + "|qurilish\\w*|travaux|works)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS),
            List.of("project", "projet", "проект", "loyiha", "жоба", "cost", "coût", "cout", "стоимост", "qiymat",
                    "fund", "fonds", "financ", "финанс", "budget", "бюджет", "invest", "инвест", "allou", "allocat",
                    "выдел", "construction", "build", "строител", "qurilish", "travaux", "works"));

    /** A part of a line: its section in one country is that country's (NOTES-b). */
    static final SentenceGate SECTION = SentenceGate.startingAtKeys(Pattern.compile(
            "\\b(?:section\\w*|tronçon\\w*|участ\\w*|segment\\w*|portion\\w*|uchast\\w*|bo['‘’]lim\\w*|bölig\\w*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS),
            List.of("section", "tronçon", "участ", "segment", "portion", "uchast", "bo", "bölig"));

    /** Agreements and deals: their worth is the parties' deal, not the line's money (decision 61). */
    static final SentenceGate DEALS = SentenceGate.startingAtKeys(Pattern.compile(
            "\\b(?:agreement\\w*|accord\\w*|соглашен\\w*|contract\\w*|контракт\\w*|deal\\w*|kelishuv\\w*"
                    + "|келісім\\w*|documents?|документ\\w*|revenue\\w*|revenu\\w*|доход\\w*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS),
            List.of("agreement", "accord", "соглашен", "contract", "контракт", "deal", "kelishuv", "келісім",
                    "document", "документ", "revenu", "доход"));

    /** Units of a project's money or time. */
    private static final List<String> UNITS = List.of("USD", "EUR", "CNY", "KZT", "RUB", "UZS", "years");

    /**
     * Whether a figure in {@code unit} with {@code subjects} may be the money or years of the article's line
     * {@code route}: money or years, the line of two countries or more, the subjects fewer than the line's and all of
     * them the line's. Cheap: the caller asks it before the sentence's gates.
     */
    static boolean mayBeTheLines(String unit, List<String> subjects, List<String> route) {
        return route.size() >= 2 && UNITS.contains(unit) && subjects.size() < route.size()
                && route.containsAll(subjects);
    }

    /**
     * The article's line, for an `other` figure that {@link #mayBeTheLines} may be the line's, in a sentence (gated by
     * the caller on {@link #PROJECT}, and on neither {@link #SECTION} nor {@link #DEALS}) that names no country, town,
     * bloc or corridor of its own (a country of the line as a source, "the Kyrgyz authorities", aside); null otherwise.
     */
    static List<String> line(List<String> route, List<Mention> sentence, List<Words.Word> words) {
        for (Mention m : sentence) {
            if (m.kind() == PlaceKind.COUNTRY && route.contains(m.code()) && Subjects.isSpeaker(m, words)) {
                continue; // "évalué par les autorités kirghizes": a source of the line's own country
            }
            if (!Subjects.REGION.equals(m.code()) && m.kind() != PlaceKind.INSTITUTION && m.kind() != PlaceKind.LEADER) {
                return null; // a country, town, bloc or corridor of its own: a part, a host or a partner the sentence names
            }
        }
        return route;
    }
}
