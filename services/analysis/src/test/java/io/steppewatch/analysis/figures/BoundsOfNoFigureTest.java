package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers that only look like counts: the first bound of a range whose second bound is no figure ("6-8 hours": hours
 * are no unit of the standard) and the two-digit end of a span of years ("2025-26"). A count beside them stays.
 */
class BoundsOfNoFigureTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | unloading takes 4-6 hours, so the port handles 9 ships a day               | 9 ships=9 count
            en | waiting at the crossing fell from 30 to 12 hours for the 200 trucks         | 200 trucks=200 count
            ru | погрузка занимает 3-5 часов, за сутки терминал принимает 14 составов       | 14 составов=14 count
            en | the two ministries agreed a plan for 2025-26 covering 40 schools             | 40 schools=40 count
            en | the 2023–24 season brought 15 flights to the city                            | 15 flights=15 count
            en | the line carried 5-8 trains a day                                 | 5=5 count; 8 trains=8 count
            """)
    void shouldKeepOnlyTheCount(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
