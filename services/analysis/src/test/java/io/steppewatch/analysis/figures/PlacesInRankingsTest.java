package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place in a ranking in the grammatical forms the rank rules first missed (round 34): the Russian ordinal's case
 * ending hyphenated onto the number before the word for a place, the word for a place hyphenated onto the number in
 * Uzbek and in Latin Kazakh, and a cardinal number before the singular word for a place, which reads as an ordinal in
 * Russian, Kazakh and Uzbek. A plural after a number counts seats, not a place. Same row format as
 * {@link FigureExtractorTest}.
 */
class PlacesInRankingsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | в индексе страна заняла 31-е место                            | 31-е место=31 rank
            ru | республика поднялась на 44-ю позицию в списке                  | 44-ю позицию=44 rank
            ru | по итогам года страна оказалась на 17-й строчке                | 17-й строчке=17 rank
            uz | respublika indeksda 52-o‘rinni egalladi                       | 52-o‘rinni=52 rank
            uz | республика индексда 52-ўринга кўтарилди                       | 52-ўринга=52 rank
            kk | el ındekste 31-orynǵa kóterildi                               | 31-orynǵa=31 rank
            ru | в новом индексе страна на 31 месте                             | 31 месте=31 rank
            ru | страна заняла 44 место в индексе                               | 44 место=44 rank
            kk | ел рейтингте 31 орында тұр                                     | 31 орында=31 rank
            uz | республика рейтингда 52 ўринда турибди                        | 52 ўринда=52 rank
            ru | зал рассчитан на 400 мест                                      | 400 мест=400 count
            ru | на 12-й день переговоров стороны договорились                 |
            """)
    void shouldReadPlaceInRankingWhenItsWordComesInAnyOfItsForms(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
