package io.steppewatch.notifier.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.steppewatch.avro.Alert;
import io.steppewatch.notifier.testing.MutableClock;
import io.steppewatch.notifier.testing.TestAlerts;

class DigestPlannerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final DigestPlanner planner = new DigestPlanner(5, 10, clock);

    @Test
    void shouldSendOneByOneWhenBatchFitsTheAllowance() {
        List<Outgoing> plan = planner.plan("s", alerts(5));

        assertThat(plan).hasSize(5).noneMatch(Outgoing::digest);
    }

    @Test
    void shouldGroupTheOverflowIntoDigestsWhenBatchIsABurst() {
        List<Outgoing> plan = planner.plan("s", alerts(25));

        assertThat(plan).hasSize(3).allMatch(Outgoing::digest)
                .extracting(o -> o.alerts().size()).containsExactly(10, 10, 5);
        assertThat(plan.stream().mapToInt(o -> o.alerts().size()).sum()).isEqualTo(25);
    }

    @Test
    void shouldDigestEverythingWhenTheMinuteIsUsedUpAndRecoverAfterIt() {
        for (int i = 0; i < 5; i++) {
            planner.sent("s");
        }

        assertThat(planner.plan("s", alerts(3))).singleElement().matches(Outgoing::digest);
        planner.sent("other");
        assertThat(planner.plan("other", alerts(3))).as("other subscriptions keep their allowance")
                .noneMatch(Outgoing::digest);

        clock.advance(Duration.ofSeconds(61));
        assertThat(planner.plan("s", alerts(3))).hasSize(3).noneMatch(Outgoing::digest);
    }

    @Test
    void shouldHoldUntilTheOldestCountedMessageLeavesTheMinuteWhenAllowanceIsUsedUp() {
        Instant start = clock.instant();
        for (int i = 0; i < 5; i++) {
            planner.sent("s");
            clock.advance(Duration.ofSeconds(2));
        }

        assertThat(planner.holdUntil("s")).contains(start.plusSeconds(60));
        assertThat(planner.holdUntil("other")).isEmpty();
        clock.advance(Duration.ofSeconds(51));
        assertThat(planner.holdUntil("s")).as("one message left the window").isEmpty();
    }

    private static List<Alert> alerts(int count) {
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            alerts.add(TestAlerts.trade("a" + i));
        }
        return alerts;
    }
}
