package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A number set against a figure a few words before it in the same clause, the first one replaced ("вместо 40 тысяч
 * тонн ... около 25 тысяч") or a "whereas" between them ("тогда как" ... 9), leaves out the first one's
 * unit or counted noun and takes it (round 42): a figure, where alone it was a bare number or a scaled count.
 */
class ContrastedNumbersTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Из-за мелководья вместо 40 тысяч тонн склад в порту теперь принимает около 25 тысяч.        | 25 тысяч | t
            Вместо 20 поездов в сутки пограничная станция сейчас пропускает около 14.                 | 14       | count
            Таможня в этом году задержала 23 курьера, тогда как позапрошлым летом поймали только 9.  | 9        | count
            Instead of 18 flights a week, the carrier now operates about 11.                          | 11       | count
            """)
    void shouldTakeTheUnitOfTheFigureItIsSetAgainst(String body, String text, String unit) {
        List<ExtractedFigure> found = AnalyzedFigures.figuresWithText("Kazakhstan", body, text);
        assertThat(found).as("figure '%s'", text).hasSize(1);
        assertThat(found.get(0).unit()).isEqualTo(unit);
    }
}
