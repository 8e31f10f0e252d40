package io.steppewatch.ingester.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Feed summaries become plain text with whole sentences and paragraphs separated by blank lines. */
class FeedTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // input (\n written as \\n)                                               | expected
            "bringing the list to\\n        120 items, the committee said.             | bringing the list to 120 items, the committee said.",
            "First paragraph\\nwrapped.\\n\\n  Second one.                             | First paragraph wrapped.\\n\\nSecond one.",
            "<p>Trade rose to</p><p>$29.1 billion.</p>                                  | Trade rose to\\n\\n$29.1 billion.",
            "<p>Kept <b>inline</b> words</p><script>alert(1)</script>                   | Kept inline words",
            "Tom &amp; Jerry                                                           | Tom & Jerry",
    })
    void shouldGivePlainTextWithWholeSentencesWhenConvertingAFeedSummary(String input, String expected) {
        assertThat(FeedText.toPlainText(input.replace("\\n", "\n"))).isEqualTo(expected.replace("\\n", "\n"));
    }
}
