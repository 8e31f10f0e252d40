package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A border's length is `border.length` in miles as in kilometres, as a route's length already is. */
class BorderInMilesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Patrols cover the mountainous 600-mile border between Kyrgyzstan and China.                 | 600-mile  | border.length
            La patrouille surveille les 600 miles de frontière entre le Kirghizistan et la Chine.        | 600 miles | border.length
            Patrols cover the mountainous 960-kilometre border between Kyrgyzstan and China.             | 960-kilometre | border.length
            """)
    void shouldReadABorderInMilesAsItsLength(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
