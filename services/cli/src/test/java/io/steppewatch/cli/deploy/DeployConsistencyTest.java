package io.steppewatch.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;

import io.steppewatch.cli.RunCommand;
import io.steppewatch.config.ConfigKey;
import io.steppewatch.ingester.feed.FeedList;
import io.steppewatch.kafka.Acls;
import io.steppewatch.kafka.TopicDefinition;
import io.steppewatch.kafka.Topics;
import io.steppewatch.notifier.NotifierConfig;
import io.steppewatch.notifier.subscription.SubscriptionsLoader;
import io.steppewatch.ops.OpsConfig;
import io.steppewatch.processor.ProcessorConfig;

import picocli.CommandLine;

/**
 * Checks deploy/compose and deploy/k8s against the code: the topics they create are exactly those of
 * {@link Topics#definitions()}, every setting they give a service is one that service reads, every image is
 * one the build makes (or the official Kafka image), and the files they point services at are mounted. In
 * deploy/k8s, every KafkaUser has exactly the ACLs of {@link Acls}, every pod is hardened and fenced in by a
 * NetworkPolicy, and a release pins image tags that are not snapshots.
 */
class DeployConsistencyTest {

    private static final Pattern COMPOSE_TOPIC = Pattern.compile(
            "--bootstrap-server kafka:9092 --create --if-not-exists --topic (\\S+) --partitions (\\d+)((?: --config [^ =]+=\\S+)*)");
    private static final Pattern CONFIG_OPTION = Pattern.compile(" --config ([^ =]+)=(\\S+)");
    private static final Pattern DEFAULTED_VARIABLE = Pattern.compile("\\$\\{[A-Z0-9_]+:-([^}]*)}");

    private static Path root;
    private static Map<String, TopicShape> definedTopics;

    /** What the code says a topic looks like; descriptions aside. */
    record TopicShape(int partitions, Map<String, String> configs) {
    }

    @BeforeAll
    static void load() throws IOException {
        root = RepositoryFiles.root();
        if (Boolean.getBoolean("steppewatch.deploy.write")) {
            DeployFiles.main(new String[] {root.toString()});
        }
        definedTopics = new TreeMap<>();
        for (TopicDefinition definition : Topics.defaults().definitions()) {
            definedTopics.put(definition.name(), new TopicShape(definition.partitions(), definition.configs()));
        }
    }

    // ---- topics ----

    @Test
    void shouldMatchTheCodeWhenGeneratedFilesAreCompared() {
        DeployFiles.render().forEach((path, expected) -> assertThat(RepositoryFiles.read(root.resolve(path)))
                .as("%s is generated from Topics and Acls; regenerate it with -Dsteppewatch.deploy.write=true", path)
                .isEqualTo(expected));
    }

    @Test
    void shouldCreateExactlyTheDefinedTopicsWhenComposeTopicJobRuns(@TempDir Path work) throws Exception {
        // Runs the real script with a stand-in for kafka-topics.sh that records its arguments, one call a line.
        Path calls = work.resolve("calls.txt");
        Path recorder = Files.writeString(work.resolve("kafka-topics.sh"),
                "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n", StandardCharsets.UTF_8);
        assertThat(recorder.toFile().setExecutable(true)).isTrue();
        ProcessBuilder builder = new ProcessBuilder("sh", root.resolve(DeployFiles.COMPOSE_TOPICS).toString())
                .redirectErrorStream(true);
        builder.environment().put("KAFKA_TOPICS", recorder.toString());
        builder.environment().put("TOPIC_PREFIX", "p1-");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("steppewatch topics ready on kafka:9092");

        Map<String, TopicShape> created = new TreeMap<>();
        for (String call : Files.readAllLines(calls, StandardCharsets.UTF_8)) {
            Matcher matcher = COMPOSE_TOPIC.matcher(call);
            assertThat(matcher.matches()).as("kafka-topics.sh call: %s", call).isTrue();
            Map<String, String> configs = new HashMap<>();
            Matcher config = CONFIG_OPTION.matcher(matcher.group(3));
            while (config.find()) {
                configs.put(config.group(1), config.group(2));
            }
            assertThat(matcher.group(1)).as("prefixed name").startsWith("p1-");
            created.put(matcher.group(1).substring("p1-".length()),
                    new TopicShape(Integer.parseInt(matcher.group(2)), configs));
        }
        assertThat(created).isEqualTo(definedTopics);

        JsonNode job = composeServices().get("topic-init");
        assertThat(job).as("compose service topic-init").isNotNull();
        assertThat(job.get("volumes").toString()).contains("./create-topics.sh:/opt/steppewatch/create-topics.sh");
        assertThat(job.get("entrypoint").toString()).contains("/opt/steppewatch/create-topics.sh");
    }

