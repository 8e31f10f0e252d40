package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two numbers joined by "and" ("и", "et", "or") are two items of the unit written after the second, whichever is the larger;
 * a from-word before a larger first bound makes a change downwards, which shares the unit too. A bare "to" between a
 * larger and a smaller number stays no range, and its first number no figure.
 */
class CoordinatedItemsTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Grain through Aktau | The two ports loaded 9,000 and 2,500 tonnes of Kazakh wheat, respectively.  | 9,000 | t
            Поезда на Достыке   | Станции на границе с Китаем принимали соответственно 15 и 9 поездов в сутки. | 15    | count
            Поезда на Достыке   | Приём на границе с Китаем сократился с 16 до 11 поездов в сутки.          | 16    | count
            """)
    void shouldGiveTheFirstItemTheUnitOfTheSecond(String title, String body, String figure, String unit) {
        List<ExtractedFigure> found = AnalyzedFigures.figuresWithText(title, body, figure);
        assertThat(found).as("figure '%s'", figure).hasSize(1);
        assertThat(found.get(0).unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Grain through Aktau | The Kazakh depot moved 300 to 200 tonnes of wheat a week. | 300
            """)
    void shouldLeaveOutALargerFirstNumberThatOnlyAToJoins(String title, String body, String figure) {
        assertThat(AnalyzedFigures.figuresWithText(title, body, figure)).isEmpty();
    }
}
