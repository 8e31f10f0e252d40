package io.steppewatch.processor.topology;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record the processor cannot write (too large for the broker, refused by a serializer) goes to the
 * dead-letter topic with the reason in headers, and processing goes on. The default handler fails the
 * stream thread instead; the replaced thread meets the same record again, and the partition stalls.
 *
 * <p>The dead letter carries the input record that led to the failure (as the deserialization and
 * processing handlers do), bounded as {@link DeadLetters} says. Retriable errors are retried.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {

    /** Header naming the topic the failed record was meant for. */
    public static final String TARGET_TOPIC_HEADER = "steppewatch.errors.target.topic";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

    private String deadLetterTopic;
    private int maxValueBytes = DeadLetters.KAFKA_DEFAULT_MAX_REQUEST / 2;

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        deadLetterTopic = topic == null ? null : topic.toString();
        maxValueBytes = DeadLetters.maxValueBytes(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RetriableException) {
            return Response.retry();
        }
        return deadLetter(context, record.topic(), exception);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
            SerializationExceptionOrigin origin) {
        return deadLetter(context, record.topic(), exception);
    }

    private Response deadLetter(ErrorHandlerContext context, String target, Exception exception) {
        LOG.error("Record for {} from {}-{} offset {} could not be written ({}); {}", target, context.topic(),
                context.partition(), context.offset(), exception.toString(),
                deadLetterTopic == null ? "skipped" : "sent to " + deadLetterTopic);
        if (deadLetterTopic == null || deadLetterTopic.equals(target)) {
            return Response.resume(); // a dead letter that cannot be written is logged, never re-lettered
        }
        ProducerRecord<byte[], byte[]> letter = ExceptionHandlerUtils.buildDeadLetterQueueRecord(deadLetterTopic,
                context.sourceRawKey(), context.sourceRawValue(), context, exception);
        letter.headers().add(TARGET_TOPIC_HEADER, target.getBytes(StandardCharsets.UTF_8));
        return Response.resume(DeadLetters.bounded(List.of(letter), maxValueBytes));
    }
}
