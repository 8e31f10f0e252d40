package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The goods a noun of exports or imports names are read by each language's grammar, wherever that noun stands in the
 * figure's clause: after the figure as well as before it ("a 45 percent rise in exports of bricks", "сократила
 * экспорт кирпича"), and in French after "de" ("les exportations de briques"). One product's flow is `other`; a
 * party, goods in general or no goods at all after the noun keep the trade between the countries, and Uzbek and
 * Kazakh, which put the goods before the noun, are not read as Russian.
 */
class TradeNounGoodsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Киргизия в мае почти в 3 раза сократила экспорт кирпича в Казахстан. | 3 раза | other
            Киргизия в мае почти в 3 раза сократила экспорт в Казахстан. | 3 раза | trade.exports
            Les exportations de briques du Kirghizistan vers la Chine ont atteint 40 millions de dollars en 2023. | 40 millions de dollars | other
            Les exportations du Kirghizistan vers la Chine ont atteint 40 millions de dollars en 2023. | 40 millions de dollars | trade.exports
            Les exportations de la Russie vers le Kirghizistan ont atteint 40 millions de dollars en 2023. | 40 millions de dollars | trade.exports
            Customs data show a 45 percent rise in Kyrgyz exports of bricks to China in 2023. | 45 percent | other
            Customs data show a 45 percent rise in Kyrgyz exports to China in 2023. | 45 percent | trade.exports
            Ўзбекистон Қозоғистондан 150 млн долларлик маҳсулот импорт қилди. | 150 млн долларлик | trade.imports
            """)
    void shouldReadTheGoodsOfANounOfTradeWhereverItStandsInTheClause(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
