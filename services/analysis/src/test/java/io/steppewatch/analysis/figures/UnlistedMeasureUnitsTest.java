package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A unit of measure after a number is never a count of that unit's name. The standard has no unit for ounces or cubic
 * feet (the corpus README leaves cubic feet unlabelled), so their numbers are no figure; the cent is a hundredth of a
 * listed currency and is scaled into it; tonnes of uranium written "tU" are tonnes.
 */
class UnlistedMeasureUnitsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | банк держит 9,4 млн унций золота                       | ``
            en | the vault holds 1.2 million troy ounces                  | ``
            en | the field has 900 billion cubic feet of gas              | ``
            ru | тариф составил 3,5 цента за киловатт-час                 | 3,5 цента=0.035 USD
            en | the price fell to 8 cents per unit                       | 8 cents=0.08 USD
            en | the mine produced 4,120tU last year                      | 4,120tU=4120 t
            en | a ticket costs 4 dollars 20 cents                        | 4 dollars 20 cents=4.2 USD
            """)
    void shouldReadTheUnitOfMeasureAndNoCountOfIt(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
