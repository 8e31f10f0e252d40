package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.steppewatch.avro.DatePrecision;

/** Pages that give their publication date only to the month or the year say so, and nothing more precise. */
class PublishedPrecisionTest {

    private static final String BODY = "<article><h1>Rail freight grows</h1>"
            + "<p>Freight on the line between Kazakhstan and Uzbekistan kept growing through the season, officials said.</p>"
            + "<p>The operator expects more container trains next year as the new terminal opens near the border.</p>"
            + "</article>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void shouldKeepMonthPrecisionWhenMetaTagGivesAMonth() {
        ExtractedPage page = extractor.extract("<html><head><meta property=\"article:published_time\" content=\"2025-03\">"
                + "</head><body>" + BODY + "</body></html>", "https://127.0.0.1/a");

        assertThat(page.published()).isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
        assertThat(page.publishedPrecision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void shouldKeepYearPrecisionWhenJsonLdGivesAYear() {
        ExtractedPage page = extractor.extract("<html><head><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Rail freight grows\",\"datePublished\":\"2024\"}"
                + "</script></head><body>" + BODY + "</body></html>", "https://127.0.0.1/b");

        assertThat(page.published()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(page.publishedPrecision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void shouldHaveNoReducedPrecisionWhenPageGivesADay() {
        ExtractedPage page = extractor.extract("<html><head><meta property=\"article:published_time\" "
                + "content=\"2025-03-14T08:00:00Z\"></head><body>" + BODY + "</body></html>", "https://127.0.0.1/c");

        assertThat(page.published()).isEqualTo(Instant.parse("2025-03-14T08:00:00Z"));
        assertThat(page.publishedPrecision()).isNull();
    }
}
