package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Russian noun of exports or imports followed by the goods in the genitive ("экспорт лука", "поставки моркови")
 * names the trade in one product, whatever product it is: `other`. Goods in general, a country, a preposition or gas
 * after it keep the trade between the countries.
 */
class RussianProductTradeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            За девять месяцев экспорт лука из Таджикистана в Россию вырос на 18%, достигнув 12,4 млн долларов. | 12,4 млн долларов | other
            За девять месяцев экспорт лука из Таджикистана в Россию вырос на 18%, достигнув 12,4 млн долларов. | 18% | other
            Поставки свежей моркови из Казахстана в Киргизию сократились на 9,5%. | 9,5% | other
            За девять месяцев экспорт из Таджикистана в Россию вырос на 18%, достигнув 12,4 млн долларов. | 12,4 млн долларов | trade.exports
            За девять месяцев экспорт товаров из Таджикистана в Россию достиг 12,4 млн долларов. | 12,4 млн долларов | trade.exports
            Экспорт газа из Туркменистана в Китай вырос на 11%. | 11% | trade.exports
            """)
    void shouldReadTheTradeInOneNamedProductAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
