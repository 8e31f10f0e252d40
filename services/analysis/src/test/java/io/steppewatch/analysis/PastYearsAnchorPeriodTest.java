package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A span "over the past N years" is anchored the same way in every text (decision 65 of round 39): the N whole years
 * ending with the year its sentence writes for the level the change reaches; else the N years before the year of
 * publication; else, in an undated text, the N years before the year the text places itself in (a part-year it
 * reports with its year); else none.
 */
class PastYearsAnchorPeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Trade between the two countries grew by 40% over the past five years, reaching $3 billion in 2021. | 40% | | 2017-01/2021-12
            Les échanges ont progressé de 40 % ces cinq dernières années, atteignant 3 milliards de dollars en 2021. | 40 % | | 2017-01/2021-12
            Trade between the two countries grew by 40% over the past five years, reaching $3 billion in 2021. | 40% | 2024-06-01 | 2017-01/2021-12
            In January-April 2025, freight rose to 11 million tons. Over the past five years, freight between the two countries grew by 48%. | 48% | | 2020-01/2024-12
            Over the past five years, freight between the two countries grew by 48%. | 48% | 2024-06-01 | 2019-01/2023-12
            Over the past five years, freight between the two countries grew by 48%. | 48% | |
            """)
    void shouldAnchorThePastYearsOnTheYearTheTextGivesThem(String body, String text, String published, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
