package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Footnote marks of encyclopaedia pages ("Hu Jintao[7].", "la Chine[2],[3]", "du projet [3] .") name a note and count
 * nothing, glued to the word before or set off by a space.
 */
class FootnoteMarksTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            fr | lors de la visite du président ouzbek à Pékin, Mirziyoyev[4]. Le tracé compte 40 stations | 40 stations=40 count
            fr | les livraisons vers la Chine[2],[3] portent sur 12 navires                              | 12 navires=12 count
            en | during the visit of the minister[12], 30 trucks crossed the border                      | 30 trucks=30 count
            fr | la première pierre a été posée en 2009 [5] . La ligne compte 40 stations                  | 40 stations=40 count
            en | the agreement was signed in Astana [3]. It covers 12 vessels                            | 12 vessels=12 count
            """)
    void shouldLeaveTheMarkOut(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
