package io.steppewatch.ops;

import java.util.function.BooleanSupplier;

import org.apache.kafka.streams.KafkaStreams;

import io.micrometer.core.instrument.MeterRegistry;
import io.steppewatch.config.LayeredConfig;

/**
 * Everything a service's {@code Main} needs for operations, in one object: the Prometheus registry (JVM
 * metrics bound), and the ops endpoints when {@code ops.port} enables them. The endpoints start at once,
 * so that a slow start is visible; until {@link #health} is called they answer live and not ready.
 *
 * <pre>{@code
 * try (ServiceOps ops = ServiceOps.start("processor", config)) {
 *     ProcessorApp app = ProcessorApp.create(...);
 *     ops.watch(app.streams());            // Streams metrics + live/ready from its state
 *     app.start();
 *     ...
 * }
 * }</pre>
 */
public final class ServiceOps implements AutoCloseable {

    private final String service;
    private final ServiceMetrics metrics;
    private volatile BooleanSupplier live = () -> true;
    private volatile BooleanSupplier ready = () -> false;
    private OpsServer server;

    private ServiceOps(String service, ServiceMetrics metrics) {
        this.service = service;
        this.metrics = metrics;
    }

    /** Reads {@code ops.port} and {@code ops.host} from {@code config} and starts what they enable. */
    public static ServiceOps start(String service, LayeredConfig config) {
        return start(service, OpsConfig.from(config));
    }

    public static ServiceOps start(String service, OpsConfig config) {
        ServiceOps ops = new ServiceOps(service, ServiceMetrics.create(service));
        if (config.enabled()) {
            try {
                ops.server = OpsServer.start(config.host(), config.port(), ops.metrics::scrape,
                        () -> ops.live.getAsBoolean(), () -> ops.ready.getAsBoolean());
            } catch (RuntimeException e) {
                ops.metrics.close();
                throw e;
            }
        }
        return ops;
    }

    /** Where the service registers its own meters and binds its Kafka clients. */
    public ServiceMetrics metrics() {
        return metrics;
    }

    public MeterRegistry registry() {
        return metrics.registry();
    }

    /** What {@code /health/live} and {@code /health/ready} answer from now on. */
    public void health(BooleanSupplier live, BooleanSupplier ready) {
        this.live = live;
        this.ready = ready;
    }

    /** Publishes a Streams instance's metrics and takes liveness and readiness from its state. */
    public void watch(KafkaStreams streams) {
        metrics.bind(streams, service);
        health(StreamsHealth.live(streams), StreamsHealth.ready(streams));
    }

    /** The ops port, or -1 when the endpoints are off. */
    public int port() {
        return server == null ? -1 : server.port();
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        metrics.close();
    }
}
