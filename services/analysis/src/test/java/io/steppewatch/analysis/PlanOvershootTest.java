package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How far a level beat its plan, target or quota is no change of the freight or trade (decision 69 of round 39:
 * `other`); a change over time beside a plan, and the plan's own level, keep their metric.
 */
class PlanOvershootTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            По итогам года план по перевалке грузов в порту Актау будет перевыполнен на 300 тысяч тонн.                       | 300 тысяч тонн | other
            Порт былтыр 4,1 млн тонна жүк тасымалдап, жоспардан 7,2% артуы байқалды.                                          | 7,2%           | other
            Freight carried by the Kazakh railway reached 270 million tonnes, 12% above the planned figure.                  | 12%            | other
            Rail freight between the two countries exceeded the target agreed for the year by 14%.                           | 14%            | other
            Rail freight between the two countries grew by 14% last year, and the plan is to carry 30 million tonnes.        | 14%            | cargo.volume
            """)
    void shouldLeaveAGapToAPlanOutOfTheMetric(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
