package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place in the world's order by output or reserves ("ranks 6th in the world in terms of gold production") is a
 * standing rank: no period unless its own sentence names one, stated as now or not, whatever the sentences before
 * set. A ranking of something else keeps the period the text gives it.
 */
class StandingWorldRankTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In January-June 2025, exports reached $1.2 billion. The republic currently ranks 6th in the world in terms of gold production. | 6th | 2025-07-10 |
            In January-June 2025, exports reached $1.2 billion. The republic ranks 11th in the world for proven gas reserves. | 11th | 2025-07-10 |
            In 2023, the country ranked 5th in the world in terms of cotton production. | 5th | 2025-07-10 | 2023
            The index for 2024 was published last week. The country took 45th place in the world. | 45th | 2025-07-10 | 2024
            """)
    void shouldLeaveAStandingRankUndated(String body, String text, String published, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
