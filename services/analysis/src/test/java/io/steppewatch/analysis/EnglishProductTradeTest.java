package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An English noun of exports or imports followed by "of" and the goods in lower case ("the export of lenses", "the
 * import of sewing machines") names the trade in one product, whatever product it is: `other`. Goods in general, a
 * country, the figure itself or gas after "of" keep the trade between the countries.
 */
class EnglishProductTradeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The export of lenses from Kyrgyzstan to Russia rose fourfold to $3.4 million last year. | $3.4 million | other
            The import of sewing machines by Tajikistan grew by 27 percent in 2024. | 27 percent | other
            The export of goods from Kyrgyzstan to Russia rose to $3.4 million last year. | $3.4 million | trade.exports
            Exports of Kyrgyzstan to Russia rose to $3.4 million last year. | $3.4 million | trade.exports
            The imports of about $3.4 million came from Russia last year. | $3.4 million | trade.imports
            The export of gas from Turkmenistan to China grew by 11 percent. | 11 percent | trade.exports
            """)
    void shouldReadTheTradeInOneNamedProductAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
