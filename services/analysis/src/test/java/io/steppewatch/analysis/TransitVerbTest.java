package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tonnes said to have transited a line or a country are its freight, as tonnes of transit are ({@code cargo.volume},
 * whatever the product: the written decision on tonnes carried by a pipeline, port, railway or route).
 */
class TransitVerbTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            L'an dernier, environ 9 millions de tonnes de brut ont transité par ce terminal kazakh.      | 9 millions de tonnes  | cargo.volume
            Some 4.5 million tonnes of crude transited the Georgian pipeline last year.                   | 4.5 million tonnes    | cargo.volume
            """)
    void shouldReadTransitedTonnesAsFreight(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
