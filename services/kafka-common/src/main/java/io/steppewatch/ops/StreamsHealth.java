package io.steppewatch.ops;

import java.util.function.BooleanSupplier;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.State;

/** Liveness and readiness of a Kafka Streams instance, for {@link OpsServer}. */
public final class StreamsHealth {

    private StreamsHealth() {
    }

    /**
     * Live unless the instance has failed or stopped for good: a restart is the only way out of ERROR,
     * PENDING_ERROR and NOT_RUNNING. CREATED counts as live so a slow start is not killed.
     */
    public static BooleanSupplier live(KafkaStreams streams) {
        return () -> isLive(streams.state());
    }

    /** Ready while processing: RUNNING, or REBALANCING (which is brief and part of normal scaling). */
    public static BooleanSupplier ready(KafkaStreams streams) {
        return () -> isReady(streams.state());
    }

    static boolean isLive(State state) {
        return state != State.ERROR && state != State.PENDING_ERROR && state != State.NOT_RUNNING
                && state != State.PENDING_SHUTDOWN;
    }

    static boolean isReady(State state) {
        return state == State.RUNNING || state == State.REBALANCING;
    }
}
