package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A unit of two words inflects in both ("кубических метров", "фунтов стерлингов"): the lexicon's forms with a star
 * inside ({@code кубическ* метр*}) match every case, as a trailing star does for one word.
 */
class InflectedUnitFormsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | канал забирает до 17 кубических метров воды в секунду        | 17 кубических метров=17 m3
            ru | резервуар на 40 кубических метра                               | 40 кубических метра=40 m3
            ru | порт обработал 900 двадцатифутовых эквивалентов за месяц       | 900 двадцатифутовых эквивалентов=900 TEU
            ru | сделка на 5 фунтов стерлингов                                  | 5 фунтов стерлингов=5 GBP
            """)
    void shouldReadEveryWordOfTheUnitInItsCase(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
