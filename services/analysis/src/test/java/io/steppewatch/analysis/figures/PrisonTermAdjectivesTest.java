package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 54: a Russian compound adjective of years before the noun of a term ("отбывает 9-летний срок", "к 14-летнему
 * тюремному сроку") is a prison term in years, as the labels give it; the same adjective before a person ("31-летний
 * водитель") stays an age, no figure.
 */
class PrisonTermAdjectivesTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | Бывший мэр отбывает 9-летний срок за взятки.                           | 9-летний=9 years
            ru | В марте суд приговорил его к 14-летнему тюремному сроку.               | 14-летнему=14 years
            ru | Адвокаты добиваются пересмотра 7-летнего срока для активиста.         | 7-летнего=7 years
            ru | За рулём автобуса был 31-летний водитель из Самары.                     |
            ru | Музей отметил 50-летний юбилей выставкой.                               |
            """)
    void shouldReadATermWrittenAsAnAdjectiveButNotAnAge(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected == null ? "" : expected));
    }
}
