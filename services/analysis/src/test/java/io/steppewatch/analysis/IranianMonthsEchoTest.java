package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count of months said again without its year, after the text stated it as months of the Iranian year, is the same
 * span from March, and so is what a later sentence carries from it; "of last year" puts it a year earlier (in an undated text, where the span is anchored).
 */
class IranianMonthsEchoTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Iran's imports from Uzbekistan grew by 12% in the first five months of the current Iranian year (March 21 – August 22, 2024).\\n\\nIn five months Iran bought 40,000 tons of goods from Uzbekistan. | 40,000 tons | 2024-03/2024-08
            Iran's imports from Uzbekistan grew by 12% in the first five months of the current Iranian year (March 21 – August 22, 2024).\\n\\nIn five months of last year Iran bought 35,000 tons of goods from Uzbekistan. | 35,000 tons | 2023-03/2023-08
            Iran's imports from Uzbekistan grew by 12% in the first five months of the current Iranian year (March 21 – August 22, 2024).\\n\\nIn five months Iran bought mostly cotton and fertiliser from Uzbekistan.\\n\\nOver the period trade between the two countries reached 90,000 tons. | 90,000 tons | 2024-03/2024-08
            """)
    void shouldReadTheRepeatedCountAsTheIranianMonths(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body.replace("\\n", "\n"), null, text).period()).isEqualTo(period);
    }
}
