package io.steppewatch.cli.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.steppewatch.kafka.Acls;
import io.steppewatch.kafka.TopicDefinition;
import io.steppewatch.kafka.Topics;

/**
 * Writes the deploy files that list our topics and users, from {@link Topics#definitions()} and
 * {@link Acls#byUser()}, so they cannot drift from the code: the compose topic job's script, the Strimzi
 * {@code KafkaTopic} resources and the {@code KafkaUser} resources with their ACLs.
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
                K8S_USERS, strimziUsers(Acls.byUser()));
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

    /**
     * Strimzi {@code KafkaUser} resources, one SCRAM-SHA-512 user per service and one for the CLI, each with
     * exactly the ACLs of {@link Acls} (the cluster's {@code authorization: simple} enforces them).
     */
    static String strimziUsers(Map<String, List<Acls.Rule>> users) {
        StringBuilder out = new StringBuilder();
        out.append("# GENERATED from io.steppewatch.kafka.Acls#byUser() by DeployFiles: do not edit.\n");
        out.append("# Regenerate: ").append(REGENERATE).append('\n');
        out.append("# One SCRAM-SHA-512 user per service, plus a read-only one for the CLI. The user operator puts each\n");
        out.append("# password in a Secret of the same name (keys: password, sasl.jaas.config); the Deployments mount it.\n");
        out.append("# Each user may do exactly what its ACLs say (kafka.yaml enables simple authorization); the names are\n");
        out.append("# the default topic names, processor.application.id and notifier.group.id.\n");
        users.forEach((user, rules) -> {
            out.append("---\n");
            out.append("apiVersion: kafka.strimzi.io/v1beta2\n");
            out.append("kind: KafkaUser\n");
            out.append("metadata:\n");
            out.append("  name: ").append(user).append('\n');
            out.append("  labels:\n");
            out.append("    strimzi.io/cluster: ").append(STRIMZI_CLUSTER).append('\n');
            out.append("    app.kubernetes.io/part-of: steppewatch\n");
            out.append("spec:\n");
            out.append("  authentication:\n");
            out.append("    type: scram-sha-512\n");
            out.append("  authorization:\n");
            out.append("    type: simple\n");
            out.append("    acls:\n");
            for (Acls.Rule rule : rules) {
                out.append("      - resource:\n");
                out.append("          type: ").append(rule.strimziResource()).append('\n');
                out.append("          name: ").append(rule.name()).append('\n');
                out.append("          patternType: ").append(rule.pattern().name().toLowerCase(Locale.ROOT)).append('\n');
                out.append("        operations: [").append(String.join(", ", rule.strimziOperations())).append("]\n");
                out.append("        host: \"*\"\n");
            }
        });
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
