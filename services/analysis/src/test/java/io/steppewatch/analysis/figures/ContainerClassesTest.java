package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 44, the lead's decision of round 36: the feet that name a container's class are no figure, whether the word
 * of containers stands before them ("conteneurs réfrigérés de 40 pieds", "контейнеров по 40 футов") or after them
 * ("twenty foot equivalent units"), and "a 40 footer" counts no boxes; the boxes themselves stay counted, and feet
 * that measure something stay.
 */
class ContainerClassesTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            fr | Le convoi compte 12 conteneurs réfrigérés de 40 pieds chargés de fruits.       | 12 conteneurs=12 count
            ru | Состав везёт 60 контейнеров по 40 футов.                                          | 60 контейнеров=60 count
            en | The yard handled 90,000 TEU (twenty foot equivalent units) last year.          | 90,000 TEU=90000 TEU
            en | Its gantries can move 40 footer boxes and smaller ones.                           |
            en | The new tower stands 30 feet above the quay.                                      | 30 feet=30 ft
            fr | La digue mesure 12 pieds de haut.                                                 | 12 pieds=12 ft
            """)
    void shouldLeaveOutTheFeetOfAContainerClass(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected == null ? "" : expected));
    }
}
