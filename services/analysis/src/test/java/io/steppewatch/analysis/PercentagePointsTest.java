package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A percentage stated in points is the gap between two rates or shares, `other`, whatever metric its sentence names; a
 * change in percent keeps the metric.
 */
class PercentagePointsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Trade between Kazakhstan and China grew by 9 percent, 3 percentage points faster than China's trade as a whole. | 3 percentage points | other
            Les échanges entre le Kazakhstan et la Chine ont progressé de 2 points de pourcentage en 2024.              | 2 points de pourcentage | other
            Trade between Kazakhstan and China grew by 9 percent in 2024.                                                | 9 percent | trade.turnover
            """)
    void shouldReadAGapInPointsAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
