package io.steppewatch.kafka;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The one place where what each steppewatch principal may do on Kafka is defined, next to {@link Topics}:
 * the Strimzi {@code KafkaUser} resources of deploy/k8s are generated from it and the ACL integration test
 * applies it to a broker running {@code StandardAuthorizer}. Everything not granted here is refused.
 *
 * <p>Only the processor may create topics, and only its own internal ones: the pipeline's topics are created
 * by whoever manages the cluster (the Strimzi topic operator, or an administrator), and {@link TopicAdmin}
 * skips a topic it is not allowed to create. Names follow the {@link Topics} prefix; the processor's internal topics and
 * transactional ids follow its Kafka Streams application id.
 */
public final class Acls {

    public static final String INGESTER = "ingester";
    public static final String PROCESSOR = "processor";
    public static final String NOTIFIER = "notifier";
    /** People running the read-only commands ({@code tail}, {@code alerts}). */
    public static final String CLI = "cli";

    /** The Kafka Streams application id and the notifier group id the services use unless configured. */
    public static final String DEFAULT_APPLICATION_ID = "steppewatch-processor";
    public static final String DEFAULT_NOTIFIER_GROUP_ID = "steppewatch-notifier";

    /** The cluster resource's only name. */
    public static final String CLUSTER = "kafka-cluster";

    private final Topics topics;
    private final String applicationId;
    private final String notifierGroupId;

    private Acls(Topics topics, String applicationId, String notifierGroupId) {
        this.topics = topics;
        this.applicationId = applicationId;
        this.notifierGroupId = notifierGroupId;
    }

    /** The grants for the default topic names, application id and notifier group. */
    public static Acls defaults() {
        return of(Topics.defaults(), DEFAULT_APPLICATION_ID, DEFAULT_NOTIFIER_GROUP_ID);
    }

    public static Acls of(Topics topics, String processorApplicationId, String notifierGroupId) {
        if (processorApplicationId.isBlank() || notifierGroupId.isBlank()) {
            throw new IllegalArgumentException("the processor application id and the notifier group id must not be blank");
        }
        return new Acls(topics, processorApplicationId, notifierGroupId);
    }

    /** One permission: some operations on a resource named exactly {@code name}, or on every name it begins. */
    public record Grant(ResourceType type, String name, PatternType pattern, Set<AclOperation> operations) {

        public Grant {
            if (pattern != PatternType.LITERAL && pattern != PatternType.PREFIXED) {
                throw new IllegalArgumentException("a grant is literal or prefixed, not " + pattern);
            }
            operations = Set.copyOf(operations);
        }

