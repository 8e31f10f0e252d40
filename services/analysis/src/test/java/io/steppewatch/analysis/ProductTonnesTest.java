package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tonnes exported, imported or supplied are one product's flow, `other`, whatever the product, including one no list
 * of products names (lamb, salt, chalk); they stay trade between the countries only where the sentence says goods or
 * products in general, trade in physical terms, a turnover, or gas.
 */
class ProductTonnesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyzstan plans to export 20,000 tonnes of lamb to Iran next year.               | 20,000 tonnes       | other
            Last year Mongolia imported about 40,000 tons of salt from Kazakhstan.             | 40,000 tons         | other
            В прошлом году Таджикистан ввез из Китая 12 тысяч тонн мела.                        | 12 тысяч тонн       | other
            Le Kirghizistan a exporté 5 000 tonnes de miel vers la Chine en 2023.               | 5 000 tonnes        | other
            Exports of goods from Kazakhstan to China reached 3 million tonnes in 2023.        | 3 million tonnes    | trade.exports
            В 2023 году импорт продукции из Киргизии в Казахстан составил 15 тысяч тонн.        | 15 тысяч тонн       | trade.imports
            В 2023 году импорт сельскохозяйственной продукции из Киргизии составил 15 тысяч тонн. | 15 тысяч тонн  | other
            В 2023 году товарооборот Ирана с Таджикистаном составил 300 тысяч тонн.             | 300 тысяч тонн      | trade.turnover
            Turkmenistan exported 30 million tonnes of natural gas to China in 2023.          | 30 million tonnes   | trade.exports
            """)
    void shouldReadTonnesOfOneProductAsItsFlow(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
