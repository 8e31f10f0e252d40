package io.steppewatch.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.Severity;
import io.steppewatch.notifier.digest.DigestPlanner;
import io.steppewatch.notifier.slack.AlertMessageRenderer;
import io.steppewatch.notifier.slack.SlackWebhookClient;
import io.steppewatch.notifier.subscription.AlertFilter;
import io.steppewatch.notifier.subscription.Subscription;
import io.steppewatch.notifier.subscription.WebhookUrl;
import io.steppewatch.notifier.testing.Delivered;
import io.steppewatch.notifier.testing.InMemoryDeliveryLog;
import io.steppewatch.notifier.testing.LogCapture;
import io.steppewatch.notifier.testing.MutableClock;
import io.steppewatch.notifier.testing.RecordingDeadLetters;
import io.steppewatch.notifier.testing.SlackStub;
import io.steppewatch.notifier.testing.SlackStub.Reply;
import io.steppewatch.notifier.testing.TestAlerts;

/**
 * The delivery path against a local server that answers like Slack's webhook endpoint. The clock is fake
 * and waits advance it, so rate limits and backoffs cost no real time; HTTP is real.
 */
class SlackDeliveryTest {

    private static final String SECRET_PART = "XyZsecretTokenQ9";

    private SlackStub slack;
    private MutableClock clock;
    private InMemoryDeliveryLog deliveryLog;
    private RecordingDeadLetters deadLetters;
    private HealthRegistry health;
    private AlertDispatcher dispatcher;

    @BeforeEach
    void setUp() throws Exception {
        slack = new SlackStub();
        clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        deliveryLog = new InMemoryDeliveryLog();
        deadLetters = new RecordingDeadLetters();
        health = new HealthRegistry(clock);
        dispatcher = dispatcher(100);
    }

    @AfterEach
    void tearDown() {
        slack.close();
    }

