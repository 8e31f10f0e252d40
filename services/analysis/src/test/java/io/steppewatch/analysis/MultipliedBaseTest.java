package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A period in what a multiple is taken of ("more than double the $350 million sold in 2019", "three times the 2015
 * figure", "plus du double du volume exporté en 2020") dates the base the multiple counts from, as "than in 2019"
 * does: the amount named there keeps it, and neither the figure of the sentence nor the sentences after it take it
 * (the standard: a change against an earlier period has the period of the figure it describes).
 */
class MultipliedBaseTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            null | In 2023 the firm sold goods worth $800 million abroad. That is more than double the $350 million it sold in 2019. Textiles alone brought in $210 million. | $210 million | 2023
            null | In 2023 the firm sold goods worth $800 million abroad. That is more than double the $350 million it sold in 2019. Textiles alone brought in $210 million. | $350 million | 2019
            null | In 2024 freight on the line was more than three times the 2015 figure, reaching 12 million tons. | 12 million | 2024
            null | En 2022, le pays a exporté 3 millions de tonnes de blé, plus du double du volume exporté en 2020. La Chine en a acheté 1,2 million de tonnes. | 1,2 million | 2022
            """)
    void shouldLeaveTheYearOfTheMultipliedToTheBase(String published, String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "null".equals(published) ? null : published, text).period())
                .isEqualTo("null".equals(period) ? null : period);
    }
}
