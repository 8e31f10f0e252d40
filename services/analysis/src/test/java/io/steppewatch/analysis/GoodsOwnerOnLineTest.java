package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One country's goods carried on a named line take that country beside the line's own: the shipper named by an
 * adjective or genitive on the goods word ("Kazakh oil", "российской нефти", "pétrole kazakh") comes first in the way
 * (LABEL-FIXES decision 45 of round 37: carriage takes the country the freight comes from, the countries of the way,
 * the destination). A word of a line or a firm after the goods word ("Russian oil pipeline operator") names no goods.
 */
class GoodsOwnerOnLineTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Oil to the Mediterranean | More Kazakh oil went in the direction of the Baku-Tbilisi-Ceyhan pipeline, rising from 300,000 tons to 1.2 million tons. | 1.2 million tons | AZ GE KZ TR
            Нефть на запад | По нефтепроводу Баку – Тбилиси – Джейхан в этом году прокачают 1,2 млн тонн казахстанской нефти. | 1,2 млн тонн | AZ GE KZ TR
            """)
    void shouldAddTheCountryWhoseGoodsTheLineCarries(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Oil to the Mediterranean | The Baku-Tbilisi-Ceyhan pipeline carried 30 million tons last year, the Russian oil pipeline operator noted. | 30 million tons | AZ GE TR
            """)
    void shouldLeaveALineOperatorOut(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
