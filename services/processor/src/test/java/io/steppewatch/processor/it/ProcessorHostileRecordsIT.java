package io.steppewatch.processor.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.kafka.AvroSerde;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import io.steppewatch.processor.ProcessorApp;
import io.steppewatch.processor.ProcessorConfig;
import io.steppewatch.processor.analysis.BaselineLoader;
import io.steppewatch.processor.analysis.TextAnalysis;
import io.steppewatch.processor.topology.DeadLetterProductionHandler;
import io.steppewatch.testkit.KafkaBrokerExtension;
import io.steppewatch.testkit.TopicContents;

/**
 * Articles that would make records too big for Kafka (a 3 MB article, one with 400 figures) neither stall
 * the partition nor block the ordinary article after them; a record that still cannot be written goes to
 * {@code processor-dlq} with the reason.
 */
class ProcessorHostileRecordsIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final Instant NOW = Instant.parse("2025-12-01T08:00:00Z");
    private static final int FIVE_MB = 5 * 1024 * 1024;

    @TempDir
    Path state;

    @Test
    void shouldAnalyseAndAlertTheOrdinaryArticleWhenAHugeArticleAndOneWithHundredsOfFiguresComeFirst() throws Exception {
        Topics topics = KAFKA.newTopics();
        acceptLargeArticles(topics);
        try (ProcessorApp app = processor(topics, KAFKA.settings())) {
            app.start();
            send(topics, huge(), manyFigures(400), ordinary());
            TopicProbe.await("the ordinary article alerted", Duration.ofMinutes(3),
                    () -> alerts(topics).stream().anyMatch(a -> a.value().getArticleId().equals("ordinary")));
            // The three articles sit on different partitions: the huge one may still be in analysis.
            TopicProbe.await("all three articles analysed", Duration.ofMinutes(3),
                    () -> TopicContents.readAll(KAFKA.settings(), topics.articlesAnalyzed()).size() >= 3);
            assertThat(app.state().isRunningOrRebalancing()).isTrue();
        }
        List<ConsumerRecord<String, AnalyzedArticle>> analyzed = TopicContents.readAll(KAFKA.settings(),
                topics.articlesAnalyzed());
        assertThat(analyzed).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("huge", "many", "ordinary");
        assertThat(analyzed).allSatisfy(r -> assertThat(r.serializedValueSize()).isLessThan(1024 * 1024));
        Map<String, AnalyzedArticle> byId = new java.util.HashMap<>();
        analyzed.forEach(r -> byId.put(r.key(), r.value()));
        assertThat(byId.get("many").getFigures()).hasSize(TextAnalysis.MAX_FIGURES_PER_ARTICLE);
        assertThat(byId.get("huge").getFigures()).isNotEmpty().allSatisfy(
                f -> assertThat(f.getSentence().length()).isLessThanOrEqualTo(TextAnalysis.MAX_SENTENCE_CHARS));
    }

    @Test
    void shouldDeadLetterARecordTooLargeToWriteAndGoOnWhenTheProducerRefusesIt() throws Exception {
        Topics topics = KAFKA.newTopics();
        // A producer that refuses anything over 20 kB: the analysed article with 100 figures (about 34 kB) is larger.
        KafkaSettings small = KAFKA.settings().with(Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 20_000));
        try (ProcessorApp app = processor(topics, small)) {
            app.start();
            send(topics, manyFigures(100), ordinary());
            TopicProbe.await("the ordinary article alerted", Duration.ofMinutes(3),
                    () -> alerts(topics).stream().anyMatch(a -> a.value().getArticleId().equals("ordinary")));
            TopicProbe.await("the large record dead-lettered", Duration.ofMinutes(1),
                    () -> !TopicContents.readAll(KAFKA.settings(), topics.processorDlq().name()).isEmpty());
            assertThat(app.state().isRunningOrRebalancing()).isTrue();
        }
        ConsumerRecord<byte[], byte[]> dead = TopicContents.readAll(KAFKA.settings(), topics.processorDlq().name())
                .stream().filter(r -> header(r, DeadLetterProductionHandler.TARGET_TOPIC_HEADER)
                        .equals(topics.articlesAnalyzed().name())).findFirst().orElseThrow();
        assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("many");
        assertThat(header(dead, "__streams.errors.exception")).contains("RecordTooLargeException");
        assertThat(header(dead, "__streams.errors.topic")).isEqualTo(topics.articles().name());
        // The input article is too big for this producer's dead letter: its size is kept instead of its bytes.
        assertThat(dead.value()).isNull();
        assertThat(Integer.parseInt(header(dead, io.steppewatch.processor.topology.DeadLetters.DROPPED_VALUE_HEADER)))
                .isGreaterThan(20_000);
        assertThat(TopicContents.readAll(KAFKA.settings(), topics.articlesAnalyzed()))
                .extracting(ConsumerRecord::key).contains("ordinary").doesNotContain("many");
    }

    private ProcessorApp processor(Topics topics, KafkaSettings kafka) {
        ProcessorConfig config = ProcessorConfig.of(Map.of("bootstrap.servers", KAFKA.bootstrapServers(),
                "topic.prefix", topics.prefix(), "processor.application.id", KafkaBrokerExtension.uniqueId("hostile"),
                "processor.state.dir", state.toString()));
        TextAnalysis analysis = new TextAnalysis(config.analyzer());
        return ProcessorApp.create(config, kafka, analysis, BaselineLoader.load(null, analysis));
    }

    /** Lets the articles topic hold what a misconfigured or foreign producer might write there. */
    private static void acceptLargeArticles(Topics topics) throws Exception {
        try (Admin admin = Admin.create(KAFKA.settings().admin())) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topics.articles().name());
            admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                    new ConfigEntry("max.message.bytes", String.valueOf(FIVE_MB)), AlterConfigOp.OpType.SET))))
                    .all().get();
        }
    }

    private static void send(Topics topics, Article... articles) {
        Map<String, Object> settings = new java.util.HashMap<>(KAFKA.settings().producer());
        settings.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, FIVE_MB);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (Article article : articles) {
                producer.send(new ProducerRecord<>(topics.articles().name(),
                        article.getId().getBytes(StandardCharsets.UTF_8), AvroSerde.of(Article.class).encode(article)));
            }
            producer.flush();
        }
    }

    private static List<ConsumerRecord<String, Alert>> alerts(Topics topics) {
        return TopicContents.readAll(KAFKA.settings(), topics.alerts());
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** 3 MB of one endless sentence around a figure: its sentence alone would pass Kafka's 1 MiB. */
    private static Article huge() {
        StringBuilder text = new StringBuilder("Trade turnover between Kazakhstan and Russia reached $29.1 billion in 2025");
        while (text.length() < 3 * 1024 * 1024) {
            text.append(" and the delegations of both capitals went on discussing logistics, customs and banks");
        }
        return article("huge", text.append('.').toString());
    }

    /** An article stating {@code count} figures, each in a long sentence. */
    private static Article manyFigures(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("Exports from Kazakhstan to China of product line ").append(i)
                    .append(" rose to $").append(100 + i).append(" million in 2025, according to a long statement")
                    .append(" that the ministry published with many details about routes, customs, warehouses,")
                    .append(" freight forwarders, insurers, border posts, rail gauges and the seasons of the year.\n");
        }
        return article("many", text.toString());
    }

    private static Article ordinary() {
        return article("ordinary", SyntheticNews.sentence(0) + "\n\nThe figures were presented at a briefing.");
    }

    private static Article article(String id, String text) {
        return Article.newBuilder().setId(id).setUrl("https://news.example.org/" + id).setFeed("https://news.example.org/rss")
                .setSource("Example News").setTitle("Central Asian partners report on cooperation").setText(text)
                .setLanguage("en").setPublished(NOW).setFetched(NOW).setContentHash("h-" + id).build();
    }
}