        /** The Kafka ACL bindings that give {@code principal} (e.g. {@code User:steppewatch-ingester}) this grant. */
        public List<AclBinding> bindings(String principal) {
            List<AclBinding> bindings = new ArrayList<>();
            for (AclOperation operation : EnumSet.copyOf(operations)) {
                bindings.add(new AclBinding(new ResourcePattern(type, name, pattern),
                        new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW)));
            }
            return bindings;
        }
    }

    /** Every principal's grants, in a fixed order: ingester, processor, notifier, cli. */
    public Map<String, List<Grant>> byService() {
        Map<String, List<Grant>> all = new LinkedHashMap<>();
        all.put(INGESTER, ingester());
        all.put(PROCESSOR, processor());
        all.put(NOTIFIER, notifier());
        all.put(CLI, cli());
        return all;
    }

    /**
     * Publishes articles and keeps its own state. At start-up it reads both topics back (by assigned
     * partitions, no consumer group) to know what it already published and each feed's validators.
     */
    public List<Grant> ingester() {
        return List.of(
                topic(Topics.ARTICLES, AclOperation.READ, AclOperation.WRITE, AclOperation.DESCRIBE),
                topic(Topics.INGESTER_STATE, AclOperation.READ, AclOperation.WRITE, AclOperation.DESCRIBE),
                idempotentWrite());
    }

    /**
     * Reads articles and writes everything derived from them (reading its own output too, as its query
     * side may); owns the internal topics, consumer group and transactional ids of its application id,
     * which Kafka Streams names {@code <application.id>-...}.
     */
    public List<Grant> processor() {
        List<Grant> grants = new ArrayList<>();
        grants.add(topic(Topics.ARTICLES, AclOperation.READ, AclOperation.DESCRIBE));
        for (String output : processorOutputs()) {
            grants.add(topic(output, AclOperation.READ, AclOperation.WRITE, AclOperation.DESCRIBE));
        }
        // Changelog and repartition topics: created and checked at start-up, repartition records purged.
        grants.add(new Grant(ResourceType.TOPIC, applicationId + "-", PatternType.PREFIXED,
                Set.of(AclOperation.CREATE, AclOperation.READ, AclOperation.WRITE, AclOperation.DELETE,
                        AclOperation.DESCRIBE, AclOperation.DESCRIBE_CONFIGS)));
        grants.add(new Grant(ResourceType.GROUP, applicationId, PatternType.LITERAL,
                Set.of(AclOperation.READ, AclOperation.DESCRIBE)));
        // Exactly-once v2: one transactional id per stream thread, <application.id>-<process id>-<thread>.
        grants.add(new Grant(ResourceType.TRANSACTIONAL_ID, applicationId + "-", PatternType.PREFIXED,
                Set.of(AclOperation.WRITE, AclOperation.DESCRIBE)));
        grants.add(idempotentWrite());
        return grants;
    }

    /** Reads the alert topics in groups {@code <group id>-<subscription>}; records deliveries and dead letters. */
    public List<Grant> notifier() {
        List<Grant> grants = new ArrayList<>();
        for (String alerts : alertTopics()) {
            grants.add(topic(alerts, AclOperation.READ, AclOperation.DESCRIBE));
        }
        grants.add(topic(Topics.NOTIFIER_DELIVERIES, AclOperation.READ, AclOperation.WRITE, AclOperation.DESCRIBE));
        grants.add(topic(Topics.NOTIFIER_DLQ, AclOperation.WRITE, AclOperation.DESCRIBE));
        grants.add(new Grant(ResourceType.GROUP, notifierGroupId + "-", PatternType.PREFIXED,
                Set.of(AclOperation.READ, AclOperation.DESCRIBE)));
        grants.add(idempotentWrite());
        return grants;
    }

    /**
     * Reads every topic and writes none. The read commands assign partitions themselves, so no consumer
     * group is needed; commands that write ({@code replay}, {@code reprocess}) need a service's credential.
     */
    public List<Grant> cli() {
        List<Grant> grants = new ArrayList<>();
        for (TopicDefinition definition : topics.definitions()) {
            grants.add(new Grant(ResourceType.TOPIC, definition.name(), PatternType.LITERAL,
                    Set.of(AclOperation.READ, AclOperation.DESCRIBE)));
        }
        return grants;
    }

    private List<String> processorOutputs() {
        List<String> outputs = new ArrayList<>();
        outputs.add(Topics.ARTICLES_ANALYZED);
        outputs.addAll(alertTopics());
        outputs.add(Topics.PROCESSOR_DLQ);
        return outputs;
    }

    private static List<String> alertTopics() {
        List<String> alerts = new ArrayList<>();
        alerts.add(Topics.ALERTS);
        for (String topic : Topics.ALERT_TOPICS) {
            alerts.add(Topics.ALERTS + "-" + topic);
        }
        return alerts;
    }

    private Grant topic(String baseName, AclOperation... operations) {
        return new Grant(ResourceType.TOPIC, topics.name(baseName), PatternType.LITERAL, Set.of(operations));
    }

    private static Grant idempotentWrite() {
        return new Grant(ResourceType.CLUSTER, CLUSTER, PatternType.LITERAL, Set.of(AclOperation.IDEMPOTENT_WRITE));
    }
}
