package io.steppewatch.notifier.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.avro.Alert;
import io.steppewatch.notifier.digest.DigestPlanner;
import io.steppewatch.notifier.digest.Outgoing;
import io.steppewatch.notifier.slack.AlertMessageRenderer;
import io.steppewatch.notifier.slack.SlackMessage;
import io.steppewatch.notifier.subscription.Subscription;

/**
 * The notifier's one delivery path, used by the live consumer and by replays: sends a list of alerts to
 * one subscription with duplicate check, burst digests, rate limit, retries, delivery records and
 * dead-lettering. It does not apply the subscription's filters; callers choose the alerts
 * ({@link Subscription#wants}).
 */
public final class AlertDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);

    private final WebhookDeliverer deliverer;
    private final AlertMessageRenderer renderer;
    private final DigestPlanner digests;
    private final DeliveryLog deliveryLog;
    private final DeadLetterSink deadLetters;
    private final HealthRegistry health;

    public AlertDispatcher(WebhookDeliverer deliverer, AlertMessageRenderer renderer, DigestPlanner digests,
                           DeliveryLog deliveryLog, DeadLetterSink deadLetters, HealthRegistry health) {
        this.deliverer = deliverer;
        this.renderer = renderer;
        this.digests = digests;
        this.deliveryLog = deliveryLog;
        this.deadLetters = deadLetters;
        this.health = health;
    }

    /** See {@link DigestPlanner#holdUntil(String)}. */
    public Optional<Instant> holdUntil(String subscription) {
        return digests.holdUntil(subscription);
    }

    /** Sends and waits by sleeping; for replays and other callers outside the consumer loop. */
    public DispatchReport dispatch(Subscription subscription, List<Alert> alerts, boolean force)
            throws InterruptedException {
        return dispatch(subscription, alerts, force, () -> !Thread.currentThread().isInterrupted(), Waiter.sleeping());
    }

    /**
     * @param force     send even alerts already delivered to this subscription (they are recorded again)
     * @param keepGoing false stops after the message in flight; the rest are reported as pending
     * @param waiter    how to wait for rate-limit slots and retries
     * @throws InterruptedException on interruption (a hard stop): nothing more is sent or recorded
     */
    public DispatchReport dispatch(Subscription subscription, List<Alert> alerts, boolean force,
                                   BooleanSupplier keepGoing, Waiter waiter) throws InterruptedException {
        List<String> skipped = new ArrayList<>();
        Map<String, Alert> fresh = new LinkedHashMap<>();
        for (Alert alert : alerts) {
            boolean repeated = fresh.containsKey(alert.getId());
            if (repeated || (!force && deliveryLog.isDelivered(subscription.name(), alert.getId()))) {
                skipped.add(alert.getId());
            } else {
                fresh.put(alert.getId(), alert);
            }
        }
        List<String> delivered = new ArrayList<>();
        List<String> deadLettered = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        int messages = 0;
        for (Outgoing outgoing : digests.plan(subscription.name(), List.copyOf(fresh.values()))) {
            List<String> ids = outgoing.alerts().stream().map(Alert::getId).toList();
            if (!pending.isEmpty() || !keepGoing.getAsBoolean()) {
                pending.addAll(ids);
                continue;
            }
            SlackMessage message = outgoing.digest() ? renderer.renderDigest(outgoing.alerts())
                    : renderer.render(outgoing.alerts().get(0));
            DeliveryOutcome outcome = deliverer.deliver(subscription, message, keepGoing, waiter);
            if (outcome instanceof DeliveryOutcome.Delivered) {
                deliveryLog.recordDelivered(subscription.name(), ids);
                digests.sent(subscription.name());
                delivered.addAll(ids);
                messages++;
            } else if (outcome instanceof DeliveryOutcome.Rejected rejected) {
                for (Alert alert : outgoing.alerts()) {
                    deadLetters.deadLetter(subscription, alert, rejected.status(), rejected.reason());
                }
                health.deadLettered(subscription.name(), rejected.reason(), ids.size());
                LOG.warn("Dead-lettered {} alert(s) for subscription {}: {}", ids.size(), subscription.name(),
                        rejected.reason());
                deadLettered.addAll(ids);
            } else {
                pending.addAll(ids);
            }
        }
        return new DispatchReport(messages, delivered, skipped, deadLettered, pending);
    }
}
