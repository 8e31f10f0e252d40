package io.steppewatch.processor.topology;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.FigureObservation;
import io.steppewatch.avro.LedgerTimeline;
import io.steppewatch.kafka.AvroSerde;
import io.steppewatch.kafka.Topic;
import io.steppewatch.kafka.Topics;
import io.steppewatch.processor.analysis.ArticleAnalysis;
import io.steppewatch.processor.ledger.Baseline;
import io.steppewatch.processor.ledger.FigureLedger;
import io.steppewatch.processor.ledger.FigureObservations;
import io.steppewatch.processor.ledger.NearIdentities;

/**
 * {@code articles} → analysis → {@code articles-analyzed}; figures → figure ledger → {@code alerts} →
 * {@code alerts-<topic>}. Every node, store and internal topic is named, so the topology can change
 * without orphaning state.
 */
public final class ProcessorTopology {

    public static final String LEDGER_STORE = "figure-ledger-store";
    public static final String RECENT_ALERTS_STORE = "recent-alerts-store";
    public static final String FACTS_STORE = "figure-facts-store";
    public static final String ORDER_STORE = "figure-order-store";
    public static final String FIGURES_REPARTITION = "figures-by-series";
    public static final String FACTS_REPARTITION = "figures-by-fact";
    static final int RECENT_ALERTS_KEPT_PER_TASK = 1000;
    /** Largest record written when the caller does not say: Kafka's default request size, less headroom. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 1024 * 1024 - 1024;

    private ProcessorTopology() {
    }

    /**
     * The internal topic that feeds the ledger's tasks: its partitions are the partitions of
     * {@link #LEDGER_STORE} and {@link #RECENT_ALERTS_STORE}, which interactive queries route by.
     */
    public static String figuresTopic(String applicationId) {
        return applicationId + "-" + FIGURES_REPARTITION + "-repartition";
    }

    /** Builds the topology; does no I/O. */
    public static Topology build(Topics topics, ArticleAnalysis analysis, Baseline baseline, FigureLedger ledger,
            int maxFiguresPerSeries) {
        return build(topics, analysis, baseline, ledger, maxFiguresPerSeries, new CompositeMeterRegistry());
    }

    /** Builds the topology, counting articles, figures by verdict and alerts by kind in {@code registry}. */
    public static Topology build(Topics topics, ArticleAnalysis analysis, Baseline baseline, FigureLedger ledger,
            int maxFiguresPerSeries, MeterRegistry registry) {
        return build(topics, analysis, baseline, ledger, maxFiguresPerSeries, registry, DEFAULT_MAX_RECORD_BYTES);
    }

    /**
     * As above; every value written (to a topic, a repartition topic or a store's changelog) over
     * {@code maxRecordBytes} is refused before it reaches the producer and dead-lettered instead.
     */
    public static Topology build(Topics topics, ArticleAnalysis analysis, Baseline baseline, FigureLedger ledger,
            int maxFiguresPerSeries, MeterRegistry registry, int maxRecordBytes) {
        return build(topics, analysis, baseline, ledger, maxFiguresPerSeries, registry, maxRecordBytes, OrderWindow.NONE);
    }

