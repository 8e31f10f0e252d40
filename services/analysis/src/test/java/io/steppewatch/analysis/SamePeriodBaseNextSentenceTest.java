package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In an undated text, months named without a year ("in January-April") take the year after the base the very next
 * sentence compares them with ("compared with the same period of 2023"), even when whole past years are named for
 * other data in the paragraph (LABEL-FIXES, round 25: a relative period takes "a base year it is compared with ...
 * the year after the base"; "a whole past year named for other data is not the year of writing").
 */
class SamePeriodBaseNextSentenceTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            В январе-апреле экспорт муки составил $280 млн. По сравнению с аналогичным периодом 2023 года поставки выросли на 9%. На Афганистан в 2022 году пришлось 60%, а в 2023 — 55%. | $280 млн | 2024-01/2024-04
            In January-April, flour exports came to $300 million. Compared with the same period of 2023, they grew by 12%. In 2022 Afghanistan took 60%, and in 2023 55%. | $300 million | 2024-01/2024-04
            """)
    void shouldTakeTheYearAfterTheBaseComparedNext(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, null, text).period()).isEqualTo(period);
    }
}
