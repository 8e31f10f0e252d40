package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Electricity is a product (decision 57 of round 38, the settled "energy sold for money"): a change or a sum of
 * electricity exports, supplies or sales is a product flow, {@code other}, in every language, and so is the change of
 * the electricity a country generates; a sum paid for kilowatt-hours names electricity by its unit (EnergySales); the
 * same sentence about a country's exports in general keeps its trade metric.
 */
class ElectricityFlowTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Barqi Tojik expects its electricity exports to Afghanistan to grow by 12 percent next year.                   | 12 percent        | other
            Tojikiston O‘zbekistonga elektr energiyasi eksportini 4 barobarga oshirdi.                                    | 4 barobarga       | other
            Kyrgyzstan exported electricity worth $14 million to Kazakhstan in the first half of 2024.                    | $14 million       | other
            Кыргызстан импортировал из Казахстана 400 млн кВт*ч на сумму 3 млрд сомов ($34 млн).                          | $34 млн           | other
            Kyrgyzstan bought 400 million kWh from Kazakhstan for $21 million last year.                                  | $21 million       | other
            Barqi Tojik expects its exports to Afghanistan to grow by 12 percent next year.                               | 12 percent        | trade.exports
            Tojikiston O‘zbekistonga eksportini 4 barobarga oshirdi.                                                      | 4 barobarga       | trade.exports
            """)
    void shouldReadElectricityTradeAsAProductFlow(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
