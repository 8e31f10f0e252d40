package io.steppewatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
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

    static final ConfigKey INTERVAL = ConfigKey.of("notifier.retry.initial", "1s", "first backoff")
            .replacing("notifier.retry.initial.ms", Durations::fromMillis);

    @Test
    void shouldReadTheDeprecatedNameInEveryLayerBehindTheNewOneWhenOnlyTheOldIsSet() {
        assertThat(LayeredConfig.ofMap(Map.of("notifier.retry.initial.ms", "1500")).getDuration(INTERVAL))
                .isEqualTo(Duration.ofMillis(1500));
        assertThat(LayeredConfig.ofMap(Map.of(), Map.of("STEPPEWATCH_NOTIFIER_RETRY_INITIAL_MS", "2000")).getDuration(INTERVAL))
                .isEqualTo(Duration.ofSeconds(2));
        // A layer above wins whatever the name: an argument with the old name beats the environment's new name.
        assertThat(LayeredConfig.ofMap(Map.of("notifier.retry.initial.ms", "3000"),
                Map.of("STEPPEWATCH_NOTIFIER_RETRY_INITIAL", "9s")).getDuration(INTERVAL)).isEqualTo(Duration.ofSeconds(3));
        assertThat(LayeredConfig.ofMap(Map.of("notifier.retry.initial.ms", "3000", "notifier.retry.initial", "4s"))
                .getDuration(INTERVAL)).isEqualTo(Duration.ofSeconds(4));
        assertThat(LayeredConfig.ofMap(Map.of("notifier.retry.initial.ms", "1000")).isSet(INTERVAL)).isTrue();
    }

    @Test
    void shouldNameTheNewKeyWhenADeprecatedValueIsBad() {
        assertThatThrownBy(() -> LayeredConfig.ofMap(Map.of("notifier.retry.initial.ms", "soon")).getDuration(INTERVAL))
                .isInstanceOf(ConfigException.class).hasMessageContaining("notifier.retry.initial").hasMessageContaining("'soon'");
    }

    @ParameterizedTest
    @CsvSource({"1000", "-5s", "5 minutes", "1.5s", "''"})
    void shouldRefuseADurationWhenItIsNotANumberWithAUnitOrIso(String text) {
        ConfigKey key = ConfigKey.of("ingester.poll.interval", "15m", "poll interval");
        LayeredConfig config = LayeredConfig.ofMap(Map.of("ingester.poll.interval", text.isEmpty() ? "x" : text));
        assertThatThrownBy(() -> config.getDuration(key)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingester.poll.interval").hasMessageContaining("must be a duration");
    }

    @Test
    void shouldUseACommandsDefaultsOnlyWhenNoLayerSetsTheKey() {
        ConfigKey stateDir = ConfigKey.of("processor.state.dir", "var/streams", "state");
        LayeredConfig run = LayeredConfig.ofMap(Map.of()).withDefaults(Map.of("processor.state.dir", "/data/streams"));
        assertThat(run.get(stateDir)).isEqualTo("/data/streams");
        assertThat(run.isSet(stateDir)).isFalse();
        LayeredConfig fromEnvironment = LayeredConfig.ofMap(Map.of(), Map.of("STEPPEWATCH_PROCESSOR_STATE_DIR", "/env"))
                .withDefaults(Map.of("processor.state.dir", "/data/streams"));
        assertThat(fromEnvironment.get(stateDir)).isEqualTo("/env");
    }

    @Test
    void shouldRefuseAnUnknownKeyUnderItsOwnPrefixOrNoServicesPrefixWhenChecked() {
        List<ConfigKey> known = List.of(TOLERANCE);
        List<String> all = List.of("ledger.", "ingester.");
        LayeredConfig typo = LayeredConfig.ofMap(Map.of("ledger.tolerence", "0.1"));
        assertThatThrownBy(() -> typo.refuseUnknown(known, List.of("ledger."), all, "kafka."))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown setting 'ledger.tolerence'")
                .hasMessageContaining("in the arguments");
        LayeredConfig stray = LayeredConfig.ofMap(Map.of("bootstrap.server", "k:9092"));
        assertThatThrownBy(() -> stray.refuseUnknown(known, List.of("ledger."), all, "kafka."))
                .hasMessageContaining("unknown setting 'bootstrap.server'");
        // Another service's key and Kafka client settings are left to their readers; the environment is not checked.
        LayeredConfig shared = LayeredConfig.ofMap(Map.of("ingester.anything", "1", "kafka.security.protocol", "SSL",
                "ledger.tolerance", "0.1"), Map.of("STEPPEWATCH_LEDGER_TOLERENCE", "0.2"));
        shared.refuseUnknown(known, List.of("ledger."), all, "kafka.");
    }

    @Test
    void shouldAcceptTheDeprecatedNameWhenCheckingForUnknownKeys() {
        LayeredConfig.ofMap(Map.of("notifier.retry.initial.ms", "1000"))
                .refuseUnknown(List.of(INTERVAL), List.of("notifier."), List.of("notifier."), "kafka.");
        assertThat(LayeredConfig.ofMap(Map.of("notifier.retry.initial.ms", "1000")).getDuration(INTERVAL))
                .isEqualTo(Duration.ofSeconds(1));
    }
}
