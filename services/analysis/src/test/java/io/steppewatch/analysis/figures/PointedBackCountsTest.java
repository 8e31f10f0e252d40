package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 20 of round 34: a number of countries that only points back at parties already named is no figure; a
 * count of members, participants or partners the text states is a {@code count} figure.
 */
class PointedBackCountsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | Astana and Tashkent met on Monday; the 2 nations agreed on a new route.   |
            en | Iran, Oman and Turkmenistan signed, and these 3 countries will share costs. |
            en | Ministers of all 4 countries attended the launch in Aktau.                 |
            fr | Bakou et Astana ont signé; ces 2 pays relient leurs ports.                  |
            ru | Казахстан и Китай подписали соглашение; эти 2 страны строят дорогу.         |
            en | Uzbekistan now trades with 6 countries in the region.                       | 6 countries=6 count
            en | Delegations from 9 countries came to the forum.                             | 9 countries=9 count
            en | The 3 countries with the largest budgets spend more.                        | 3 countries=3 count
            en | The bloc unites the 27 member states.                                       | 27 member=27 count
            fr | Les 5 pays d'Asie centrale ont signé.                                        | 5 pays=5 count
            en | The resolution was backed by all 120 countries present.                     | 120 countries=120 count
            """)
    void shouldLeaveOutCountsThatPointBackAndKeepStatedCounts(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected == null ? "" : expected));
    }
}
