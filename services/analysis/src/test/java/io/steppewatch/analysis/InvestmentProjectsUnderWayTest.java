package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worth of projects the two sides are carrying out is {@code jointprojects.value} even where a word of investment
 * stands nearest the sum (decision 61 of round 38); a sum one side invests stays {@code investment.total}.
 */
class InvestmentProjectsUnderWayTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Turkish firms and their Uzbek partners are implementing projects in textiles and energy with investments of some $2 billion. | $2 billion | jointprojects.value
            Kazakhstan and Qatar agreed on the implementation of large investment projects in logistics and farming worth more than $5 billion. | $5 billion | jointprojects.value
            Портфель реализуемых совместно инвестиционных проектов Казахстана и Саудовской Аравии достигает 9 млрд долларов. | 9 млрд долларов | jointprojects.value
            Japanese companies have invested $3 billion in Kazakhstan to carry out projects in energy. | $3 billion | investment.total
            Total Chinese investment in Tajikistan reached $2.5 billion last year. | $2.5 billion | investment.total
            Chinese investment in Uzbekistan reached $7 billion last year, and a portfolio of new projects is being prepared. | $7 billion | investment.total
            """)
    void shouldValueProjectsUnderWay(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
