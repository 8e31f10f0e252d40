package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "One and a half million dollars" is 1.5 million, not the half million its last words say alone; a whole number written
 * in digits before "and a half" is read with the half, not as a bare number of its own.
 */
class WholeAndAHalfTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | exports stood at Two and a half million US dollars last year    | Two and a half million US dollars=2500000 USD
            en | the deal is worth one and a half billion dollars                | one and a half billion dollars=1.5E9 USD
            en | a half million US dollars was paid                              | a half million US dollars=500000 USD
            en | they agreed on three and a quarter million dollars              | a quarter million dollars=250000 USD
            en | the line will carry 4 and a half million tons of freight a year | 4 and a half million tons=4500000 t
            """)
    void shouldAddTheWholeToTheHalf(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
