package io.steppewatch.processor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.config.ServiceArgs;

/**
 * Runs the processor alone (one deployable per service): {@code Main [--config FILE] [key=value]...}; the
 * {@code STEPPEWATCH_*} environment variables apply too. Serves metrics and health on {@code ops.port}.
 * The same as {@code steppewatch processor}.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        try {
            ProcessorService.run(ServiceArgs.parse(args).config());
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            LOG.error("Invalid configuration: {}", e.getMessage());
            System.exit(2);
        }
    }
}
