package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The helpers that write months must write what the format strings they replace wrote. */
class PeriodsTest {

    @ParameterizedTest
    @CsvSource({"2024, 1", "2024, 9", "2024, 10", "2024, 12", "1999, 0", "2025, 100", "2025, -5"})
    void shouldWriteAMonthAsTheFormatStringDidWhenGivenAnyYearAndMonth(int year, int month) {
        assertThat(Periods.month(year, month)).isEqualTo(String.format(Locale.ROOT, "%d-%02d", year, month));
        assertThat(Periods.month(String.valueOf(year), month))
                .isEqualTo(String.format(Locale.ROOT, "%s-%02d", year, month));
    }

    @Test
    void shouldJoinTwoMonthsWithASlashWhenWritingASpan() {
        assertThat(Periods.months(2024, 1, 2024, 9)).isEqualTo("2024-01/2024-09");
        assertThat(Periods.months("2023", 10, "2024", 3)).isEqualTo("2023-10/2024-03");
    }

    @ParameterizedTest
    @CsvSource({"2024-03-14", "2025-12-01", "0999-07-04", "1000-01-31", "9999-11-30"})
    void shouldWriteTheMonthOfADateAsTheFirstSevenCharsOfItsIsoForm(String iso) {
        LocalDate date = LocalDate.parse(iso);
        assertThat(Periods.month(date)).isEqualTo(date.toString().substring(0, 7));
    }
}
