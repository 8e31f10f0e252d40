package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A span of months whose closing end is a day written with its year ("between May and August 14, 2024", "from April
 * 2021 to June 3, 2022") is the months from the opening month to the closing one (the standard's range, "a range
 * `2022-01/2022-11`"), not the closing year alone nor a span left without its year: the opening month takes its own
 * year when it has one, else the closing year. Days of one month and a closing month with no day are read as before.
 */
class SpanToADayTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The port handled 2.1 million tons of cargo between May and August 14, 2024. | 2.1 million tons | 2024-05/2024-08
            From April 2021 to June 3, 2022, the contractor laid 40 km of new track and spent $12 million. | $12 million | 2021-04/2022-06
            С марта по 10 октября 2023 года через терминал прошло 15 тыс. контейнеров. | 15 тыс. контейнеров | 2023-03/2023-10
            Du février au 20 juin 2024, le trafic a atteint 300 000 tonnes. | 300 000 tonnes | 2024-02/2024-06
            From January to June 2024, exports reached $5 billion. | $5 billion | 2024-01/2024-06
            """)
    void shouldReadTheMonthsUpToADayWithItsYear(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, null, text).period()).isEqualTo(period);
    }
}
