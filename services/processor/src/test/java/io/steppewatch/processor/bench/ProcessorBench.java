package io.steppewatch.processor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.Article;
import io.steppewatch.broker.EmbeddedKafkaBroker;
import io.steppewatch.kafka.AvroSerde;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.TopicAdmin;
import io.steppewatch.kafka.Topics;
import io.steppewatch.processor.ProcessorApp;
import io.steppewatch.processor.ProcessorConfig;
import io.steppewatch.processor.analysis.BaselineLoader;
import io.steppewatch.processor.analysis.TextAnalysis;
import io.steppewatch.processor.ledger.Baseline;

/**
 * The real topology on the embedded broker (exactly-once): sustained articles per second, and the
 * latency from an article entering {@code articles} to its alert in {@code alerts}.
 *
 * <p>Each article states a figure for a later year of its series than the one before, so every article
 * raises exactly one alert. Phase 1 sends a burst and measures throughput; phase 2 sends at a steady
 * rate below capacity and measures latency (median, 99th percentile).
 *
 * <p>Run: {@code bench/processor/run.sh [burst] [steady] [rate]}.
 */
public final class ProcessorBench {

    private static final String[][] PAIRS = {{"Kazakhstan", "China"}, {"Uzbekistan", "Russia"}, {"Kyrgyzstan", "China"},
            {"Tajikistan", "Russia"}, {"Turkmenistan", "China"}, {"Kazakhstan", "Uzbekistan"}, {"Kyrgyzstan", "Kazakhstan"},
            {"Uzbekistan", "Tajikistan"}, {"Turkmenistan", "Uzbekistan"}, {"Kazakhstan", "Turkey"}};
    private static final String[] METRICS = {"Trade turnover between %s and %s reached $%d.%d billion in %d.",
            "Exports from %s to %s rose to $%d.%d billion in %d.", "Imports of %s from %s totalled $%d.%d billion in %d."};
    private static final String FILLER = " Officials described the relationship as strategic and pointed to new"
            + " logistics routes, customs cooperation and the growing role of regional banks in settlements. The"
            + " ministers also discussed energy supplies, water sharing on the rivers of the region, and the rail"
            + " links planned across the steppe. Analysts in Almaty expect further agreements at the next summit,"
            + " where the leaders of the five Central Asian states are due to meet their partners.";

    private ProcessorBench() {
    }

