package io.steppewatch.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ch.qos.logback.classic.Level;

import io.steppewatch.config.ConfigException;
import io.steppewatch.config.LayeredConfig;
import io.steppewatch.notifier.testing.LogCapture;

class NotifierConfigTest {

    @Test
    void shouldUseDefaultsWhenNothingIsGiven() {
        NotifierConfig config = NotifierConfig.defaults();

        assertThat(config.webhookInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.retryMax()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.retryAfterMax()).isEqualTo(Duration.ofHours(1));
        assertThat(config.httpRequestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.digestPerMinute()).isEqualTo(10);
        assertThat(config.subscriptionsFile()).isEmpty();
        assertThat(config.groupId()).isEqualTo("steppewatch-notifier");
    }

    @Test
    void shouldPreferArgumentsOverEnvironmentOverDefaultsWhenAllAreGiven() {
        Map<String, String> env = Map.of("STEPPEWATCH_NOTIFIER_GROUP_ID", "from-env",
                "STEPPEWATCH_NOTIFIER_SUBSCRIPTIONS_FILE", "/etc/steppewatch/subscriptions.yaml",
                "STEPPEWATCH_NOTIFIER_RETRY_MAX", "10m");

        NotifierConfig config = NotifierConfig.from(LayeredConfig.ofMap(Map.of("notifier.group.id", "from-args"), env));

        assertThat(config.groupId()).isEqualTo("from-args");
        assertThat(config.retryMax()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.subscriptionsFile()).contains(Path.of("/etc/steppewatch/subscriptions.yaml"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "notifier.digest.per.minute | 0 | between 1 and",
        "notifier.retry.initial | soon | must be a duration",
        "notifier.retry.initial | 1000 | must be a duration",
        "notifier.http.request.timeout | 0s | must be positive",
        "notifier.retry.max | 10ms | must not be shorter than notifier.retry.initial",
        "topic.prefix | bad prefix | may only hold",
    })
    void shouldNameKeyAndValueWhenSettingIsInvalid(String key, String value, String problem) {
        ConfigException error = assertThrows(ConfigException.class, () -> NotifierConfig.of(Map.of(key, value)));

        assertThat(error.getMessage()).contains(key).contains("'" + value + "'").contains(problem);
    }

    @Test
    void shouldRefuseUnknownKeyWhenGivenExplicitly() {
        ConfigException error = assertThrows(ConfigException.class,
                () -> NotifierConfig.of(Map.of("notifier.digest.perminute", "3")));

        assertThat(error.getMessage()).contains("unknown setting 'notifier.digest.perminute'");
    }

    @Test
    void shouldLeaveOtherServicesKeysToThemWhenOneFileHoldsEverything() {
        NotifierConfig config = NotifierConfig.of(Map.of("ledger.tolerance", "0.05", "ingester.poll.interval", "5m",
                "kafka.security.protocol", "SASL_SSL", "ops.port", "9400", "notifier.digest.per.minute", "4"));

        assertThat(config.digestPerMinute()).isEqualTo(4);
    }

    @Test
    void shouldMapDeprecatedMillisecondKeysAndWarnOnceWhenTheyAreUsed() {
        LayeredConfig layered = LayeredConfig.ofMap(Map.of("notifier.retry.initial.ms", "1000",
                "notifier.webhook.interval.ms", "250"), Map.of("STEPPEWATCH_NOTIFIER_RETRY_MAX_MS", "60000"));
        try (LogCapture logs = new LogCapture()) {
            NotifierConfig config = NotifierConfig.from(layered);
            NotifierConfig again = NotifierConfig.from(layered);

            assertThat(config.retryInitial()).isEqualTo(Duration.ofSeconds(1));
            assertThat(config.webhookInterval()).isEqualTo(Duration.ofMillis(250));
            assertThat(again.retryMax()).isEqualTo(Duration.ofMinutes(1));
            assertThat(logs.events()).filteredOn(e -> e.getLevel() == Level.WARN)
                    .extracting(e -> e.getFormattedMessage())
                    .filteredOn(m -> m.contains("notifier.retry.initial.ms")).singleElement().asString()
                    .contains("deprecated").contains("notifier.retry.initial ").contains("removed in steppewatch 0.2.0");
            assertThat(logs.events()).filteredOn(e -> e.getLevel() == Level.WARN)
                    .extracting(e -> e.getFormattedMessage())
                    .filteredOn(m -> m.contains("is deprecated")).hasSize(3);
        }
    }

    @Test
    void shouldPreferTheNewKeyWhenBothNamesAreSet() {
        NotifierConfig config = NotifierConfig.of(Map.of("notifier.retry.initial.ms", "1000", "notifier.retry.initial", "3s"));

        assertThat(config.retryInitial()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void shouldDescribeEveryKeyWithDefault() {
        assertThat(NotifierConfig.KEYS).allSatisfy(key -> {
            assertThat(key.description()).isNotBlank();
            assertThat(key.defaultValue()).isNotNull();
        });
        assertThat(NotifierConfig.DIGEST_PER_MINUTE.environmentVariable()).isEqualTo("STEPPEWATCH_NOTIFIER_DIGEST_PER_MINUTE");
    }
}
