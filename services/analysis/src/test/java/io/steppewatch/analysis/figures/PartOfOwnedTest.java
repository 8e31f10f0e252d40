package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A number followed by "of" and a possessive or article counts the plural noun after them: "600 of its troops"; "10 of
 * the port" counts nothing.
 */
class PartOfOwnedTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | Kazakhstan will send 600 of its troops to the exercise          | 600 of its troops=600 count
            en | nearly 2,000 of their drivers were stuck at the border          | 2,000 of their drivers=2000 count
            en | some 120 of the trucks carried flour                            | 120 of the trucks=120 count
            en | 12 of the 40 wagons were empty                                  | 12=12 count; 40 wagons=40 count
            en | berths 9,10 of the port will be rebuilt                         | 9=9 count; 10=10 count
            """)
    void shouldCountTheNounAfterTheOwner(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
