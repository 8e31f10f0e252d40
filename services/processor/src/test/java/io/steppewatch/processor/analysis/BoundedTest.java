package io.steppewatch.processor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cutting sentences and titles to size keeps the figure's own words and never splits a character. */
class BoundedTest {

    @Test
    void shouldKeepTheWordsAroundTheFigureWhenASentenceIsTooLong() {
        String sentence = "a".repeat(5_000) + " reached $29.1 billion in 2025 " + "b".repeat(5_000);
        String cut = Bounded.around(sentence, "$29.1 billion", 600);
        assertThat(cut.length()).isLessThanOrEqualTo(600);
        assertThat(cut).contains("reached $29.1 billion in 2025").startsWith("…").endsWith("…");
    }

    @Test
    void shouldLeaveAShortSentenceAsItIs() {
        assertThat(Bounded.around("Trade reached $5bn.", "$5bn", 600)).isEqualTo("Trade reached $5bn.");
        assertThat(Bounded.prefix(null, 10)).isNull();
    }

    @Test
    void shouldNotSplitASurrogatePairWhenCutting() {
        String text = "x".repeat(9) + "\uD83D\uDE00" + "y".repeat(10);
        String cut = Bounded.prefix(text, 10);
        assertThat(cut).isEqualTo("x".repeat(9));
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }
}
