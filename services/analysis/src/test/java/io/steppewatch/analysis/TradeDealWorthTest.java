package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What trade agreements or commercial contracts are worth is no trade between the parties (decision 61 of round 38:
 * the worth of agreements, contracts or deals signed is {@code other}), also where a word of trade stands before the
 * deal word or an adjective between the deal word and its worth; the trade sum of the same sentence keeps its metric.
 */
class TradeDealWorthTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The Kabul trip yielded 20 investment and trade agreements worth $1.4 billion, with a plan of lifting bilateral trade between Uzbekistan and Afghanistan to $2 billion. | $1.4 billion | other
            The Kabul trip yielded 20 investment and trade agreements worth $1.4 billion, with a plan of lifting bilateral trade between Uzbekistan and Afghanistan to $2 billion. | $2 billion   | trade.turnover
            Le Kirghizstan et le Kazakhstan ont conclu neuf contrats commerciaux d'une valeur de 1,2 milliard de dollars.                                     | 1,2 milliard de dollars | other
            """)
    void shouldReadTheWorthOfTradeDealsAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
