package io.steppewatch.processor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.DatePrecision;
import io.steppewatch.avro.Figure;

/**
 * An article dated only to the month or the year resolves no period finer than that date allows. The figure is a stock
 * stated as now, which takes the publication month (decision 34 of round 35; a trade flow stated as now takes none).
 */
class TextAnalysisPrecisionTest {

    private static final TextAnalysis ANALYSIS = TextAnalysis.withDefaults();

    private static AnalyzedArticle analyze(String published, DatePrecision precision) {
        return ANALYSIS.analyze(Article.newBuilder()
                .setId("a1").setUrl("https://127.0.0.1/a1").setFeed("test").setSource("test")
                .setTitle("Chinese investment in Kazakhstan")
                .setText("Chinese investment in Kazakhstan currently stands at $5 billion, the ministry said.")
                .setPublished(Instant.parse(published)).setPublishedPrecision(precision)
                .setFetched(Instant.parse("2025-06-01T00:00:00Z")).setContentHash("h").build());
    }

    private static String periodOfTheFigure(AnalyzedArticle analyzed) {
        assertThat(analyzed.getFigures()).extracting(Figure::getValue).containsExactly(5.0e9);
        return analyzed.getFigures().get(0).getPeriod();
    }

    @Test
    void shouldPinCurrentFigureToTheMonthWhenTheDateIsKnownToTheDayOrMonth() {
        assertThat(periodOfTheFigure(analyze("2025-03-14T08:00:00Z", null))).isEqualTo("2025-03");
        assertThat(periodOfTheFigure(analyze("2025-03-01T00:00:00Z", DatePrecision.MONTH))).isEqualTo("2025-03");
    }

    @Test
    void shouldLeaveCurrentFigureUndatedWhenOnlyTheYearIsKnown() {
        AnalyzedArticle analyzed = analyze("2025-01-01T00:00:00Z", DatePrecision.YEAR);

        assertThat(periodOfTheFigure(analyzed)).isNull();
        assertThat(analyzed.getPublishedPrecision()).isEqualTo(DatePrecision.YEAR);
    }
}
