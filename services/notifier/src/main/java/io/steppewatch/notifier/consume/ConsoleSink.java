package io.steppewatch.notifier.consume;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.avro.Alert;
import io.steppewatch.kafka.AvroSerde;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import io.steppewatch.notifier.slack.PlainTextRenderer;

/**
 * With no subscription configured, prints every alert of the {@code alerts} topic readably on a console
 * (the CLI's {@code run} passes its standard output). Offsets are committed after printing, so a restart
 * goes on where it stopped.
 */
public final class ConsoleSink implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSink.class);

    private final KafkaSettings settings;
    private final Topics topics;
    private final String groupId;
    private final PrintStream out;
    private final AvroSerde<Alert> alerts = AvroSerde.of(Alert.class);
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;

    public ConsoleSink(KafkaSettings settings, Topics topics, String groupId, PrintStream out) {
        this.settings = settings;
        this.topics = topics;
        this.groupId = groupId;
        this.out = out;
    }

    @Override
    public void run() {
        Map<String, Object> config = settings.consumer(groupId);
        KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer = kafka;
        try {
            kafka.subscribe(List.of(topics.alerts().name()));
            while (running) {
                ConsumerRecords<String, byte[]> records = kafka.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, byte[]> record : records) {
                    print(record);
                }
                if (!records.isEmpty()) {
                    out.flush();
                    kafka.commitSync();
                }
            }
        } catch (WakeupException | InterruptException e) {
            // stopping
        } finally {
            kafka.close(Duration.ofSeconds(5));
        }
    }

    private void print(ConsumerRecord<String, byte[]> record) {
        try {
            out.println(PlainTextRenderer.console(alerts.decode(record.value())));
        } catch (RuntimeException e) {
            LOG.warn("Unreadable alert at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
        }
    }

    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }
}
