package io.steppewatch.ops;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a service run from the command line ends: it blocks until the JVM is asked to stop (SIGTERM, Ctrl-C),
 * then closes its parts in the given order, so that work in flight is finished and committed.
 */
public final class ServiceShutdown {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceShutdown.class);

    private ServiceShutdown() {
    }

    /** Blocks until shutdown; {@code parts} are closed first to last by the shutdown hook. */
    public static void awaitThenClose(String service, AutoCloseable... parts) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping the {}", service);
            for (AutoCloseable part : List.of(parts)) {
                try {
                    part.close();
                } catch (Exception e) {
                    LOG.warn("Error while stopping the {} ({}): {}", service, part.getClass().getSimpleName(), e.toString());
                }
            }
            LOG.info("The {} stopped cleanly", service);
            stopped.countDown();
        }, service + "-shutdown"));
        stopped.await();
    }
}
