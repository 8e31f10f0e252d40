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
        return figure(new ArticleText("t", "", body, PUBLISHED, null), text);
    }

    /** As {@link #figure(String, String)}, for an article published on {@code published} (null: undated). */
    static ExtractedFigure figure(String body, String published, String text) {
        LocalDate date = published == null ? null : LocalDate.parse(published);
        return figure(new ArticleText("t", "", body, date, null), text);
    }

    /** Every figure whose text is {@code text} in an undated article of that title and body (none: an empty list). */
    static List<ExtractedFigure> figuresWithText(String title, String body, String text) {
        return ANALYZER.analyze(new ArticleText("t", title, body, null, null)).figures().stream()
                .filter(f -> f.text().equals(text)).toList();
    }

    /** The first figure of {@code article} whose text starts with {@code text}: for tests that set a title or date. */
    static ExtractedFigure figure(ArticleText article, String text) {
        List<ExtractedFigure> figures = ANALYZER.analyze(article).figures();
        return figures.stream().filter(f -> f.text().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure '" + text + "' in " + figures));
    }
}
