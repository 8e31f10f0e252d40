package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * Firms counted as exporters: "252 exporting enterprises resumed their operations", "628 enterprises were exporting
 * local products to European markets", "1 200 компаний-экспортеров". They are one country's own firms that sell
 * abroad, not companies with a partner's participation operating in the host, so their count is {@code other}
 * (decision 60 of round 38: "a country's own companies" are no {@code companies.count}).
 */
final class ExportingFirms {

    /** Words of firms that export, whole (folded). */
    private static final Set<String> EXPORTER_WORDS = Set.copyOf(Words.foldAll("exporting", "exporters", "exporter"));
    /** Beginnings of such words: "экспортеров", "экспортирующих", "exportateurs", "eksportyorlar", "экспорттаушы". */
    private static final List<String> EXPORTER_STEMS = Words.foldAll("экспортер", "экспортёр", "экспортирующ",
            "exportateur", "exportatrice", "eksportyor", "eksportchi", "экспортчи", "экспорттаушы");
    /** Either, answered once per word and per sentence ({@link FigureMetrics#names}). */
    private static final WordStems EXPORTERS = FigureMetrics.wordsOrStems(EXPORTER_WORDS, EXPORTER_STEMS);

    private ExportingFirms() {
    }

    /** Whether a count of companies stands in a sentence that calls firms exporters or says they export. */
    static boolean countsExporters(FigureContext context, Sentences.Sentence sentence) {
        return FigureMetrics.names(context, sentence, EXPORTERS);
    }
}
