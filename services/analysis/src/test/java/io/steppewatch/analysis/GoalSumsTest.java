package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A goal sum whose own clause names nothing it measures takes the metric a later clause of its sentence names; a cue
 * before the sum or in its own clause keeps its reading.
 */
class GoalSumsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan and Georgia set the target of $2 billion by 2030, through closer transit links and bilateral trade. | $2 billion | trade.turnover
            With a shared objective of reaching $3 billion soon, the two leaders stressed their wish to expand bilateral trade with Azerbaijan. | $3 billion | trade.turnover
            Uzbekistan and Turkey set the target of $10 billion in bilateral trade, while their budgets grew. | $10 billion | trade.turnover
            The government set a target of $500 million for its budget, and trade with China grew. | $500 million | other
            Firms of the two countries signed contracts worth $1 billion and plan to raise this to $2 billion, the Minister of Trade of Kazakhstan said. | $2 billion | other
            "We plan the target of $6 billion by 2030," he said at the Kyrgyz-Turkish Trade Forum. | $6 billion | other
            """)
    void shouldMeasureWhatTheSentencesGoalIsAbout(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
