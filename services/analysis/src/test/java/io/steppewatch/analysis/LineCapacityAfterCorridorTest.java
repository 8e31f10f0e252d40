package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A capacity whose sentence names a line by the places of several countries after the corridor it serves is the
 * line's: the standard gives a capacity to "a corridor, line, port or terminal" and a route with no corridor name the
 * countries it links.
 */
class LineCapacityAfterCorridorTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Railway chiefs meet in Baku | The talks stressed the Middle Corridor's importance and the part of the Baku–Tbilisi–Kars line, now with a capacity of 6 million tons a year. | 6 million tons | AZ GE TR
            Встреча железнодорожников в Баку | Стороны отметили значение Среднего коридора и роль линии Баку – Тбилиси – Карс, пропускная способность которой выросла до 6 млн тонн в год. | 6 млн тонн | AZ GE TR
            Réunion des cheminots à Bakou | Les participants ont souligné le poids du corridor médian et le rôle de la ligne Bakou–Tbilissi–Kars, dont la capacité atteint désormais 6 millions de tonnes par an. | 6 millions de tonnes | AZ GE TR
            Railway chiefs meet in Baku | The Middle Corridor's capacity will reach 10 million tons a year, the heads of the Baku–Tbilisi–Kars line said. | 10 million tons | TITR
            """)
    void shouldGiveTheLineNamedAfterTheCorridorItsCapacity(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
