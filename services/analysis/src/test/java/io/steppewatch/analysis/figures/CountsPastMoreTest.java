package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An English count whose noun comes past "more" still counts that noun (round 42): "more" says the things come on top
 * of others. Before a unit or "than" the rule stays out (the
 * number is then the bare count it was). Same row format as {@link FigureExtractorTest}.
 */
class CountsPastMoreTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | The new list names 61 more firms accused of shipping drones       | 61 more firms=61 count
            en | The carrier plans to lease 14 more aircraft next year              | 14 more aircraft=14 count
            en | The two sides will open 6 more crossings on the border             | 6 more crossings=6 count
            en | Exports were 5 more than in the spring                             | 5=5 count
            """)
    void shouldCountNounPastMoreWhenNoUnitFollows(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