    /**
     * As above; with an {@code order} window, figures are held that long and handed to the near-identity step in
     * publication order ({@link PublicationOrder}); {@link OrderWindow#NONE} hands each on as it comes.
     */
    public static Topology build(Topics topics, ArticleAnalysis analysis, Baseline baseline, FigureLedger ledger,
            int maxFiguresPerSeries, MeterRegistry registry, int maxRecordBytes, OrderWindow order) {
        Counter articles = Counter.builder("steppewatch.processor.articles").description("Articles analysed")
                .register(registry);
        StreamsBuilder builder = new StreamsBuilder();
        // Cached: a series (or a fact) written several times between two commits goes to RocksDB and to its
        // changelog once, at the commit, instead of at every figure; a timeline is the whole series, so this is
        // most of the bytes the processor writes.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LEDGER_STORE),
                Serdes.String(), limited(AvroSerde.of(LedgerTimeline.class), maxRecordBytes)).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RECENT_ALERTS_STORE),
                Serdes.String(), limited(AvroSerde.of(Alert.class), maxRecordBytes)).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FACTS_STORE),
                Serdes.String(), limited(AvroSerde.of(LedgerTimeline.class), maxRecordBytes)).withCachingEnabled());

        if (order.holds()) {
            builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ORDER_STORE),
                    Serdes.String(), limited(AvroSerde.of(FigureObservation.class), maxRecordBytes)));
        }

        Topic<String, Article> articlesTopic = topics.articles();
        KStream<String, AnalyzedArticle> analyzed = builder
                .stream(articlesTopic.name(), articlesTopic.consumed("read-articles"))
                .filter((id, article) -> article != null, Named.as("skip-tombstones"))
                .mapValues(article -> {
                    articles.increment();
                    return analysis.analyze(article);
                }, Named.as("analyze-article"));
        Topic<String, AnalyzedArticle> analyzedTopic = topics.articlesAnalyzed();
        analyzed.to(analyzedTopic.name(), limited(analyzedTopic, maxRecordBytes).produced("write-articles-analyzed"));

        // Two steps, each spread over its tasks by its own key. Near identities are resolved by metric and
        // measure: one task sees every series that holds a fact, whatever its subjects, and says which series a
        // figure belongs to (cheap: one prefix scan and one small write). The ledger then judges by series
        // (metric and subjects): one task holds a series' whole timeline, and the series of a metric, however
        // few the metrics, are spread over every task. Judging by metric in one step put all the ledger's work
        // of a metric on one task. Why the period is not in the first key: see NearIdentities.
        Serde<FigureObservation> figures = limited(AvroSerde.of(FigureObservation.class), maxRecordBytes);
        KStream<String, FigureObservation> byFact = analyzed
                .flatMap((id, article) -> FigureObservations.of(article).stream()
                        .map(entry -> KeyValue.pair(NearIdentities.routeKey(entry.getValue().getFigure()),
                                entry.getValue()))
                        .toList(), Named.as("extract-figures"))
                .repartition(Repartitioned.with(Serdes.String(), figures).withName(FACTS_REPARTITION));
        if (order.holds()) {
            byFact = byFact.process(() -> new PublicationOrder(order),
                    Named.as("order-by-publication"), ORDER_STORE);
        }
        KStream<String, Alert> alerts = byFact
                .process(() -> new NearIdentityProcessor(ledger, baseline, maxFiguresPerSeries),
                        Named.as("resolve-near-identities"), FACTS_STORE)
                .repartition(Repartitioned.with(Serdes.String(), figures).withName(FIGURES_REPARTITION))
                .process(() -> new LedgerProcessor(ledger, baseline, maxFiguresPerSeries, registry),
                        Named.as("judge-figures"), LEDGER_STORE)
                .processValues(() -> new RecentAlertsRecorder(RECENT_ALERTS_KEPT_PER_TASK),
                        Named.as("record-recent-alerts"), RECENT_ALERTS_STORE);

        Topic<String, Alert> alertsTopic = limited(topics.alerts(), maxRecordBytes);
        alerts.to(alertsTopic.name(), alertsTopic.produced("write-alerts"));
        for (String topic : Topics.ALERT_TOPICS) {
            Topic<String, Alert> byTopic = limited(topics.alertsFor(topic), maxRecordBytes);
            alerts.filter((id, alert) -> alert.getTopics().contains(topic), Named.as("select-alerts-" + topic))
                    .to(byTopic.name(), byTopic.produced("write-alerts-" + topic));
        }
        return builder.build();
    }

    private static <T> Serde<T> limited(Serde<T> serde, int maxBytes) {
        return new SizeLimitedSerde<>(serde, maxBytes);
    }

    private static <K, V> Topic<K, V> limited(Topic<K, V> topic, int maxBytes) {
        return new Topic<>(topic.name(), topic.keySerde(), limited(topic.valueSerde(), maxBytes));
    }
}
