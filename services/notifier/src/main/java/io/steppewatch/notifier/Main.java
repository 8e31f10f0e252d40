package io.steppewatch.notifier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.config.ServiceArgs;
import io.steppewatch.notifier.subscription.SubscriptionException;

/**
 * Runs the notifier alone: {@code java -cp ... io.steppewatch.notifier.Main [--config FILE] [key=value]...}.
 * Settings come from the arguments, the properties file, then {@code STEPPEWATCH_*} environment variables.
 * The same as {@code steppewatch notifier}.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        try {
            NotifierService.run(ServiceArgs.parse(args).config());
        } catch (IllegalArgumentException | SubscriptionException | java.io.UncheckedIOException e) {
            LOG.error("{}", e.getMessage());
            System.exit(2);
        }
    }
}
