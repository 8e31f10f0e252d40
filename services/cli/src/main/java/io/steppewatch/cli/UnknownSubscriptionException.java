package io.steppewatch.cli;

import java.nio.file.Path;

/** A subscription the user named is not in the subscriptions file. */
final class UnknownSubscriptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnknownSubscriptionException(String name, Path file) {
        super("no subscription named '" + name + "' in " + file);
    }
}
