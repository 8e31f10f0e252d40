package io.steppewatch.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class HealthRegistryMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void detach() {
        Metrics.removeRegistry(registry);
    }

    @Test
    void shouldCountSentRetriedAndDeadLetteredWhenARegistryIsJoined() {
        Metrics.addRegistry(registry);
        HealthRegistry health = new HealthRegistry(Clock.systemUTC());
        health.delivered("desk");
        health.delivered("desk");
        health.retrying("desk", "HTTP 500");
        health.deadLettered("desk", "HTTP 410 channel_is_archived", 3);
        assertThat(count("sent")).isEqualTo(2.0);
        assertThat(count("retried")).isEqualTo(1.0);
        assertThat(count("dead-lettered")).isEqualTo(3.0);
    }

    private double count(String outcome) {
        return registry.get("steppewatch.notifier.notifications").tag("outcome", outcome).tag("subscription", "desk")
                .counter().count();
    }
}
