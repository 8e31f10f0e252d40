package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Digits after a slash that go on past a group or decimal mark open a number of their own (a slash used as a bracket:
 * "in 2023 /1,250 thousand tons/"), never the second term of a fraction, so the number is read whole, not from its
 * middle; a fraction or a date with slashes stays no figure.
 */
class SlashBracketsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | It handled 1,480 thousand tons, more than in 2023 /1,250 thousand tons/. | 1,480 thousand tons=1480000 t; 1,250 thousand tons=1250000 t
            en | Output rose in 2023 /4.5 million tons/ and again later.                   | 4.5 million tons=4500000 t
            en | The rule applies 24/7 at the border.                                       |
            en | The order of 12/03/2024 was cancelled.                                     |
            """)
    void shouldReadTheNumberAfterABracketingSlashWhole(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
