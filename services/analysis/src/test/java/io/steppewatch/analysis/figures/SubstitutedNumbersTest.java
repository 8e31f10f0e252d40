package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare number after a word of substitution ("instead of", "вместо", "au lieu de") is set against the figure before
 * it as one after "compared to" is, and takes its unit; a restricting word between ("contre seulement 6") does not
 * break the comparison.
 */
class SubstitutedNumbersTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | The trains now take 8 days, instead of 20 as before.                    | 8 days=8 days; 20=20 days
            ru | Станция будет забирать 12 кубометров вместо 5, как прежде.              | 12 кубометров=12 m3; 5=5 m3
            fr | Le dépôt a reçu 14 tonnes cette année, contre seulement 4 en 2023.       | 14 tonnes=14 t; 4=4 t
            fr | Le trajet dure 9 jours au lieu de 15 par la route du nord.              | 9 jours=9 days; 15=15 days
            """)
    void shouldGiveTheReplacedNumberTheUnitOfTheFigureBefore(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
