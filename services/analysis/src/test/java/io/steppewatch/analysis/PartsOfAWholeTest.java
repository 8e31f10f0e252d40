package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare number followed by "of them" or "d'entre eux" takes a part of the figure before it: it is reported in that
 * figure's unit, and a part of a border's or a route's length is not the length itself ({@code other}).
 */
class PartsOfAWholeTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Queues at the Kazakh-Kyrgyz border | Some 300 lorries queued at the Kazakh-Kyrgyz border post, and only 40 of them got through. | 40 of them | count
            Frontière kirghizo-tadjike | Sur 970 kilomètres de frontière entre le Kirghizistan et le Tadjikistan, un accord vaut pour 880 d’entre eux. | 880 d’entre eux | km
            """)
    void shouldReportAPartInTheUnitOfTheWholeButNotAsItsLength(String title, String body, String figure, String unit) {
        List<ExtractedFigure> found = AnalyzedFigures.figuresWithText(title, body, figure);
        assertThat(found).as("figure '%s'", figure).hasSize(1);
        assertThat(found.get(0).unit()).isEqualTo(unit);
        assertThat(found.get(0).metric()).isEqualTo("other");
    }
}