    @Test
    void shouldDeclareExactlyTheDefinedTopicsWhenStrimziManagesThem() {
        Map<String, TopicShape> declared = new TreeMap<>();
        for (JsonNode topic : k8sResources("KafkaTopic")) {
            JsonNode spec = topic.get("spec");
            Map<String, String> configs = new HashMap<>();
            spec.get("config").fields().forEachRemaining(entry -> configs.put(entry.getKey(), entry.getValue().asText()));
            declared.put(spec.get("topicName").asText(), new TopicShape(spec.get("partitions").asInt(), configs));
            assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo(DeployFiles.STRIMZI_CLUSTER);
        }
        assertThat(declared).isEqualTo(definedTopics);
    }

    // ---- settings ----

    @Test
    void shouldDeriveVariableNamesAsTheServicesDoWhenMappingKeys() {
        for (ConfigKey key : OpsConfig.KEYS) {
            assertThat(ServiceKeys.environmentVariable(key.name())).isEqualTo(key.environmentVariable());
        }
        assertThat(ServiceKeys.environmentVariable("ingester.http.max-feed-bytes"))
                .isEqualTo("STEPPEWATCH_INGESTER_HTTP_MAX_FEED_BYTES");
        assertThat(ServiceKeys.keys("processor")).contains("bootstrap.servers", "ops.port", "log.format");
    }

    @Test
    void shouldSetOnlyVariablesTheServiceReadsWhenComposeConfiguresIt() {
        Map<String, JsonNode> services = steppewatchComposeServices();
        assertThat(services.keySet()).containsExactlyInAnyOrderElementsOf(ServiceKeys.SERVICES.keySet());
        services.forEach((service, definition) -> assertThat(steppewatchVariables(environment(definition)))
                .as("STEPPEWATCH_* variables compose sets on %s", service)
                .isSubsetOf(ServiceKeys.environmentVariables(service)));
    }

    @Test
    void shouldSetOnlyVariablesTheServiceReadsWhenKubernetesDeploysIt() {
        Map<String, JsonNode> containers = k8sContainers();
        assertThat(containers.keySet()).containsExactlyInAnyOrderElementsOf(ServiceKeys.SERVICES.keySet());
        containers.forEach((service, container) -> assertThat(steppewatchVariables(environment(container)))
                .as("STEPPEWATCH_* variables the %s Deployment sets", service)
                .isSubsetOf(ServiceKeys.environmentVariables(service)));
    }

    @Test
    void shouldHoldOnlyKafkaClientSettingsOrServiceKeysWhenPropertiesFilesAreMounted() {
        List<Properties> files = new ArrayList<>();
        for (JsonNode configMap : k8sResources("ConfigMap")) {
            configMap.get("data").fields().forEachRemaining(entry -> {
                if (entry.getKey().endsWith(".properties")) {
                    files.add(properties(entry.getValue().asText()));
                }
            });
        }
        assertThat(files).as("properties files in ConfigMaps").isNotEmpty();
        Set<String> readByAll = new TreeSet<>(ServiceKeys.keys("ingester"));
        readByAll.retainAll(ServiceKeys.keys("processor"));
        readByAll.retainAll(ServiceKeys.keys("notifier"));
        for (Properties file : files) {
            for (String key : file.stringPropertyNames()) {
                if (key.startsWith("kafka.")) {
                    assertThat(ServiceKeys.isKafkaClientSetting(key.substring("kafka.".length())))
                            .as("%s is a Kafka client setting", key).isTrue();
                } else {
                    assertThat(readByAll).as("keys every service reads").contains(key);
                }
            }
        }
    }

    // ---- authorisation ----

