package io.steppewatch.notifier.testing;

import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.steppewatch.avro.Alert;
import io.steppewatch.kafka.AvroSerde;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;

/** Publishes alerts the way the processor routes them: to {@code alerts} and to each topic's alert topic. */
public final class AlertPublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final Topics topics;
    private final AvroSerde<Alert> serde = AvroSerde.of(Alert.class);

    public AlertPublisher(KafkaSettings settings, Topics topics) {
        this.producer = new KafkaProducer<>(settings.producer(), new StringSerializer(), new ByteArraySerializer());
        this.topics = topics;
    }

    public void publish(Alert alert) {
        send(topics.alerts().name(), alert.getId(), serde.encode(alert));
        for (String topic : alert.getTopics()) {
            send(topics.alertsFor(topic).name(), alert.getId(), serde.encode(alert));
        }
    }

    public void send(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
