package io.steppewatch.cli.deploy;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

import io.steppewatch.ingester.IngesterConfig;
import io.steppewatch.notifier.NotifierConfig;
import io.steppewatch.ops.OpsConfig;
import io.steppewatch.processor.ProcessorConfig;

/**
 * The configuration keys each service reads, taken from the services' own {@code KEYS} lists, and the
 * environment variables that set them. Read by reflection ({@code KEYS} elements with a {@code name()}),
 * so a service may use its own key type.
 */
final class ServiceKeys {

    static final Map<String, Class<?>> SERVICES = Map.of(
            "ingester", IngesterConfig.class,
            "processor", ProcessorConfig.class,
            "notifier", NotifierConfig.class);

    private ServiceKeys() {
    }

    /** The keys {@code service} reads: its own, plus the ops keys every service shares. */
    static Set<String> keys(String service) {
        Class<?> config = SERVICES.get(service);
        if (config == null) {
            throw new IllegalArgumentException("not a steppewatch service: " + service);
        }
        Set<String> keys = new TreeSet<>(names(config));
        keys.addAll(names(OpsConfig.class));
        return keys;
    }

    static Set<String> environmentVariables(String service) {
        Set<String> variables = new TreeSet<>();
        keys(service).forEach(key -> variables.add(environmentVariable(key)));
        return variables;
    }

    /** {@code processor.state.dir} is set by {@code STEPPEWATCH_PROCESSOR_STATE_DIR}. */
    static String environmentVariable(String key) {
        return "STEPPEWATCH_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Whether {@code name} (after the {@code kafka.} prefix) is a Kafka client, Streams or config-provider setting. */
    static boolean isKafkaClientSetting(String name) {
        Set<String> known = new HashSet<>();
        known.addAll(ProducerConfig.configNames());
        known.addAll(ConsumerConfig.configNames());
        known.addAll(AdminClientConfig.configNames());
        known.addAll(StreamsConfig.configDef().names());
        return known.contains(name) || name.startsWith("config.providers.");
    }

    private static Set<String> names(Class<?> config) {
        try {
            Field field = config.getField("KEYS");
            Set<String> names = new TreeSet<>();
            for (Object key : (Collection<?>) field.get(null)) {
                Method name = key.getClass().getMethod("name");
                name.setAccessible(true);
                names.add((String) name.invoke(key));
            }
            return names;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(config.getName() + " has no public static KEYS list of keys with name()", e);
        }
    }
}
