package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count of months written with a slip ("the first six month of this year", "les sept premiers mois" written
 * "septs") still states the months from January (the standard: a period stated in the sentence); one month written
 * so ("for one month") stays a duration.
 */
class SlippedMonthCountTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In the first six month of this year, trade between the two countries reached $410 million. | $410 million | 2022-01/2022-06
            Au cours des septs premiers mois de 2022, les échanges ont atteint 410 millions de dollars. | 410 millions de dollars | 2022-01/2022-07
            The border post was closed for one month in 2022 while trade fell to $410 million. | $410 million | 2022
            """)
    void shouldReadTheMonthsFromJanuaryDespiteTheSlip(String body, String value, String period) {
        assertThat(AnalyzedFigures.figure(body, "2022-11-02", value).period()).isEqualTo(period);
    }
}
