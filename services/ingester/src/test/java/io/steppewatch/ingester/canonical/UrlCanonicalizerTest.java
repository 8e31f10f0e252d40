package io.steppewatch.ingester.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "HTTPS://Www.Example.COM:443/a/b?x=1#frag | https://www.example.com/a/b?x=1",
        "http://example.com:80 | http://example.com/",
        "http://example.com:8080/x | http://example.com:8080/x",
        "https://e.kz/news?utm_source=rss&utm_medium=feed&id=5 | https://e.kz/news?id=5",
        "https://e.kz/n?b=2&a=1&fbclid=XYZ&gclid=abc | https://e.kz/n?a=1&b=2",
        "https://e.kz/n?utm_campaign=x | https://e.kz/n",
        "https://e.kz/a/./b/../c | https://e.kz/a/c",
        "https://e.kz/%d0%b0 | https://e.kz/%D0%B0",
        "https://E.KZ./x | https://e.kz/x",
        "https://Президент.рф/news?b=1 | https://xn--d1abbgf6aiiy.xn--p1ai/news?b=1",
        "https://xn--80ao21a.xn--80ao21a:8443/a | https://xn--80ao21a.xn--80ao21a:8443/a",
    })
    void shouldNormaliseWhenUrlHasNoise(String input, String expected) {
        assertThat(UrlCanonicalizer.canonicalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ftp://e.kz/x", "file:///etc/passwd", "/relative/path", "javascript:alert(1)"})
    void shouldRejectWhenNotAbsoluteHttp(String input) {
        assertThrows(IllegalArgumentException.class, () -> UrlCanonicalizer.canonicalize(input));
    }

    @Test
    void shouldGiveSameIdWhenOnlyTrackingDiffers() {
        String a = ArticleIds.idOfUrl("https://24.kz/en/news/1?utm_source=a#top");
        String b = ArticleIds.idOfUrl("HTTPS://24.KZ/en/news/1?fbclid=1");
        assertThat(a).isEqualTo(b).hasSize(32).matches("[0-9a-f]{32}");
        assertThat(ArticleIds.idOfUrl("https://24.kz/en/news/2")).isNotEqualTo(a);
    }

    @Test
    void shouldChangeContentHashWhenBodyChanges() {
        assertThat(ArticleIds.contentHash("t", "body")).isEqualTo(ArticleIds.contentHash("t", "body"))
                .isNotEqualTo(ArticleIds.contentHash("t", "body2")).hasSize(64);
    }
}
