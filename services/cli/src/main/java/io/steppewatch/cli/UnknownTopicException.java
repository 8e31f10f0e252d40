package io.steppewatch.cli;

/** A topic the user named does not exist on the cluster. */
final class UnknownTopicException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnknownTopicException(String topic, java.util.Collection<String> known) {
        super("no topic '" + topic + "' on the cluster; our topics are " + known);
    }
}
