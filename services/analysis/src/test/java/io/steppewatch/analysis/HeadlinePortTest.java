package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The port" of a body that names no port town is the port its headline names by its town: freight handled there is
 * that town's country's, not the countries of a route the headline names beside it.
 */
class HeadlinePortTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Baku-Tbilisi-Ceyhan: more oil goes through the port of Aktau | Shippers keep turning to the western route.\\n\\nFrom January to June the port handled 150,000 tons of wheat. | 150,000 tons | KZ
            Баку – Тбилиси – Джейхан: через порт Актау идёт больше нефти | Грузоотправители всё чаще выбирают западный маршрут.\\n\\nС января по июнь порт обработал 150 тысяч тонн пшеницы. | 150 тысяч тонн | KZ
            """)
    void shouldGiveThePortTheCountryOfTheTownItsHeadlineNames(String title, String body, String figure,
                                                              String subjects) {
        assertThat(subjectsOf(title, body.replace("\\n", "\n"), figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
