package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figures;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two numbers of a vote's tally count the votes cast each way ("the council voted 9 to 4", "a vote of 6-3", "a
 * majority of 27 to 11"): before round 55 both were bare numbers and dropped as page furniture.
 */
class VoteTallyCountsTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The city council voted 9 to 4 on Monday to close the old bridge.              | 9  | 4
            The regulator's advisory panel voted 6-3 against the new painkiller.          | 6  | 3
            The bill passed the upper house by a vote of 57 to 41 after a long debate.    | 57 | 41
            Delegates adopted the charter with a majority of 27 to 11.                    | 27 | 11
            """)
    void shouldCountBothSidesOfATally(String body, double first, double second) {
        assertThat(figures(body)).anySatisfy(f -> {
            assertThat(f.value()).isEqualTo(first);
            assertThat(f.unit()).isEqualTo("count");
        }).anySatisfy(f -> {
            assertThat(f.value()).isEqualTo(second);
            assertThat(f.unit()).isEqualTo("count");
        });
    }
}
