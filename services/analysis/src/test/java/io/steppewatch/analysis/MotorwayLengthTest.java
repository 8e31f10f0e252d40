package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A motorway, an expressway or an "автодорога" is a road: its length in kilometres is {@code route.length}, as a
 * highway's is (the standard: "length of a route, railway, road or pipeline").
 */
class MotorwayLengthTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The plan foresees a 640-kilometer motorway linking Kazakhstan and Kyrgyzstan.                  | 640-kilometer        | route.length
            Engineers will lay an expressway of 310 km between Tashkent and Samarkand.                      | 310 km               | route.length
            Новая автодорога в 420 километров соединит Казахстан и Узбекистан.                              | 420 километров       | route.length
            """)
    void shouldReadAMotorwaysKilometresAsItsLength(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
