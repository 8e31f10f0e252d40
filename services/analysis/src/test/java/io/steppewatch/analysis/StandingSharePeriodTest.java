package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A share of a standing whole stated in the present tense takes no period (decision 51 of round 37): a share of a
 * flow the sentence says goes somewhere now, and a share of a GDP or a land area, whatever period the sentence before
 * or another clause of its own sentence sets. A share whose own clause names a period keeps it, and so does a share
 * of the very total the sentence before dates.
 */
class StandingSharePeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In 2023, Kazakhstan exported 9 million tons of grain. About 60 percent of the wheat grown in the north is shipped to Uzbekistan. | 60 percent | 2024-06-01 |
            In 2022, trade with the bloc reached $40 billion, and nearly 70% of the copper the country mines goes to Chinese smelters. | 70% | 2024-06-01 |
            В 2023 году экспорт зерна составил 9 млн тонн. Около 40% казахстанской муки поставляется в Афганистан. | 40% | 2024-06-01 |
            En 2023, les échanges ont atteint 3 milliards de dollars. Le pays fournit à l'Allemagne près de 30 % de son pétrole. | 30 % | 2024-06-01 |
            In 2023, migrants sent home $2.1 billion. The money accounts for 31 percent of the republic's GDP. | 31 percent | 2024-06-01 |
            В 2023 году мигранты перевели домой 2,1 млрд долларов. Денежные переводы составляют 31% ВВП республики. | 31% | 2024-06-01 |
            In January-March 2024, 45% of the country's exports went to China. | 45% | 2024-06-01 | 2024-01/2024-03
            In 2023, Uzbekistan's exports reached $24 billion. China accounted for 18 percent of them. | 18 percent | 2024-06-01 | 2023
            In 2023, migrants sent home $2.1 billion. This represents 31 percent of GDP. | 31 percent | 2024-06-01 | 2023
            """)
    void shouldGiveAShareOfAStandingWholeNoPeriod(String body, String text, String published, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
