package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A product's carriage ("cotton transportation", "wheat loading") to a buyer country stays freight, {@code
 * cargo.volume} (decision of 2026-12-04, "a product carried by rail"), where a product sent to a buyer is its flow,
 * {@code other}, under a headline that names neither a railway nor freight.
 */
class ProductCarriedStaysFreightTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In 2023 cotton transportation to Turkey grew by 14%, the operator said.        | 14%     | cargo.volume
            In 2023 wheat loading to Afghanistan rose 3 times, the operator said.           | 3 times | cargo.volume
            In 2023 some 900 tonnes of wheat were sent on to Afghanistan.                   | 900     | other
            """)
    void shouldKeepAProductsCarriageAsFreight(String body, String text, String metric) {
        List<ExtractedFigure> figures = ANALYZER.analyze(new ArticleText("t", "Market news", body,
                LocalDate.of(2024, 3, 5), null)).figures();
        assertThat(figures).filteredOn(f -> f.text().startsWith(text)).extracting(ExtractedFigure::metric)
                .containsExactly(metric);
    }
}
