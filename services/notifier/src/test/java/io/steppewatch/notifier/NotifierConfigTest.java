package io.steppewatch.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotifierConfigTest {

    @TempDir
    Path dir;

    @Test
    void shouldUseDefaultsWhenNothingIsGiven() {
        NotifierConfig config = NotifierConfig.defaults();

        assertThat(config.webhookInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.retryMax()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.digestPerMinute()).isEqualTo(10);
        assertThat(config.subscriptionsFile()).isEmpty();
        assertThat(config.groupId()).isEqualTo("steppewatch-notifier");
    }

    @Test
    void shouldPreferFileOverEnvironmentOverDefaultsWhenAllAreGiven() throws IOException {
        Path file = dir.resolve("notifier.properties");
        Files.writeString(file, "notifier.digest.per.minute=4\nnotifier.group.id=from-file\nother.key=ignored\n");
        Map<String, String> env = Map.of("STEPPEWATCH_NOTIFIER_GROUP_ID", "from-env",
                "STEPPEWATCH_NOTIFIER_SUBSCRIPTIONS_FILE", "/etc/steppewatch/subscriptions.yaml");

        NotifierConfig config = NotifierConfig.load(Optional.of(file), env::get);

        // The same precedence as every other service (LayeredConfig): arguments, file, environment, defaults.
        assertThat(config.digestPerMinute()).isEqualTo(4);
        assertThat(config.groupId()).isEqualTo("from-file");
        assertThat(NotifierConfig.load(Optional.of(file), env::get, Map.of("notifier.group.id", "from-args")).groupId())
                .isEqualTo("from-args");
        assertThat(config.subscriptionsFile()).contains(Path.of("/etc/steppewatch/subscriptions.yaml"));
    }

    @Test
    void shouldNameKeyAndValueWhenSettingIsInvalid() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> NotifierConfig.of(Map.of(
                NotifierConfig.DIGEST_PER_MINUTE.name(), "0",
                NotifierConfig.RETRY_INITIAL_MS.name(), "soon",
                NotifierConfig.TOPIC_PREFIX.name(), "bad prefix")));

        assertThat(error.getMessage()).contains("notifier.digest.per.minute must be a whole number >= 1, got '0'")
                .contains("notifier.retry.initial.ms must be a whole number >= 0, got 'soon'")
                .contains("topic.prefix");
    }

    @Test
    void shouldRefuseUnknownKeyWhenGivenExplicitly() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> NotifierConfig.of(Map.of("notifier.digest.perminute", "3")));

        assertThat(error.getMessage()).contains("notifier.digest.perminute");
    }

    @Test
    void shouldDescribeEveryKeyWithDefault() {
        assertThat(NotifierConfig.KEYS).allSatisfy(key -> {
            assertThat(key.description()).isNotBlank();
            assertThat(key.defaultValue()).isNotNull();
        });
        assertThat(NotifierConfig.environmentName(NotifierConfig.DIGEST_PER_MINUTE))
                .isEqualTo("STEPPEWATCH_NOTIFIER_DIGEST_PER_MINUTE");
    }
}
