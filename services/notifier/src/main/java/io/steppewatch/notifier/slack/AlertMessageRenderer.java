package io.steppewatch.notifier.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.KnownFigure;

/**
 * Renders alerts as Block Kit messages. Every piece of article text goes through {@link SlackText} so it
 * is escaped and cut to Slack's limits; our own markup is added around it afterwards.
 */
public final class AlertMessageRenderer {

    /** Known figures shown per alert; the rest are counted, not listed. */
    static final int MAX_COMPARED = 3;
    /** Alerts listed one by one in a digest; each takes one block. */
    public static final int MAX_DIGEST_ITEMS = 40;

    public SlackMessage render(Alert alert) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(FigureFormat.headline(alert)));
        blocks.add(SectionBlock.builder().fields(figureFields(alert)).build());
        blocks.add(section(quote(alert.getFigure().getSentence())));
        blocks.add(section("*Article:* " + SlackText.link(alert.getArticleUrl(), alert.getArticleTitle(), 300)
                + " — " + SlackText.fit(alert.getSource(), 200)
                + (alert.getPublished() == null ? "" : ", " + FigureFormat.day(alert.getPublished()))));
        blocks.add(context(List.of(
                "*" + FigureFormat.kind(alert) + "* (" + alert.getKind() + ")",
                "Severity: *" + alert.getSeverity() + "*",
                "Topics: " + topics(alert),
                "Alert " + SlackText.fit(alert.getId(), 120))));
        return new SlackMessage(PlainTextRenderer.fallback(alert), blocks);
    }

    /** One message for a burst of alerts: a line per alert, up to {@link #MAX_DIGEST_ITEMS}. */
    public SlackMessage renderDigest(List<Alert> alerts) {
        if (alerts.size() == 1) {
            return render(alerts.get(0));
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(alerts.size() + " new figures in a burst"));
        int listed = Math.min(alerts.size(), MAX_DIGEST_ITEMS);
        for (Alert alert : alerts.subList(0, listed)) {
            blocks.add(section(digestLine(alert)));
        }
        blocks.add(DividerBlock.builder().build());
        String more = alerts.size() > listed ? (alerts.size() - listed) + " more not listed. " : "";
        blocks.add(context(List.of(more + "Sent as one digest because alerts arrived faster than the "
                + "subscription's per-minute limit.")));
        StringBuilder text = new StringBuilder(alerts.size() + " new figures: ");
        for (Alert alert : alerts) {
            text.append(SlackText.escape(FigureFormat.headline(alert))).append("; ");
        }
        return new SlackMessage(SlackText.cutSafe(text.toString(), SlackLimits.FALLBACK_TEXT), blocks);
    }

    private static String digestLine(Alert alert) {
        String line = "*" + SlackText.fit(FigureFormat.headline(alert), 300) + "*: "
                + SlackText.fit(FigureFormat.figure(alert.getFigure()), 200)
                + (FigureFormat.change(alert).isEmpty() ? "" : " (" + FigureFormat.change(alert) + ")")
                + " · " + FigureFormat.kind(alert) + " · " + alert.getSeverity()
                + " · " + SlackText.link(alert.getArticleUrl(), alert.getArticleTitle(), 200);
        return SlackText.cutSafe(line, SlackLimits.SECTION_TEXT);
    }

    private static List<TextObject> figureFields(Alert alert) {
        List<TextObject> fields = new ArrayList<>();
        fields.add(field("*New figure*\n" + SlackText.fit(FigureFormat.figure(alert.getFigure()), 500)
                + "\n_" + SlackText.fit(alert.getFigure().getText(), 500) + "_"));
        List<KnownFigure> compared = alert.getCompared();
        if (compared.isEmpty()) {
            fields.add(field("*Compared with*\nnothing known before"));
        } else {
            StringBuilder known = new StringBuilder("*Compared with*");
            for (KnownFigure figure : compared.subList(0, Math.min(MAX_COMPARED, compared.size()))) {
                known.append('\n').append(SlackText.fit(FigureFormat.known(figure), 200)).append(", ")
                        .append(SlackText.link(figure.getUrl(), figure.getSource(), 200));
            }
            if (compared.size() > MAX_COMPARED) {
                known.append("\nand ").append(compared.size() - MAX_COMPARED).append(" more");
            }
            fields.add(field(known.toString()));
        }
        String change = FigureFormat.change(alert);
        fields.add(field("*Change*\n" + (change.isEmpty() ? "not comparable" : change)));
        fields.add(field("*Measure*\n" + alert.getFigure().getMeasure()));
        return fields;
    }

    private static String topics(Alert alert) {
        return alert.getTopics().isEmpty() ? "none" : SlackText.fit(String.join(", ", alert.getTopics()), 500);
    }

    private static String quote(String sentence) {
        // Each line of a mrkdwn quote needs its own '>' (written as a literal, Slack's quote marker).
        String body = SlackText.fit(sentence == null ? "" : sentence.strip(), SlackLimits.SECTION_TEXT - 100);
        return ">" + body.replace("\n", "\n>");
    }

    private static HeaderBlock header(String raw) {
        return HeaderBlock.builder()
                .text(PlainTextObject.builder().text(SlackText.fit(raw, SlackLimits.HEADER_TEXT)).emoji(false).build())
                .build();
    }

    private static SectionBlock section(String safeMarkdown) {
        return SectionBlock.builder().text(markdown(SlackText.cutSafe(safeMarkdown, SlackLimits.SECTION_TEXT))).build();
    }

    private static TextObject field(String safeMarkdown) {
        return markdown(SlackText.cutSafe(safeMarkdown, SlackLimits.SECTION_FIELD_TEXT));
    }

    private static MarkdownTextObject markdown(String safe) {
        return MarkdownTextObject.builder().text(safe).verbatim(true).build();
    }

    private static ContextBlock context(List<String> safeMarkdown) {
        List<ContextBlockElement> elements = new ArrayList<>();
        for (String text : safeMarkdown.subList(0, Math.min(SlackLimits.CONTEXT_ELEMENTS, safeMarkdown.size()))) {
            elements.add(markdown(SlackText.cutSafe(text, SlackLimits.SECTION_FIELD_TEXT)));
        }
        return ContextBlock.builder().elements(elements).build();
    }
}
