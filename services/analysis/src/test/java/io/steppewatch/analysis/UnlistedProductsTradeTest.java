package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Goods the commodity list of {@code cues.tsv} used to lack (drones, microchips, chocolate and confectionery,
 * margarine): a sum or change of their trade is that product's flow, {@code other}, as for any named product; the
 * same sentence about goods in general keeps its trade metric.
 */
class UnlistedProductsTradeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Customs records show Kyrgyzstan imported about $3 million worth of drones from China last year.            | $3 million        | other
            Kazakhstan imported microchips for $40 million in 2023, mostly from Taiwan.                                   | $40 million       | other
            Узбекистан в прошлом году экспортировал маргарин в Казахстан на 12 млн долларов.                              | 12 млн долларов   | other
            Казахстан экспортировал шоколад в Россию на 30 млн долларов.                                                 | 30 млн долларов   | other
            O‘zbekiston shokolad mahsulotlarini Rossiyaga $5 millionlik qiymatda eksport qildi.                          | $5 millionlik     | other
            Kazakhstan imported goods for $40 million in 2023, mostly from Taiwan.                                        | $40 million       | trade.imports
            Узбекистан в прошлом году экспортировал товары в Казахстан на 12 млн долларов.                                | 12 млн долларов   | trade.exports
            """)
    void shouldReadTheTradeOfTheseGoodsAsTheirFlow(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
