package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gas one country sends another in cubic metres is the seller's {@code trade.exports}, whatever word of transit or
 * carriage says so and whatever country it crosses (team a's written exception; gold-zj's second read). What a named
 * pipeline carries, and gas sent from a region, stay freight.
 */
class GasBetweenCountriesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Transit of Turkmen gas to Armenia through Iran came to 2 billion cubic meters last year.                 | 2 billion cubic meters   | trade.exports
            Transit of Russian gas to Kyrgyzstan via Kazakhstan reached 4 bcm in 2023.                               | 4 bcm                    | trade.exports
            Транзит узбекского голубого топлива в Таджикистан через Туркменистан составит 1,5 млрд кубометров.      | 1,5 млрд кубометров      | trade.exports
            Last year the Central Asia-China gas pipeline transported 38 billion cubic meters of gas to China.       | 38 billion cubic meters  | cargo.volume
            Gas volumes transported from Central Asia to China are expected to reach 58 billion cubic meters this year.   | 58 billion cubic meters  | cargo.volume
            """)
    void shouldReadGasSentBetweenCountriesAsExports(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
