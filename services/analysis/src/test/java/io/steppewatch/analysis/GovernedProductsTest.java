package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One product's or product group's flow is `other` (decision 57), read by the noun the trade word governs (round 48,
 * GovernedProducts and FigureMetrics.goodsGovernedBy): a Russian genitive plural with no ending after its adjective
 * under a trade metric carried from the sentence before, French goods in general narrowed by an adjective after them,
 * English kinds of goods counted and narrowed. A country's goods, goods in general and a flow naming no goods keep the
 * trade metric.
 */
class GovernedProductsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Узбекистан остаётся одним из крупнейших импортёров казахстанской продукции. По итогам сезона объём поставок растительных масел (в денежном выражении) из Казахстана в Узбекистан составил 310 млн долларов США. | 310 млн | other
            Узбекистан остаётся одним из крупнейших импортёров казахстанской продукции. По итогам сезона объём поставок из Казахстана в Узбекистан составил 320 млн долларов США.                                          | 320 млн | trade.imports
            Depuis 2022, les exportations de produits transformés vers l'Union européenne ont atteint 75 millions de dollars.                                                                                  | 75 millions | other
            Depuis 2022, les exportations de produits kazakhs vers l'Union européenne ont atteint 75 millions de dollars.                                                                                                     | 75 millions | trade.exports
            Uzbekistan intends to raise exports of 85 processed goods worth about $260 million to Turkmenistan next year.                                                                                                    | $260 million | other
            Uzbekistan intends to raise exports of goods worth about $260 million to Turkmenistan next year.                                                                                                                 | $260 million | trade.exports
            """)
    void shouldReadTheProductATradeNounGoverns(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