    @Test
    void shouldGrantExactlyTheCodesAclsWhenStrimziCreatesTheUsers() {
        Set<String> declared = new TreeSet<>();
        for (JsonNode user : k8sResources("KafkaUser")) {
            String name = user.at("/metadata/name").asText();
            assertThat(user.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo(DeployFiles.STRIMZI_CLUSTER);
            assertThat(user.at("/spec/authentication/type").asText()).as("%s authentication", name).isEqualTo("scram-sha-512");
            assertThat(user.at("/spec/authorization/type").asText()).as("%s authorization", name).isEqualTo("simple");
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                assertThat(acl.path("type").asText("allow")).as("%s grants only", name).isEqualTo("allow");
                assertThat(acl.path("host").asText("*")).isEqualTo("*");
                String resource = acl.at("/resource/type").asText() + " " + acl.at("/resource/name").asText("-") + " "
                        + acl.at("/resource/patternType").asText(acl.at("/resource/type").asText().equals("cluster") ? "-" : "literal");
                assertThat(acl.get("operations")).as("%s operations on %s", name, resource).isNotEmpty();
                acl.get("operations").forEach(operation -> declared.add(name + " " + resource + " " + operation.asText()));
            }
        }
        Set<String> defined = new TreeSet<>();
        Acls.defaults().byService().forEach((service, grants) -> {
            for (Acls.Grant grant : grants) {
                String resource = DeployFiles.strimziResourceType(grant.type()) + " "
                        + (grant.type() == ResourceType.CLUSTER ? "- -"
                                : grant.name() + " " + (grant.pattern() == PatternType.PREFIXED ? "prefix" : "literal"));
                grant.operations().forEach(operation ->
                        defined.add(DeployFiles.userName(service) + " " + resource + " " + DeployFiles.strimziOperation(operation)));
            }
        });
        // Both ways: nothing in the manifests the code does not grant, nothing granted that they lack.
        assertThat(declared).as("ACLs of the KafkaUsers in deploy/k8s").isEqualTo(defined);
    }

