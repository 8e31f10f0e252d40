package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A level its sentence says recurs every day, week or month is a rate, a flow per day or per month, which has no
 * period (decision 34 of round 35): the period the sentence before sets is not its own. A period of its own sentence
 * still dates it, and a newspaper named "Daily" is no rate.
 */
class RecurringRatePeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In 2023 the dry port handled 300,000 containers. Every day, 14 container trains leave the terminal for Europe. | 14 container | 2024-06-01 |
            En 2023, le port sec a traité 300 000 conteneurs. Chaque jour, 14 trains de conteneurs partent vers l'Europe. | 14 trains | 2024-06-01 |
            В 2023 году терминал обработал 300 тысяч контейнеров. Ежедневно через него проходят 14 поездов. | 14 поездов | 2024-06-01 |
            2023 жылы терминал 300 мың контейнер өңдеді. Терминал тәулік сайын 14 пойыз қабылдайды. | 14 пойыз | 2024-06-01 |
            In 2023 the plant received 90,000 tons of coal. Its monthly consumption is 8,000 tons. | 8,000 tons | 2024-06-01 |
            In January-May 2024, every day about 14 container trains left the terminal for Europe. | 14 container | 2024-06-01 | 2024-01/2024-05
            In 2023 the dry port handled 300,000 containers, China Daily reported. It also handled 20,000 wagons. | 20,000 wagons | 2024-06-01 | 2023
            """)
    void shouldGiveALevelThatRecursEveryDayOrMonthNoPeriod(String body, String text, String published,
                                                           String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
