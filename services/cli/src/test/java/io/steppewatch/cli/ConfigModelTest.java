package io.steppewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.steppewatch.config.ConfigException;
import io.steppewatch.config.ConfigKey;
import io.steppewatch.config.Durations;
import io.steppewatch.config.LayeredConfig;
import io.steppewatch.ingester.IngesterConfig;
import io.steppewatch.notifier.NotifierConfig;
import io.steppewatch.processor.ProcessorConfig;

/** The one configuration model, across the three services: one duration syntax, one file, unknown keys named. */
class ConfigModelTest {

    private static final Map<String, Consumer<LayeredConfig>> SERVICES = Map.of(
            "ingester", IngesterConfig::from,
            "processor", config -> ProcessorConfig.from(config),
            "notifier", NotifierConfig::from);

    static Stream<Arguments> durationKeys() {
        List<Arguments> keys = new ArrayList<>();
        keys(IngesterConfig.KEYS, "ingester", keys);
        keys(ProcessorConfig.KEYS, "processor", keys);
        keys(NotifierConfig.KEYS, "notifier", keys);
        return keys.stream();
    }

    private static void keys(List<ConfigKey> all, String service, List<Arguments> into) {
        for (ConfigKey key : all) {
            if (key.defaultValue() != null && isDuration(key.defaultValue())) {
                into.add(Arguments.of(service, key));
            }
        }
    }

    private static boolean isDuration(String text) {
        try {
            Durations.parse(text);
            return true;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return false;
        }
    }

    @Test
    void shouldFindDurationKeysInEveryServiceThatHasTimes() {
        assertThat(durationKeys().map(a -> ((ConfigKey) a.get()[1]).name()))
                .contains("ingester.poll.interval", "ingester.http.read-timeout", "notifier.retry.initial",
                        "notifier.webhook.interval", "notifier.http.request.timeout");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("durationKeys")
    void shouldAcceptEveryDurationSpellingWhenAnyServiceReadsATime(String service, ConfigKey key) {
        Duration value = Durations.parse(key.defaultValue());
        for (String spelling : List.of(value.toMillis() + "ms", value.toString(), value.toSeconds() + "s")) {
            SERVICES.get(service).accept(LayeredConfig.ofMap(Map.of(key.name(), spelling)));
        }
        assertThatThrownBy(() -> SERVICES.get(service).accept(LayeredConfig.ofMap(Map.of(key.name(),
                String.valueOf(value.toMillis())))))
                .isInstanceOf(ConfigException.class).hasMessageContaining(key.name()).hasMessageContaining("must be a duration");
    }

    @Test
    void shouldReadOneFileWithEveryServicesSettingsWhenEachServiceStarts(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("steppewatch.properties"), String.join("\n",
                "bootstrap.servers=kafka1:9092", "topic.prefix=p1-", "ops.port=9400",
                "processor.application.id=steppewatch-processor", "ledger.tolerance=0.05", "processor.threads=2",
                "ingester.poll.interval=10m", "notifier.retry.initial=2s", "notifier.retry.max.ms=600000",
                "kafka.security.protocol=SASL_SSL", ""));
        LayeredConfig config = LayeredConfig.of(Map.of(), file, Map.of());

        assertThat(IngesterConfig.from(config).pollInterval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(ProcessorConfig.from(config).tolerance()).isEqualTo(0.05);
        NotifierConfig notifier = NotifierConfig.from(config);
        assertThat(notifier.retryInitial()).isEqualTo(Duration.ofSeconds(2));
        assertThat(notifier.retryMax()).isEqualTo(Duration.ofMinutes(10));
        assertThat(notifier.topicPrefix()).isEqualTo(IngesterConfig.from(config).topicPrefix()).isEqualTo("p1-");
    }

    @Test
    void shouldNameTheKeyAndTheFileWhenAKeyIsUnknown(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("steppewatch.properties"), "ingester.poll.intervall=10m\n");
        LayeredConfig config = LayeredConfig.of(Map.of(), file, Map.of());

        assertThatThrownBy(() -> IngesterConfig.from(config)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown setting 'ingester.poll.intervall'").hasMessageContaining(file.toString());
        // The processor leaves the ingester's keys to the ingester.
        assertThat(ProcessorConfig.from(config).threads()).isEqualTo(1);
    }
}
