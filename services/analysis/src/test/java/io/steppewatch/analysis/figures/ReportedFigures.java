package io.steppewatch.analysis.figures;

import java.time.LocalDate;
import java.util.stream.Collectors;

import io.steppewatch.analysis.ArticleAnalyzer;
import io.steppewatch.analysis.ArticleText;
import io.steppewatch.analysis.ExtractedFigure;

/**
 * What the whole analysis reports for one body, written as the tests of unlisted units and non-figures expect it:
 * each figure as "value unit" ("40000 t", "2.5 percent"), joined by ", ", and "" when it reports none.
 */
final class ReportedFigures {

    private ReportedFigures() {
    }

    /** The figures of {@code body} under {@code title}, for an article of 1 June 2024 in {@code language}. */
    static String of(ArticleAnalyzer analyzer, String title, String body, String language) {
        ArticleText article = new ArticleText("t", title, body, LocalDate.of(2024, 6, 1), language);
        return analyzer.analyze(article).figures().stream().map(ReportedFigures::describe)
                .collect(Collectors.joining(", "));
    }

    private static String describe(ExtractedFigure figure) {
        double value = figure.value();
        String number = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        return number + " " + figure.unit();
    }
}