    public static void main(String[] args) throws Exception {
        int burst = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int steady = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        Path dir = Files.createTempDirectory("steppewatch-bench-");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startOnFreePort(dir.resolve("kafka"))) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            Topics topics = Topics.withPrefix("bench-");
            TopicAdmin.ensure(kafka, topics.definitions());
            ProcessorConfig config = ProcessorConfig.of(Map.of("bootstrap.servers", broker.bootstrapServers(),
                    "topic.prefix", topics.prefix(), "processor.state.dir", dir.resolve("state").toString()));
            TextAnalysis analysis = new TextAnalysis(config.analyzer());
            Baseline baseline = BaselineLoader.load(null, analysis);
            List<Article> articles = articles(burst + steady);
            try (ProcessorApp app = ProcessorApp.create(config, kafka, analysis, baseline);
                    KafkaProducer<String, Article> producer = new KafkaProducer<>(kafka.producer(),
                            topics.articles().keySerde().serializer(), topics.articles().valueSerde().serializer());
                    KafkaConsumer<String, byte[]> outputs = new KafkaConsumer<>(kafka.consumer("bench-reader"),
                            new StringDeserializer(), new ByteArrayDeserializer())) {
                app.start();
                outputs.subscribe(List.of(topics.articlesAnalyzed().name(), topics.alerts().name()));
                Output output = new Output(topics, outputs);

                // Phase 1: a burst, for sustained throughput (every article yields one analysed article).
                long start = System.nanoTime();
                for (Article article : articles.subList(0, burst)) {
                    output.sentAt.put(article.getId(), System.nanoTime());
                    producer.send(new ProducerRecord<>(topics.articles().name(), article.getId(), article));
                }
                producer.flush();
                output.until(burst, Duration.ofMinutes(10));
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("burst: %d articles analysed, %d alerts, in %.1f s = %.0f articles/s sustained%n",
                        output.analyzed, output.alerts.size(), seconds, burst / seconds);

                // Phase 2: a steady rate below capacity, for latency.
                output.until(burst, Duration.ofSeconds(5));
                output.alerts.clear();
                output.latencies.clear();
                output.sentAt.clear(); // only the steady phase's articles are timed
                long interval = 1_000_000_000L / rate;
                long next = System.nanoTime();
                for (Article article : articles.subList(burst, burst + steady)) {
                    while (System.nanoTime() < next) {
                        output.poll(Duration.ofMillis(1));
                    }
                    output.sentAt.put(article.getId(), System.nanoTime());
                    producer.send(new ProducerRecord<>(topics.articles().name(), article.getId(), article));
                    producer.flush();
                    next += interval;
                }
                output.until(burst + steady, Duration.ofMinutes(5));
                List<Long> alertLatency = new ArrayList<>(output.alerts);
                List<Long> analyzedLatency = new ArrayList<>(output.latencies);
                Collections.sort(alertLatency);
                Collections.sort(analyzedLatency);
                System.out.printf("steady: %d articles at %d/s; article -> alert (%d alerts): median %.0f ms, p99 %.0f ms;"
                        + " article -> analysed: median %.0f ms, p99 %.0f ms%n", steady, rate, alertLatency.size(),
                        ms(alertLatency, 0.50), ms(alertLatency, 0.99), ms(analyzedLatency, 0.50), ms(analyzedLatency, 0.99));
            }
        }
    }

    /** Reads analysed articles and alerts, timing each against the moment its article was sent. */
    private static final class Output {
        final Map<String, Long> sentAt = new HashMap<>();
        final List<Long> alerts = new ArrayList<>();
        final List<Long> latencies = new ArrayList<>();
        final Topics topics;
        final KafkaConsumer<String, byte[]> consumer;
        final AvroSerde<Alert> alertSerde = AvroSerde.of(Alert.class);
        int analyzed;

        Output(Topics topics, KafkaConsumer<String, byte[]> consumer) {
            this.topics = topics;
            this.consumer = consumer;
        }

        void poll(Duration timeout) {
            long now;
            for (ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
                now = System.nanoTime();
                if (record.topic().equals(topics.alerts().name())) {
                    Long sent = sentAt.get(alertSerde.decode(record.value()).getArticleId());
                    if (sent != null) {
                        alerts.add(now - sent);
                    }
                } else {
                    analyzed++;
                    Long sent = sentAt.get(record.key());
                    if (sent != null) {
                        latencies.add(now - sent);
                    }
                }
            }
        }

        /** Until {@code count} articles are analysed, then one more second for their alerts. */
        void until(int count, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (analyzed < count && System.nanoTime() < deadline) {
                poll(Duration.ofMillis(100));
            }
            long settle = System.nanoTime() + 1_000_000_000L;
            while (System.nanoTime() < settle) {
                poll(Duration.ofMillis(100));
            }
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** Article i states series (i mod S) for the year after its previous article in that series. */
    static List<Article> articles(int count) {
        int series = PAIRS.length * METRICS.length;
        List<Article> articles = new ArrayList<>();
        Instant base = Instant.parse("2025-06-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            int s = i % series;
            String[] pair = PAIRS[s % PAIRS.length];
            int year = 1900 + i / series;
            String text = String.format(METRICS[s / PAIRS.length], pair[0], pair[1], 1 + i % 50, i % 10, year) + FILLER;
            String id = String.format("bench-%06d", i);
            articles.add(Article.newBuilder().setId(id).setUrl("https://news.example.org/" + id).setFeed("bench")
                    .setSource("Bench").setTitle("Regional trade report " + i % 100).setText(text + FILLER + FILLER)
                    .setLanguage("en").setPublished(base).setFetched(base).setContentHash("h" + i).build());
        }
        return articles;
    }
}
