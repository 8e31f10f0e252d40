package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A level or a change the body stated before with a period and restates later with none is the same figure, of the
 * period its first statement gave (the standard: a period carried from the sentence that sets it), however far the
 * restatement stands from it. A goal restated is not carried so, nor is a headline's figure.
 */
class RestatedFigurePeriodTest {

    private static final String REPORT = """
            Rail freight between Georgia and Kazakhstan totaled 800,000 tons from January through September 2023, \
            up 40%, the railway company said.

            "New routes are opening. Shippers from the region look for ways around the old ones. Many of them now \
            choose the Caucasus," the company said.

            The company aims to carry 2 million tons.

            It did not name its clients. Nor did it say which goods were carried. Its new wagons arrived in spring.

            Freight in the Kazakh direction grew fourfold, from 200,000 to 800,000 tons, up 40%.
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            800,000 tons | 2023-01/2023-09
            40%          | 2023-01/2023-09
            """)
    void shouldKeepTheFirstStatementsPeriod(String text, String period) {
        ExtractedFigure restated = AnalyzedFigures.figures(REPORT).stream()
                .filter(f -> f.sentence().contains("fourfold") && f.text().equals(text)).findFirst().orElseThrow();
        assertThat(restated.period()).isEqualTo(period);
    }
}
