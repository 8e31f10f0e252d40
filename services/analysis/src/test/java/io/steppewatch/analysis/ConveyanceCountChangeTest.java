package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A change stated right after a count of trains, in a clause that names nothing else it measures, is the change of
 * that count, `other`; a change with its own words of freight or containers keeps their metric.
 */
class ConveyanceCountChangeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In 2024, 410 container trains from China crossed the Caspian route — 12 times more than in 2023.                    | 12 times | other
            In the first half of 2025, 150 container trains were sent westwards, 25 % above the same period of 2024.          | 25 %     | other
            In 2024, 410 container trains crossed the route, and the volume of container transit has increased 12-fold.       | 12-fold  | cargo.containers
            """)
    void shouldReadTheChangeOfTrainsCountedAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
