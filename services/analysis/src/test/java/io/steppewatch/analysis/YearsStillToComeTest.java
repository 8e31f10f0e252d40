package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 24 of round 34: a number of years still to come is `target` when it is how long works or a process are
 * planned or expected to take or last, `amount` when it only frames a goal stated in another figure, or is a term
 * agreed or imposed.
 */
class YearsStillToComeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The builders say the new railway across Kyrgyzstan will take about seven years.                           | seven years     | TARGET
            La construction de la route vers le Tadjikistan devrait durer environ quatre ans.                         | quatre ans      | TARGET
            Officials expect the line to Afghanistan to be completed within 3 years.                                  | 3 years         | TARGET
            Мы рассчитываем построить дорогу до границы с Китаем за 4 года.                                           | 4 года          | TARGET
            Kazakhstan and Uzbekistan aim to raise their trade to $10 billion within 3 years.                        | 3 years         | AMOUNT
            Les deux pays veulent porter leurs échanges à 2 milliards de dollars dans les 5 prochaines années.     | 5 prochaines années | AMOUNT
            Turkmenistan signed a contract to deliver gas to China for the next 20 years.                             | 20 years        | AMOUNT
            The smuggler was sentenced to 12 years in prison by a court in Termez.                                    | 12 years        | AMOUNT
            Over the past 5 years trade between the two countries has doubled.                                        | 5 years         | AMOUNT
            """)
    void shouldMeasureYearsToComeByWhatTheyAre(String body, String text, String measure) {
        assertThat(figure(body, text).measure().name()).isEqualTo(measure);
    }
}
