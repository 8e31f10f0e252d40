package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 33: "pc" as British papers write per cent, and a number with decimals that no scale word follows, which
 * counts nothing (an index, a score). Same row format as {@link FigureExtractorTest}.
 */
class PercentAndCountFormsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | wheat shipments climbed 42pc on the year                            | 42pc=42 percent
            en | a 6.5 pc share of the market                                       | 6.5 pc=6.5 percent
            en | the office bought 30 PC last spring                                 | 30=30 count
            """)
    void shouldReadPercentWhenWrittenAsPc(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | набрав 0,8125 балла страна поднялась в списке                      |
            en | with a score of 0.64 the country came near the top                  |
            en | some 3.5 thousand trucks and 12 wagons                               | 3.5 thousand trucks=3500 count; 12 wagons=12 count
            ru | 1,2 млн человек и 40 вагонов                                         | 1,2 млн человек=1200000 count; 40 вагонов=40 count
            """)
    void shouldFindNoCountWhenNumberHasDecimalsAndNoScale(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
