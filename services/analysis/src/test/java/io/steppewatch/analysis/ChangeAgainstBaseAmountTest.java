package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A change set against a base stated by its own amount ("down 4 percent from $210 million recorded in 2022") has the
 * period of the figure it describes: the period after the base's amount dates the base. A level reached after the
 * base ("from $1 billion to $1.3 billion in 2023") still dates the change. The base's amount itself ("much lower than
 * the 9,000 tons it exported in 2022") takes the period stated after it. The level the change describes ("came to $9
 * million, down 4 percent from $11 million recorded in 2022") is not dated by the base's period either: it takes
 * the period the text set before, as the change does.
 */
class ChangeAgainstBaseAmountTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyz cotton sales to Turkey came to $201 million in 2023. Wool sales came to $9 million, down 4 percent from $11 million recorded in 2022. | 4 percent | 2023
            Tajik wool sales to China came to 9,100 tons in the first half of 2023. Cotton sales came to 500 tons, up 12% from 420 tons in the same months of 2022. | 12% | 2023-01/2023-06
            Kyrgyz cotton sales to Turkey came to $201 million in 2023. Wool sales were 13% more than the 8,000 tons shipped in 2022. | 13% | 2023
            Kyrgyz wool sales to China rose 30 percent from $1 billion to $1.3 billion in 2023. | 30 percent | 2023
            Tajik wool sales to China came to 9,100 tons in the first half of 2023. Cotton sales rose by 12% to more than 500 tons in January-June 2023. | 12% | 2023-01/2023-06
            """)
    void shouldDateTheChangeNotTheBase(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2024-07-10", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In 2023, Kyrgyz wool sales to China came to 8,000 tons, well below the 9,000 tons sold in 2022. | 9,000 | 2022
            In 2023, Kyrgyz wool sales to China came to 8,000 tons, much lower than the 9,000 tons of wool it exported in 2022. | 9,000 | 2022
            In 2023, Kyrgyz wool sales to China came to $8 million, up 6.7 percent from $7.5 million in the same period last year. | $7.5 million | 2022
            In 2023, Kyrgyz wool sales to China grew 12 percent to more than $8 million in the first half of 2023. | $8 million | 2023-01/2023-06
            """)
    void shouldDateTheBaseAmountByItsOwnPeriod(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2024-07-10", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyz cotton sales to Turkey came to $201 million in 2023. Wool sales came to $9 million, down 4 percent from $11 million recorded in 2022. | $9 million | 2023
            Tajik wool sales to China came to 9,100 tons in the first half of 2023. Cotton sales came to 500 tons, up 12% from 420 tons in the same months of 2022. | 500 tons | 2023-01/2023-06
            """)
    void shouldDateTheLevelAsItsChange(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2024-07-10", text).period()).isEqualTo(period);
    }
}
