package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 54: Russian years that the words before them tell as a person's age ("в 45 лет", "в свои 33 года", "Петрову
 * было 52 года", "которой сейчас 27 лет", "исполнится 90 лет") are no figures; "раз в 3 года" and "на срок в 6 лет"
 * are spans and stay, as do durations after other words.
 */
class RussianAgesToldTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | Писатель начал публиковаться в 45 лет.                                  |
            ru | В 21 год он возглавил сборную области.                                  |
            ru | Даже в свои 33 года пловчиха тренируется дважды в день.                 |
            ru | Петрову было 52 года, когда его избрали мэром.                          |
            ru | Художница, которой сейчас 27 лет, живёт в Казани.                       |
            ru | Весной ветерану исполнится 90 лет.                                       |
            ru | Выборы в совет проходят раз в 3 года.                                    | 3 года=3 years
            ru | Контракт заключён на срок в 6 лет.                                       | 6 лет=6 years
            ru | Завод строили 7 лет.                                                     | 7 лет=7 years
            """)
    void shouldLeaveOutAnAgeTheWordsBeforeTell(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected == null ? "" : expected));
    }
}
