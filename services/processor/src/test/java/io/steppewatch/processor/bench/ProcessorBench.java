package io.steppewatch.processor.bench;

import java.lang.management.ManagementFactory;
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
import org.apache.kafka.streams.KafkaStreams;

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
import io.steppewatch.processor.ledger.FigureLedger;
import io.steppewatch.processor.replay.HistoryReplay;

/**
 * The real topology on the embedded broker (exactly-once): sustained articles per second, and the
 * latency from an article entering {@code articles} to its alert in {@code alerts}.
 *
 * <p>Each article states a figure for a later year of its series than the one before; the alerts expected
 * are counted by replaying the same articles in memory. Phase 1 sends a burst and measures throughput; phase 2 sends at a steady
 * rate below capacity and measures latency (median, 99th percentile). The burst runs with one instance of
 * one stream thread, one instance of two threads, and two instances of one thread.
 *
 * <p>Run: {@code bench/processor/run.sh [burst] [steady] [rate] [key=value]...}.
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

    private static final int SERIES = PAIRS.length * METRICS.length;

    private ProcessorBench() {
    }

    public static void main(String[] args) throws Exception {
        int burst = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int steady = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        // Further arguments are processor settings (key=value), to compare tunings; BENCH_MODES picks phases.
        Map<String, String> extra = new HashMap<>();
        for (int i = 3; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            extra.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        List<String> modes = List.of(System.getenv().getOrDefault("BENCH_MODES", "1t,2t,2i,latency").split(","));
        Path dir = Files.createTempDirectory("steppewatch-bench-");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startOnFreePort(dir.resolve("kafka"))) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            TextAnalysis analysis = TextAnalysis.withDefaults();
            Baseline baseline = BaselineLoader.load(null, analysis);
            List<Article> articles = articles(burst + steady);
            Bench bench = new Bench(broker.bootstrapServers(), kafka, analysis, baseline, dir, extra);
            // The first phase would otherwise also pay for class loading and the JIT; warm up unmeasured.
            bench.burst("warm-up (not a result)", articles.subList(0, Math.min(burst, 1500)), 1, 1);
            if (modes.contains("1t")) {
                bench.burst("1 instance, 1 stream thread", articles.subList(0, burst), 1, 1);
            }
            if (modes.contains("2t")) {
                bench.burst("1 instance, 2 stream threads", articles.subList(0, burst), 1, 2);
            }
            if (modes.contains("2i")) {
                bench.burst("2 instances, 1 stream thread each", articles.subList(0, burst), 2, 1);
            }
            if (modes.contains("latency")) {
                bench.steady(articles.subList(0, burst), articles.subList(burst, burst + steady), rate);
            }
        }
    }

    /** One phase: fresh topics and application id on the shared broker, so phases do not see each other's work. */
    private static final class Bench {
        final String servers;
        final KafkaSettings kafka;
        final TextAnalysis analysis;
        final Baseline baseline;
        final Path dir;
        final Map<String, String> extra;
        int phase;

        Bench(String servers, KafkaSettings kafka, TextAnalysis analysis, Baseline baseline, Path dir,
                Map<String, String> extra) {
            this.servers = servers;
            this.kafka = kafka;
            this.analysis = analysis;
            this.baseline = baseline;
            this.dir = dir;
            this.extra = extra;
        }

        void burst(String label, List<Article> articles, int instances, int threads) throws Exception {
            Topics topics = Topics.withPrefix("bench" + ++phase + "-");
            TopicAdmin.ensure(kafka, topics.definitions());
            List<ProcessorApp> apps = new ArrayList<>();
            int expected = expectedAlerts(articles);
            try (KafkaProducer<String, Article> producer = producer(topics);
                    KafkaConsumer<String, byte[]> outputs = consumer(topics)) {
                for (int i = 0; i < instances; i++) {
                    apps.add(ProcessorApp.create(config(topics, threads, i), clients(), analysis, baseline));
                }
                apps.forEach(ProcessorApp::start);
                awaitRunning(apps);
                Output output = new Output(topics, outputs);
                long cpuBefore = processCpuNanos();
                long start = System.nanoTime();
                for (Article article : articles) {
                    output.sentAt.put(article.getId(), System.nanoTime());
                    producer.send(record(topics, article));
                }
                producer.flush();
                output.untilAlerts(expected, Duration.ofMinutes(10));
                double analysed = (output.lastAnalyzedAt - start) / 1e9;
                double alerted = (output.lastAlertAt - start) / 1e9;
                System.out.printf("burst, %s: %d articles analysed in %.1f s (%.0f/s); %d alerts in %.1f s ="
                        + " %.0f articles/s end to end%n", label, output.analyzed, analysed, output.analyzed / analysed,
                        output.alerts.size(), alerted, output.alerts.size() / alerted);
                // On a shared machine the wall-clock rate says how much CPU we were given; CPU time per article
                // (this whole process: broker, processor and the bench's own clients) says what the path costs.
                double cpuPerArticle = (processCpuNanos() - cpuBefore) / 1e6 / articles.size();
                int cores = Runtime.getRuntime().availableProcessors();
                System.out.printf("  CPU %.2f ms per article (broker included) = %.0f articles/s if this process had %d"
                        + " idle cores; machine load %.1f%n", cpuPerArticle, cores * 1000 / cpuPerArticle, cores,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            } finally {
                apps.forEach(ProcessorApp::close);
            }
        }

        void steady(List<Article> warmup, List<Article> timed, int rate) throws Exception {
            Topics topics = Topics.withPrefix("bench" + ++phase + "-");
            TopicAdmin.ensure(kafka, topics.definitions());
            try (ProcessorApp app = ProcessorApp.create(config(topics, 1, 0), clients(), analysis, baseline);
                    KafkaProducer<String, Article> producer = producer(topics);
                    KafkaConsumer<String, byte[]> outputs = consumer(topics)) {
                app.start();
                awaitRunning(List.of(app));
                Output output = new Output(topics, outputs);
                // The series already hold figures, as in a running system; only the steady phase is timed.
                for (Article article : warmup) {
                    producer.send(record(topics, article));
                }
                producer.flush();
                output.until(warmup.size(), Duration.ofMinutes(10));
                output.alerts.clear();
                output.latencies.clear();
                long interval = 1_000_000_000L / rate;
                long next = System.nanoTime();
                for (Article article : timed) {
                    // Wait for the next send inside poll (which blocks), not in a spin that would take a core
                    // from the processor and the broker.
                    for (long left = next - System.nanoTime(); left > 0; left = next - System.nanoTime()) {
                        output.poll(Duration.ofNanos(Math.max(left, 1_000_000L)));
                    }
                    output.sentAt.put(article.getId(), System.nanoTime());
                    producer.send(record(topics, article));
                    producer.flush();
                    next += interval;
                }
                output.until(warmup.size() + timed.size(), Duration.ofMinutes(5));
                List<Long> alertLatency = new ArrayList<>(output.alerts);
                List<Long> analyzedLatency = new ArrayList<>(output.latencies);
                Collections.sort(alertLatency);
                Collections.sort(analyzedLatency);
                System.out.printf("steady: %d articles at %d/s; article -> alert (%d alerts): median %.0f ms, p99 %.0f ms;"
                        + " article -> analysed: median %.0f ms, p99 %.0f ms%n", timed.size(), rate, alertLatency.size(),
                        ms(alertLatency, 0.50), ms(alertLatency, 0.99), ms(analyzedLatency, 0.50), ms(analyzedLatency, 0.99));
            }
        }

        /** The processor's Kafka clients, with the {@code kafka.*} settings given on the command line. */
        KafkaSettings clients() {
            return kafka.with(config(Topics.withPrefix("unused-"), 1, 0).kafkaClientProperties());
        }

        ProcessorConfig config(Topics topics, int threads, int instance) {
            Map<String, String> values = new HashMap<>(extra);
            values.put("bootstrap.servers", servers);
            values.put("topic.prefix", topics.prefix());
            values.put("processor.application.id", topics.prefix() + "processor");
            values.put("processor.threads", String.valueOf(threads));
            values.put("processor.state.dir", dir.resolve(topics.prefix() + "state-" + instance).toString());
            return ProcessorConfig.of(values);
        }

        /**
         * All articles of one series go to one partition of {@code articles}, so each series is judged in the
         * order sent and the alerts are the ones the in-memory replay counts.
         */
        static ProducerRecord<String, Article> record(Topics topics, Article article) {
            int index = Integer.parseInt(article.getId().substring("bench-".length()));
            return new ProducerRecord<>(topics.articles().name(), (index % SERIES) % 3, article.getId(), article);
        }

        /** The alerts these articles raise under the same rules, replayed in memory, in order. */
        int expectedAlerts(List<Article> articles) {
            HistoryReplay replay = new HistoryReplay(analysis, baseline, new FigureLedger(0.02, false), 500);
            Instant now = Instant.parse("2026-01-01T00:00:00Z");
            return articles.stream().mapToInt(article -> replay.accept(article, now).size()).sum();
        }

        KafkaProducer<String, Article> producer(Topics topics) {
            return new KafkaProducer<>(kafka.producer(), topics.articles().keySerde().serializer(),
                    topics.articles().valueSerde().serializer());
        }

        KafkaConsumer<String, byte[]> consumer(Topics topics) {
            KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(kafka.consumer(topics.prefix() + "reader"),
                    new StringDeserializer(), new ByteArrayDeserializer());
            consumer.subscribe(List.of(topics.articlesAnalyzed().name(), topics.alerts().name()));
            return consumer;
        }

        static void awaitRunning(List<ProcessorApp> apps) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (apps.stream().anyMatch(app -> app.state() != KafkaStreams.State.RUNNING)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the processors did not reach RUNNING");
                }
                Thread.sleep(50);
            }
        }
    }

    /** Reads analysed articles and alerts, timing each against the moment its article was sent. */
    private static final class Output {
        final Map<String, Long> sentAt = new HashMap<>();
        final List<Long> alerts = new ArrayList<>();
        final List<Long> latencies = new ArrayList<>();
        final Topics topics;
        final String alertsTopic;
        final KafkaConsumer<String, byte[]> consumer;
        final AvroSerde<Alert> alertSerde = AvroSerde.of(Alert.class);
        int analyzed;
        long lastAnalyzedAt;
        long lastAlertAt;

        Output(Topics topics, KafkaConsumer<String, byte[]> consumer) {
            this.topics = topics;
            this.alertsTopic = topics.alerts().name();
            this.consumer = consumer;
        }

        void poll(Duration timeout) {
            long now;
            for (ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
                now = System.nanoTime();
                if (record.topic().equals(alertsTopic)) {
                    Long sent = sentAt.get(alertSerde.decode(record.value()).getArticleId());
                    if (sent != null) {
                        alerts.add(now - sent);
                        lastAlertAt = now;
                    }
                } else {
                    analyzed++;
                    lastAnalyzedAt = now;
                    Long sent = sentAt.get(record.key());
                    if (sent != null) {
                        latencies.add(now - sent);
                    }
                }
            }
        }

        /** Until {@code count} timed alerts arrived (each bench article raises one). */
        void untilAlerts(int count, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (alerts.size() < count && System.nanoTime() < deadline) {
                poll(Duration.ofMillis(100));
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

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
