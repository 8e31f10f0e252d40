package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An approximation that counts a unit of measure ("une trentaine de kilomètres", "about a dozen tonnes") is that
 * measure, as a number written before the unit is; a count of people or things stays a count. Same row format as
 * {@link FigureExtractorTest}.
 */
class ApproximatedMeasuresTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            fr | le poste se trouve à une trentaine de kilomètres de la ville  | une trentaine de kilomètres=30 km
            fr | le convoi s'est arrêté à une vingtaine de km du col          | une vingtaine de km=20 km
            fr | une centaine de tonnes de farine ont été livrées             | une centaine de tonnes=100 t
            en | the patrol found about a dozen tonnes of fuel                | about a dozen tonnes=12 t
            fr | une cinquantaine de mètres séparent les deux postes          | une cinquantaine de mètres=50 m
            """)
    void shouldReadTheUnitWhenApproximationCountsAMeasure(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            fr | une trentaine de soldats ont franchi la frontière            | une trentaine de soldats=30 count
            fr | une dizaine de camions attendaient au poste                  | une dizaine de camions=10 count
            fr | une vingtaine d'années de coopération                        | une vingtaine d'années=20 years
            """)
    void shouldKeepCountOrDurationWhenApproximationCountsNoUnit(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            fr | une centaine d'hectares de coton ont brûlé
            """)
    void shouldFindNoFigureWhenApproximationCountsAnUnlabelledMeasure(String language, String text) {
        assertThat(describe(text, extractor.extract(text, language))).isEmpty();
    }
}
