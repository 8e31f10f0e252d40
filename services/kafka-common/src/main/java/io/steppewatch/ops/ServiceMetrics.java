package io.steppewatch.ops;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * One service's Prometheus registry: JVM and process metrics from the start, Kafka client and Streams
 * metrics for each client bound with {@link #bind}. Every meter carries the tag {@code service}, so one
 * Prometheus can tell the ingester, processor and notifier apart.
 *
 * <p>Kafka's own metrics include the consumer lag ({@code kafka_consumer_fetch_manager_records_lag_max}
 * and, per partition, {@code kafka_consumer_fetch_manager_records_lag}), for plain consumers and for the
 * consumers inside Kafka Streams alike.
 */
public final class ServiceMetrics implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceMetrics.class);

    private final PrometheusMeterRegistry registry;
    private final List<AutoCloseable> bindings = new ArrayList<>();

    private ServiceMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    /** A registry for {@code service} ({@code ingester}, {@code processor}, {@code notifier}) with JVM metrics bound. */
    public static ServiceMetrics create(String service) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("service", service);
        ServiceMetrics metrics = new ServiceMetrics(registry);
        List<MeterBinder> jvm = List.of(new ClassLoaderMetrics(), new JvmMemoryMetrics(), new JvmThreadMetrics(),
                new JvmInfoMetrics(), new ProcessorMetrics(), new UptimeMetrics(), new FileDescriptorMetrics());
        jvm.forEach(binder -> binder.bindTo(registry));
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        metrics.bindings.add(gc);
        return metrics;
    }

    /** The registry services register their own meters in (feeds polled, alerts raised ...). */
    public MeterRegistry registry() {
        return registry;
    }

    /** Every meter in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    /** Publishes a producer's metrics; {@code client} names it in the {@code client} tag. */
    public void bind(Producer<?, ?> producer, String client) {
        bindKafka(new KafkaClientMetrics(producer, Tags.of("client", client)));
    }

    /** Publishes a consumer's metrics, consumer lag included. */
    public void bind(Consumer<?, ?> consumer, String client) {
        bindKafka(new KafkaClientMetrics(consumer, Tags.of("client", client)));
    }

    /** Publishes an admin client's metrics (only the JDK's own implementation exposes them). */
    public void bind(Admin admin, String client) {
        if (admin instanceof AdminClient adminClient) {
            bindKafka(new KafkaClientMetrics(adminClient, Tags.of("client", client)));
        }
    }

    /** Publishes the metrics of a Kafka Streams instance and of the clients inside it. */
    public void bind(KafkaStreams streams, String client) {
        bindKafka(new KafkaStreamsMetrics(streams, Tags.of("client", client)));
    }

    private synchronized <B extends MeterBinder & AutoCloseable> void bindKafka(B binder) {
        binder.bindTo(registry);
        bindings.add(binder);
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable binding : bindings) {
            try {
                binding.close();
            } catch (Exception e) {
                // A binder that fails to close only leaves a scheduler thread behind; keep closing the rest.
                LOG.warn("Cannot close metrics binding {}: {}",
                        binding.getClass().getSimpleName(), e.toString());
            }
        }
        bindings.clear();
        registry.close();
    }
}
