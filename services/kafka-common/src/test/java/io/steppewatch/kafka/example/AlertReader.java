package io.steppewatch.kafka.example;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.specific.SpecificData;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.steppewatch.avro.Alert;
import io.steppewatch.schema.SchemaHistory;
import io.steppewatch.schema.TrustedRecords;

/** The README's consumer example, compiled with the build so the README stays true. */
public final class AlertReader {
    public static void main(String[] args) throws java.io.IOException {
        TrustedRecords.install(); // Avro 1.12 decodes only into classes it was told to trust
        BinaryMessageDecoder<Alert> decoder = new BinaryMessageDecoder<>(SpecificData.get(),
                Alert.getClassSchema(), SchemaHistory.storeFor(Alert.getClassSchema()));
        Map<String, Object> config = Map.of(
                "bootstrap.servers", "127.0.0.1:9092",
                "group.id", "my-trade-desk",
                "isolation.level", "read_committed",
                "auto.offset.reset", "earliest");
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("alerts-trade"));
            while (true) {
                for (var record : consumer.poll(Duration.ofSeconds(1))) {
                    Alert alert = decoder.decode(record.value());
                    System.out.printf("%s %s %s: %s (%s)%n", alert.getKind(), alert.getFigure().getMetric(),
                            alert.getFigure().getSubjects(), alert.getFigure().getText(), alert.getArticleUrl());
                }
            }
        }
    }
}
