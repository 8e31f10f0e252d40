package io.steppewatch.schema;

import java.util.List;

import org.apache.avro.util.ClassSecurityValidator;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.DatePrecision;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.FigureObservation;
import io.steppewatch.avro.KnownFigure;
import io.steppewatch.avro.LedgerTimeline;
import io.steppewatch.avro.Measure;
import io.steppewatch.avro.Severity;
import io.steppewatch.avro.TopicScore;

/**
 * Avro 1.12 only instantiates classes it trusts when it decodes into generated types. We trust exactly
 * our generated classes, one by one, rather than a whole package pattern, so nothing else can be named
 * by a hostile schema.
 */
public final class TrustedRecords {

    /** Every class generated from {@code schemas/src/main/avro}. */
    public static final List<Class<?>> GENERATED = List.of(Article.class, AnalyzedArticle.class, Figure.class,
            TopicScore.class, Alert.class, KnownFigure.class, FigureObservation.class, LedgerTimeline.class, AlertKind.class, Measure.class, Severity.class,
            DatePrecision.class);

    private static volatile boolean installed;

    private TrustedRecords() {
    }

    /** Adds our generated classes to Avro's global trust list; safe to call any number of times. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        ClassSecurityValidator.Builder ours = ClassSecurityValidator.builder();
        GENERATED.forEach(ours::add);
        ClassSecurityValidator.setGlobal(
                ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), ours.build()));
        installed = true;
    }
}
