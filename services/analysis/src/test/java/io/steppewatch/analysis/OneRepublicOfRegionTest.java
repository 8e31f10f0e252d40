package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The region's name in a singular phrase of one state ("la république d'Asie centrale", "ce petit pays d'Asie
 * centrale", "the Central Asian country", "центральноазиатская республика") stands for the Central Asian country the
 * text named before it, not for the region's five. Rows 1 to 3 fail without the rule; row 4 (a Russian sentence that
 * names no other party) the older rules already give; the last row guards the plural, which stays the region.
 */
class OneRepublicOfRegionTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Gas for Uzbekistan | Moscow will meet its contract. Russia will send 6 billion cubic metres of gas to the Central Asian republic this year. | 6 billion cubic metres | RU UZ
            Le Tadjikistan face aux crues | Les pluies ont touché le sud. Ce petit pays d'Asie centrale compte un peu moins de 11 millions d'habitants. | 11 millions d'habitants | TJ
            La Russie livre du gaz à l'Ouzbékistan | Gazprom tiendra ses engagements en acheminant vers la république d'Asie centrale 6 milliards de m³ de gaz. | 6 milliards de m³ | RU UZ
            Туркменистан наращивает добычу | В прошлом году центральноазиатская республика добыла 80 млрд кубометров газа. | 80 млрд кубометров | TM
            Le commerce de la Chine en Asie centrale | Les échanges de la Chine avec les pays d'Asie centrale ont atteint 90 milliards de dollars. | 90 milliards de dollars | CN KG KZ TJ TM UZ
            """)
    void shouldReadOneStateOfTheRegionAsTheCountryNamedBefore(String title, String body, String figure,
                                                              String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
