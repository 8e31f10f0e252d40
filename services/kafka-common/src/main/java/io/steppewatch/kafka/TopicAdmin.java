package io.steppewatch.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the topics that are missing; leaves existing ones as they are. */
public final class TopicAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {
    }

    /** Creates every missing topic of {@code definitions}; returns the names it created. */
    public static List<String> ensure(KafkaSettings settings, Collection<TopicDefinition> definitions, Duration timeout) {
        try (Admin admin = Admin.create(settings.admin())) {
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (TopicDefinition definition : definitions) {
                if (!existing.contains(definition.name())) {
                    missing.add(new NewTopic(definition.name(), Optional.of(definition.partitions()),
                            Optional.empty()).configs(definition.configs()));
                }
            }
            List<String> created = new ArrayList<>();
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                    created.add(entry.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new KafkaException("cannot create topic " + entry.getKey() + ": " + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
            if (!created.isEmpty()) {
                LOG.info("Created topics {}", created);
            }
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("cannot reach Kafka at " + settings.bootstrapServers()
                    + " to create topics within " + timeout + ": " + e.getMessage(), e);
        }
    }

    public static List<String> ensure(KafkaSettings settings, Collection<TopicDefinition> definitions) {
        return ensure(settings, definitions, Duration.ofSeconds(60));
    }
}
