package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kilometres of line that are to be built (the object of building) are a planned level; a line's length is not. */
class LengthsToBuildTest {

    @ParameterizedTest(name = "{1} in \"{0}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Over the coming five years Uzbekistan intends to build about 900 kilometres of new railways.             | 900 kilometres | TARGET
            The operator wants to construct 30 to 40 kilometers of the Bishkek bypass line next year.                 | 30             | TARGET
            The operator wants to construct 30 to 40 kilometers of the Bishkek bypass line next year.                 | 40 kilometers  | TARGET
            The deal covers the construction of 75 km of pipeline across the steppe.                                   | 75 km          | TARGET
            Workers managed to construct roughly 60 km of the 210-km canal in a year.                                   | 60 km          | AMOUNT
            Kazakhstan will build a new railway with a length of 240 kilometres to the Chinese border.                | 240 kilometres | AMOUNT
            The planned 330-kilometer line will link the two capitals.                                                 | 330-kilometer  | AMOUNT
            Contractors have laid 85 kilometers of track since spring.                                                 | 85 kilometers  | AMOUNT
            """)
    void shouldMakeKilometresStillToBuildATarget(String body, String text, Measure measure) {
        assertThat(AnalyzedFigures.figure(body, null, text).measure()).isEqualTo(measure);
    }
}
