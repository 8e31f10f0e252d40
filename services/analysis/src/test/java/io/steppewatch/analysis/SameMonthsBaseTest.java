package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The base of a year-on-year comparison of months is of the same months a year earlier (the standard: a change
 * against the same period last year has the period of the figure it describes; its base, that period a year
 * before), however the text says "the same months": "the corresponding months of 2023", "les mêmes mois de 2023",
 * or "the previous year" after a figure of the months the text set before. A whole year stated apart stays a year.
 */
class SameMonthsBaseTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tajikistan sold 810 tons of cotton yarn from March through May 2024, twice as much as in the corresponding months of 2023 (405 tons). | 405 tons | 2023-03/2023-05
            Tajikistan sold 810 tons of cotton yarn in March-May 2024, against 405 tons in the comparable months of 2023. | 405 tons | 2023-03/2023-05
            Le Tadjikistan a vendu 810 tonnes de fil de coton en mars-mai 2024, contre 405 tonnes sur les mêmes mois de 2023. | 405 tonnes | 2023-03/2023-05
            Le Tadjikistan a vendu 810 tonnes de fil de coton en mars-mai 2024, contre 405 tonnes pour les mois correspondants de 2023. | 405 tonnes | 2023-03/2023-05
            Cotton yarn sales rose sharply between March and May 2024.\\n\\nOver the same period, sales reached 810 tons, up from 405 tons the previous year. | 405 tons | 2023-03/2023-05
            Cotton yarn sales of 810 tons in March-May 2024 were reported on June 12.\\n\\nThe previous year, sales came to 3,000 tons. | 3,000 tons | 2023
            """)
    void shouldDateTheBaseByTheSameMonthsAYearEarlier(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body.replace("\\n", "\n"), "2024-06-14", text).period()).isEqualTo(period);
    }
}
