package io.steppewatch.ingester;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.config.ServiceArgs;

/**
 * Runs the ingester alone against an existing Kafka cluster: {@code Main [--config FILE] [key=value]...}.
 * Settings come from the arguments, the file, then {@code STEPPEWATCH_*} environment variables, then defaults
 * (see {@link IngesterConfig}). Stops cleanly on SIGTERM or Ctrl-C. The same as {@code steppewatch ingester}.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        try {
            IngesterService.run(ServiceArgs.parse(args).config());
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            LOG.error("Invalid configuration: {}", e.getMessage());
            System.exit(2);
        }
    }
}
