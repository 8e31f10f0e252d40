package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Vehicles waiting at a post are a count as it stands (gold-o), not a goal: the Russian "ожидают" is "are waiting"
 * there, and "expect" only in a forecast.
 */
class WaitingVehiclesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            About 300 trucks are waiting to cross the border at the Korday post.           | 300     | AMOUNT
            Около 300 грузовиков ожидают пересечения границы на посту Кордай.              | 300     | AMOUNT
            Около 300 грузовиков ожидают на пункте пропуска Кордай.                         | 300     | AMOUNT
            Эксперты ожидают, что товарооборот достигнет 5 млрд долларов.                   | 5 млрд  | TARGET
            Environ 300 camions attendent de franchir la frontière au poste de Kordaï.     | 300     | AMOUNT
            """)
    void shouldReadVehiclesWaitingAtAPostAsTheyStand(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }
}
