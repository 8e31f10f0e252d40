package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import io.steppewatch.avro.DatePrecision;

class DateParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2019-11-19T08:03:00Z                 | 2019-11-19T08:03:00Z",
            "2019-11-19T08:03:00+00:00            | 2019-11-19T08:03:00Z",
            "2019-11-19T08:03:00.123-05:00        | 2019-11-19T13:03:00.123Z",
            "2019-11-19T08:03:00+0530             | 2019-11-19T02:33:00Z",
            "2019-11-19T08:03+03                  | 2019-11-19T05:03:00Z",
            "2019-11-19 08:03:00                  | 2019-11-19T08:03:00Z",
            "2019-11-19T08:03                     | 2019-11-19T08:03:00Z",
            "2019-11-19                           | 2019-11-19T00:00:00Z",
            "Tue, 19 Nov 2019 08:03:00 GMT        | 2019-11-19T08:03:00Z",
            "1574150580                           | 2019-11-19T08:03:00Z",
            "1574150580000                        | 2019-11-19T08:03:00Z",
            "Published 2019-11-19T08:03:00Z today | 2019-11-19T08:03:00Z"})
    void shouldReadInstantWhenPageUsesCommonDateShape(String raw, String expected) {
        assertThat(DateParser.parse(raw)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"yesterday", "2019-13-45", "99:99", "not a date at all"})
    void shouldGiveNothingWhenValueIsNotADate(String raw) {
        assertThat(DateParser.parse(raw)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2025-03    | 2025-03-01T00:00:00Z | MONTH",
            " 2025      | 2025-01-01T00:00:00Z | YEAR",
            "2025-03-14 | 2025-03-14T00:00:00Z | "})
    void shouldKeepThePrecisionWhenPageGivesOnlyAMonthOrAYear(String raw, String first, DatePrecision precision) {
        assertThat(DateParser.parseDated(raw)).hasValueSatisfying(dated -> {
            assertThat(dated.at()).isEqualTo(Instant.parse(first));
            assertThat(dated.precision()).isEqualTo(precision);
        });
    }

    @Test
    void shouldGiveNothingWhenMonthDoesNotExist() {
        assertThat(DateParser.parseDated("2025-13")).isEmpty();
    }
}
