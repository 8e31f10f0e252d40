package io.steppewatch.kafka;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The one place where what each steppewatch credential may do on Kafka is defined: the Strimzi
 * {@code KafkaUser} resources of deploy/k8s are generated from it, and the ACL test applies the same
 * rules to a broker with an authorizer. Names are the default topic names, application id and group
 * prefix; a deployment that changes them changes the rules with them.
 *
 * <p>Least privilege: the ingester writes articles and nothing it could use to raise an alert; the
 * processor owns its Streams internals by prefix; the notifier reads alerts and writes only its own
 * topics; the CLI reads.
 */
public final class Acls {

    public static final String INGESTER = "steppewatch-ingester";
    public static final String PROCESSOR = "steppewatch-processor";
    public static final String NOTIFIER = "steppewatch-notifier";
    public static final String CLI = "steppewatch-cli";

    /** The processor's default {@code processor.application.id}: its group, transactional ids and internal topics. */
    public static final String PROCESSOR_APPLICATION_ID = "steppewatch-processor";
    /** The notifier's default {@code notifier.group.id}, the prefix of its consumer groups. */
    public static final String NOTIFIER_GROUP_PREFIX = "steppewatch-notifier";

    private static final List<AclOperation> READ = List.of(AclOperation.READ, AclOperation.DESCRIBE);
    private static final List<AclOperation> WRITE = List.of(AclOperation.WRITE, AclOperation.DESCRIBE);
    private static final List<AclOperation> READ_WRITE = List.of(AclOperation.READ, AclOperation.WRITE,
            AclOperation.DESCRIBE);

    /** One allow rule: operations on a resource named exactly {@code name}, or on every name starting with it. */
    public record Rule(ResourceType resource, String name, PatternType pattern, List<AclOperation> operations) {

        public Rule {
            if (pattern != PatternType.LITERAL && pattern != PatternType.PREFIXED) {
                throw new IllegalArgumentException("rules are literal or prefixed, not " + pattern);
            }
            operations = List.copyOf(operations);
        }

        /** Strimzi's spelling of an operation: {@code DESCRIBE_CONFIGS} is {@code DescribeConfigs}. */
        public List<String> strimziOperations() {
            return operations.stream().map(Acls::camel).toList();
        }

        /** Strimzi's resource type: {@code topic}, {@code group}, {@code transactionalId}. */
        public String strimziResource() {
            String camel = camel(resource);
            return Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
        }
    }

    private Acls() {
    }

    /** Every user's rules, in a stable order. */
    public static Map<String, List<Rule>> byUser() {
        Topics topics = Topics.defaults();
        Map<String, List<Rule>> users = new LinkedHashMap<>();
        users.put(INGESTER, List.of(
                topic(Topics.ARTICLES, WRITE),
                topic(Topics.INGESTER_STATE, READ_WRITE)));

        List<Rule> processor = new ArrayList<>();
        processor.add(topic(Topics.ARTICLES, READ));
        processor.add(topic(Topics.ARTICLES_ANALYZED, WRITE));
        processor.add(topic(Topics.ALERTS, WRITE));
        Topics.ALERT_TOPICS.forEach(name -> processor.add(topic(topics.alertsFor(name).name(), WRITE)));
        processor.add(topic(Topics.PROCESSOR_DLQ, WRITE));
        // Repartition and changelog topics are named <application id>-...; Streams creates and checks them.
        processor.add(new Rule(ResourceType.TOPIC, PROCESSOR_APPLICATION_ID + "-", PatternType.PREFIXED,
                List.of(AclOperation.ALL)));
        processor.add(new Rule(ResourceType.GROUP, PROCESSOR_APPLICATION_ID, PatternType.LITERAL, READ));
        // Exactly-once: each stream thread's producer has a transactional id starting with the application id.
        processor.add(new Rule(ResourceType.TRANSACTIONAL_ID, PROCESSOR_APPLICATION_ID, PatternType.PREFIXED, WRITE));
        users.put(PROCESSOR, List.copyOf(processor));

        List<Rule> notifier = new ArrayList<>();
        notifier.add(topic(Topics.ALERTS, READ));
        Topics.ALERT_TOPICS.forEach(name -> notifier.add(topic(topics.alertsFor(name).name(), READ)));
        notifier.add(new Rule(ResourceType.TOPIC, "notifier-", PatternType.PREFIXED, READ_WRITE));
        notifier.add(new Rule(ResourceType.GROUP, NOTIFIER_GROUP_PREFIX, PatternType.PREFIXED, READ));
        users.put(NOTIFIER, List.copyOf(notifier));

        // The CLI reads every topic by assignment (no consumer group); anything that writes needs a service's rights.
        users.put(CLI, topics.definitions().stream().map(definition -> topic(definition.name(), READ)).toList());
        return users;
    }

    /** The Kafka ACL bindings of {@code user}'s rules, for principal {@code User:<user>} on any host. */
    public static List<AclBinding> bindings(String user) {
        List<Rule> rules = byUser().get(user);
        if (rules == null) {
            throw new IllegalArgumentException("no ACL rules for user '" + user + "', expected one of " + byUser().keySet());
        }
        List<AclBinding> bindings = new ArrayList<>();
        for (Rule rule : rules) {
            for (AclOperation operation : rule.operations()) {
                bindings.add(new AclBinding(new ResourcePattern(rule.resource(), rule.name(), rule.pattern()),
                        new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW)));
            }
        }
        return bindings;
    }

    /** Users whose rules allow writing to {@code topic}; for checks such as "only the processor writes alerts". */
    public static Set<String> writersOf(String topic) {
        Map<String, List<Rule>> users = byUser();
        return users.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(rule -> rule.resource() == ResourceType.TOPIC
                && (rule.pattern() == PatternType.LITERAL ? rule.name().equals(topic) : topic.startsWith(rule.name()))
                && (rule.operations().contains(AclOperation.WRITE) || rule.operations().contains(AclOperation.ALL))))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Rule topic(String name, List<AclOperation> operations) {
        return new Rule(ResourceType.TOPIC, name, PatternType.LITERAL, operations);
    }

    private static String camel(Enum<?> value) {
        StringBuilder out = new StringBuilder();
        for (String part : value.name().split("_")) {
            out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
