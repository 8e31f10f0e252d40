package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sum followed by the same change in percent and then a noun of change ("a $3.1 billion or 12% rise"), or by "up"
 * or "down" that leads to no level ("400,000 tons up on the year before"), is the size of a change; "up from" and
 * "down to" still name levels.
 */
class SumChangeAfterTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan's foreign trade came to $61 billion in 2023, a $3.1 billion or 12% rise on 2022.           | $3.1 billion     | CHANGE
            The railway carried 2.5 million tons of freight through the crossing in 2023, some 400,000 tons up on the year before. | 400,000 tons | CHANGE
            Exports to China fell by $300 million down to $2 billion in 2023.                                      | $2 billion       | AMOUNT
            Rail freight reached 9 million tons in 2023, up from 7 million tons in 2022.                           | 9 million tons   | AMOUNT
            """)
    void shouldReadASumFollowedByAChangeAsAChange(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }
}
