package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms of multiples and ranks that the word lists first missed (round 33): a change's verb as a participle, a Russian
 * hedge between the number and its unit, and Kazakh ordinals. Same row format as {@link FigureExtractorTest}.
 */
class MultiplesAndRanksFormsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | the number of its pupils abroad has risen 12 times since 2010      | 12 times=12 times
            en | freight on the line has grown nearly 6 times in a decade            | 6 times=6 times
            en | imports of cement have fallen 3 times since the crisis              | 3 times=3 times
            en | the minister has been to Tashkent 5 times this year                 | 5 times=5 count
            ru | продажи зерна выросли в 3 с лишним раза                             | 3 с лишним раза=3 times
            ru | дорогу строили 15 с небольшим лет                                   | 15 с небольшим лет=15 years
            ru | в 5 с лишним раз больше                                             | 5 с лишним раз=5 times
            ru | поставки из 4 стран с лишним грузом                                 | 4 стран=4 count
            """)
    void shouldReadMultipleWhenParticipleOrHedgeStandsByIt(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            kk | ел әлемдік рейтингте 31-орынды иеленді                             | 31-орынды=31 rank
            kk | биыл рейтингте 40-шы қатардан 35-орынға көтерілді                  | 40-шы=40 rank; 35-орынға=35 rank
            kk | Индекс бойынша ел 12-ші болды, ал рейтингте көрші елдер артта       | 12-ші=12 rank
            kk | ауылдың 5-ші көшесінде жол салынды                                 |
            """)
    void shouldFindRankWhenKazakhOrdinalNamesAPlace(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
