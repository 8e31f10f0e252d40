package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In English, a number written right after a capitalised word or an abbreviation belongs to a name ("Delta Trade 19",
 * "Regulation (E.U.) 833"), not to a count; a sentence's first word, a word a dot ends and a headline in title case
 * leave the count as it was.
 */
class NamedNumbersTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | The forwarder Delta Trade 19 was set up in Almaty in 2021.        |
            en | The story was first told by the portal Caspian Wire 365.           |
            en | Listed under Regulation (E.U.) 833 alongside 40 firms.            | 40 firms=40 count
            en | U.N. 1540 requires states to act.                                 |
            en | About 500 trucks waited at the crossing.                           | 500 trucks=500 count
            en | The trucks left Termez. 25 trucks came back.                       | 25 trucks=25 count
            en | Kazakhstan Sends 200 Wagons of Grain to Iran                       | 200 Wagons=200 count
            en | The port handled 300 ships and over 40 barges.                     | 300 ships=300 count; 40 barges=40 count
            fr | Le groupe Delta Trade 19 a livré 12 wagons.                        | 19=19 count; 12 wagons=12 count
            """)
    void shouldReadANumberAfterANameAsPartOfIt(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected == null ? "" : expected));
    }
}
