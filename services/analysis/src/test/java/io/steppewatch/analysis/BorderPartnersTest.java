package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The length of a border stated as a border "with" a country is that country's and the side that has the border
 * (the standard: `border.length` takes the border's two parties), whatever else the sentence or the article names.
 */
class BorderPartnersTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Outpost in the Pamirs | The old post looks down on the valley where Tajikistan, China and Afghanistan meet; there China keeps a 76 km border with Afghanistan. | 76 km | AF CN
            Afghanistan : Moscou inquiet pour ses alliés | Le Turkménistan, qui compte six millions d’âmes, partage avec l’Afghanistan une frontière de 800 kilomètres. Les talibans gardent le passage du côté afghan. | 800 kilomètres | AF TM
            L'opium afghan inquiète | L'opium venu d'Afghanistan menace toute l'Asie centrale, selon l'ONU. Le Tadjikistan est en première ligne, dit un responsable tadjik. Un officier décrit des passeurs qui franchissent le fleuve la nuit, près d'une frontière (commune avec l'Afghanistan sur 1 344 km). | 1 344 km | AF TJ
            """)
    void shouldGiveABorderWithACountryThatCountryAndTheSideThatHasIt(String title, String body, String figure,
                                                                   String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Caspian frontiers | The Kazakhstan-Turkmenistan border runs 413 kilometers from the sea to the tripoint with Uzbekistan. | 413 kilometers | KZ TM
            Border guards on alert | Russian officials said Tajikistan must guard its 1,344-km border with Afghanistan better. | 1,344-km | AF TJ
            """)
    void shouldKeepTheSidesWhenWithNamesNoPartnerOfTheBorder(String title, String body, String figure,
                                                           String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
