package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 34 of round 35: a flow stated as now (the trade a goal is set against, wagons or trains by the day) is of
 * no period, present word or not; a stock counted with a word of the present moment keeps the publication month (round 47, perb47;
 * {@code FlowsNow}). Articles published on 5 March 2024.
 */
class FlowsNowPeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Les deux pays veulent porter leurs échanges à 8 milliards de dollars, contre 5 milliards actuellement. | 5 milliards | null
            Сегодня среднесуточная погрузка на станции составляет около 700 вагонов. | 700 вагонов | null
            Сейчас порт перегружен: вместо 40 поездов в сутки он принимает около 25. | 25 | null
            Currently, 120 Kazakh companies operate in Georgia. | 120 Kazakh | 2024-03
            Сейчас в Узбекистане работают 300 совместных предприятий. | 300 совместных | 2024-03
            À ce jour, quelque 600 camions attendent au poste-frontière. | 600 camions | 2024-03
            """)
    void shouldGiveNoMonthToAFlowStatedAsNow(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2024-03-05", text).period()).isEqualTo(period);
    }
}
