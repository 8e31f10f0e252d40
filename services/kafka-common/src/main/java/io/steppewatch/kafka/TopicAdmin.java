package io.steppewatch.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics that are missing; leaves existing ones as they are, and those the client is not
 * allowed to create to whoever manages the cluster.
 */
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
                    if (e.getCause() instanceof TopicAuthorizationException) {
                        // Under ACLs a service may create nothing (see Acls): the topic is someone else's to
                        // create, or exists and is not ours to see. A missing topic shows when a client uses it.
                        LOG.info("Not allowed to create topic {}; leaving it to whoever manages the cluster's topics",
                                entry.getKey());
                    } else if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new KafkaException("cannot create topic " + entry.getKey() + ": " + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
            if (!created.isEmpty()) {
                awaitLeaders(admin, created, timeout);
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

    /**
     * Waits until every partition of the new topics has a leader. Producing into a partition whose leader is
     * still being elected gets NOT_LEADER_OR_FOLLOWER and retries, and on a brand-new partition such a retry
     * can leave an idempotent producer stuck on OUT_OF_ORDER_SEQUENCE_NUMBER (seen with Kafka 4.3).
     */
    private static void awaitLeaders(Admin admin, List<String> topics, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            boolean ready;
            try {
                ready = admin.describeTopics(topics).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .values().stream().allMatch(description -> description.partitions().stream()
                                .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty()));
            } catch (ExecutionException e) {
                ready = false; // metadata not propagated yet: the topic is unknown for a moment
            }
            if (ready && leadersServe(admin, topics, timeout)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("topics " + topics + " have no leader after " + timeout);
            }
            Thread.sleep(50);
        }
    }

    /**
     * Whether every partition's leader answers for it. Metadata can name a leader a moment before that
     * broker has taken the partition on; a ListOffsets request is served by the leader itself, so its
     * success means a produce request would be accepted too.
     */
    private static boolean leadersServe(Admin admin, List<String> topics, Duration timeout)
            throws InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        try {
            admin.describeTopics(topics).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .forEach((name, description) -> description.partitions().forEach(
                            partition -> partitions.put(new TopicPartition(name, partition.partition()), OffsetSpec.latest())));
            admin.listOffsets(partitions).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            return false; // NOT_LEADER_OR_FOLLOWER, LEADER_NOT_AVAILABLE: not yet
        }
    }

    public static List<String> ensure(KafkaSettings settings, Collection<TopicDefinition> definitions) {
        return ensure(settings, definitions, Duration.ofSeconds(60));
    }
}
