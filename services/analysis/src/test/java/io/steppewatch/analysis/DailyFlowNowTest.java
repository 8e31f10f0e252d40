package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 34 of round 35: a flow a day or a week stated as now (wagons or trains a day across a border) is of no
 * month, present word or not, as a yearly flow is; what a facility can take a day, and a stock stated as now, keep
 * the publication month.
 */
class DailyFlowNowTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Today about 40 wagons a day cross the border at the station.                        | 40 wagons   | null
            Сейчас через переход проходит около 40 вагонов в сутки.                               | 40 вагонов  | null
            Actuellement, environ 40 wagons par jour franchissent la frontière.                  | 40 wagons   | null
            Currently, the terminal can handle 40 trains a day.                                  | 40 trains   | 2024-05
            Currently, 40 wagons are waiting at the border station.                              | 40 wagons   | 2024-05
            """)
    void shouldGiveNoMonthToADailyFlowStatedAsNow(String body, String text, String period) {
        assertThat(figure(body, "2024-05-10", text).period()).isEqualTo(period);
    }
}
