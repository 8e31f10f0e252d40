package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A length that qualifies the border noun after an article ("the 1,000-kilometer border") is the whole border's length,
 * {@code border.length} (decision 46 of round 37), even where a word of delimitation stands before it; a stretch agreed
 * or described stays {@code other}.
 */
class WholeBorderAfterDelimitationTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Talks on the delimitation of the 1,000-kilometer border between Uzbekistan and Kyrgyzstan resumed on Monday. | 1,000-kilometer | border.length
            Experts from Tajikistan and Kyrgyzstan will finish demarcating the 970 km border between the two states next year. | 970 km | border.length
            Kyrgyzstan and Tajikistan completed the delimitation of 35 kilometers of their shared border in March.      | 35 kilometers   | other
            """)
    void shouldReadTheWholeBorderAfterAWordOfDelimitation(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
