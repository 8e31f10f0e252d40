package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A scale letter glued to a number with no currency sign before it ("1.43m tonnes", "10bn cubic metres") scales the
 * number when a unit of measure follows it, as after a currency sign.
 */
class GluedScaleBeforeUnitTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The port handled 1.43m tonnes of coal bound for Europe last year.  | 1.43m  | 1.43E6 | t
            Shipments could reach 0.5m tons by the end of the season.          | 0.5m   | 5.0E5  | t
            Turkmenistan sent 10bn cubic metres of gas to China in 2023.       | 10bn   | 1.0E10 | m3
            The line is to carry 2m TEU a year once the second track is ready. | 2m     | 2.0E6  | TEU
            """)
    void shouldScaleTheNumberByTheLetterBeforeAUnit(String body, String text, double value, String unit) {
        ExtractedFigure found = figure(body.strip(), text);
        assertThat(found.value()).isEqualTo(value);
        assertThat(found.unit()).isEqualTo(unit);
    }
}
