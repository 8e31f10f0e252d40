package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 44: a bare scaled number takes the unit of the nearest earlier figure of its sentence written with the same
 * scale word, when a percent or a multiple that comments on that figure stands between ("(+8,3%), а в обратном
 * направлении – 2,2 млн") and when the scale is thousands, which were otherwise read as a count ("96 thousand to
 * Aktau"). A different scale word, a counted noun or a sentence break keeps the number as it was read.
 */
class ElidedUnitsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | Из Казахстана в Китай отправили 4,1 млн тонн угля (+8,3%), а в обратном направлении – 2,2 млн (рост в 1,4 раза). | 4,1 млн тонн=4.1e6 t; 8,3%=8.3 percent; 2,2 млн=2.2e6 t; 1,4 раза=1.4 times
            en | The port shipped 512 thousand tons of grain to Baku and 96 thousand to Aktau.                                  | 512 thousand tons=512000 t; 96 thousand=96000 t
            fr | Le terminal a traité 3,4 millions de tonnes (+12 %), puis 2,9 millions l'an dernier.                           | 3,4 millions de tonnes=3.4e6 t; 12 %=12 percent; 2,9 millions=2.9e6 t
            en | The mine sent 4 million tonnes of lignite to the plant and 700 thousand to the city.                         | 4 million tonnes=4e6 t; 700 thousand=700000 count
            en | The port shipped 512 thousand tons of grain. Another 96 thousand left by rail.                                 | 512 thousand tons=512000 t; 96 thousand left=96000 count
            """)
    void shouldCarryTheUnitOfTheEarlierFigureWithTheSameScaleWord(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected == null ? "" : expected));
    }
}
