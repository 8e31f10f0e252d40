package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The number of a law's part, article or clause names it and counts nothing, even where a noun or an adjective after
 * it reads like a counted one ("частью 3 статьи", "статьи 118 Уголовного кодекса"); a count of articles stays a count.
 */
class LawDivisionNumbersTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | Дело возбуждено по части 3 статьи 118 Уголовного кодекса.              |
            ru | Сведения закрыты в силу пункта 4 статьи 52 Налогового кодекса.         |
            ru | Депутаты изменили 7 статей кодекса.                                    | 7 статей=7 count
            en | The court applied Article 12 provisions to 40 traders.                 | 40 traders=40 count
            """)
    void shouldReadTheNumberOfALawDivisionAsNoFigure(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
