package io.steppewatch.processor.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "https://news.example/a?b=1     | https://news.example/a?b=1",
            "http://127.0.0.1:8080/news/a1  | http://127.0.0.1:8080/news/a1",
            "HTTPS://News.Example/x         | HTTPS://News.Example/x",
            "javascript:alert(1)            | NULL",
            "JavaScript:alert(1)            | NULL",
            "' javascript:alert(1)'         | NULL",
            "data:text/html,<script>x</script> | NULL",
            "vbscript:msgbox                | NULL",
            "//news.example/protocol-relative | NULL",
            "/relative/path                 | NULL",
            "seed-001.txt                   | NULL",
            "http://                        | NULL",
            "NULL                           | NULL"})
    void shouldKeepOnlyAbsoluteHttpUrlsWhenMakingLinks(String url, String expected) {
        assertThat(SafeUrl.httpOrNull(url)).isEqualTo(expected);
    }
}
