package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An ordinal before a capitalised name numbers an edition of an event or a body ("the 7th Consultative Meeting", "la
 * 24e Réunion"), which the standard does not count, even when a word of ranking stands near ("will take place"); an
 * ordinal that ranks is followed by what it ranks in, in lower case, and stays a rank.
 */
class EventOrdinalsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | The 9th Regional Trade Forum will take place in Khiva next spring.      |
            fr | La 24e Réunion des ministres aura lieu à Douchanbé, à la même place.   |
            en | The country ranked 9th in the regional ranking this spring.           | 9th=9 rank
            en | Tajikistan took 12th place among the suppliers.                         | 12th place=12 rank
            """)
    void shouldCountNoOrdinalThatNumbersANamedEvent(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }

    /**
     * An ordinal before a meeting or a package in lower case numbers it in its series as well ("the 11th session of
     * the council", "la 3e réunion", "12-й пакет"), though "take place" speaks of places nearby.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | The deal was reached at the 11th session of the joint council, which took place in Tashkent. |
            en | The 4th meeting of the working group will take place in Aktau.                  |
            fr | La 3e réunion du groupe de travail aura lieu à Bichkek, à la place centrale.    |
            ru | 12-й пакет санкций занял первое место по числу позиций.                         |
            en | The country ranked 5th in the regional meeting's list of places.                | 5th=5 rank
            """)
    void shouldCountNoOrdinalThatNumbersAMeetingInItsSeries(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
