package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A measure written as a compound adjective whose hyphen stands apart from its unit, or that carries "plus", is read
 * as the unbroken adjective is (round 42); years and currencies stay out (the number is then the bare count it was). Same row format as
 * {@link FigureExtractorTest}.
 */
class BrokenCompoundMeasuresTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | The 512- kilometer highway links the two capitals                  | 512- kilometer=512 km
            en | the lake lies behind a 310 kilometre (193- mile) ridge             | 310 kilometre=310 km; 193- mile=193 mi
            en | The goods still have another 2,500-plus kilometers to go           | 2,500-plus kilometers=2500 km
            en | She was a 15- year veteran of the ministry                        | 15=15 count
            """)
    void shouldReadBrokenCompoundAsItsMeasure(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
