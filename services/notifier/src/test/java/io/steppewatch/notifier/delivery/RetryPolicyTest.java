package io.steppewatch.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.notifier.slack.WebhookResponse;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60),
            Duration.ofMinutes(10), new Random(42));

    @Test
    void shouldGrowExponentiallyWithJitterUpToCapWhenAttemptsIncrease() {
        for (int attempt = 1; attempt <= 12; attempt++) {
            long ceiling = Math.min(60_000, 1000L << (attempt - 1));
            Duration backoff = policy.backoff(attempt);
            assertThat(backoff.toMillis()).as("attempt %d", attempt).isBetween(ceiling / 2, ceiling);
        }
        assertThat(policy.backoff(1_000).toMillis()).isBetween(30_000L, 60_000L);
    }

    @Test
    void shouldRepeatTheSameDelaysWhenSeedIsTheSame() {
        assertThat(delays(new Random(7))).isEqualTo(delays(new Random(7))).isNotEqualTo(delays(new Random(8)));
    }

    @Test
    void shouldHonourRetryAfterUpToItsBoundWhenRateLimited() {
        assertThat(policy.afterRateLimit(Optional.of(Duration.ofSeconds(30)), 1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.afterRateLimit(Optional.of(Duration.ofDays(3)), 1)).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy.afterRateLimit(Optional.empty(), 1).toMillis()).isBetween(500L, 1000L);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "200, ok, DELIVERED",
            "204, '', DELIVERED",
            "429, rate_limited, RATE_LIMITED",
            "500, internal_error, TRANSIENT",
            "502, '', TRANSIENT",
            "503, service_unavailable, TRANSIENT",
            "408, '', TRANSIENT",
            "400, invalid_payload, PERMANENT",
            "400, no_text, PERMANENT",
            "403, action_prohibited, PERMANENT",
            "404, no_service, PERMANENT",
            "404, channel_not_found, PERMANENT",
            "410, channel_is_archived, PERMANENT"})
    void shouldClassifySlackAnswersWhenWebhookResponds(int status, String body, Verdict expected) {
        assertThat(Verdict.of(new WebhookResponse(status, body, Optional.empty()))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"'', -1", "abc, -1", "-5, -1", "0, 0", "30, 30", "' 7 ', 7"})
    void shouldReadRetryAfterSecondsWhenHeaderIsGiven(String header, long expectedSeconds) {
        Optional<Duration> parsed = WebhookResponse.parseRetryAfter(header);
        assertThat(parsed.map(Duration::toSeconds).orElse(-1L)).isEqualTo(expectedSeconds);
    }

    private static List<Duration> delays(Random random) {
        RetryPolicy seeded = new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(1), random);
        List<Duration> delays = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            delays.add(seeded.backoff(i));
        }
        return delays;
    }
}
