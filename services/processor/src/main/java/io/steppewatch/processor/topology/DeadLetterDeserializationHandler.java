package io.steppewatch.processor.topology;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/** Logs bytes that are no record, sends them to the dead-letter topic with the reason, and goes on; see {@link DeadLetters}. */
public final class DeadLetterDeserializationHandler extends LogAndContinueExceptionHandler {

    private int maxValueBytes = DeadLetters.KAFKA_DEFAULT_MAX_REQUEST / 2;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        maxValueBytes = DeadLetters.maxValueBytes(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        Response response = super.handleError(context, record, exception);
        return Response.resume(DeadLetters.bounded(response.deadLetterQueueRecords(), maxValueBytes));
    }
}
