package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An Uzbek "N ta" that names a leading group is a rank, as "the 10 largest investors" is (round 42): "eng" (most) a few
 * words before the number or right after its counter, or "one of" after the counted noun. Without either, or with "eng ko‘p" (at most), "N ta" counts.
 * Same row format as {@link FigureExtractorTest}.
 */
class UzbekLeadingGroupsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            uz | mamlakat paxta bo‘yicha eng yirik 7 ta xaridorlar safiga qo‘shildi  | 7 ta xaridorlar=7 rank
            uz | Туркия энг катта 10 та инвестор қаторида турибди                   | 10 та инвестор=10 rank
            uz | ulardan 3 ta eng faol hamkor davlatlar ajratildi                   | 3 ta eng=3 rank
            uz | respublika olma yetishtiruvchi 20 ta davlatdan biri hisoblanadi      | 20 ta davlatdan=20 rank
            uz | viloyatda 12 ta yangi korxona ishga tushirildi                      | 12 ta yangi=12 count
            uz | энг кўп 40 та вагон юборилди деб айтилди                             | 40 та вагон=40 count
            """)
    void shouldReadLeadingGroupAsRankWhenMostOrOneOfFramesIt(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
