package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The year of the base a figure is compared with dates the base, not the figure (round 44, perb44): Russian's "по
 * сравнению с" before the base's figure, as "против" and "compared with" already did; a range's second end compared as
 * its first; "тем же самым периодом" (with "самый" stressing "the same") and "the same indicators as last year" as
 * bases of a year-on-year comparison, as "тем же периодом" and "the same period" already were.
 */
class ComparisonBasePeriodTest {

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Пропускная способность перехода выросла до 40 вагонов в сутки по сравнению с 25 в прошлом году.                                  | 2024-10-02 | 40 вагонов | null
            Пропускная способность перехода выросла до 40 вагонов в сутки по сравнению с 25 в прошлом году.                                  | 2024-10-02 | 25       | 2023
            Kazakhstan raised the number of freight trains to China to 75-77 a day, compared with 50-60 last year.                                                     | 2024-10-02 | 60       | 2023
            В первом квартале нынешнего года товарооборот с Китаем в сравнении с тем же самым периодом прошлого года вырос до 310 млн долларов. | 2023-05-11 | 310 млн  | 2023-01/2023-03
            Comparing the first half of 2023 with the same indicators as last year, transit traffic rose by 27 percent.                       | 2023-08-01 | 27 percent | 2023-01/2023-06
            """)
    void shouldLeaveTheBaseYearToTheBase(String body, String published, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
