package io.steppewatch.cli;

/** No broker answered at the bootstrap servers in time. */
final class BrokerUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BrokerUnreachableException(String bootstrapServers, Throwable cause) {
        super("cannot reach Kafka at " + bootstrapServers + " (is `steppewatch run` running, or is "
                + "--bootstrap-servers right?): " + cause.getMessage(), cause);
    }
}
