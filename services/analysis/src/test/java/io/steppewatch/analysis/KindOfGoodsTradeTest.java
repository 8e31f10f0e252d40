package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * After an English noun of exports or imports and "of", goods in general narrowed by a lower-case word before them
 * ("exports of packaging products", "imports of Tajik printing products") are one kind of goods, whose trade is `other`
 * like one product's; goods in general alone, or named only by whose they are ("exports of Tajik goods"), keep the
 * trade between the countries.
 */
class KindOfGoodsTradeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Exports of packaging products from Kyrgyzstan to Russia rose to $3.4 million last year. | $3.4 million | other
            Russia raised imports of Tajik printing products by 18 percent in 2024.                 | 18 percent   | other
            Exports of Tajik goods to Russia rose to $3.4 million last year.                     | $3.4 million | trade.exports
            Russia raised imports of goods from Tajikistan by 18 percent in 2024.                | 18 percent   | trade.imports
            """)
    void shouldReadTheTradeInOneKindOfGoodsAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
