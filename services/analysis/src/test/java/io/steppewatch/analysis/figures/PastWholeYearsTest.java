package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.text.Words;

/**
 * {@link PeriodResolver#pastWholeYears} turns away a span with no word of years or decades before reading its words
 * (round 37, speed): the spans that name years read as before, in each language and with the Uzbek o's mark inside a
 * word, and those that name none stay undated. Written in 2026-03, so the last whole year is 2025.
 */
class PastWholeYearsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            over the past seven years          | 2019-01/2025-12
            за последние четыре года           | 2022-01/2025-12
            au cours des cinq dernières années | 2021-01/2025-12
            the past two decades               | 2006-01/2025-12
            за последнее десятилетие           | 2016-01/2025-12
            so'nggi o'n yilda                  | 2016-01/2025-12
            соңғы бес жылда                    | 2021-01/2025-12
            over the past seven months         | -
            the last three shipments           | -
            since the past                     | -
            """)
    void shouldCountPastWholeYearsOnlyWhereAWordOfYearsStands(String span, String expected) {
        assertThat(PeriodResolver.pastWholeYears(Words.fold(span), "2026-03")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            over the past seven years
            за последние четыре года
            """)
    void shouldCountNoneWithoutAYearOfWriting(String span) {
        assertThat(PeriodResolver.pastWholeYears(Words.fold(span), null)).isNull();
    }
}
