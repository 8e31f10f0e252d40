package io.steppewatch.cli;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Collectors;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.TopicScore;
import io.steppewatch.kafka.AvroSerde;
import io.steppewatch.kafka.RecordJson;
import io.steppewatch.kafka.Topics;

/** Decodes and prints the records of any of our topics, one line each. */
final class TopicReader {

    private final Topics topics;
    private final AvroSerde<Article> articles = AvroSerde.of(Article.class);
    private final AvroSerde<AnalyzedArticle> analyzed = AvroSerde.of(AnalyzedArticle.class);
    private final AvroSerde<Alert> alerts = AvroSerde.of(Alert.class);

    TopicReader(Topics topics) {
        this.topics = topics;
    }

    /** The printable form of one record: JSON, or a short human line. */
    String render(ConsumerRecord<byte[], byte[]> record, boolean json) {
        String base = baseName(record.topic());
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        if (record.value() == null) {
            return json ? "{\"key\":" + quote(key) + ",\"value\":null}" : key + "\t(deleted)";
        }
        SpecificRecord value = switch (base) {
            case Topics.ARTICLES -> articles.decode(record.value());
            case Topics.ARTICLES_ANALYZED -> analyzed.decode(record.value());
            default -> base.startsWith(Topics.ALERTS) ? alerts.decode(record.value()) : null;
        };
        if (value == null) {
            return raw(record, key, json);
        }
        if (json) {
            return RecordJson.toJson(value);
        }
        if (value instanceof Article article) {
            return String.join("\t", article.getId(), String.valueOf(article.getPublished()), article.getSource(),
                    article.getTitle());
        }
        if (value instanceof AnalyzedArticle analysis) {
            String topicList = analysis.getTopics().stream().map(TopicScore::getTopic).collect(Collectors.joining(","));
            return String.join("\t", analysis.getId(), String.valueOf(analysis.getLanguage()),
                    topicList.isEmpty() ? "-" : topicList, analysis.getFigures().size() + " figures", analysis.getTitle());
        }
        Alert alert = (Alert) value;
        Figure figure = alert.getFigure();
        return String.join("\t", alert.getKind().name(), figure.getMetric(), String.join(",", figure.getSubjects()),
                figure.getText(), String.valueOf(figure.getPeriod()), alert.getArticleTitle());
    }

    private String raw(ConsumerRecord<byte[], byte[]> record, String key, boolean json) {
        boolean text = record.topic().endsWith(Topics.NOTIFIER_DELIVERIES) || record.topic().endsWith(Topics.INGESTER_STATE);
        String value = text ? new String(record.value(), StandardCharsets.UTF_8)
                : Base64.getEncoder().encodeToString(record.value());
        if (!json) {
            return key + "\t" + value + headers(record);
        }
        ObjectNode node = RecordJson.mapper().createObjectNode();
        node.put("key", key);
        node.put(text ? "value" : "valueBase64", value);
        node.put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
        ObjectNode headers = node.putObject("headers");
        for (Header header : record.headers()) {
            if (!header.key().endsWith("stacktrace")) {
                headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return node.toString();
    }

    /** Headers as {@code key=value} after tabs; stack traces left out, they belong in logs. */
    private static String headers(ConsumerRecord<byte[], byte[]> record) {
        StringBuilder line = new StringBuilder();
        for (Header header : record.headers()) {
            if (!header.key().endsWith("stacktrace")) {
                line.append('\t').append(header.key()).append('=')
                        .append(header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return line.toString();
    }

    private String baseName(String topic) {
        return topic.startsWith(topics.prefix()) ? topic.substring(topics.prefix().length()) : topic;
    }

    private static String quote(String text) {
        return text == null ? "null" : RecordJson.mapper().getNodeFactory().textNode(text).toString();
    }
}
