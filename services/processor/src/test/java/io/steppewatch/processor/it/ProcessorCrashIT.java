package io.steppewatch.processor.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.Article;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import io.steppewatch.processor.ProcessorApp;
import io.steppewatch.processor.ProcessorConfig;
import io.steppewatch.processor.analysis.BaselineLoader;
import io.steppewatch.processor.analysis.TextAnalysis;
import io.steppewatch.processor.ledger.Baseline;
import io.steppewatch.processor.ledger.FigureLedger;
import io.steppewatch.processor.topology.ProcessorTopology;
import io.steppewatch.testkit.KafkaBrokerExtension;

/**
 * 2,000 articles through the real processor on a real broker; the processor is killed (SIGKILL, no
 * shutdown) half-way and restarted. A {@code read_committed} consumer must see every expected alert
 * exactly once. Then the whole history is replayed into a fresh application id: same alerts.
 */
class ProcessorCrashIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    static final int ARTICLES = 2000;
    static TextAnalysis analysis;
    static Baseline baseline;

    @TempDir
    Path work;

    @BeforeAll
    static void analysis() {
        analysis = TextAnalysis.withDefaults();
        baseline = BaselineLoader.load(null, analysis);
    }

    @Test
    void shouldSeeEveryAlertExactlyOnceWhenTheProcessorIsKilledAndRestarted() throws Exception {
        Topics topics = KAFKA.newTopics();
        KafkaSettings kafka = KAFKA.settings();
        List<Article> articles = SyntheticNews.articles(ARTICLES, 7);
        Set<String> expected = expectedAlertIds(articles, topics);
        assertThat(expected).as("the scenario must raise alerts").hasSizeGreaterThanOrEqualTo(SyntheticNews.factCount() / 2);
        assertThat(expectedAlertIds(SyntheticNews.articles(ARTICLES, 99), topics))
                .as("the scenario's alerts do not depend on the order of articles").isEqualTo(expected);

        Map<String, String> settings = new HashMap<>();
        settings.put("bootstrap.servers", kafka.bootstrapServers());
        settings.put("topic.prefix", topics.prefix());
        settings.put("processor.application.id", KafkaBrokerExtension.uniqueId("crash"));
        settings.put("processor.state.dir", work.resolve("state").toString());
        Path log = work.resolve("processor.log");

        produce(kafka, topics, articles.subList(0, ARTICLES / 2));
        try (ProcessorProcess first = ProcessorProcess.start(settings, log)) {
            TopicProbe.await("a quarter of the articles analysed", Duration.ofSeconds(180),
                    () -> TopicProbe.readAll(kafka, topics.articlesAnalyzed()).size() >= ARTICLES / 4 || !first.alive());
            assertThat(first.alive()).as("first processor still running; log:\n%s", tail(log)).isTrue();
            first.kill();
        }
        produce(kafka, topics, articles.subList(ARTICLES / 2, ARTICLES));
        try (ProcessorProcess second = ProcessorProcess.start(settings, log)) {
            TopicProbe.await("every article analysed after the restart", Duration.ofSeconds(240),
                    () -> distinctKeys(TopicProbe.readAll(kafka, topics.articlesAnalyzed())).size() == ARTICLES);
            TopicProbe.await("every expected alert", Duration.ofSeconds(120),
                    () -> distinctKeys(TopicProbe.readAll(kafka, topics.alerts())).containsAll(expected));
        }

        List<ConsumerRecord<String, Alert>> alerts = TopicProbe.readAll(kafka, topics.alerts());
        Map<String, Long> copies = alerts.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertThat(copies.keySet()).isEqualTo(expected);
        assertThat(copies).allSatisfy((id, count) -> assertThat(count).as("copies of alert %s", id).isEqualTo(1L));
        System.out.printf("crash test: %d articles, %d alerts expected, %d read once each, 0 duplicates%n",
                ARTICLES, expected.size(), copies.size());

        // Replaying the whole history into a fresh application id gives the same alerts again.
        Map<String, String> fresh = new HashMap<>(settings);
        fresh.put("processor.application.id", KafkaBrokerExtension.uniqueId("replay"));
        fresh.put("processor.state.dir", work.resolve("replay-state").toString());
        try (ProcessorApp replay = ProcessorApp.create(ProcessorConfig.of(fresh), kafka, analysis, baseline)) {
            replay.start();
            TopicProbe.await("the replay's alerts", Duration.ofSeconds(180),
                    () -> TopicProbe.readAll(kafka, topics.alerts()).size() >= 2 * expected.size());
        }
        Map<String, Long> afterReplay = TopicProbe.readAll(kafka, topics.alerts()).stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertThat(afterReplay.keySet()).isEqualTo(expected);
        assertThat(afterReplay.values()).containsOnly(2L);
    }

    /** The alerts the production topology raises for these articles, from the test driver. */
    private static Set<String> expectedAlertIds(List<Article> articles, Topics topics) throws Exception {
        Path dir = Files.createTempDirectory("expected-");
        Properties properties = ProcessorApp.streamsProperties(
                ProcessorConfig.of(Map.of("processor.state.dir", dir.toString())), KafkaSettings.of("unused:9092"), topics);
        try (TopologyTestDriver driver = new TopologyTestDriver(ProcessorTopology.build(topics, analysis, baseline,
                new FigureLedger(0.02, false), 500), properties)) {
            TestInputTopic<String, Article> input = driver.createInputTopic(topics.articles().name(),
                    new StringSerializer(), topics.articles().valueSerde().serializer());
            articles.forEach(article -> input.pipeInput(article.getId(), article));
            return new TreeSet<>(driver.createOutputTopic(topics.alerts().name(),
                    topics.alerts().keySerde().deserializer(), topics.alerts().valueSerde().deserializer())
                    .readKeyValuesToList().stream().map(kv -> kv.key).toList());
        }
    }

    private static void produce(KafkaSettings kafka, Topics topics, List<Article> articles) {
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(kafka.producer(),
                topics.articles().keySerde().serializer(), topics.articles().valueSerde().serializer())) {
            articles.forEach(a -> producer.send(new ProducerRecord<>(topics.articles().name(), a.getId(), a)));
        }
    }

    private static <V> Set<String> distinctKeys(List<ConsumerRecord<String, V>> records) {
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (java.io.IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
