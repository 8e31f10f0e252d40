package io.steppewatch.cli;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TimeoutException;

/** Turns failures into one readable line and an exit code a script can act on. */
final class CliErrors {

    static final int USAGE = 2;
    static final int UNREACHABLE = 3;
    static final int NOT_FOUND = 4;
    static final int FAILED = 1;

    private CliErrors() {
    }

    static String describe(Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    static int exitCode(Throwable exception) {
        if (exception instanceof UnknownTopicException || exception instanceof UnknownSubscriptionException) {
            return NOT_FOUND;
        }
        if (exception instanceof IllegalArgumentException) {
            return USAGE;
        }
        if (exception instanceof TimeoutException || exception instanceof BrokerUnreachableException
                || exception instanceof KafkaException && exception.getMessage() != null
                        && exception.getMessage().contains("cannot reach Kafka")) {
            return UNREACHABLE;
        }
        return FAILED;
    }
}
