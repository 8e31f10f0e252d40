package io.steppewatch.cli.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;

import io.steppewatch.kafka.Acls;
import io.steppewatch.kafka.TopicDefinition;
import io.steppewatch.kafka.Topics;

/**
 * Writes the deploy files that list our topics, from {@link Topics#definitions()}, and our Kafka users, from
 * {@link Acls}, so they cannot drift from the code: the compose topic job's script, the Strimzi
 * {@code KafkaTopic} resources and the Strimzi {@code KafkaUser} resources with their ACLs.
 * {@code DeployConsistencyTest} fails when the files on disk differ from what this renders; to refresh
 * them after changing {@code Topics}:
 *
 * <pre>./mvnw -B -o -q -pl services/cli test -Dtest=DeployConsistencyTest -Dsteppewatch.deploy.write=true</pre>
 */
public final class DeployFiles {

    static final Path COMPOSE_TOPICS = Path.of("deploy", "compose", "create-topics.sh");
    static final Path K8S_TOPICS = Path.of("deploy", "k8s", "topics.yaml");
    static final Path K8S_USERS = Path.of("deploy", "k8s", "users.yaml");
    static final String STRIMZI_CLUSTER = "steppewatch";

    private static final String REGENERATE = "./mvnw -B -o -q -pl services/cli test -Dtest=DeployConsistencyTest "
            + "-Dsteppewatch.deploy.write=true";

    private DeployFiles() {
    }

    /** Rewrites the generated files under {@code repositoryRoot}; with no argument, the current directory. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        for (Map.Entry<Path, String> file : render().entrySet()) {
            Files.writeString(root.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** Every generated file, by path relative to the repository root. */
    static Map<Path, String> render() {
        List<TopicDefinition> definitions = Topics.defaults().definitions();
        return Map.of(COMPOSE_TOPICS, composeScript(definitions), K8S_TOPICS, strimziTopics(definitions),
                K8S_USERS, strimziUsers(Acls.defaults()));
    }

    /** The KafkaUser (and so the principal {@code User:<name>}) of a service: {@code steppewatch-<service>}. */
    static String userName(String service) {
        return "steppewatch-" + service;
    }

    /**
     * One Strimzi {@code KafkaUser} per principal of {@link Acls}: SCRAM-SHA-512 credentials and exactly the
     * code's grants as simple-authorization ACLs.
     */
    static String strimziUsers(Acls acls) {
        StringBuilder out = new StringBuilder();
        out.append("# GENERATED from io.steppewatch.kafka.Acls by DeployFiles: do not edit.\n");
        out.append("# Regenerate: ").append(REGENERATE).append('\n');
        out.append("# One SCRAM-SHA-512 user per service. The user operator puts each password in a Secret of the same\n");
        out.append("# name (keys: password, sasl.jaas.config); the Deployments mount it and the Kafka clients read it from\n");
        out.append("# there (see client.properties in config.yaml), so no password is in a manifest or an environment variable.\n");
        out.append("# Each user may do exactly what its ACLs say (kafka.yaml turns on simple authorization); steppewatch-cli\n");
        out.append("# is for people running the read-only commands (tail, alerts): it reads every topic and writes none.\n");
        for (Map.Entry<String, List<Acls.Grant>> service : acls.byService().entrySet()) {
            out.append("---\n");
            out.append("apiVersion: kafka.strimzi.io/v1beta2\n");
            out.append("kind: KafkaUser\n");
            out.append("metadata:\n");
            out.append("  name: ").append(userName(service.getKey())).append('\n');
            out.append("  labels:\n");
            out.append("    strimzi.io/cluster: ").append(STRIMZI_CLUSTER).append('\n');
            out.append("    app.kubernetes.io/part-of: steppewatch\n");
            out.append("spec:\n");
            out.append("  authentication:\n");
            out.append("    type: scram-sha-512\n");
            out.append("  authorization:\n");
            out.append("    type: simple\n");
            out.append("    acls:\n");
            for (Acls.Grant grant : service.getValue()) {
                out.append("      - resource:\n");
                out.append("          type: ").append(strimziResourceType(grant.type())).append('\n');
                if (grant.type() != ResourceType.CLUSTER) {
                    out.append("          name: ").append(grant.name()).append('\n');
                    out.append("          patternType: ")
                            .append(grant.pattern() == PatternType.PREFIXED ? "prefix" : "literal").append('\n');
                }
                List<String> operations = EnumSet.copyOf(grant.operations()).stream().map(DeployFiles::strimziOperation).toList();
                out.append("        operations: [").append(String.join(", ", operations)).append("]\n");
            }
        }
        return out.toString();
    }

