package io.steppewatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.config.ConfigException;
import io.steppewatch.config.ConfigKey;
import io.steppewatch.config.Durations;
import io.steppewatch.config.LayeredConfig;

class LayeredConfigTest {

    static final ConfigKey TOLERANCE = ConfigKey.of("ledger.tolerance", "0.02", "relative tolerance");
    static final ConfigKey PASSWORD = ConfigKey.secret("sasl.password", "SASL password");

    @Test
    void shouldUseTheDefaultWhenTheKeyIsSetNowhere() {
        assertThat(LayeredConfig.ofMap(Map.of()).getDouble(TOLERANCE, 0, 1)).isEqualTo(0.02);
    }

    @Test
    void shouldNameTheKeyAndValueWhenTheValueIsBad() {
        LayeredConfig config = LayeredConfig.ofMap(Map.of("ledger.tolerance", "two"));
        assertThatThrownBy(() -> config.getDouble(TOLERANCE, 0, 1))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ledger.tolerance").hasMessageContaining("'two'")
                .hasMessageContaining("STEPPEWATCH_LEDGER_TOLERANCE");
    }

    @Test
    void shouldHideTheValueWhenTheKeyIsSecret() {
        assertThatThrownBy(() -> LayeredConfig.ofMap(Map.of("sasl.password", "hunter2")).getInt(PASSWORD, 0, 1))
                .hasMessageNotContaining("hunter2").hasMessageContaining("****");
    }

    @ParameterizedTest
    @CsvSource({"500ms,500", "30s,30000", "5m,300000", "2h,7200000", "PT1S,1000"})
    void shouldParseDurationsWhenWrittenForHumans(String text, long millis) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @org.junit.jupiter.api.Test
    void shouldReadKafkaClientSettingsFromTheEnvironmentWhenPrefixed() {
        LayeredConfig config = LayeredConfig.ofMap(Map.of("kafka.sasl.mechanism", "SCRAM-SHA-512"),
                Map.of("STEPPEWATCH_KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "STEPPEWATCH_KAFKA_SASL_MECHANISM", "PLAIN",
                        "PATH", "/usr/bin"));
        assertThat(config.withPrefix("kafka."))
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .hasSize(2);
    }

    @org.junit.jupiter.api.Test
    void shouldTakeTheFileAndSettingsWhenParsingServiceArguments() {
        io.steppewatch.config.ServiceArgs args = io.steppewatch.config.ServiceArgs.parse("--config", "a.properties", "x.y=1");
        assertThat(args.file()).hasToString("a.properties");
        assertThat(args.overrides()).containsEntry("x.y", "1");
        assertThat(io.steppewatch.config.ServiceArgs.parse("b.properties").file()).hasToString("b.properties");
        assertThatThrownBy(() -> io.steppewatch.config.ServiceArgs.parse("--verbose"))
                .hasMessageContaining("--verbose");
    }

    @org.junit.jupiter.api.Test
    void shouldTellASetKeyFromADefaultedOne() {
        LayeredConfig config = LayeredConfig.ofMap(Map.of(), Map.of("STEPPEWATCH_LEDGER_TOLERANCE", "0.05"));
        assertThat(config.isSet(TOLERANCE)).isTrue();
        assertThat(LayeredConfig.ofMap(Map.of()).isSet(TOLERANCE)).isFalse();
        assertThat(LayeredConfig.ofMap(Map.of()).getDouble(TOLERANCE, 0, 1)).isEqualTo(0.02);
    }
}
