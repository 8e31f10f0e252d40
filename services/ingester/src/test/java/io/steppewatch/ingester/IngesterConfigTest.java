package io.steppewatch.ingester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.config.ConfigException;
import io.steppewatch.ingester.feed.FeedSpec;

class IngesterConfigTest {

    @Test
    void shouldUseDefaultsAndDefaultFeedsWhenNothingIsSet() {
        IngesterConfig config = IngesterConfig.of(Map.of());
        assertThat(config.pollInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.fetchLimits().maxRedirects()).isEqualTo(5);
        assertThat(config.fetchLimits().allowedCidrs()).isEmpty();
        assertThat(config.fetchLimits().userAgent()).matches("steppewatch/\\S+ \\(\\+https://github.com/steppewatch/steppewatch\\)");
        assertThat(config.feeds()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(config.feeds()).extracting(FeedSpec::language).contains("en", "fr", "ru");
        assertThat(config.feeds()).allSatisfy(f -> assertThat(f.url()).startsWith("https://"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ingester.poll.interval | soon | ingester.poll.interval",
        "ingester.poll.interval | 0s | must be positive",
        "ingester.threads | 0 | ingester.threads",
        "ingester.http.max-per-host | many | ingester.http.max-per-host",
        "ingester.http.allow-cidrs | intranet.local | ingester.http.allow-cidrs",
        "ingester.http.robots | maybe | ingester.http.robots",
        "ingester.feeds | ftp://e.kz/feed | ingester.feeds",
        "topic.prefix | bad prefix! | topic.prefix",
    })
    void shouldNameKeyAndValueWhenValueIsInvalid(String key, String value, String expected) {
        ConfigException e = assertThrows(ConfigException.class, () -> IngesterConfig.of(Map.of(key, value)));
        assertThat(e.getMessage()).contains(key).contains(expected);
    }

    @Test
    void shouldReadFeedsFileWhenGiven(@TempDir Path dir) throws Exception {
        Path feeds = Files.writeString(dir.resolve("feeds.yaml"), """
                - url: https://example.kz/rss
                  name: Example
                  language: ru
                  region: central-asia
                  interval: 30m
                - https://example.org/feed.xml
                - url: local/feed.xml
                """);
        IngesterConfig config = IngesterConfig.of(Map.of("ingester.feeds.file", feeds.toString()));
        assertThat(config.feeds()).hasSize(3);
        FeedSpec first = config.feeds().get(0);
        assertThat(first).isEqualTo(new FeedSpec("https://example.kz/rss", "Example", "ru", "central-asia", Duration.ofMinutes(30)));
        assertThat(first.regionalSource()).isTrue();
        assertThat(config.feeds().get(2).url()).startsWith("file:/").endsWith("local/feed.xml");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'- url: https://e.kz/rss\n  colour: red' | unknown field 'colour'",
        "'- name: no url' | 'url' is required",
        "'- url: https://e.kz/rss\n  interval: often' | 'interval'",
        "'- url: https://e.kz/rss\n  region: europe' | 'region'",
        "'- url: https://e.kz/rss\n  language: english' | 'language'",
        "'url: [unclosed' | not valid YAML",
    })
    void shouldNameEntryAndFieldWhenFeedsFileIsInvalid(String yaml, String expected, @TempDir Path dir) throws Exception {
        Path feeds = Files.writeString(dir.resolve("feeds.yaml"), yaml.replace("\\n", "\n"));
        ConfigException e = assertThrows(ConfigException.class, () -> IngesterConfig.of(Map.of("ingester.feeds.file", feeds.toString())));
        assertThat(e.getMessage()).contains("ingester.feeds.file").contains(expected);
    }
}
