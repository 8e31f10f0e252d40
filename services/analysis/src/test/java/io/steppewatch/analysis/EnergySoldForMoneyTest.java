package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The value in money of gas, oil or electricity one country sells another is a product flow, {@code other}, the
 * seller first (settled for every gold file, 2026-12-03); the same flow in cubic metres keeps its trade metric.
 */
class EnergySoldForMoneyTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In 2023 Turkmenistan exported natural gas worth $7.2 billion to China.                               | $7.2 billion              | other         | TM,CN
            В 2023 году Туркменистан экспортировал в Китай природный газ на сумму 7,2 млрд долларов.               | 7,2 млрд долларов         | other         | TM,CN
            En 2023, les importations chinoises de gaz turkmène se sont chiffrées à 7,4 milliards de dollars.      | 7,4 milliards de dollars  | other         | TM,CN
            En 2023, les importations chinoises de gaz turkmène ont atteint 41 milliards de mètres cubes.          | 41 milliards              | trade.imports | CN,TM
            """)
    void shouldReadEnergySoldForMoneyAsAProductFlow(String body, String text, String metric, String subjects) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.metric()).isEqualTo(metric);
        assertThat(figure.subjects()).containsExactlyInAnyOrder(subjects.split(","));
    }
}
