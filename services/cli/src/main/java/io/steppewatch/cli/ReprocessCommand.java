package io.steppewatch.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.kafka.AvroSerde;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import io.steppewatch.processor.ProcessorConfig;
import io.steppewatch.processor.analysis.BaselineLoader;
import io.steppewatch.processor.analysis.TextAnalysis;
import io.steppewatch.processor.ledger.FigureLedger;
import io.steppewatch.processor.replay.HistoryReplay;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs the whole article history through the current analysis and ledger rules, in memory, and compares
 * the alerts they raise with the {@code alerts} topic.
 *
 * <p>Decision: the running processor is left untouched. Without {@code --dry-run}, the alerts gained are
 * published (in one transaction) to {@code alerts} and the per-topic alert topics, where subscribers and
 * the notifier pick them up like any other; alerts lost are only reported, never retracted, since they
 * were true statements about the rules of their time. To make the running processor itself follow the new
 * rules, restart it with a new {@code processor.application.id} (the next generation): it rebuilds its
 * ledger from the whole history, and the alerts it re-raises keep their ids, which the notifier's
 * delivery log already knows, so nothing is posted twice.
 */
@Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = {"Compare the alerts of the current rules with the alerts topic, over the whole history.",
                "Runs every stored article through the current analysis and ledger rules (after a lexicon or rule change)",
                "and reports which alerts would appear and disappear. Without --dry-run, publishes the alerts that appear.",
                "The running processor is left untouched."},
        footer = {"", "Examples:", "  steppewatch reprocess --dry-run", "  steppewatch reprocess --config steppewatch.properties"})
public final class ReprocessCommand implements Callable<Integer> {

    /** Articles analysed together before the ledger takes them: bounds the memory a long history needs. */
    private static final int CHUNK = 4096;

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--dry-run", description = "Only report; publish nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        // The same settings as the processor itself: arguments, file, STEPPEWATCH_* environment, defaults.
        ProcessorConfig config = ProcessorConfig.from(kafka.layered(Map.of()));
        KafkaSettings settings = kafka.settings();
        Topics topics = Topics.withPrefix(kafka.topicPrefix());
        TailCommand.requireTopic(settings, topics.articles().name(), topics);
        TailCommand.requireTopic(settings, topics.alerts().name(), topics);
        PrintWriter out = spec.commandLine().getOut();

        List<ConsumerRecord<byte[], byte[]>> history = new ArrayList<>();
        long started = System.nanoTime();
        out.println("Reading the articles history...");
        out.flush();
        HistoryReader reader = new HistoryReader(settings, System.err);
        reader.read(List.of(topics.articles().name()), null, null, history::add);
        history.sort(Comparator.comparingLong((ConsumerRecord<byte[], byte[]> r) -> r.timestamp())
                .thenComparingInt(ConsumerRecord::partition).thenComparingLong(ConsumerRecord::offset));

        TextAnalysis analysis = new TextAnalysis(config.analyzer());
        HistoryReplay replay = new HistoryReplay(analysis, BaselineLoader.load(config.baselineDir(), analysis),
                new FigureLedger(config.tolerance(), config.alertOnOther()), config.maxFiguresPerSeries(),
                config.orderWindow());
        long read = System.nanoTime();
        AvroSerde<Article> articles = AvroSerde.of(Article.class);
        Map<String, Alert> wouldRaise = new LinkedHashMap<>();
        int unreadable = 0;
        for (int from = 0; from < history.size(); from += CHUNK) {
            List<ConsumerRecord<byte[], byte[]>> chunk = history.subList(from, Math.min(history.size(), from + CHUNK));
            // The analysis is the slow, pure part: spread over the cores. The ledger then takes the results in
            // history order, on this thread, as the processor's single task per series would.
            List<Optional<AnalyzedArticle>> analyzed = chunk.parallelStream()
                    .map(record -> analyzeQuietly(replay, articles, record.value())).toList();
            for (int i = 0; i < chunk.size(); i++) {
                if (chunk.get(i).value() == null) {
                    continue;
                }
                if (analyzed.get(i).isEmpty()) {
                    unreadable++;
                    continue;
                }
                try {
                    replay.acceptAnalyzed(analyzed.get(i).get(), Instant.ofEpochMilli(chunk.get(i).timestamp()))
                            .forEach(alert -> wouldRaise.putIfAbsent(alert.getId(), alert));
                } catch (RuntimeException e) {
                    unreadable++;
                }
            }
        }

