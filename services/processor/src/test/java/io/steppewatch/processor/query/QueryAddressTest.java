package io.steppewatch.processor.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

import io.steppewatch.config.ConfigException;
import io.steppewatch.processor.ProcessorConfig;

class QueryAddressTest {

    @Test
    void shouldAdvertiseTheConfiguredAddressWhenOneIsSet() {
        assertThat(QueryAddress.advertised("10.1.2.3:8742", "0.0.0.0", 9999)).isEqualTo(new HostInfo("10.1.2.3", 8742));
    }

    @Test
    void shouldAdvertiseTheBoundAddressAndPortWhenNoneIsSet() {
        assertThat(QueryAddress.advertised(null, "127.0.0.1", 8742)).isEqualTo(new HostInfo("127.0.0.1", 8742));
    }

    @Test
    void shouldNameThisHostWhenTheEndpointBindsEveryInterface() {
        HostInfo advertised = QueryAddress.advertised(null, "0.0.0.0", 8742);
        assertThat(advertised.host()).isNotEqualTo("0.0.0.0").isNotBlank();
        assertThat(advertised.port()).isEqualTo(8742);
    }

    @Test
    void shouldRefuseAnApplicationServerWhenItIsNotHostAndPort() {
        assertThatThrownBy(() -> ProcessorConfig.of(Map.of("processor.application.server", "http://x:1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("processor.application.server");
    }

    @Test
    void shouldKeepStandbyReplicasWithinBoundsWhenConfigured() {
        assertThat(ProcessorConfig.of(Map.of()).standbyReplicas()).isEqualTo(1);
        assertThatThrownBy(() -> ProcessorConfig.of(Map.of("processor.standby.replicas", "-1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("processor.standby.replicas");
    }
}
