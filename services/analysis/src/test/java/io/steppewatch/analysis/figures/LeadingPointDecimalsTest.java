package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 51: a decimal written without its zero ({@code .3%}, common in English blogs and columns) is read from its
 * point, not as the whole number after it (".3%" was 3 percent); a point after a letter, a digit or another point
 * opens no number ("v2.5", "...4 firms").
 */
class LeadingPointDecimalsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | unemployment edged up by .2% in May                  | .2%=0.2 percent
            en | the race ended with a margin of .4 percent           | .4 percent=0.4 percent
            en | each song costs $.99 on the store                     | $.99=0.99 USD
            en | prices fell (.25%) over the week                      | .25%=0.25 percent
            en | the rate slipped to -.5% last month                   | -.5%=0.5 percent
            en | the plant made 7.5 million cars                       | 7.5 million cars=7500000 count
            en | and then...4 firms left the market                    | 4 firms=4 count
            """)
    void shouldReadADecimalFromItsPoint(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