        replay.flush().forEach(alert -> wouldRaise.putIfAbsent(alert.getId(), alert));
        unreadable += replay.failures();
        long replayed = System.nanoTime();
        AvroSerde<Alert> alerts = AvroSerde.of(Alert.class);
        Map<String, Alert> current = new HashMap<>();
        reader.read(List.of(topics.alerts().name()), null, null, record -> {
            try {
                Alert alert = alerts.decode(record.value());
                current.putIfAbsent(alert.getId(), alert);
            } catch (RuntimeException e) {
                // an alert we cannot read cannot be compared; it counts as neither gained nor lost
            }
        });

        List<Alert> gained = wouldRaise.values().stream().filter(a -> !current.containsKey(a.getId())).toList();
        List<Alert> lost = current.values().stream().filter(a -> !wouldRaise.containsKey(a.getId()))
                .sorted(Comparator.comparing(Alert::getDetected)).toList();
        out.printf("%d articles replayed (%d unreadable); %d alerts now, %d with the current rules%n",
                history.size(), unreadable, current.size(), wouldRaise.size());
        out.println(rate(history.size(), read - started, replayed - read));
        out.printf("%d alerts would appear:%n", gained.size());
        gained.forEach(a -> out.println("  + " + describe(a)));
        out.printf("%d alerts would disappear:%n", lost.size());
        lost.forEach(a -> out.println("  - " + describe(a)));
        if (!dryRun && !gained.isEmpty()) {
            publish(settings, topics, gained);
            out.printf("published %d new alerts to %s and the topic alert topics%n", gained.size(), topics.alerts().name());
        }
        out.flush();
        return 0;
    }

    private static Optional<AnalyzedArticle> analyzeQuietly(HistoryReplay replay, AvroSerde<Article> articles, byte[] value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(replay.analyze(articles.decode(value)));
        } catch (RuntimeException e) {
            return Optional.empty(); // counted as unreadable by the caller
        }
    }

    /** How fast the history went: reading it from Kafka, then analysis and ledger. */
    static String rate(int articles, long readNanos, long replayNanos) {
        double readSeconds = readNanos / 1e9;
        double replaySeconds = replayNanos / 1e9;
        return String.format(Locale.ROOT, "rate: read in %.1f s, replayed in %.1f s = %.0f articles/s (%.0f articles/s"
                + " overall)", readSeconds, replaySeconds, articles / Math.max(replaySeconds, 1e-9),
                articles / Math.max(readSeconds + replaySeconds, 1e-9));
    }

    static String describe(Alert alert) {
        return alert.getKind() + " " + alert.getFigure().getMetric() + " " + String.join(",", alert.getFigure().getSubjects())
                + " " + alert.getFigure().getPeriod() + ": " + alert.getFigure().getText() + " (" + alert.getArticleUrl() + ")";
    }

    private static void publish(KafkaSettings settings, Topics topics, List<Alert> gained) {
        Map<String, Object> config = settings.producer();
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "steppewatch-reprocess-" + topics.prefix() + UUID.randomUUID());
        AvroSerde<Alert> serde = AvroSerde.of(Alert.class);
        try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(config,
                topics.alerts().keySerde().serializer(), serde.serializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (Alert alert : gained) {
                producer.send(new ProducerRecord<>(topics.alerts().name(), alert.getId(), alert));
                for (String topic : alert.getTopics()) {
                    if (Topics.ALERT_TOPICS.contains(topic)) {
                        producer.send(new ProducerRecord<>(topics.alertsFor(topic).name(), alert.getId(), alert));
                    }
                }
            }
            producer.commitTransaction();
        }
    }
}
