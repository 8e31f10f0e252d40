package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.ArticleAnalyzer;

/**
 * Round 43: the days of a date are no count when the page joins a range of days with a minus sign or a typographic
 * hyphen ("on 3−4 October"), which the article's text reads as the hyphen-minus, or writes an agency dateline's month
 * the short way in Uzbek's Latin alphabet ("TOShKENT, 12 avg — Sputnik"); a range of counts joined so keeps both ends.
 */
class DatePiecesTest {

    private final ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | The premier stayed in Tashkent on 3\u22124 October, his second trip this year.      |
            ru | Переговоры министров пройдут в Бишкеке 17\u221218 мая.                                   |
            en | The delegation will visit Astana on 8\u20119 June.                                        |
            uz | TOShKENT, 12 avg — Sputnik. Ikki davlat rahbarlari uchrashdi.                      |
            uz | TOShKENT, 3 noy — Sputnik. Ikki davlat rahbarlari uchrashdi.                       |
            en | The two sides plan to build 5\u22126 more bridges on the river.                           | 5 count, 6 count
            """)
    void shouldReadNoCountInADateAndBothEndsOfARange(String language, String body, String expected) {
        String found = ReportedFigures.of(analyzer, "Talks", body, language);
        assertThat(found).isEqualTo(expected == null ? "" : expected);
    }
}
