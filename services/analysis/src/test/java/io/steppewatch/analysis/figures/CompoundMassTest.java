package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Masses in grams are tonnes scaled, and a mass written in two units, the larger first and then what is left in a
 * smaller one, is one figure whose value adds the parts.
 */
class CompoundMassTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | customs found 2 kilograms 450 grams of heroin in the cab        | 2 kilograms 450 grams=0.00245 t
            en | a parcel of 35 grams of opium                                    | 35 grams=0.000035 t
            fr | les douaniers ont saisi 3 tonnes 125,5 kg de haschich            | 3 tonnes 125,5 kg=3.1255 t
            fr | une dose de 0,5 g et un sachet de 12,5 g                          | 0,5 g=0.0000005 t; 12,5 g=0.0000125 t
            ru | изъято 4 килограмма 320 граммов гашиша                            | 4 килограмма 320 граммов=0.00432 t
            ru | продано 2 тонны 15,8 килограмма серебра                           | 2 тонны 15,8 килограмма=2.0158 t
            en | 5 tonnes, 300 kg and 20 tonnes were shipped                      | 5 tonnes=5 t; 300 kg=0.3 t; 20 tonnes=20 t
            en | 2 kilograms 1,500 grams                                          | 2 kilograms=0.002 t; 1,500 grams=0.0015 t
            en | a 5G network and 4G phones                                       |
            """)
    void shouldAddTheSmallerUnitToTheLargerOne(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected == null ? "" : expected));
    }
}
