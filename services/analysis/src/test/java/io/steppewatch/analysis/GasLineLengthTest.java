package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The length of the Central Asia–China gas pipeline takes its four countries when the sentence names it only by its
 * ends, Turkmenistan and China, or by a word of its pipes (LABEL-FIXES decision 50 of round 37 and round 27's
 * named-route rule: a named line links every country it runs through; decision 46: a whole line's length is
 * `route.length` with the countries the route links). A length inside one country keeps that country.
 */
class GasLineLengthTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Energy links in the east | The pipeline that joins Turkmenistan to the western provinces of China runs for 7,000 kilometres. | 7,000 kilometres | CN KZ TM UZ
            Des liens énergétiques | Le gaz turkmène rejoint la Chine par trois conduites longues de 1 800 kilomètres. | 1 800 kilomètres | CN KZ TM UZ
            Energy links in the east | Turkmen gas reaches China through three pipelines stretching 1,800 kilometres. | 1,800 kilometres | CN KZ TM UZ
            """)
    void shouldGiveTheLineItsFourCountries(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Energy links in the east | The section of the gas pipeline in Uzbekistan is 500 kilometres long. | 500 kilometres | UZ
            """)
    void shouldKeepASectionInOneCountry(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
