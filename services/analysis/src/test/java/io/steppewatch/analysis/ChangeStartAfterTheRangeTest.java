package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The level a past change starts from ("from 100,000 tons to 120,000 tons") is the base's, a year before the change's
 * period, whether the sentence dates the change before the range or after the level reached, in its clause; a period
 * between the two levels is the start's own, and a goal's year ("to 33 million tons in 2030") is not a past change's.
 */
class ChangeStartAfterTheRangeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Flour exports to Tajikistan rose 20 percent from 100,000 tons to 120,000 tons between March and June 2024. | 100,000 tons | 2023-03/2023-06
            Flour exports to Tajikistan rose 20 percent from 100,000 tons to 120,000 tons between March and June 2024. | 120,000 tons | 2024-03/2024-06
            Between March and June 2024, flour exports rose 20 percent from 100,000 tons to 120,000 tons. | 100,000 tons | 2023-03/2023-06
            Flour exports grew from 90,000 tons in 2019 to 130,000 tons in 2023. | 90,000 tons | 2019
            """)
    void shouldDateTheStartOfAChangeAsItsBase(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, null, text).period()).isEqualTo(period);
    }
}
