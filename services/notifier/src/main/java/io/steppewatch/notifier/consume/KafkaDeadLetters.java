package io.steppewatch.notifier.consume;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.header.Headers;

import io.steppewatch.avro.Alert;
import io.steppewatch.kafka.AvroSerde;
import io.steppewatch.kafka.Topic;
import io.steppewatch.notifier.delivery.DeadLetterSink;
import io.steppewatch.notifier.delivery.DeliveryLog;
import io.steppewatch.notifier.subscription.Subscription;

/**
 * Writes refused alerts to {@code notifier-dlq}: key {@code subscription|alertId}, value the alert in our
 * Avro encoding (or the original bytes when they could not be read), the reason in headers. The webhook URL
 * is never written; the subscription name identifies the destination.
 */
public final class KafkaDeadLetters implements DeadLetterSink {

    public static final String REASON = "dlq.reason";
    public static final String STATUS = "dlq.status";
    public static final String SUBSCRIPTION = "dlq.subscription";
    public static final String ALERT_ID = "dlq.alert.id";
    public static final String FAILED_AT = "dlq.failed.at";
    public static final String SOURCE_TOPIC = "dlq.source.topic";
    public static final String SOURCE_PARTITION = "dlq.source.partition";
    public static final String SOURCE_OFFSET = "dlq.source.offset";

    private final Topic<String, byte[]> topic;
    private final Producer<String, byte[]> producer;
    private final AvroSerde<Alert> alerts = AvroSerde.of(Alert.class);
    private final Clock clock;

    public KafkaDeadLetters(Topic<String, byte[]> topic, Producer<String, byte[]> producer, Clock clock) {
        this.topic = topic;
        this.producer = producer;
        this.clock = clock;
    }

    @Override
    public void deadLetter(Subscription subscription, Alert alert, int status, String reason) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(),
                DeliveryLog.key(subscription.name(), alert.getId()), alerts.encode(alert));
        headers(record.headers(), subscription.name(), status, reason);
        header(record.headers(), ALERT_ID, alert.getId());
        write(record);
    }

    /** A record of an alert topic that could not be decoded; kept as it came. */
    public void deadLetterUnreadable(Subscription subscription, ConsumerRecord<String, byte[]> source, String reason) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(),
                DeliveryLog.key(subscription.name(), String.valueOf(source.key())), source.value());
        headers(record.headers(), subscription.name(), 0, reason);
        header(record.headers(), SOURCE_TOPIC, source.topic());
        header(record.headers(), SOURCE_PARTITION, String.valueOf(source.partition()));
        header(record.headers(), SOURCE_OFFSET, String.valueOf(source.offset()));
        write(record);
    }

    private void headers(Headers headers, String subscription, int status, String reason) {
        header(headers, REASON, reason);
        header(headers, STATUS, String.valueOf(status));
        header(headers, SUBSCRIPTION, subscription);
        header(headers, FAILED_AT, clock.instant().toString());
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private void write(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not write to " + topic.name() + ": " + e, e);
        }
    }
}
