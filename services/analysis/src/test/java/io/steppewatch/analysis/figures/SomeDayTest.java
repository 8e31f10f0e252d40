package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 51: "one day" meaning "some day" is no span of a day; after a word of duration ("for one day", "within one
 * day") it still is.
 */
class SomeDayTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | she hopes to run her own shop one day               |
            en | the region could one day export power               |
            en | One day, the plant will be rebuilt                  |
            en | the border was closed for one day                   | one day=1 days
            en | the goods cleared customs within one day            | one day=1 days
            """)
    void shouldReadNoSpanInSomeDay(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
