package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 55: a margin written in points ("a 6-point lead", "12 points ahead", "leads by 4 points") is percentage points,
 * `percent` `change`; points with no word of a margin, and a game won by points, stay counts.
 */
class PollMarginsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The latest survey gives the mayor a 6-point lead over her rival.          | 6-point     | percent | CHANGE
            The senator holds roughly a 9-point advantage among older voters.         | 9-point     | percent | CHANGE
            One firm put the governor 12 points ahead in the state last spring.       | 12 points   | percent | CHANGE
            In the suburbs the challenger leads by about 4 points.                    | 4 points    | percent | CHANGE
            The county voted the other way, a 19 point swing against the party.      | 19 point    | percent | CHANGE
            The party had a 2.5 percentage point lead in the spring poll.            | 2.5 percentage | percent | CHANGE
            The guard scored 3 points in the final quarter.                           | 3 points    | count   | AMOUNT
            The home side won by 8 points after a late run.                           | 8 points    | count   | AMOUNT
            """)
    void shouldReadMarginsInPointsAsPercentagePoints(String body, String text, String unit, String measure) {
        assertThat(figure(body, text).unit()).isEqualTo(unit);
        assertThat(figure(body, text).measure().name()).isEqualTo(measure);
    }
}
