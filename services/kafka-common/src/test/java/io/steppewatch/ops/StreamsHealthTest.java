package io.steppewatch.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreamsHealthTest {

    @ParameterizedTest(name = "{0}: live={1} ready={2}")
    @CsvSource({
            "CREATED,          true,  false",
            "REBALANCING,      true,  true",
            "RUNNING,          true,  true",
            "PENDING_SHUTDOWN, false, false",
            "NOT_RUNNING,      false, false",
            "PENDING_ERROR,    false, false",
            "ERROR,            false, false",
    })
    void shouldReportHealthWhenStreamsIsInState(State state, boolean live, boolean ready) {
        assertThat(StreamsHealth.isLive(state)).isEqualTo(live);
        assertThat(StreamsHealth.isReady(state)).isEqualTo(ready);
    }
}
