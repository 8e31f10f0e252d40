package io.steppewatch.notifier.testing;

import java.time.Instant;
import java.util.List;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.KnownFigure;
import io.steppewatch.avro.Measure;
import io.steppewatch.avro.Severity;

/** Alerts for tests, with sensible values for every field. */
public final class TestAlerts {

    private TestAlerts() {
    }

    public static Alert alert(String id, AlertKind kind, List<String> topics, String metric, List<String> subjects,
                              Severity severity) {
        Figure figure = Figure.newBuilder()
                .setValue(2.36e10)
                .setUnit("USD")
                .setMeasure(Measure.AMOUNT)
                .setMetric(metric)
                .setSubjects(subjects)
                .setPeriod("2024")
                .setText("23,6 milliards de dollars")
                .setSentence("Le commerce entre le Kazakhstan et la Chine a atteint 23,6 milliards de dollars en 2024.")
                .setArticleId("article-" + id)
                .setOffset(12)
                .build();
        List<KnownFigure> compared = kind == AlertKind.NEW_METRIC ? List.of() : List.of(KnownFigure.newBuilder()
                .setValue(2.11e10)
                .setUnit("USD")
                .setMeasure(Measure.AMOUNT)
                .setPeriod(kind == AlertKind.REVISED ? "2024" : "2023")
                .setArticleId("seed-1")
                .setUrl("https://example.org/seed/1")
                .setSource("Seed corpus")
                .setSentence("Trade reached 21.1 billion dollars in 2023.")
                .setPublished(Instant.parse("2024-02-01T00:00:00Z"))
                .build());
        return Alert.newBuilder()
                .setId(id)
                .setKind(kind)
                .setTopics(topics)
                .setFigure(figure)
                .setCompared(compared)
                .setChange(kind == AlertKind.NEW_METRIC ? null : 11.85)
                .setSeverity(severity)
                .setArticleId("article-" + id)
                .setArticleUrl("https://news.example.org/articles/" + id)
                .setArticleTitle("Kazakhstan-China trade hits a record")
                .setSource("Example News")
                .setPublished(Instant.parse("2025-01-20T08:00:00Z"))
                .setDetected(Instant.parse("2025-01-20T09:00:00Z"))
                .build();
    }

    /** A trade alert about KZ and CN. */
    public static Alert trade(String id) {
        return alert(id, AlertKind.NEW_PERIOD, List.of("trade"), "trade.turnover", List.of("CN", "KZ"), Severity.MEDIUM);
    }
}
