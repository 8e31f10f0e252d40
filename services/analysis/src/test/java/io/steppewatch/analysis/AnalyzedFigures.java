package io.steppewatch.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures the default analysis finds in one body of text, for tests that state a sentence and check one figure
 * of it. The article is untitled and published on {@link #PUBLISHED}.
 */
final class AnalyzedFigures {

    static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 5);

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private AnalyzedFigures() {
    }

    static List<ExtractedFigure> figures(String body) {
        return ANALYZER.analyze(new ArticleText("t", "", body, PUBLISHED, null)).figures();
    }

    /** The first figure whose text starts with {@code text}; a test fails with every figure found when none does. */
    static ExtractedFigure figure(String body, String text) {
        List<ExtractedFigure> figures = figures(body);
        return figures.stream().filter(f -> f.text().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure '" + text + "' in " + figures));
    }

    /** As {@link #figure(String, String)}, for an article published on {@code published} (null: undated). */
    static ExtractedFigure figure(String body, String published, String text) {
        List<ExtractedFigure> figures = ANALYZER.analyze(new ArticleText("t", "", body,
                published == null ? null : LocalDate.parse(published), null)).figures();
        return figures.stream().filter(f -> f.text().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure '" + text + "' in " + figures));
    }
}
