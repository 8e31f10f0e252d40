package io.steppewatch.processor.ledger;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.FigureObservation;
import io.steppewatch.avro.KnownFigure;
import io.steppewatch.avro.Severity;

/** Turns a figure the ledger found new into an {@link Alert} that says why. */
public final class AlertFactory {

    /** Figures an alert carries to compare with: enough to say why, few enough to keep the record small. */
    public static final int MAX_COMPARED = 5;

    private AlertFactory() {
    }

    public static Alert create(FigureObservation observation, Judgement judgement, Instant detected) {
        Figure figure = observation.getFigure();
        AlertKind kind = AlertKind.valueOf(judgement.verdict().name());
        return Alert.newBuilder()
                .setId(alertId(kind, figure))
                .setKind(kind)
                .setTopics(observation.getTopics())
                .setFigure(figure)
                .setCompared(judgement.compared().subList(0, Math.min(MAX_COMPARED, judgement.compared().size())))
                .setChange(judgement.change())
                .setSeverity(severity(kind, judgement.change()))
                .setArticleId(observation.getArticleId())
                .setArticleUrl(observation.getArticleUrl())
                .setArticleTitle(observation.getArticleTitle())
                .setSource(observation.getSource())
                .setPublished(observation.getPublished())
                .setDetected(detected)
                .build();
    }

    /** What the ledger remembers of a figure. */
    public static KnownFigure known(FigureObservation observation) {
        Figure figure = observation.getFigure();
        return KnownFigure.newBuilder()
                .setValue(figure.getValue())
                .setUnit(figure.getUnit())
                .setMeasure(figure.getMeasure())
                .setPeriod(figure.getPeriod())
                .setArticleId(observation.getArticleId())
                .setUrl(observation.getArticleUrl())
                .setSource(observation.getSource())
                .setSentence(figure.getSentence())
                .setPublished(observation.getPublished())
                .build();
    }

    /**
     * The same fact always gets the same id, whichever article states it and however often history is
     * replayed: kind, identity, unit and the value to four significant digits.
     */
    static String alertId(AlertKind kind, Figure figure) {
        String value = new BigDecimal(figure.getValue()).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        String fact = String.join("|", kind.name(), figure.getMetric(), String.join(",", figure.getSubjects()),
                String.valueOf(figure.getPeriod()), figure.getMeasure().name(), figure.getUnit(), value);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(fact.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * REVISED is HIGH when the values differ by 10 % or more (someone is wrong, or a figure was corrected
     * heavily), MEDIUM otherwise. NEW_PERIOD is HIGH from a 20 % (or 20 point) move, MEDIUM from 5, LOW
     * below, MEDIUM when it cannot be computed. NEW_METRIC is MEDIUM: a first figure, worth a look.
     */
    static Severity severity(AlertKind kind, Double change) {
        double size = change == null ? Double.NaN : Math.abs(change);
        return switch (kind) {
            case REVISED -> size >= 10 ? Severity.HIGH : Severity.MEDIUM;
            case NEW_PERIOD -> Double.isNaN(size) ? Severity.MEDIUM
                    : size >= 20 ? Severity.HIGH : size >= 5 ? Severity.MEDIUM : Severity.LOW;
            case NEW_METRIC -> Severity.MEDIUM;
        };
    }
}
