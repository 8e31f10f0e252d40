package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kazakh units written with a qualifier (round 42): "стандартты контейнер" (standard containers) are TEU, "метрикалық
 * тонна" (metric tonnes) tonnes, and containers counted after "twenty-foot equivalent" in their sentence TEU; other
 * containers, "equivalent to" a number of container trains among them, stay a count. Same row format as
 * {@link FigureExtractorTest}.
 */
class KazakhContainerAndTonneFormsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            kk | терминал биыл 215 мың стандартты контейнер қабылдады                  | 215 мың стандартты контейнер=215000 TEU
            kk | порт арқылы өткен аптада 64 210 метрикалық тонна астық жөнелтілді        | 64 210 метрикалық тонна=64210 t
            kk | жоспар бойынша жиырма футтық эквивалентте 450 мың контейнерге жетеді       | 450 мың контейнерге=450000 TEU
            en | in twenty-foot equivalent, the port handled 90,000 containers last year  | 90,000 containers=90000 TEU
            kk | станцияда 450 мың контейнер тиелді                                       | 450 мың контейнер=450000 count
            en | freight rose by a third, equivalent to 210 container trains            | 210 container=210 count
            """)
    void shouldReadQualifiedKazakhUnitsWhenTheirQualifierIsWritten(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
