package io.steppewatch.analysis.figures;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * The country of a line that lies inside one country. Decision 5 of round 28: a railway or road both of whose end
 * stations are in one country takes that country only, even where the text says it links that country to a neighbour;
 * decision 3: a section inside one country stays that country. A text names such a line by its towns ("the
 * Balykchi–Kochkor railway", "на участке «Торугарт – Макмал»", "from Andkhoy to Aqina") and states its length either
 * in the same sentence or in the next one, which names no place at all ("Its total length is 63.5 km", "the main
 * track is about 55 km"). The length is then that one country's, not the route the article or its headline is about.
 */
final class OneCountryLines {

    private OneCountryLines() {
    }

    /** Units of a length along a line. */
    private static final Set<String> UNITS = Set.of("km", "mi");

    /** Beginnings of words of a road, a route or a part of one, beside {@link Subjects#isLineWord}'s lines. */
    private static final List<String> WAY_STEMS = Words.foldAll("road", "highway", "section", "stretch", "segment",
            "troncon", "route", "дорог", "трасс", "участ", "маршрут", "автодорог", "yo'l", "йўл", "жол", "учаск");

    /** How many sentences back a length that names no place may look for its line. */
    private static final int REACH = 3;

    /** Whether a figure of this unit and metric is a length this class may place: a route's, or a length `other`. */
    static boolean measuresLength(String unit, String metric) {
        return UNITS.contains(unit) && (metric.equals("route.length") || metric.equals("other"));
    }

    /**
     * The one country of the line the figure's sentence measures, or null: the sentence's own towns when it names a
     * line by two towns or more, all of one country, and no corridor; when the sentence names no place, the towns of
     * the nearest sentence before it (in its paragraph or the one before) that names a place, read the same way.
     */
    static String country(FigureContext context, Sentences.Sentence sentence) {
        List<Mention> own = context.mentionsIn(sentence.start(), sentence.end());
        if (!Subjects.namesNoPlace(own)) {
            return townsOfOneLine(context, sentence, own);
        }
        List<Sentences.Sentence> sentences = context.sentences();
        int at = FigureContext.sentenceOf(context, sentence.start());
        for (int i = at - 1; i >= 0 && i >= at - REACH; i--) {
            Sentences.Sentence before = sentences.get(i);
            if (before.paragraph() < sentence.paragraph() - 1) {
                return null;
            }
            List<Mention> mentions = context.mentionsIn(before.start(), before.end());
            if (!Subjects.namesNoPlace(mentions)) {
                String country = townsOfOneLine(context, before, mentions);
                // (a line named by its two towns, then a sentence or two naming only countries, the line's
                // neighbours or the government that speaks, then the length: a sentence naming countries and no
                // town says what the line does or who speaks, and the search for the line's towns goes on past it)
                if (country != null || namesTown(mentions)) {
                    return country;
                }
            }
        }
        return null;
    }

    /** Whether the mentions name a town. */
    private static boolean namesTown(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.kind() == PlaceKind.CITY || m.kind() == PlaceKind.CORRIDOR) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country of the sentence's towns when it names two different towns or more, all of one country, a word of a
     * line or road, and no corridor; else null. Countries the sentence names beside the towns are what the line
     * leads to or who builds it, not where it lies (decision 5).
     */
    private static String townsOfOneLine(FigureContext context, Sentences.Sentence sentence, List<Mention> mentions) {
        String country = null;
        Set<String> names = new HashSet<>();
        String text = context.text();
        for (Mention m : mentions) {
            if (m.kind() == PlaceKind.CORRIDOR) {
                return null;
            }
            if (m.kind() != PlaceKind.CITY || Subjects.REGION.equals(m.code())) {
                continue;
            }
            if (country != null && !country.equals(m.code())) {
                return null;
            }
            country = m.code();
            names.add(text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT));
        }
        return names.size() >= 2 && speaksOfLine(context, sentence) ? country : null;
    }

    private static boolean speaksOfLine(FigureContext context, Sentences.Sentence sentence) {
        for (Words.Word word : context.wordsOf(sentence)) {
            if (Subjects.isLineWord(word.folded()) || Words.startsWithAny(word.folded(), WAY_STEMS)) {
                return true;
            }
        }
        return false;
    }
}
