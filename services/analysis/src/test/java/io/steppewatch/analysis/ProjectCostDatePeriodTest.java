package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A project's cost holds for the project: the date of its start, launch or completion in the cost's own sentence dates
 * that act, not the cost (the rule for a cost with a period set by the sentences before, applied to its own sentence).
 * The worth of papers signed keeps the signing's date, the value of goods or gas traded keeps its period, and a cost with a
 * period right after it keeps that period.
 */
class ProjectCostDatePeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Due to be finished in 2027, the new bridge has an estimated cost of $45 million. | $45 million | 2024-06-01 |
            The terminal, costing $80 million, was planned to open by the end of 2026. | $80 million | 2024-06-01 |
            Строительство терминала стоимостью 12 млрд тенге планируется завершить в 2026 году. | 12 млрд тенге | 2024-06-01 |
            Commencé en mai 2021, ce chantier d'une valeur de 300 millions de dollars doit relier les deux ports. | 300 millions de dollars | 2024-06-01 |
            On 3 May 2024 the two ministers signed agreements valued at $200 million. | $200 million | 2024-06-01 | 2024-05
            В 2023 году стоимость экспорта казахстанского зерна в Иран составила 400 млн долларов. | 400 млн долларов | 2024-06-01 | 2023
            In 2021 the cost of the gas Uzbekistan bought from Russia came to $900 million. | $900 million | 2024-06-01 | 2021
            """)
    void shouldGiveAProjectsCostNoPeriodFromTheDateOfItsWorks(String body, String text, String published,
                                                             String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
