package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pages built to break a parser or a tree walk: the extractor must return, never throw. */
class HostileInputTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    static Stream<Arguments> hostilePages() {
        byte[] noise = new byte[200_000];
        new Random(42).nextBytes(noise);
        return Stream.of(
                Arguments.of("null", null),
                Arguments.of("empty", ""),
                Arguments.of("blank", " \n\t "),
                Arguments.of("binary garbage", new String(noise, java.nio.charset.StandardCharsets.ISO_8859_1)),
                Arguments.of("deeply nested divs", "<div>".repeat(20_000) + "deep text" + "</div>".repeat(20_000)),
                Arguments.of("deeply nested unclosed inline tags", "<b><i><span>".repeat(10_000) + "text"),
                Arguments.of("deep tables", "<table><tr><td>".repeat(5_000) + "cell"),
                Arguments.of("unclosed everything", "<html><body><p>one<div>two<article><p>three<ul><li>four"),
                Arguments.of("only scripts", "<script>var a = '<p>not text</p>';</script><style>p{}</style>"),
                Arguments.of("broken json-ld", "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                        + "\"author\": " + "[".repeat(5_000) + "</script><p>body</p>"),
                Arguments.of("deep json-ld", "<script type=\"application/ld+json\">"
                        + "{\"@graph\":".repeat(3_000) + "{}" + "}".repeat(3_000) + "</script>"),
                Arguments.of("nonsense dates", "<meta property=\"article:published_time\" content=\"9999-99-99T99:99\">"
                        + "<time datetime=\"yesterday-ish\">x</time><p>text</p>"),
                Arguments.of("many attributes", "<p " + "a=b ".repeat(50_000) + ">text</p>"),
                Arguments.of("huge flat page", "<p>word, word, word.</p>".repeat(50_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostilePages")
    void shouldReturnWithoutThrowingWhenPageIsHostile(String name, String html) {
        ExtractedPage page = extractor.extract(html, "https://hostile.example/");

        assertThat(page).isNotNull();
        assertThat(page.text()).isNotNull();
        assertThat(page.title()).isNotNull();
        // None of these pages states a valid date, so none may be invented.
        assertThat(page.published()).isNull();
    }

    @Test
    void shouldStillFindTextWhenNestingIsDeeperThanParserAllows() {
        String html = "<div>".repeat(20_000) + "<p>Text at the bottom of a very deep page, still an article.</p>"
                + "</div>".repeat(20_000);

        assertThat(extractor.extract(html, null).text())
                .isEqualTo("Text at the bottom of a very deep page, still an article.");
    }

    @Test
    void shouldLeaveControlCharactersOutOfTextWhenPageContainsThem() {
        ExtractedPage page = extractor.extract("<p>nul\u0000 and\u0001 bell\u0007 here</p><pre>a\u0000b\nc</pre>", null);

        assertThat(page.text()).isEqualTo("nul and bell here\n\nab\nc");
    }
}
