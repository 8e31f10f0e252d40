package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare number is a count when its sentence names what it counts with a noun of number before it: "the number of",
 * and the noun of number alone, as Russian, Kazakh and Uzbek write it ("это число", "саны") and English and French do
 * too ("this number rose to", "ce nombre a atteint"). A bare number with no such noun counts nothing.
 */
class NumberNamedBeforeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `Some 400 Uzbek drivers waited at the Kazakh border in May; by June this number grew to 2,600.`   | 2,600 | 1
            `Plus de 200 camions kirghiz attendaient à la frontière ; en juin ce nombre a atteint 900.`      | 900   | 1
            `Some 400 Uzbek drivers waited at the Kazakh border in May; by June it grew to 2,600.`           | 2,600 | 0
            """)
    void shouldCountABareNumberThatANounOfNumberNames(String body, String text, int expected) {
        assertThat(AnalyzedFigures.figures(body).stream().filter(f -> f.text().startsWith(text))).hasSize(expected);
    }
}
