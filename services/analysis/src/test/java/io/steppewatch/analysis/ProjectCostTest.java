package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What one project costs is no trade or investment, whatever word of trade stands near: `other`. Joint projects
 * "worth" a sum stay a portfolio, and trade "estimated at" a sum stays trade when no project is named.
 */
class ProjectCostTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Ce projet coûterait 3 milliards de dollars au Kazakhstan et au Kirghizstan et stimulera leur commerce.   | 3 milliards   | other
            The railway project between Kazakhstan and Kyrgyzstan will cost $3 billion and boost bilateral trade.    | $3 billion    | other
            Kazakhstan and Kyrgyzstan are implementing 38 joint projects worth $2.2 billion.                         | $2.2 billion  | jointprojects.value
            Trade between Kazakhstan and Kyrgyzstan is estimated at $3 billion.                                      | $3 billion    | trade.turnover
            """)
    void shouldReadTheCostOfAProjectAsNoTrade(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
