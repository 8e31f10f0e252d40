package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A named route with no corridor code takes every country it runs through, ends included, and a part the text places
 * in one country takes that country (LABEL-FIXES round 27, a named route's countries).
 */
class NamedRouteCountriesTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Gas to China | The Turkmenistan-China gas pipeline can now carry 40 billion cubic meters a year. | 40 billion cubic meters | CN KZ TM UZ
            Du gaz pour la Chine | Le gazoduc Turkménistan-Chine peut désormais transporter 40 milliards de mètres cubes par an. | 40 milliards de mètres cubes | CN KZ TM UZ
            """)
    void shouldGiveThePipelineNamedByItsEndsEveryCountryItRunsThrough(String title, String body, String figure,
                                                                      String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            TAPI moves ahead | The TAPI pipeline will run 1,700 km, including 750 km in Afghanistan. | 750 km | AF
            TAPI avance | Le gazoduc TAPI courra sur 1 700 km, dont 750 km en Afghanistan. | 750 km | AF
            """)
    void shouldGiveAPartPlacedInOneCountryThatCountry(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }
}
