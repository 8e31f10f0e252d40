package io.steppewatch.notifier.slack;

import java.util.List;
import java.util.Locale;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.KnownFigure;

/** Alerts as plain text: the one-line Slack fallback, and a readable block for a terminal. */
public final class PlainTextRenderer {

    private PlainTextRenderer() {
    }

    /** One line, escaped for Slack and within {@link SlackLimits#FALLBACK_TEXT}. */
    public static String fallback(Alert alert) {
        StringBuilder line = new StringBuilder();
        line.append(FigureFormat.kind(alert)).append(": ").append(FigureFormat.headline(alert)).append(": ")
                .append(FigureFormat.figure(alert.getFigure()));
        List<KnownFigure> compared = alert.getCompared();
        if (!compared.isEmpty()) {
            line.append(", was ").append(FigureFormat.known(compared.get(0))).append(" per ")
                    .append(compared.get(0).getSource());
        }
        String change = FigureFormat.change(alert);
        if (!change.isEmpty()) {
            line.append(", ").append(change);
        }
        line.append(". ").append(alert.getArticleTitle()).append(" (").append(alert.getSource()).append(")");
        return SlackText.fit(line.toString(), SlackLimits.FALLBACK_TEXT);
    }

    /** A multi-line block for a console; not escaped (a terminal does not read Slack markup). */
    public static String console(Alert alert) {
        StringBuilder out = new StringBuilder();
        out.append("== ").append(FigureFormat.kind(alert).toUpperCase(Locale.ROOT))
                .append(" [").append(alert.getSeverity()).append("] ").append(FigureFormat.headline(alert)).append('\n');
        out.append("   new:      ").append(FigureFormat.figure(alert.getFigure())).append('\n');
        for (KnownFigure known : alert.getCompared()) {
            out.append("   known:    ").append(FigureFormat.known(known)).append(" — ").append(known.getSource())
                    .append(" <").append(known.getUrl()).append(">\n");
        }
        String change = FigureFormat.change(alert);
        if (!change.isEmpty()) {
            out.append("   change:   ").append(change).append('\n');
        }
        out.append("   topics:   ").append(alert.getTopics().isEmpty() ? "none" : String.join(", ", alert.getTopics()))
                .append('\n');
        out.append("   sentence: \"").append(oneLine(alert.getFigure().getSentence())).append("\"\n");
        out.append("   article:  ").append(oneLine(alert.getArticleTitle())).append(" — ").append(alert.getSource())
                .append(alert.getPublished() == null ? "" : ", " + FigureFormat.day(alert.getPublished())).append('\n');
        out.append("             ").append(alert.getArticleUrl()).append('\n');
        out.append("   alert:    ").append(alert.getId()).append('\n');
        return out.toString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