    @Test
    void shouldAuthoriseEveryClientWhenTheKafkaClusterIsDeclared() {
        List<JsonNode> clusters = k8sResources("Kafka");
        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).at("/spec/kafka/authorization/type").asText()).isEqualTo("simple");
        clusters.get(0).at("/spec/kafka/listeners").forEach(listener ->
                assertThat(listener.at("/authentication/type").asText()).as("listener %s", listener.get("name")).isNotEmpty());
    }

    @Test
    void shouldConnectAsItsOwnUserWhenADeploymentReachesKafka() {
        Set<String> users = new TreeSet<>();
        k8sResources("KafkaUser").forEach(user -> users.add(user.at("/metadata/name").asText()));
        for (JsonNode deployment : k8sResources("Deployment")) {
            String service = deployment.at("/spec/template/spec/containers/0/name").asText();
            List<String> secrets = new ArrayList<>();
            deployment.at("/spec/template/spec/volumes").forEach(volume -> {
                if (volume.at("/secret/secretName").isTextual() && volume.at("/secret/secretName").asText().startsWith("steppewatch-")
                        && !volume.at("/secret/secretName").asText().equals("steppewatch-cluster-ca-cert")) {
                    secrets.add(volume.at("/secret/secretName").asText());
                }
            });
            assertThat(secrets).as("KafkaUser Secrets mounted by %s", service).containsExactly(DeployFiles.userName(service));
            assertThat(users).contains(DeployFiles.userName(service));
        }
    }

    @Test
    void shouldNameTheServicesDefaultIdsWhenAclsGrantGroupsAndTransactions() {
        // The ACLs name the processor's application id and the notifier's group id; a Deployment that changed
        // either (or the topic prefix) would run without the grants it needs.
        assertThat(Acls.DEFAULT_APPLICATION_ID).isEqualTo(ProcessorConfig.APPLICATION_ID.defaultValue());
        assertThat(Acls.DEFAULT_NOTIFIER_GROUP_ID).isEqualTo(NotifierConfig.GROUP_ID.defaultValue());
        k8sContainers().forEach((service, container) -> assertThat(environment(container).keySet())
                .as("%s keeps the ids the ACLs name", service)
                .doesNotContain(ProcessorConfig.APPLICATION_ID.environmentVariable(), NotifierConfig.GROUP_ID.environmentVariable(),
                        ServiceKeys.environmentVariable("topic.prefix")));
    }

    // ---- pod hardening and network ----

    @Test
    void shouldHardenEveryPodWhenKubernetesRunsIt() {
        for (JsonNode deployment : k8sResources("Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            JsonNode pod = deployment.at("/spec/template/spec");
            assertThat(pod.path("automountServiceAccountToken").isBoolean() && !pod.get("automountServiceAccountToken").asBoolean())
                    .as("%s has no service-account token", name).isTrue();
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as("%s runs as non-root", name).isTrue();
            assertThat(pod.at("/securityContext/seccompProfile/type").asText()).as("%s seccomp", name).isEqualTo("RuntimeDefault");
            for (JsonNode container : pod.get("containers")) {
                JsonNode security = container.get("securityContext");
                assertThat(security.at("/allowPrivilegeEscalation").isBoolean() && !security.get("allowPrivilegeEscalation").asBoolean())
                        .as("%s no privilege escalation", name).isTrue();
                assertThat(security.at("/readOnlyRootFilesystem").asBoolean()).as("%s read-only root", name).isTrue();
                assertThat(security.at("/capabilities/drop").toString()).as("%s capabilities", name).isEqualTo("[\"ALL\"]");
                assertThat(security.at("/privileged").asBoolean(false)).isFalse();
                for (String resource : List.of("cpu", "memory")) {
                    assertThat(container.at("/resources/limits/" + resource).isMissingNode())
                            .as("%s %s limit", name, resource).isFalse();
                }
            }
            pod.path("volumes").forEach(volume -> {
                if (volume.has("emptyDir")) {
                    assertThat(volume.at("/emptyDir/sizeLimit").asText()).as("%s emptyDir %s size limit", name, volume.get("name"))
                            .isNotEmpty();
                }
                assertThat(volume.has("hostPath")).as("%s mounts no host path", name).isFalse();
            });
        }
    }

    @Test
    void shouldPinReleaseTagsWhenKustomizeBuildsTheManifests() throws Exception {
        String version = childText(xml(root.resolve("pom.xml")).getDocumentElement(), "version");
        String release = version.replace("-SNAPSHOT", "");
        Map<String, String> tags = new TreeMap<>();
        RepositoryFiles.yamlDocuments(root.resolve("deploy/k8s/kustomization.yaml")).get(0).path("images")
                .forEach(image -> tags.put(image.get("name").asText(), image.path("newTag").asText()));
        k8sContainers().forEach((service, container) -> {
            String image = container.get("image").asText();
            String name = image.substring(0, image.lastIndexOf(':'));
            assertThat(tags).as("kustomization images: sets a tag for %s", name).containsEntry(name, release);
        });
        assertThat(release).doesNotContain("SNAPSHOT").isNotEmpty();
    }

    @Test
    void shouldIsolateEveryServiceWhenNetworkPoliciesApply() {
        Map<String, JsonNode> policies = new TreeMap<>();
        for (JsonNode policy : k8sResources("NetworkPolicy")) {
            String selected = policy.at("/spec/podSelector/matchLabels/app.kubernetes.io~1name").asText();
            assertThat(policies.put(selected, policy)).as("one policy for %s", selected).isNull();
            assertThat(policy.at("/spec/policyTypes").toString()).as("%s both directions", selected)
                    .contains("Ingress").contains("Egress");
            for (String direction : List.of("ingress", "egress")) {
                policy.at("/spec/" + direction).forEach(rule -> assertThat(rule.path(direction.equals("ingress") ? "from" : "to"))
                        .as("%s %s rule names its peers", selected, direction).isNotEmpty());
            }
            policy.at("/spec/ingress").forEach(rule -> assertThat(rule.path("ports")).as("%s ingress ports", selected).isNotEmpty());
            policy.at("/spec/egress").forEach(rule -> rule.path("to").forEach(peer -> {
                if (peer.has("ipBlock") && !peer.at("/ipBlock/cidr").asText().contains(":")) {
                    assertThat(peer.at("/ipBlock/except").toString()).as("%s egress to addresses", selected)
                            .contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "100.64.0.0/10");
                }
            }));
        }
        assertThat(policies.keySet()).as("a NetworkPolicy for every service")
                .containsExactlyInAnyOrderElementsOf(ServiceKeys.SERVICES.keySet());
        assertThat(ingressPorts(policies.get("ingester"))).containsExactly(8081);
        assertThat(ingressPorts(policies.get("notifier"))).containsExactly(8081);
        assertThat(ingressPorts(policies.get("processor"))).containsExactlyInAnyOrder(8081, 8742);
        policies.get("processor").at("/spec/ingress").forEach(rule -> rule.get("from").forEach(peer -> assertThat(
                peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText("")
                        + peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText(""))
                .as("processor reachable only from processors, the ingress controller and monitoring")
                .isIn("processor", "ingress-nginx", "monitoring")));
        // The notifier talks to the internet on 443 only; the processor not at all.
        policies.get("notifier").at("/spec/egress").forEach(rule -> {
            if (rule.get("to").toString().contains("ipBlock")) {
                assertThat(rule.get("ports").toString()).isEqualTo("[{\"protocol\":\"TCP\",\"port\":443}]");
            }
        });
        assertThat(policies.get("processor").at("/spec/egress").toString()).doesNotContain("ipBlock");
        assertThat(policies.get("ingester").at("/spec/egress").toString()).contains("0.0.0.0/0");
        JsonNode kustomization = RepositoryFiles.yamlDocuments(root.resolve("deploy/k8s/kustomization.yaml")).get(0);
        assertThat(kustomization.get("resources").toString()).contains("network-policies.yaml");
    }

    private static Set<Integer> ingressPorts(JsonNode policy) {
        Set<Integer> ports = new TreeSet<>();
        policy.at("/spec/ingress").forEach(rule -> rule.get("ports").forEach(port -> ports.add(port.get("port").asInt())));
        return ports;
    }

    // ---- probes, ports, replicas ----

    @Test
    void shouldProbeTheOpsEndpointsOnTheConfiguredPortWhenKubernetesRunsAService() {
        for (JsonNode deployment : k8sResources("Deployment")) {
            JsonNode pod = deployment.at("/spec/template");
            JsonNode container = pod.at("/spec/containers/0");
            String service = container.get("name").asText();
            Map<String, String> environment = environment(container);
            String opsPort = environment.get("STEPPEWATCH_OPS_PORT");
            assertThat(opsPort).as("%s sets STEPPEWATCH_OPS_PORT", service).isNotNull();
            assertThat(environment).as("%s listens beyond loopback", service).containsEntry("STEPPEWATCH_OPS_HOST", "0.0.0.0");
            assertThat(container.at("/ports/0/name").asText()).isEqualTo("ops");
            assertThat(container.at("/ports/0/containerPort").asText()).isEqualTo(opsPort);
            assertThat(pod.at("/metadata/annotations/prometheus.io~1port").asText()).isEqualTo(opsPort);
            assertThat(pod.at("/metadata/annotations/prometheus.io~1path").asText()).isEqualTo("/metrics");
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(container.at("/" + probe + "/httpGet/port").asText()).as("%s %s port", service, probe).isEqualTo("ops");
                assertThat(container.at("/" + probe + "/httpGet/path").asText()).as("%s %s path", service, probe)
                        .isEqualTo(probe.equals("readinessProbe") ? "/health/ready" : "/health/live");
            }
            assertThat(container.at("/resources/requests/cpu").isMissingNode()).as("%s cpu request", service).isFalse();
            assertThat(container.at("/resources/requests/memory").isMissingNode()).as("%s memory request", service).isFalse();
        }
    }

    @Test
    void shouldRunSeveralProcessorsButNoMoreThanArticlePartitionsWhenDeployed() {
        JsonNode processor = k8sResources("Deployment").stream()
                .filter(d -> d.at("/metadata/name").asText().equals("steppewatch-processor")).findFirst().orElseThrow();
        int replicas = processor.at("/spec/replicas").asInt();
        // Kafka Streams gives each instance tasks of the articles partitions; instances beyond them stay idle.
        assertThat(replicas).isGreaterThan(1).isLessThanOrEqualTo(definedTopics.get(Topics.ARTICLES).partitions());
    }

    @Test
    void shouldPublishTheOpsPortOnLoopbackOnlyWhenComposeRunsAService() {
        steppewatchComposeServices().forEach((service, definition) -> {
            Map<String, String> environment = environment(definition);
            assertThat(environment).as("%s", service).containsEntry("STEPPEWATCH_OPS_HOST", "0.0.0.0");
            List<String> ports = new ArrayList<>();
            definition.path("ports").forEach(port -> ports.add(port.asText()));
            // Every published port (ops; the processor's console too) is reachable from this host only.
            assertThat(ports).as("%s ports", service).isNotEmpty().allSatisfy(port -> assertThat(port).startsWith("127.0.0.1:"));
            assertThat(ports).as("%s ports", service)
                    .anySatisfy(port -> assertThat(port).endsWith(":" + environment.get("STEPPEWATCH_OPS_PORT")));
        });
    }

    // ---- images ----

    @Test
    void shouldUseOnlyImagesTheBuildMakesWhenDeployFilesNameImages() throws Exception {
        Set<String> built = imagesTheBuildMakes();
        String kafkaImage = "apache/kafka:" + AppInfoParser.getVersion();
        assertThat(built).as("images of the Maven profile 'images'")
                .contains("steppewatch/ingester:0.1.0-SNAPSHOT", "steppewatch/processor:0.1.0-SNAPSHOT",
                        "steppewatch/notifier:0.1.0-SNAPSHOT");

        composeServices().forEach((name, service) -> {
            String image = withDefaults(service.get("image").asText());
            if (name.equals("kafka") || name.equals("topic-init")) {
                assertThat(image).as("compose %s", name).isEqualTo(kafkaImage);
            } else {
                assertThat(built).as("image of compose service %s", name).contains(image);
            }
        });
        k8sContainers().forEach((name, container) ->
                assertThat(built).as("image of the %s Deployment", name).contains(container.get("image").asText()));
    }

    @Test
    void shouldResolveDefaultPathsInAWritableDirectoryWhenAnImageStartsWithoutSettings() throws Exception {
        // The images run as 65532, which owns nothing in the base image; /tmp is writable by anyone there.
        Element profile = imagesProfile(xml(root.resolve("pom.xml")));
        String workingDirectory = text(profile, "workingDirectory", "container");
        assertThat(workingDirectory).isEqualTo("/tmp");
        assertThat(text(profile, "user", "container")).isEqualTo("65532:65532");
        // Defaults that write are relative, so they land under the working directory.
        assertThat(Path.of(ProcessorConfig.STATE_DIR.defaultValue()).isAbsolute()).as("processor.state.dir default").isFalse();
        String dataDir = RunCommand.class.getDeclaredField("dataDir")
                .getAnnotation(CommandLine.Option.class).defaultValue();
        assertThat(Path.of(dataDir).isAbsolute()).as("run --data-dir default").isFalse();
        // With a read-only root file system, Kubernetes must give the working directory a volume.
        k8sContainers().forEach((service, container) -> {
            List<String> mounts = new ArrayList<>();
            container.path("volumeMounts").forEach(mount -> mounts.add(mount.get("mountPath").asText()));
            assertThat(mounts).as("%s mounts its working directory", service).contains(workingDirectory);
        });
    }

    // ---- files and secrets ----

    @Test
    void shouldMountEveryFileAServiceIsPointedAtWhenComposeRuns() {
        steppewatchComposeServices().forEach((service, definition) -> {
            List<String> targets = new ArrayList<>();
            definition.path("volumes").forEach(volume -> targets.add(volume.asText().split(":")[1]));
            environment(definition).forEach((name, value) -> {
                if (name.endsWith("_FILE") || name.endsWith("_DIR")) {
                    assertThat(targets).as("%s of %s is mounted", name, service)
                            .anySatisfy(target -> assertThat(value).startsWith(target));
                }
            });
        });
    }

    @Test
    void shouldMountEveryFileAServiceIsPointedAtWhenKubernetesRunsIt() {
        k8sContainers().forEach((service, container) -> {
            List<String> mounts = new ArrayList<>();
            container.path("volumeMounts").forEach(mount -> mounts.add(mount.get("mountPath").asText()));
            environment(container).forEach((name, value) -> {
                if (name.endsWith("_FILE") || name.endsWith("_DIR")) {
                    assertThat(mounts).as("%s of %s is mounted", name, service)
                            .anySatisfy(mount -> assertThat(value.equals(mount) || value.startsWith(mount + "/")).isTrue());
                }
            });
            container.path("args").forEach(argument -> {
                if (!argument.asText().startsWith("--")) {
                    assertThat(mounts).as("config file %s is mounted", argument)
                            .anySatisfy(mount -> assertThat(argument.asText()).startsWith(mount + "/"));
                }
            });
        });
    }

    @Test
    void shouldLoadFeedsAndSubscriptionsWithTheServicesOwnReadersWhenComposeMountsThem() throws IOException {
        assertThat(FeedList.load(root.resolve("deploy/compose/feeds.yaml"))).isNotEmpty();
        Map<String, String> slackEnv = envFile(root.resolve("deploy/compose/slack.env.example"));
        assertThat(new SubscriptionsLoader(slackEnv::get).load(root.resolve("deploy/compose/subscriptions.yaml")))
                .as("every webhookEnv of the subscriptions is in slack.env.example").isNotEmpty();
        assertThat(composeServices().get("notifier").get("env_file").toString()).contains("slack.env");
    }

    @Test
    void shouldLoadFeedsAndSubscriptionsWithTheServicesOwnReadersWhenKubernetesMountsThem() {
        Map<String, String> configMaps = new HashMap<>();
        k8sResources("ConfigMap").forEach(map -> map.get("data").fields()
                .forEachRemaining(entry -> configMaps.put(entry.getKey(), entry.getValue().asText())));
        assertThat(FeedList.parse(configMaps.get("feeds.yaml"), "ConfigMap steppewatch-feeds")).isNotEmpty();

        Map<String, String> secret = new HashMap<>();
        List<JsonNode> secrets = RepositoryFiles.yamlDocuments(root.resolve("deploy/k8s/webhooks-secret.example.yaml"));
        secrets.get(0).get("stringData").fields().forEachRemaining(entry -> secret.put(entry.getKey(), entry.getValue().asText()));
        assertThat(new SubscriptionsLoader(secret::get).parse(configMaps.get("subscriptions.yaml"), "ConfigMap", root))
                .as("every webhookEnv of the subscriptions is a key of Secret steppewatch-webhooks").isNotEmpty();
        assertThat(k8sContainers().get("notifier").get("envFrom").toString()).contains(secrets.get(0).at("/metadata/name").asText());
    }

    @Test
    void shouldKeepWebhookSecretOutOfTheAppliedManifestsWhenKustomizing() {
        JsonNode kustomization = RepositoryFiles.yamlDocuments(root.resolve("deploy/k8s/kustomization.yaml")).get(0);
        List<String> resources = new ArrayList<>();
        kustomization.get("resources").forEach(resource -> resources.add(resource.asText()));
        assertThat(resources).doesNotContain("webhooks-secret.example.yaml").contains(DeployFiles.K8S_TOPICS.getFileName().toString());
        for (String resource : resources) {
            assertThat(root.resolve("deploy/k8s").resolve(resource)).as("kustomization resource").isRegularFile();
            for (JsonNode document : RepositoryFiles.yamlDocuments(root.resolve("deploy/k8s").resolve(resource))) {
                assertThat(document.path("kind").asText()).isNotEqualTo("Secret");
            }
        }
        assertThat(RepositoryFiles.read(root.resolve("deploy/compose/.gitignore"))).contains("slack.env");
    }

    // ---- helpers ----

    private static Map<String, JsonNode> composeServices() {
        JsonNode compose = RepositoryFiles.yamlDocuments(root.resolve("deploy/compose/compose.yaml")).get(0);
        Map<String, JsonNode> services = new LinkedHashMap<>();
        compose.get("services").fields().forEachRemaining(entry -> services.put(entry.getKey(), entry.getValue()));
        return services;
    }

    private static Map<String, JsonNode> steppewatchComposeServices() {
        Map<String, JsonNode> services = new LinkedHashMap<>(composeServices());
        services.remove("kafka");
        services.remove("topic-init");
        return services;
    }

    private static List<JsonNode> k8sResources(String kind) {
        List<JsonNode> resources = new ArrayList<>();
        for (Path file : RepositoryFiles.yamlFiles(root.resolve("deploy/k8s"))) {
            for (JsonNode document : RepositoryFiles.yamlDocuments(file)) {
                if (kind.equals(document.path("kind").asText())) {
                    resources.add(document);
                }
            }
        }
        return resources;
    }

    /** The containers of every Deployment, by container name. */
    private static Map<String, JsonNode> k8sContainers() {
        Map<String, JsonNode> containers = new TreeMap<>();
        for (JsonNode deployment : k8sResources("Deployment")) {
            deployment.at("/spec/template/spec/containers").forEach(container ->
                    containers.put(container.get("name").asText(), container));
        }
        return containers;
    }

    /** A compose service's or a Kubernetes container's environment, name to value. */
    private static Map<String, String> environment(JsonNode definition) {
        Map<String, String> environment = new TreeMap<>();
        JsonNode env = definition.path("environment").isMissingNode() ? definition.path("env") : definition.get("environment");
        if (env.isObject()) {
            env.fields().forEachRemaining(entry -> environment.put(entry.getKey(), entry.getValue().asText()));
        } else {
            for (JsonNode item : env) {
                if (item.isTextual()) {
                    String[] pair = item.asText().split("=", 2);
                    environment.put(pair[0], pair.length > 1 ? pair[1] : "");
                } else {
                    environment.put(item.get("name").asText(), item.path("value").asText());
                }
            }
        }
        return environment;
    }

    private static Set<String> steppewatchVariables(Map<String, String> environment) {
        Set<String> names = new TreeSet<>();
        for (String name : environment.keySet()) {
            if (name.startsWith("STEPPEWATCH_")) {
                names.add(name);
            }
        }
        return names;
    }

    /** {@code steppewatch/x:${STEPPEWATCH_VERSION:-0.1.0}} becomes {@code steppewatch/x:0.1.0}. */
    private static String withDefaults(String text) {
        return DEFAULTED_VARIABLE.matcher(text).replaceAll("$1");
    }

    /** steppewatch/NAME:VERSION for every module whose pom turns Jib on ({@code jib.skip=false}). */
    private static Set<String> imagesTheBuildMakes() throws Exception {
        Document rootPom = xml(root.resolve("pom.xml"));
        String version = childText(rootPom.getDocumentElement(), "version");
        Element profile = imagesProfile(rootPom);
        assertThat(profile).as("root pom profile 'images'").isNotNull();
        String imagePattern = text(profile, "image", "to");
        Set<String> images = new TreeSet<>();
        NodeList modules = rootPom.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            Path modulePom = root.resolve(modules.item(i).getTextContent().trim()).resolve("pom.xml");
            Map<String, String> properties = properties(xml(modulePom));
            if ("false".equals(properties.get("jib.skip")) && properties.containsKey("steppewatch.image.name")) {
                images.add(imagePattern.replace("${steppewatch.image.registry}", "")
                        .replace("${steppewatch.image.name}", properties.get("steppewatch.image.name"))
                        .replace("${project.version}", version));
            }
        }
        return images;
    }

    private static Element imagesProfile(Document pom) {
        NodeList profiles = pom.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element profile = (Element) profiles.item(i);
            if ("images".equals(childText(profile, "id"))) {
                return profile;
            }
        }
        return null;
    }

    /** The text of the first {@code <name>} element under a {@code <parent>} element inside {@code scope}. */
    private static String text(Element scope, String name, String parent) {
        NodeList nodes = scope.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode().getNodeName().equals(parent)) {
                return nodes.item(i).getTextContent().trim();
            }
        }
        throw new AssertionError("no <" + parent + "><" + name + "> in the images profile");
    }

    private static String childText(Element element, String name) {
        for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeName().equals(name)) {
                return child.getTextContent().trim();
            }
        }
        return null;
    }

    private static Map<String, String> properties(Document pom) {
        Map<String, String> properties = new HashMap<>();
        for (org.w3c.dom.Node child = pom.getDocumentElement().getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeName().equals("properties")) {
                for (org.w3c.dom.Node property = child.getFirstChild(); property != null; property = property.getNextSibling()) {
                    if (property instanceof Element element) {
                        properties.put(element.getTagName(), element.getTextContent().trim());
                    }
                }
            }
        }
        return properties;
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Properties properties(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Map<String, String> envFile(Path file) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (Iterator<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).iterator(); lines.hasNext();) {
            String line = lines.next().strip();
            if (!line.isEmpty() && !line.startsWith("#") && line.contains("=")) {
                values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return values;
    }
}
