package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In an undated text, the first months of a year that the paragraph (or the one before) reports ("In January-February
 * 2023", "За первые четыре месяца 2024 года") are reported in that year: "last year" is the year before it, "this
 * year" that year (the standard: without a publication date, a relative period resolves against a date the text
 * states). A whole year named there is still the year the relative words point at.
 */
class YearToDateAnchorTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In January-February 2023, trade between China and Kazakhstan grew by 22 percent. Last year, it reached a record $31 billion. | $31 billion | 2022
            За первые четыре месяца 2024 года по территории Казахстана проследовало 4,6 тысячи поездов. В прошлом году объем перевозок превысил 26 миллионов тонн. | 26 миллионов тонн | 2023
            In the first quarter of 2024, exports rose by 9 percent. This year, exports are expected to reach $4 billion. | $4 billion | 2024
            In 2023, trade between China and Kazakhstan grew by 22 percent. Last year, it reached a record $31 billion. | $31 billion | 2023
            """)
    void shouldReadLastYearBeforeTheYearSoFar(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, null, text).period()).isEqualTo(period);
    }
}
