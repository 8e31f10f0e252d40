package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sum one country puts into another's economy ("injecté ... dans l'économie ouzbèke", "инвестиций в киргизскую
 * экономику оценивается в") is its investment there, investment.total, whatever verb brings it and whatever word of
 * estimate stands by it (round 47: gold-zs and gold-zp label such sums investment.total); foreign investment in one
 * economy with no investor named stays other.
 */
class EconomyInflowsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Совокупный объем казахстанских инвестиций в киргизскую экономику оценивается в 1,4 млрд долларов.       | 1,4 млрд долларов | investment.total
            Depuis 2010, la Turquie a injecté près de 3 milliards de dollars dans l'économie ouzbèke.                | 3 milliards de dollars | investment.total
            In the first quarter, Tajikistan received $300 million of foreign investments in its economy.             | $300 million | other
            """)
    void shouldReadMoneyPutIntoAnEconomyAsInvestment(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
