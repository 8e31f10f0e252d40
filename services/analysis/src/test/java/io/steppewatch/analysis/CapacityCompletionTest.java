package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A capacity still to come takes the date its facility is to be completed or commissioned, from its own sentence or the
 * one before; a date for a first phase only gives none; a facility already built takes no period from its completion
 * (settled 2026-12-04).
 */
class CapacityCompletionTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The new dry port is to be put into operation in 2027. Its annual capacity will be 5 million tons.                             | 5 million tons  | 2027
            The builder plans to complete the grain terminal in June 2026. Annual capacity of the terminal will be 2 million tons.          | 2 million tons  | 2026-06
            The terminal's capacity will be raised to 500,000 TEU, and the works are planned to be completed in 2028.                      | 500,000 TEU     | 2028
            The first phase of the dry port will be completed in 2026. Overall, the project will bring the port's capacity to 3 million tons per year. | 3 million tons | null
            In late 2016 work on the third string with the capacity of 8 billion cubic meters of gas a year was completed.               | 8 billion       | null
            """)
    void shouldDateACapacityByItsFacilitysCompletion(String body, String text, String period) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.metric()).isEqualTo("cargo.capacity");
        assertThat(String.valueOf(figure.period())).isEqualTo(period);
    }
}
