package io.steppewatch.notifier.consume;

import java.time.Clock;
import java.time.Duration;
import java.util.Random;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import io.steppewatch.notifier.NotifierConfig;
import io.steppewatch.notifier.delivery.AlertDispatcher;
import io.steppewatch.notifier.delivery.HealthRegistry;
import io.steppewatch.notifier.delivery.RetryPolicy;
import io.steppewatch.notifier.delivery.WebhookDeliverer;
import io.steppewatch.notifier.delivery.WebhookRateLimiter;
import io.steppewatch.notifier.digest.DigestPlanner;
import io.steppewatch.notifier.slack.AlertMessageRenderer;
import io.steppewatch.notifier.slack.SlackWebhookClient;
import io.steppewatch.notifier.slack.WebhookTransport;

/**
 * The notifier's delivery path wired to Kafka: delivery log loaded from {@code notifier-deliveries},
 * dead letters to {@code notifier-dlq}, one rate limiter per webhook, health per subscription. The live
 * notifier uses it, and so can a replay ({@code steppewatch replay alerts --to SUBSCRIPTION}):
 * <pre>{@code
 * try (DeliveryPath path = DeliveryPath.open(config, settings, topics)) {
 *     DispatchReport report = path.dispatcher().dispatch(subscription, alerts, force);
 * }
 * }</pre>
 */
public final class DeliveryPath implements AutoCloseable {

    private final Producer<String, String> deliveriesProducer;
    private final Producer<String, byte[]> dlqProducer;
    private final KafkaDeliveryLog deliveryLog;
    private final KafkaDeadLetters deadLetters;
    private final HealthRegistry health;
    private final AlertDispatcher dispatcher;
    private final Clock clock;

    private DeliveryPath(NotifierConfig config, KafkaSettings settings, Topics topics, WebhookTransport transport,
                         Clock clock, Random random) {
        this.deliveriesProducer = new KafkaProducer<>(settings.producer(), new StringSerializer(), new StringSerializer());
        this.dlqProducer = new KafkaProducer<>(settings.producer(), new StringSerializer(), new ByteArraySerializer());
        this.deliveryLog = new KafkaDeliveryLog(settings, topics.notifierDeliveries(), deliveriesProducer, clock);
        this.deadLetters = new KafkaDeadLetters(topics.notifierDlq(), dlqProducer, clock);
        this.clock = clock;
        this.health = new HealthRegistry(clock);
        RetryPolicy retry = new RetryPolicy(config.retryInitial(), config.retryMax(), config.retryAfterMax(), random);
        WebhookDeliverer deliverer = new WebhookDeliverer(transport,
                new WebhookRateLimiter(clock, config.webhookInterval()), retry, health, clock);
        this.dispatcher = new AlertDispatcher(deliverer, new AlertMessageRenderer(),
                new DigestPlanner(config.digestPerMinute(), config.digestMaxItems(), clock), deliveryLog, deadLetters,
                health);
    }

    /** Opens the path with the real webhook client and loads the delivery log. */
    public static DeliveryPath open(NotifierConfig config, KafkaSettings settings, Topics topics) {
        return open(config, settings, topics,
                new SlackWebhookClient(config.httpConnectTimeout(), config.httpRequestTimeout()),
                Clock.systemUTC(), new Random());
    }

    /** For tests: a chosen transport, clock and random source. */
    public static DeliveryPath open(NotifierConfig config, KafkaSettings settings, Topics topics,
                                    WebhookTransport transport, Clock clock, Random random) {
        DeliveryPath path = new DeliveryPath(config, settings, topics, transport, clock, random);
        try {
            path.deliveryLog.load();
        } catch (RuntimeException e) {
            path.close();
            throw e;
        }
        return path;
    }

    public AlertDispatcher dispatcher() {
        return dispatcher;
    }

    public Clock clock() {
        return clock;
    }

    public HealthRegistry health() {
        return health;
    }

    public KafkaDeliveryLog deliveryLog() {
        return deliveryLog;
    }

    public KafkaDeadLetters deadLetters() {
        return deadLetters;
    }

    @Override
    public void close() {
        deliveryLog.close();
        deliveriesProducer.close();
        dlqProducer.close();
    }

    /** Closes at once, as a killed process would (crash tests): nothing pending is flushed. */
    public void abort() {
        deliveryLog.close();
        deliveriesProducer.close(Duration.ZERO);
        dlqProducer.close(Duration.ZERO);
    }
}
