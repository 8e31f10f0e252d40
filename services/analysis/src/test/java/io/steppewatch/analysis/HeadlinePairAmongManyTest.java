package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sentence naming no country, after a paragraph that named three or more, goes on about the headline's pair when
 * both are among them; the others were named as places or ends. A headline that is no such pair leaves them all.
 */
class HeadlinePairAmongManyTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbekistan and Afghanistan open a market at the border | Traders from Uzbekistan sell goods to Afghanistan, and some of them go on to Pakistan. Every day about 120 lorries wait at the gate. | 120 lorries | AF UZ
            L'Ouzbékistan et l'Afghanistan ouvrent un marché frontalier | Les commerçants d'Ouzbékistan vendent en Afghanistan, et une partie des biens repart vers le Pakistan. Chaque jour, environ 120 camions attendent à la porte. | 120 camions | AF UZ
            Uzbekistan opens a market at the border | Traders from Uzbekistan sell goods to Afghanistan, and some of them go on to Pakistan. Every day about 120 lorries wait at the gate. | 120 lorries | AF PK UZ
            """)
    void shouldTakeTheHeadlinePairFromAParagraphOfManyCountries(String title, String body, String figure,
                                                                String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
