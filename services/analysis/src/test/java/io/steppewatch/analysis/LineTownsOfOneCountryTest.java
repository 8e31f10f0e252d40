package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The length of a railway or a section between towns of one country is that country's, whatever countries the
 * headline's route links: the gazetteer knows the towns of the Turkmen-Afghan, China-Kyrgyzstan-Uzbekistan and
 * Mongolian coal lines.
 */
class LineTownsOfOneCountryTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Turkmenistan helps Afghanistan extend its railway towards Tajikistan | Work on the Aqina-Andkhoy railway, 38 km long, began last spring. | 38 km | AF
            China, Kyrgyzstan and Uzbekistan agree on the railway's gauge | The 160-kilometer section from Torugat to Makmar will use the standard gauge. | 160-kilometer | KG
            Mongolia and China open a coal railway | The 233 km Tavan Tolgoi railway opened on Saturday. | 233 km | MN
            """)
    void shouldGiveALineBetweenTownsOfOneCountryToThatCountry(String title, String body, String figure,
                                                             String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }
}
