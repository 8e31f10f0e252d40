package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A span of past years right after the figure, in its clause, dates a change or a total counted over it as the same
 * span before the figure does: the whole years before the year of writing (the settled past-N-years decision,
 * decision 29 of round 35). "The past decade" is ten such years, in every language that says so.
 */
class PastSpanAfterFigureTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The number of engineers trained abroad has grown 6 times during the past decade. | 6 times | 2015-01/2024-12
            The mine shipped 410 tons of copper for the past eight years, the company said. | 410 tons | 2017-01/2024-12
            За последнее десятилетие число туристов выросло в 4 раза. | 4 раза | 2015-01/2024-12
            Au cours de la dernière décennie, le nombre de touristes a été multiplié par 4. | 4 | 2015-01/2024-12
            Over the past two decades, the harbour's traffic rose by 70%. | 70% | 2005-01/2024-12
            """)
    void shouldDateTheFigureByThePastSpan(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2025-02-10", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Freight has grown from 2 million tons to 5 million tons over the past six years. | 2 million tons
            Freight has grown from 2 million tons to 5 million tons over the past six years. | 5 million tons
            Over the past decade the country's output rose by an average of 4% a year. | 4%
            """)
    void shouldLeaveTheLevelsOfAChangeAndAYearlyRateUndated(String body, String text) {
        assertThat(AnalyzedFigures.figure(body, "2025-02-10", text).period()).isNull();
    }
}
