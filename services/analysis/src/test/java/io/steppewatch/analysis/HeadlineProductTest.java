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
            """)
    void shouldReadABareTradeFigureAsTheHeadlinesProduct(String title, String body, String text, String metric) {
        ArticleText article = new ArticleText("t", title, body, LocalDate.of(2025, 6, 10), null);
        assertThat(figure(article, text).metric()).isEqualTo(metric);
    }
}
