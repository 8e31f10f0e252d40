package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 9 of round 31: a trade figure counts the goods its article is about. Under a headline on one product's
 * exports or imports, a sum or change of trade whose sentence names no
 * goods is that product's flow (`other`); a country owning the noun, a word of the whole trade in the paragraph, or the
 * turnover between two countries keeps it the countries' trade. The product words cover Russian and Uzbek headlines.
 * Decision 57 of round 38: a word of the whole that measures something else ("to a total of 300,000 tons") makes no
 * whole of the product's flow, and a country sent to ("vers l'Iran") owns no trade.
 */
class HeadlineProductTest {

    @ParameterizedTest(name = "{2} under \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbekistan ships more cotton exports to its neighbours | Exports to Kazakhstan grew by 18 percent in May. | 18 percent | other
            Uzbekistan ships more cotton exports to its neighbours | Exports to Kazakhstan reached $40 million in May. | $40 million | other
            Uzbekistan ships more cotton exports to its neighbours | Tajikistan's exports to Kazakhstan grew by 18 percent in May. | 18 percent | trade.exports
            Uzbekistan ships more cotton exports to its neighbours | Total exports to Kazakhstan grew by 18 percent in May. | 18 percent | trade.exports
            Uzbekistan ships more cotton exports to its neighbours | Trade between Uzbekistan and Kazakhstan grew by 18 percent in May. | 18 percent | trade.turnover
            Uzbekistan and Kazakhstan talk trade in Tashkent, and their ministers visit a cotton farm | Exports to Kazakhstan grew by 18 percent in May. | 18 percent | trade.exports
            Кыргызстан: импорт легковых автомобилей за год | Импорт в Кыргызстан вырос на 40% в мае. | 40% | other
            Sabzi eksporti oshdi | Bu yil eksport 12 foizga oshdi. | 12 foizga | other
            Kazakhstan lifts barley exports to its neighbours | Shipments to Tajikistan rose sharply, while exports to Turkey jumped 40 times to a total of 300,000 tons. | 40 times | other
            Kazakhstan lifts barley exports to its neighbours | The total exports of Kazakhstan to Turkey jumped 40 times. | 40 times | trade.exports
            Le Kazakhstan augmente ses exportations d'orge | Les livraisons vers l'Iran ont doublé, et les exportations vers la Turquie ont augmenté de 12 fois. | 12 fois | other
            """)
    void shouldReadABareTradeFigureAsTheHeadlinesProduct(String title, String body, String text, String metric) {
        ArticleText article = new ArticleText("t", title, body, LocalDate.of(2025, 6, 10), null);
        assertThat(figure(article, text).metric()).isEqualTo(metric);
    }
}
