package io.steppewatch.notifier.delivery;

import java.time.Instant;
import java.util.Optional;

/**
 * A subscription's delivery health, as shown to operators.
 *
 * @param subscription  subscription name
 * @param state         HEALTHY, RETRYING (Slack unreachable or rate limiting, retries under way) or FAILING
 *                      (the last message was refused for good and dead-lettered)
 * @param delivered     messages Slack accepted
 * @param retries       attempts that had to be repeated
 * @param deadLettered  alerts sent to the dead-letter topic
 * @param lastProblem   the latest failure reason (status and Slack's answer), never the URL
 * @param lastProblemAt when it happened
 */
public record SubscriptionHealth(String subscription, State state, long delivered, long retries, long deadLettered,
                                 Optional<String> lastProblem, Optional<Instant> lastProblemAt) {

    public enum State { HEALTHY, RETRYING, FAILING }
}
