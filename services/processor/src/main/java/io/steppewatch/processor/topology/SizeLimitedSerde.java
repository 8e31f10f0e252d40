package io.steppewatch.processor.topology;

import java.util.Map;

import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A serde whose serializer refuses values over a size. Kafka Streams hands a serializer's failure to the
 * production exception handler before anything reaches the producer; a record the producer itself refuses
 * would instead abort the exactly-once transaction, and the same input would be processed again forever.
 */
final class SizeLimitedSerde<T> implements Serde<T> {

    private final Serde<T> inner;
    private final int maxBytes;

    SizeLimitedSerde(Serde<T> inner, int maxBytes) {
        this.inner = inner;
        this.maxBytes = maxBytes;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        inner.configure(configs, isKey);
    }

    @Override
    public Serializer<T> serializer() {
        Serializer<T> serializer = inner.serializer();
        return (topic, data) -> {
            byte[] bytes = serializer.serialize(topic, data);
            if (bytes != null && bytes.length > maxBytes) {
                throw new RecordTooLargeException("a record for " + topic + " is " + bytes.length
                        + " bytes, over the " + maxBytes + " bytes the producer may send");
            }
            return bytes;
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return inner.deserializer();
    }
}