    private AlertDispatcher dispatcher(int digestPerMinute) {
        SlackWebhookClient client = new SlackWebhookClient(Duration.ofSeconds(2), Duration.ofMillis(1_000));
        RetryPolicy retry = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5),
                new Random(1234));
        WebhookDeliverer deliverer = new WebhookDeliverer(client, new WebhookRateLimiter(clock, Duration.ofSeconds(1)),
                retry, health, clock);
        return new AlertDispatcher(deliverer, new AlertMessageRenderer(), new DigestPlanner(digestPerMinute, 20, clock),
                deliveryLog, deadLetters, health);
    }

    private String path(String name) {
        return "/services/T0/" + name + "/" + SECRET_PART;
    }

    private Subscription subscription(String name, List<String> topics, AlertFilter filter) {
        return new Subscription(name, WebhookUrl.parse(slack.url(path(name))), topics, filter);
    }

    @Test
    void shouldDeliverEachAlertExactlyOnceToMatchingSubscriptionsWhenSlackMisbehaves() throws Exception {
        slack.script(path("flaky"),
                Reply.status(500, "internal_error"),
                Reply.dropConnection(),
                Reply.tooManyRequests(7),
                new Reply(503, "service_unavailable", null, 2_500, false),
                Reply.slow(150),
                Reply.status(502, ""),
                Reply.dropConnection());
        slack.always(path("slow"), Reply.slow(120));
        slack.always(path("invalid"), Reply.status(400, "invalid_payload"));
        slack.always(path("forbidden"), Reply.status(403, "action_prohibited"));
        slack.always(path("gone"), Reply.status(404, "no_service"));
        slack.always(path("missing"), Reply.status(404, "channel_not_found"));
        slack.always(path("archived"), Reply.status(410, "channel_is_archived"));

        List<Alert> alerts = List.of(
                TestAlerts.alert("t1", AlertKind.NEW_PERIOD, List.of("trade"), "trade.turnover", List.of("KZ"), Severity.HIGH),
                TestAlerts.alert("t2", AlertKind.REVISED, List.of("trade", "sanctions"), "trade.turnover", List.of("UZ"), Severity.LOW),
                TestAlerts.alert("s1", AlertKind.NEW_METRIC, List.of("sanctions"), "sanctions.count", List.of("KG"), Severity.MEDIUM),
                TestAlerts.alert("c1", AlertKind.NEW_PERIOD, List.of("corridors"), "cargo.volume", List.of("KZ", "TITR"), Severity.HIGH),
                TestAlerts.alert("x1", AlertKind.NEW_PERIOD, List.of("security"), "security.incidents", List.of("TJ"), Severity.LOW));
        AlertFilter kzOnly = new AlertFilter(Set.of(), Set.of(), Set.of("KZ"), Optional.empty());
        List<Subscription> subscriptions = List.of(
                subscription("flaky", List.of("trade", "sanctions"), AlertFilter.ANY),
                subscription("slow", List.of("corridors", "trade"), kzOnly),
                subscription("quiet", List.of("security"), new AlertFilter(Set.of(), Set.of(), Set.of(),
                        Optional.of(Severity.HIGH))),
                subscription("invalid", List.of("trade"), AlertFilter.ANY),
                subscription("forbidden", List.of("sanctions"), AlertFilter.ANY),
                subscription("gone", List.of("corridors"), AlertFilter.ANY),
                subscription("missing", List.of("security"), AlertFilter.ANY),
                subscription("archived", List.of("trade"), kzOnly));

        Map<String, DispatchReport> reports = new LinkedHashMap<>();
        try (LogCapture logs = new LogCapture()) {
            for (int round = 0; round < 2; round++) {
                // The second round is a redelivery of the same records (as after a restart): nothing new is posted.
                for (Subscription subscription : subscriptions) {
                    List<Alert> followed = alerts.stream().filter(subscription::follows).toList();
                    reports.put(subscription.name() + "#" + round, dispatcher.dispatch(subscription, followed, false,
                            () -> true, clock.waiter()));
                }
            }
            assertThat(logs.events()).isNotEmpty();
            assertThat(logs.everything()).doesNotContain(SECRET_PART).doesNotContain(slack.url(""));
        }

        assertThat(Delivered.alertIds(slack.accepted(path("flaky")))).containsExactlyInAnyOrder("t1", "t2", "s1");
        assertThat(Delivered.alertIds(slack.accepted(path("slow")))).containsExactlyInAnyOrder("t1", "c1");
        assertThat(slack.received()).noneMatch(r -> r.path().equals(path("quiet")));
        for (String refused : List.of("invalid", "forbidden", "gone", "missing", "archived")) {
            assertThat(slack.accepted(path(refused))).as(refused).isEmpty();
        }
        // Refused alerts are not recorded as delivered (a replay may send them once the channel is fixed), so
        // the redelivery round dead-letters them a second time: each appears twice, with the same reason.
        assertThat(deadLetters.entries()).hasSize(14).extracting(e -> e.subscription() + ":" + e.alertId() + ":"
                        + e.status() + ":" + e.reason())
                .containsOnly(
                        "invalid:t1:400:HTTP 400 invalid_payload", "invalid:t2:400:HTTP 400 invalid_payload",
                        "forbidden:t2:403:HTTP 403 action_prohibited", "forbidden:s1:403:HTTP 403 action_prohibited",
                        "gone:c1:404:HTTP 404 no_service", "missing:x1:404:HTTP 404 channel_not_found",
                        "archived:t1:410:HTTP 410 channel_is_archived");
        assertThat(reports.get("flaky#1").skipped()).containsExactlyInAnyOrder("t1", "t2", "s1");
        assertThat(reports.get("flaky#0").delivered()).containsExactlyInAnyOrder("t1", "t2", "s1");
        assertThat(deliveryLog.keys()).containsExactlyInAnyOrder("flaky|t1", "flaky|t2", "flaky|s1", "slow|t1", "slow|c1");

        assertThat(health.of("flaky").state()).isEqualTo(SubscriptionHealth.State.HEALTHY);
        assertThat(health.of("flaky").retries()).as("500, drop, 429, timeout, then 502, drop").isEqualTo(6);
        assertThat(health.of("archived").state()).isEqualTo(SubscriptionHealth.State.FAILING);
        assertThat(health.of("archived").lastProblem()).contains("HTTP 410 channel_is_archived");
        assertThat(health.of("gone").deadLettered()).as("once per round").isEqualTo(2);
        assertThat(health.snapshot()).allSatisfy(h -> assertThat(h.toString()).doesNotContain(SECRET_PART));
    }

    @Test
    void shouldWaitRetryAfterThenBackOffExponentiallyWhenSlackRefusesForAWhile() throws Exception {
        slack.script(path("busy"), Reply.tooManyRequests(30), Reply.status(500, "x"), Reply.status(500, "x"),
                Reply.status(500, "x"), Reply.status(500, "x"));
        List<Duration> waits = new ArrayList<>();
        Waiter recording = duration -> {
            waits.add(duration);
            clock.advance(duration);
        };
        Instant start = clock.instant();

        DispatchReport report = dispatcher.dispatch(subscription("busy", List.of("trade"), AlertFilter.ANY),
                List.of(TestAlerts.trade("b1")), false, () -> true, recording);

        assertThat(report.delivered()).containsExactly("b1");
        assertThat(slack.received()).hasSize(6);
        List<Duration> nonZero = waits.stream().filter(d -> !d.isZero()).toList();
        assertThat(nonZero.get(0)).isEqualTo(Duration.ofSeconds(30));
        // 4 backoffs after 500s: each within [ceiling/2, ceiling] for ceilings 2s, 4s, 8s, 16s (attempts 2..5).
        List<Duration> backoffs = nonZero.subList(1, nonZero.size());
        assertThat(backoffs).hasSize(4);
        long[] ceilings = {2_000, 4_000, 8_000, 16_000};
        for (int i = 0; i < 4; i++) {
            assertThat(backoffs.get(i).toMillis()).isBetween(ceilings[i] / 2, ceilings[i]);
        }
        assertThat(Duration.between(start, clock.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(30 + 15));
    }

    @Test
    void shouldKeepOneMessagePerSecondPerWebhookWhenManyAlertsArrive() throws Exception {
        Subscription one = subscription("one", List.of("trade"), AlertFilter.ANY);
        Subscription sameWebhook = new Subscription("two", one.webhook(), List.of("trade"), AlertFilter.ANY);
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            alerts.add(TestAlerts.trade("r" + i));
        }
        Instant start = clock.instant();

        dispatcher.dispatch(one, alerts, false, () -> true, clock.waiter());
        dispatcher.dispatch(sameWebhook, alerts, false, () -> true, clock.waiter());

        assertThat(slack.accepted(path("one"))).hasSize(20);
        assertThat(Duration.between(start, clock.instant())).as("20 posts to one webhook take 19 s at 1/s")
                .isEqualTo(Duration.ofSeconds(19));
    }

    @Test
    void shouldSendBurstAsDigestWhenAlertsExceedPerMinuteLimit() throws Exception {
        AlertDispatcher digesting = dispatcher(3);
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            alerts.add(TestAlerts.trade("d" + i));
        }
        Subscription subscription = subscription("burst", List.of("trade"), AlertFilter.ANY);

        DispatchReport report = digesting.dispatch(subscription, alerts, false, () -> true, clock.waiter());

        List<String> payloads = slack.accepted(path("burst"));
        assertThat(payloads).hasSize(1);
        assertThat(payloads.get(0)).contains("15 new figures in a burst");
        assertThat(Delivered.alertIds(payloads)).hasSize(15).doesNotHaveDuplicates();
        assertThat(report.messages()).isEqualTo(1);
        assertThat(report.delivered()).hasSize(15);
        assertThat(deliveryLog.keys()).hasSize(15);
    }

    @Test
    void shouldResendOnlyWhenForcedAfterAlertsWereDelivered() throws Exception {
        Subscription subscription = subscription("replay", List.of("trade"), AlertFilter.ANY);
        List<Alert> alerts = List.of(TestAlerts.trade("p1"), TestAlerts.trade("p2"), TestAlerts.trade("p1"));

        DispatchReport first = dispatcher.dispatch(subscription, alerts, false, () -> true, clock.waiter());
        DispatchReport again = dispatcher.dispatch(subscription, alerts, false, () -> true, clock.waiter());
        DispatchReport forced = dispatcher.dispatch(subscription, alerts, true, () -> true, clock.waiter());

        assertThat(first.delivered()).containsExactly("p1", "p2");
        assertThat(first.skipped()).containsExactly("p1");
        assertThat(again.delivered()).isEmpty();
        assertThat(forced.delivered()).containsExactly("p1", "p2");
        assertThat(Delivered.alertIds(slack.accepted(path("replay")))).containsExactly("p1", "p2", "p1", "p2");
    }

    @Test
    void shouldLeaveTheRestPendingWhenStoppedDuringRetries() throws Exception {
        slack.always(path("down"), Reply.status(503, "down"));
        Subscription subscription = subscription("down", List.of("trade"), AlertFilter.ANY);
        int[] attempts = {0};
        Waiter stopAfterFive = duration -> {
            clock.advance(duration);
            attempts[0]++;
        };

        DispatchReport report = dispatcher.dispatch(subscription, List.of(TestAlerts.trade("w1"), TestAlerts.trade("w2")),
                false, () -> attempts[0] < 10, stopAfterFive);

        assertThat(report.complete()).isFalse();
        assertThat(report.pending()).containsExactly("w1", "w2");
        assertThat(deliveryLog.keys()).isEmpty();
        assertThat(deadLetters.entries()).isEmpty();
        assertThat(health.of("down").state()).isEqualTo(SubscriptionHealth.State.RETRYING);
        assertThat(health.of("down").lastProblem()).contains("HTTP 503 down");
    }
}