    /** Strimzi's names of the resource types: topic, group, cluster, transactionalId. */
    static String strimziResourceType(ResourceType type) {
        return switch (type) {
            case TOPIC -> "topic";
            case GROUP -> "group";
            case CLUSTER -> "cluster";
            case TRANSACTIONAL_ID -> "transactionalId";
            default -> throw new IllegalArgumentException("Strimzi has no ACL resource type for " + type);
        };
    }

    /** Strimzi's names of the operations: READ is Read, DESCRIBE_CONFIGS is DescribeConfigs. */
    static String strimziOperation(AclOperation operation) {
        StringBuilder name = new StringBuilder();
        for (String word : operation.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    /**
     * A POSIX shell script run by the compose {@code topic-init} service (the apache/kafka image): creates
     * each topic unless it exists. Replication is the broker's default, as in {@link TopicDefinition}.
     */
    static String composeScript(List<TopicDefinition> definitions) {
        StringBuilder out = new StringBuilder();
        out.append("#!/bin/sh\n");
        out.append("# GENERATED from io.steppewatch.kafka.Topics#definitions() by DeployFiles: do not edit.\n");
        out.append("# Regenerate: ").append(REGENERATE).append('\n');
        out.append("# Creates every steppewatch topic that is missing; run by the topic-init service of compose.yaml.\n");
        out.append("set -eu\n");
        out.append("BOOTSTRAP=\"${BOOTSTRAP_SERVERS:-kafka:9092}\"\n");
        out.append("PREFIX=\"${TOPIC_PREFIX:-}\"\n");
        out.append("TOPICS=\"${KAFKA_TOPICS:-/opt/kafka/bin/kafka-topics.sh}\"\n\n");
        for (TopicDefinition definition : definitions) {
            out.append("# ").append(definition.description()).append('\n');
            out.append("\"$TOPICS\" --bootstrap-server \"$BOOTSTRAP\" --create --if-not-exists --topic \"${PREFIX}")
                    .append(definition.name()).append("\" --partitions ").append(definition.partitions());
            new TreeMap<>(definition.configs()).forEach((key, value) ->
                    out.append(" --config ").append(key).append('=').append(value));
            out.append('\n');
        }
        out.append("\necho \"steppewatch topics ready on $BOOTSTRAP\"\n");
        return out.toString();
    }

    /** Strimzi {@code KafkaTopic} resources for the cluster named {@value #STRIMZI_CLUSTER}. */
    static String strimziTopics(List<TopicDefinition> definitions) {
        StringBuilder out = new StringBuilder();
        out.append("# GENERATED from io.steppewatch.kafka.Topics#definitions() by DeployFiles: do not edit.\n");
        out.append("# Regenerate: ").append(REGENERATE).append('\n');
        out.append("# Replicas are left to the cluster's default.replication.factor, as in the code's definitions.\n");
        for (TopicDefinition definition : definitions) {
            out.append("---\n");
            out.append("# ").append(definition.description()).append('\n');
            out.append("apiVersion: kafka.strimzi.io/v1beta2\n");
            out.append("kind: KafkaTopic\n");
            out.append("metadata:\n");
            out.append("  name: ").append(definition.name()).append('\n');
            out.append("  labels:\n");
            out.append("    strimzi.io/cluster: ").append(STRIMZI_CLUSTER).append('\n');
            out.append("    app.kubernetes.io/part-of: steppewatch\n");
            out.append("spec:\n");
            out.append("  topicName: ").append(definition.name()).append('\n');
            out.append("  partitions: ").append(definition.partitions()).append('\n');
            out.append("  config:\n");
            new TreeMap<>(definition.configs()).forEach((key, value) ->
                    out.append("    ").append(key).append(": \"").append(value).append("\"\n"));
        }
        return out.toString();
    }
}
