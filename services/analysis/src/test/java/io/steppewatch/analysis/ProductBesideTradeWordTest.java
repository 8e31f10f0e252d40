package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A product named right beside the trade word a figure takes its metric from makes the figure that product's flow,
 * {@code other} (team a: product-category flows are `other`; round 26 on a commodity shipped abroad), however far
 * the figure stands from them in the sentence; a trade word with no product beside it keeps its trade metric.
 */
class ProductBesideTradeWordTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyzstan saw its cotton product exports to Turkey climb over the season, reaching $41 million.          | $41 million   | other
            Some 52,000 sheep and cattle were exported to Iran over the winter months, up 180% on the year before.      | 180%          | other
            За два года в четыре раза вырос экспорт казахстанского зерна в Иран.                                         | четыре раза   | other
            Узбекистан намерен в три раза увеличить поставки зерна в Китай к 2027 году.                                 | три раза      | other
            Kyrgyzstan saw its exports to Turkey climb over the season, reaching $41 million.                           | $41 million   | trade.exports
            За два года в четыре раза вырос экспорт Казахстана в Иран.                                                   | четыре раза   | trade.exports
            """)
    void shouldReadAProductBesideTheTradeWordAsTheProductsFlow(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
