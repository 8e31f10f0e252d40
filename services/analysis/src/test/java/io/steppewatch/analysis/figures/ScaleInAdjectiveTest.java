package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A scale word hyphenated onto its number as an adjective ("a 40-million population", "50-тысячный поезд") multiplies
 * the number as it does written apart, without a currency before it as with one ("a $10-billion target"). An
 * abbreviation or a letter after the hyphen ("401-K", "7-M") is no scale.
 */
class ScaleInAdjectiveTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | food for the country's 35-million population                 | 35-million population=35000000 count
            ru | терминал принял 20-тысячный поезд из Китая                  | 20-тысячный поезд=20000 count
            ru | для 30-миллионного населения соседней страны                  | 30-миллионного населения=30000000 count
            en | savings in a 401-K plan                                       | ``
            """)
    void shouldMultiplyByTheHyphenatedScale(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
