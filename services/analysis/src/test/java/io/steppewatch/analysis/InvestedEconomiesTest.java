package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A valuation ("оценивается в", "estimated at", "évalués à") of the investment one country holds in another's economy
 * is that investment (decision 61 of round 38: what one country holds invested in the other), though the same words
 * give a project's cost; where a project stands in the sentence, the sum stays its cost, `other`.
 */
class InvestedEconomiesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Объем турецких инвестиций в экономику Туркменистана оценивается в 5 млрд долларов. | 5 млрд | investment.total
            Japanese investments in Kazakhstan's economy are estimated at $9 billion. | $9 billion | investment.total
            Les investissements chinois dans l'économie tadjike sont évalués à 3 milliards de dollars. | 3 milliards | investment.total
            Chinese investment in the Kyrgyz economy through the new railway project is estimated at $4.7 billion. | $4.7 billion | other
            """)
    void shouldReadAValuedInvestmentInAnEconomyAsTheInvestment(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
