package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sentence that compares its figures with the same months a year before ("than in the same period last year",
 * "relative to January-June 2023", "year-on-year") and names no period of its own goes on with the period the text
 * set, however far back the report set it (the standard: a change against the same period last year has the period
 * of the figure it describes; the comparison says the figure covers a period the text gave).
 */
class SamePeriodComparedFarOnTest {

    private static final String REPORT = """
            In January-June 2024, trade between Kyrgyzstan and Turkey reached $700 million, the statistics office said.

            The two governments aim to bring it to $3 billion.

            Officials of both countries discussed new transport routes at a meeting in Bishkek.

            The office publishes its tables every month on its website.

            Delegations also talked about schools, culture and tourism.

            Trade with Kazakhstan came to $1.2 billion, 12% higher than in the same period last year.

            Trade with Uzbekistan came to $400 million, up 15% relative to January-June 2023.

            Trade with Russia came to $2.1 billion, up 9% year-on-year.
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            $1.2 billion | 2024-01/2024-06
            12%          | 2024-01/2024-06
            $400 million | 2024-01/2024-06
            15%          | 2024-01/2024-06
            $2.1 billion | 2024-01/2024-06
            9%           | 2024-01/2024-06
            """)
    void shouldGoOnWithTheReportsPeriod(String text, String period) {
        assertThat(AnalyzedFigures.figure(REPORT, "2024-07-20", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            $1.2 billion
            $2.1 billion
            """)
    void shouldLeaveAFigureWithNoComparisonUndated(String text) {
        String report = REPORT.replace(", 12% higher than in the same period last year", "")
                .replace(", up 9% year-on-year", "");
        assertThat(AnalyzedFigures.figure(report, "2024-07-20", text).period()).isNull();
    }
}
