package io.steppewatch.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.steppewatch.notifier.subscription.WebhookUrl;
import io.steppewatch.notifier.testing.MutableClock;

class WebhookRateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final WebhookRateLimiter limiter = new WebhookRateLimiter(clock, Duration.ofSeconds(1));
    private final WebhookUrl a = WebhookUrl.parse("https://hooks.slack.com/services/A");
    private final WebhookUrl b = WebhookUrl.parse("https://hooks.slack.com/services/B");

    @Test
    void shouldSpaceBurstOneSecondApartWhenSameWebhook() {
        assertThat(limiter.reserve(a)).isZero();
        assertThat(limiter.reserve(a)).isEqualTo(Duration.ofSeconds(1));
        assertThat(limiter.reserve(a)).isEqualTo(Duration.ofSeconds(2));
        assertThat(limiter.reserve(WebhookUrl.parse("https://hooks.slack.com/services/A")))
                .as("the same URL parsed again shares the budget").isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void shouldNotDelayOtherWebhooksWhenOneIsBusy() {
        limiter.reserve(a);
        limiter.reserve(a);

        assertThat(limiter.reserve(b)).isZero();
    }

    @Test
    void shouldAllowOneMessagePerSecondSustainedWhenTimePasses() {
        int sent = 0;
        Instant start = clock.instant();
        for (int i = 0; i < 100; i++) {
            Duration wait = limiter.reserve(a);
            clock.advance(wait);
            sent++;
        }
        Duration elapsed = Duration.between(start, clock.instant());

        assertThat(sent).isEqualTo(100);
        assertThat(elapsed).isEqualTo(Duration.ofSeconds(99));
    }

    @Test
    void shouldHoldEveryCallerBackWhenWebhookWasRateLimited() {
        limiter.holdUntil(a, clock.instant().plusSeconds(30));

        assertThat(limiter.reserve(a)).isEqualTo(Duration.ofSeconds(30));
        limiter.holdUntil(a, clock.instant().plusSeconds(5));
        assertThat(limiter.reserve(a)).as("a shorter hold never shortens a longer one").isEqualTo(Duration.ofSeconds(31));
    }
}
