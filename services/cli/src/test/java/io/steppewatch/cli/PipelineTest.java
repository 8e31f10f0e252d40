package io.steppewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.steppewatch.config.ConfigException;
import io.steppewatch.config.LayeredConfig;

/** {@code run} checks the settings of all three services before it starts anything. */
class PipelineTest {

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"ingester.pol.interval", "notifier.retry.initial", "ledger.tolerance"})
    void shouldStartNothingWhenAnyServicesSettingIsBad(String key) {
        String value = key.equals("ingester.pol.interval") ? "5m" : "not-a-value";
        LayeredConfig config = LayeredConfig.ofMap(Map.of(key, value));
        Pipeline.Settings settings = new Pipeline.Settings(data, "127.0.0.1", 0, config,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThatThrownBy(() -> Pipeline.start(settings, new SimpleMeterRegistry()))
                .isInstanceOf(ConfigException.class).hasMessageContaining(key);
        assertThat(data.resolve("kafka")).doesNotExist();
    }
}
