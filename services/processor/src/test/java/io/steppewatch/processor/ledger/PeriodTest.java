package io.steppewatch.processor.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2024,            2024-01-01, 2024-12-31",
            "2023-10,         2023-10-01, 2023-10-31",
            "2024-02,         2024-02-01, 2024-02-29",
            "2022-01/2022-11, 2022-01-01, 2022-11-30",
            "2023-10-19,      2023-10-19, 2023-10-19",
            "2025-Q3,         2025-07-01, 2025-09-30",
    })
    void shouldCoverTheDaysOfTheIsoPeriodWhenParsing(String text, LocalDate start, LocalDate end) {
        assertThat(Period.parse(text)).contains(new Period(start, end));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null", "''", "last year", "2024-13"})
    void shouldBeEmptyWhenTheTextIsNoPeriod(String text) {
        assertThat(Period.parse(text)).isEmpty();
    }
}
