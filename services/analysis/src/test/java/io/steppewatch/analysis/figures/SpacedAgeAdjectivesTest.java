package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 54: a Russian compound adjective of an age written apart from its number ("41 летний", "16-ти летняя",
 * "63-х летнего") is an age, no count of "летний"; a count beside it stays.
 */
class SpacedAgeAdjectivesTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | Задержан 41 летний житель Томска.                                      |
            ru | В финал вышла 16-ти летняя гимнастка из Казани.                        |
            ru | Клубом руководит 63-х летний тренер, приведший команду к 5 победам.   | 5 победам=5 count
            """)
    void shouldLeaveOutAnAgeAdjectiveWrittenApart(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected == null ? "" : expected));
    }
}
