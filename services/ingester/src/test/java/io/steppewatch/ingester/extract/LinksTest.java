package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinksTest {

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
            "/news/other-story,               news.example, true",
            "#comments,                       news.example, true",
            "other-story.html,                news.example, true",
            "https://www.news.example/a/1,    news.example, true",
            "https://m.news.example/a/1,      news.example, true",
            "//news.example/a/1,              news.example, true",
            "https://shop.example/item/9,     news.example, false",
            "http://news.example.evil.test/x, news.example, false",
            "https://shop.example/item/9,     '',           true"})
    void shouldTellWhetherLinkStaysOnPageSite(String href, String host, boolean expected) {
        assertThat(Links.sameSite(href, host)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "https://WWW.News.Example/a?b=c, news.example",
            "http://news.example:8080/,      news.example",
            "file:/tmp/page.html,            ''",
            "not a url at all,               ''",
            "'',                             ''"})
    void shouldReadSiteHostFromPageAddress(String url, String expected) {
        assertThat(Links.host(url)).isEqualTo(expected);
    }

    @Test
    void shouldGiveEachAddressItsOwnHostWhenManyAddressesShareTheRecentSlots() {
        // Far more addresses than the recent hosts hold, asked twice over: every answer is the address's own.
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 3000; i++) {
                assertThat(Links.host("https://site" + i + ".example/page")).isEqualTo("site" + i + ".example");
                assertThat(Links.host("not a url " + i)).isEmpty();
            }
        }
    }
}
