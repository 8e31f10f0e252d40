package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A region of a country named as a trade partner, or one city as a market, trades with a country, not two countries:
 * its trade is `other`. Trade between two countries keeps its metric.
 */
class RegionalTradeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbekistan's trade with Tatarstan grew by 40 percent in 2023.                    | 40 percent   | other
            Товарооборот Башкортостана с Казахстаном в 2023 году составил $900 млн.          | $900 млн     | other
            Kyrgyz exports to Almaty reached $50 million in 2023.                            | $50 million  | other
            Trade between Uzbekistan and Kazakhstan grew by 40 percent in 2023.              | 40 percent   | trade.turnover
            """)
    void shouldReadARegionsTradeAsNoTradeBetweenCountries(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
