package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static io.steppewatch.analysis.AnalyzedFigures.figures;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count whose noun is written with a capital ("États", a brand, a misspelt nationality, a title-case headline) is
 * still a count; a number with a leading zero numbers a heading and counts nothing.
 */
class CapitalisedCountedNounsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le Kirghizistan commerce aujourd'hui avec 187 États, selon le ministère.                  | 187 États
            The patrol seized 6 Makarov pistols and two kilograms of opium near the river.            | 6 Makarov
            During the clashes 31 Tadjik citizens were wounded, the ministry said.                    | 31 Tadjik
            Airline Expands Fleet, Buying 9 New Jets                                                   | 9 New
            """)
    void shouldCountWhatACapitalisedNounNames(String body, String text) {
        assertThat(figure(body, text).unit()).isEqualTo("count");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            03 Project Overview and Financing
            The second section, 02 Technical Details, describes the tunnels.
            """)
    void shouldCountNothingNumberedWithALeadingZero(String body) {
        assertThat(figures(body)).isEmpty();
    }
}
