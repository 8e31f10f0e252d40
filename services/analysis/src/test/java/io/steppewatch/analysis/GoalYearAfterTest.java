package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A goal whose year comes after it in its own clause, however far, carries that year (the standard: targets carry
 * the target year), even when an earlier clause of the sentence dates an actual figure by another year.
 */
class GoalYearAfterTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The port handled 2.1 million tons of cargo in 2022 and 3.5 million tons of cargo are expected to be handled there in 2024. | 3.5 million tons | 2024
            The port handled 2.1 million tons of cargo in 2022 and 3.5 million tons of cargo are expected to be handled there in 2024. | 2.1 million tons | 2022
            """)
    void shouldDateTheGoalByTheYearAfterIt(String body, String figure, String period) {
        assertThat(AnalyzedFigures.figure(body, "2023-03-10", figure).period()).isEqualTo(period);
    }
}
