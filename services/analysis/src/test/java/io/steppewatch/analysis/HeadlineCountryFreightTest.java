package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Freight that a sentence counts without naming a place, a corridor or a route, in an article whose headline names
 * one country, is that country's (its port's, its carrier's): the corridor the article mentions elsewhere takes only
 * freight counted along it.
 */
class HeadlineCountryFreightTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Freight through the ports of Turkmenistan grows | Turkmen ports are a link of the Middle Corridor. ¶ In the first half of the year the total transshipment volume amounted to 3.1 million tons. | 3.1 million tons | TM
            Le fret des ports du Turkménistan augmente | Les ports turkmènes sont un maillon du corridor médian. ¶ Au premier semestre, le volume manutentionné a atteint 3,1 millions de tonnes. | 3,1 millions de tonnes | TM
            Грузооборот портов Туркменистана вырос | Порты Туркменистана входят в Средний коридор. ¶ За полгода объем перевалки составил 3,1 млн тонн. | 3,1 млн тонн | TM
            Freight through the ports of Turkmenistan grows | Turkmen ports are a link of the Middle Corridor. ¶ In the first half of the year freight along the route reached 3.1 million tons. | 3.1 million tons | TITR
            """)
    void shouldGiveTheHeadlineCountryFreightCountedOnNoCorridor(String title, String body, String figure,
                                                                String subjects) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure))
                .containsExactlyInAnyOrder(subjects.split(" "));
    }
}
