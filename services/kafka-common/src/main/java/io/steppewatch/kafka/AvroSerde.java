package io.steppewatch.kafka;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import io.steppewatch.schema.SchemaHistory;
import io.steppewatch.schema.TrustedRecords;

/**
 * Avro single-object encoding (the spec's {@code C3 01} marker, then the writer schema's 64-bit
 * fingerprint, then the binary body). No registry: the decoder knows every released version of the
 * schema and resolves the writer's version against the current one, so old records stay readable.
 *
 * <p>A schema registry can later replace this class behind the same {@link Serde} interface.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    // One serde per record type: building one parses every released schema version, which costs far more
    // than encoding a record, and callers such as Topics build serdes freely. Encoder and decoder are
    // thread-safe (per-thread buffers), so one instance can serve every thread.
    private static final ConcurrentMap<Class<?>, AvroSerde<?>> BY_TYPE = new ConcurrentHashMap<>();

    private final Class<T> type;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private AvroSerde(Class<T> type) {
        TrustedRecords.install();
        this.type = type;
        SpecificData model = SpecificData.getForClass(type);
        Schema current = model.getSchema(type);
        this.encoder = new BinaryMessageEncoder<>(model, current);
        this.decoder = new BinaryMessageDecoder<>(model, current, SchemaHistory.storeFor(current));
    }

    @SuppressWarnings("unchecked")
    public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type) {
        return (AvroSerde<T>) BY_TYPE.computeIfAbsent(Objects.requireNonNull(type, "type"), t -> new AvroSerde<>(type));
    }

    public byte[] encode(T record) {
        try {
            ByteBuffer buffer = encoder.encode(record);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    public T decode(byte[] bytes) {
        try {
            return decoder.decode(bytes);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot decode " + type.getSimpleName() + " ("
                    + bytes.length + " bytes): " + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, record) -> record == null ? null : encode(record);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : decode(bytes);
    }
}
