package io.steppewatch.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.serialization.Serdes;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;

/**
 * The one place where our topics are defined: names, serdes, partitions, retention. {@code run}, the
 * tests and the deploy files all create topics from {@link #definitions()}.
 *
 * <p>An optional prefix lets several isolated pipelines share one cluster (each test uses its own).
 */
public final class Topics {

    /** The topic topics: each has an {@code alerts-<topic>} topic. */
    public static final List<String> ALERT_TOPICS = List.of("sanctions", "trade", "security", "corridors");

    public static final String ARTICLES = "articles";
    public static final String ARTICLES_ANALYZED = "articles-analyzed";
    public static final String ALERTS = "alerts";
    public static final String PROCESSOR_DLQ = "processor-dlq";
    public static final String NOTIFIER_DLQ = "notifier-dlq";
    public static final String NOTIFIER_DELIVERIES = "notifier-deliveries";
    public static final String INGESTER_STATE = "ingester-state";

    private static final String FOREVER = "-1";
    private static final String DAYS_30 = String.valueOf(30L * 24 * 3600 * 1000);
    private static final int PARTITIONS = 3;

    private final String prefix;

    private Topics(String prefix) {
        this.prefix = prefix;
    }

    public static Topics defaults() {
        return new Topics("");
    }

    /** Topics whose names all start with {@code prefix}; for tests and for sharing a cluster. */
    public static Topics withPrefix(String prefix) {
        if (!prefix.matches("[A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("topic prefix may only hold letters, digits, '.', '_' and '-': " + prefix);
        }
        return new Topics(prefix);
    }

    public String prefix() {
        return prefix;
    }

    public String name(String baseName) {
        return prefix + baseName;
    }

    public Topic<String, Article> articles() {
        return new Topic<>(name(ARTICLES), Serdes.String(), AvroSerde.of(Article.class));
    }

    public Topic<String, AnalyzedArticle> articlesAnalyzed() {
        return new Topic<>(name(ARTICLES_ANALYZED), Serdes.String(), AvroSerde.of(AnalyzedArticle.class));
    }

    public Topic<String, Alert> alerts() {
        return new Topic<>(name(ALERTS), Serdes.String(), AvroSerde.of(Alert.class));
    }

    /** {@code alerts-sanctions}, {@code alerts-trade}, {@code alerts-security} or {@code alerts-corridors}. */
    public Topic<String, Alert> alertsFor(String topic) {
        if (!ALERT_TOPICS.contains(topic)) {
            throw new IllegalArgumentException("unknown alert topic '" + topic + "', expected one of " + ALERT_TOPICS);
        }
        return new Topic<>(name(ALERTS + "-" + topic), Serdes.String(), AvroSerde.of(Alert.class));
    }

    /** Records the processor could not read or process, as they came, with the reason in headers. */
    public Topic<byte[], byte[]> processorDlq() {
        return new Topic<>(name(PROCESSOR_DLQ), Serdes.ByteArray(), Serdes.ByteArray());
    }

    /** Alerts the notifier could not deliver for good, keyed by subscription, reason in headers. */
    public Topic<String, byte[]> notifierDlq() {
        return new Topic<>(name(NOTIFIER_DLQ), Serdes.String(), Serdes.ByteArray());
    }

    /** What the notifier delivered: key {@code subscription|alertId}, compacted. */
    public Topic<String, String> notifierDeliveries() {
        return new Topic<>(name(NOTIFIER_DELIVERIES), Serdes.String(), Serdes.String());
    }

    /** The ingester's own compacted state (feed validators, published content hashes). */
    public Topic<String, String> ingesterState() {
        return new Topic<>(name(INGESTER_STATE), Serdes.String(), Serdes.String());
    }

    /** Every topic steppewatch uses, with how it is created. */
    public List<TopicDefinition> definitions() {
        List<TopicDefinition> all = new ArrayList<>();
        all.add(compactedForever(ARTICLES, "Articles about the region, key = article id; the whole history, latest version of each."));
        all.add(compactedForever(ARTICLES_ANALYZED, "Each article with its language, topics, countries and figures."));
        all.add(kept(ALERTS, FOREVER, "Every alert the figure ledger raised, key = alert id."));
        for (String topic : ALERT_TOPICS) {
            all.add(kept(ALERTS + "-" + topic, FOREVER, "Alerts of articles about " + topic + "."));
        }
        all.add(kept(PROCESSOR_DLQ, DAYS_30, "Records the processor could not read or process."));
        all.add(kept(NOTIFIER_DLQ, DAYS_30, "Alerts that could not be delivered to Slack for good."));
        all.add(compactedForever(NOTIFIER_DELIVERIES, "Deliveries made, key = subscription|alert id."));
        all.add(compactedForever(INGESTER_STATE, "Ingester state: feed validators and published content hashes."));
        return all;
    }

    private TopicDefinition compactedForever(String base, String description) {
        return new TopicDefinition(name(base), PARTITIONS,
                Map.of("cleanup.policy", "compact", "retention.ms", FOREVER), description);
    }

    private TopicDefinition kept(String base, String retentionMs, String description) {
        return new TopicDefinition(name(base), PARTITIONS,
                Map.of("cleanup.policy", "delete", "retention.ms", retentionMs), description);
    }
}
