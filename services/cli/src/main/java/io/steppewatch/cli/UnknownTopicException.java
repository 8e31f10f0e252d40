package io.steppewatch.cli;

import java.util.Collection;

/** A topic the user named does not exist on the cluster. */
final class UnknownTopicException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnknownTopicException(String topic, Collection<String> known) {
        super("no topic '" + topic + "' on the cluster; our topics are " + known);
    }
}
