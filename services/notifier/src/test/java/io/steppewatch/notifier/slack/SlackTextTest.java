package io.steppewatch.notifier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
            "plain text              => plain text",
            "A & B                   => A &amp; B",
            "<!channel> alert        => &lt;!channel&gt; alert",
            "hi <@U024BE7LH>         => hi &lt;@U024BE7LH&gt;",
            "<https://evil.example|click> => &lt;https://evil.example|click&gt;",
            "&amp; already           => &amp;amp; already"})
    void shouldEscapeControlCharactersWhenTextComesFromArticles(String raw, String expected) {
        assertThat(SlackText.escape(raw)).isEqualTo(expected);
    }

    @Test
    void shouldCutWithinLimitWithoutSplittingEntitiesWhenTextIsLong() {
        String raw = "a".repeat(8) + "&&&&&&&&";

        String fitted = SlackText.fit(raw, 14);

        assertThat(fitted).hasSizeLessThanOrEqualTo(14).endsWith("…").isEqualTo("aaaaaaaa&amp;…");
    }

    @Test
    void shouldKeepSurrogatePairsWholeWhenCutting() {
        String raw = "ab" + "\uD83D\uDE00".repeat(5);

        String fitted = SlackText.fit(raw, 5);

        assertThat(fitted).isEqualTo("ab\uD83D\uDE00…");
    }

    @Test
    void shouldNotLetUrlCloseTheLinkWhenUrlHoldsControlCharacters() {
        String link = SlackText.link("https://x.example/a|b>c<!channel>", "Title <!here>", 100);

        assertThat(link).isEqualTo("<https://x.example/a%7Cb&gt;c&lt;!channel&gt;|Title &lt;!here&gt;>");
        assertThat(link.chars().filter(c -> c == '<').count()).isEqualTo(1);
    }

    @Test
    void shouldShowTextInsteadOfLinkWhenUrlIsNotWeb() {
        assertThat(SlackText.link("javascript:alert(1)", "Title", 100)).isEqualTo("Title");
        assertThat(SlackText.link("seed-003.txt", "Seed", 100)).isEqualTo("Seed");
    }

    @Test
    void shouldNotEndInsideOurMarkupWhenCuttingSafeText() {
        String safe = "see <https://x.example/a|label> and &amp; more";

        assertThat(SlackText.cutSafe(safe, 12)).isEqualTo("see …");
        assertThat(SlackText.cutSafe(safe, 40)).isEqualTo("see <https://x.example/a|label> and …");
    }
}
