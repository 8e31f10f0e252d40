package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 55: Russian seconds, minutes, hours, weeks and months in any case ("за 15 секунд", "38 минута матча", "к 27
 * месяцам колонии") are no unit the standard measures, so the number before them is no count; days and years stay
 * figures.
 */
class RussianTimeWordCasesTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | Гонщик прошёл трассу за 15 секунд.                                       |
            ru | Гол забит на исходе первых 12 секунд встречи.                           |
            ru | Машина доехала до места за 9 минут, ещё 17 минута ушла на поиски.        |
            ru | Суд приговорил бухгалтера к 27 месяцам колонии.                          |
            ru | Бывший мэр приговорён к 31 месяцу заключения.                            |
            ru | Учения продлятся 5 дней.                                                  | 5 дней=5 days
            ru | Стройка заняла 4 года.                                                    | 4 года=4 years
            ru | Завод выпустил 12 машин.                                                  | 12 машин=12 count
            """)
    void shouldReadNoCountBeforeARussianWordOfTime(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected == null ? "" : expected));
    }
}
