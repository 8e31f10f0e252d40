package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A length that its sentence goes on to split into countries' parts, each part's length in brackets after its
 * country, is the length of the whole route: every country the split names, ends included (LABEL-FIXES round 27, a
 * named route's countries). Each bracketed part stays its own country's.
 */
class RoutePartsInBracketsTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            New railway opens | The 650 km stretch begins at a station in Kazakhstan (90 km), crosses Turkmenistan (500 km) and ends at a town in Iran (60 km). | 650 km | IR KZ TM
            New railway opens | The 650 km stretch begins at a station in Kazakhstan (90 km), crosses Turkmenistan (500 km) and ends at a town in Iran (60 km). | 500 km | TM
            Nouvelle ligne | Le tronçon de 650 km part du Kazakhstan (90 km), traverse le Turkménistan (500 km) et finit en Iran (60 km). | 650 km | IR KZ TM
            Новая дорога | Участок длиной 650 км пройдет по Казахстану (90 км), Туркменистану (500 км) и Ирану (60 км). | 650 км | IR KZ TM
            """)
    void shouldGiveALengthSplitIntoCountriesPartsEveryCountryOfTheSplit(String title, String body, String figure,
                                                                      String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
