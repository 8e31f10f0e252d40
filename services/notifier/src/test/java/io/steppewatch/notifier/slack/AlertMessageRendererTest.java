package io.steppewatch.notifier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.KnownFigure;
import io.steppewatch.avro.Severity;
import io.steppewatch.notifier.testing.TestAlerts;

class AlertMessageRendererTest {

    private final AlertMessageRenderer renderer = new AlertMessageRenderer();

    @ParameterizedTest
    @EnumSource(AlertKind.class)
    void shouldRenderEveryPartWithinSlackLimitsForEachAlertKind(AlertKind kind) {
        Alert alert = TestAlerts.alert("id-" + kind, kind, List.of("trade", "corridors"), "trade.turnover",
                List.of("CN", "KZ"), Severity.HIGH);

        SlackMessage message = renderer.render(alert);
        String json = message.toJson();

        assertWithinLimits(message);
        assertThat(json).contains("trade.turnover — CN, KZ")
                .contains("23.6 bn USD (2024)")
                .contains("\">Le commerce entre le Kazakhstan")
                .contains("<https://news.example.org/articles/id-" + kind + "|Kazakhstan-China trade hits a record>")
                .contains("trade, corridors")
                .contains("(" + kind + ")");
        if (kind == AlertKind.NEW_METRIC) {
            assertThat(json).contains("nothing known before").contains("not comparable");
        } else {
            assertThat(json).contains("21.1 bn USD (" + (kind == AlertKind.REVISED ? "2024" : "2023") + ")")
                    .contains("Seed corpus").contains("+11.85 %");
        }
        assertThat(message.text()).contains("trade.turnover — CN, KZ").contains("23.6 bn USD");
    }

    @Test
    void shouldParseBackWithSlackModelWhenSerialized() {
        SlackMessage message = renderer.render(TestAlerts.trade("round-trip"));

        JsonObject payload = JsonParser.parseString(message.toJson()).getAsJsonObject();
        List<LayoutBlock> parsed = SlackJson.GSON.fromJson(payload.get("blocks"),
                new TypeToken<List<LayoutBlock>>() { }.getType());

        assertThat(parsed).hasSameSizeAs(message.blocks());
        assertThat(parsed.get(0)).isInstanceOf(HeaderBlock.class);
        assertThat(payload.get("text").getAsString()).isEqualTo(message.text());
        assertThat(payload.getAsJsonArray("blocks").get(0).getAsJsonObject().get("type").getAsString())
                .isEqualTo("header");
    }

    @Test
    void shouldKeepMentionsAndLinksInertWhenArticleTextTriesToInjectThem() {
        Alert alert = TestAlerts.trade("inject");
        alert.getFigure().setSentence("Pay <!channel> & <@U024BE7LH> a visit at <https://evil.example|here>");
        alert.setArticleTitle("Title <!here>");
        alert.setSource("Source <!everyone>");
        alert.getFigure().setMetric("trade.<!channel>");
        alert.setArticleUrl("https://news.example.org/a|<!channel>");

        String json = renderer.render(alert).toJson();

        List<String> texts = allTexts(JsonParser.parseString(json));
        for (String text : texts) {
            assertThat(text).doesNotContain("<!").doesNotContain("<@").doesNotContain("<https://evil");
        }
        assertThat(json).contains("&lt;!channel&gt;").contains("&amp;").contains("&lt;@U024BE7LH&gt;");
    }

    @Test
    void shouldStayWithinLimitsWhenEveryTextIsHuge() {
        Alert alert = TestAlerts.trade("huge");
        String huge = "<&>".repeat(5000);
        alert.getFigure().setSentence(huge);
        alert.getFigure().setText(huge);
        alert.getFigure().setMetric("m".repeat(400));
        alert.getFigure().setSubjects(new ArrayList<>(Collections.nCopies(300, "KZ")));
        alert.setArticleTitle(huge);
        alert.setSource(huge);
        alert.setTopics(new ArrayList<>(Collections.nCopies(500, "trade")));
        List<KnownFigure> compared = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            KnownFigure known = KnownFigure.newBuilder(TestAlerts.trade("k").getCompared().get(0)).setSource(huge).build();
            compared.add(known);
        }
        alert.setCompared(compared);

        SlackMessage message = renderer.render(alert);

        assertWithinLimits(message);
        assertThat(message.toJson()).contains("and 27 more");
    }

    @Test
    void shouldListAlertsInOneMessageWithinBlockLimitWhenDigestIsLarge() {
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            alerts.add(TestAlerts.trade("burst-" + i));
        }

        SlackMessage digest = renderer.renderDigest(alerts);

        assertWithinLimits(digest);
        assertThat(digest.blocks()).hasSizeLessThanOrEqualTo(SlackLimits.BLOCKS);
        assertThat(digest.toJson()).contains("120 new figures").contains("80 more not listed")
                .contains("burst-0").contains("burst-39").doesNotContain("burst-40|");
    }

    @Test
    void shouldRenderSingleMessageWhenDigestHoldsOneAlert() {
        Alert alert = TestAlerts.trade("only");

        assertThat(renderer.renderDigest(List.of(alert))).isEqualTo(renderer.render(alert));
    }

    static void assertWithinLimits(SlackMessage message) {
        assertThat(message.blocks()).hasSizeLessThanOrEqualTo(SlackLimits.BLOCKS);
        assertThat(message.text()).isNotBlank().hasSizeLessThanOrEqualTo(SlackLimits.FALLBACK_TEXT);
        for (LayoutBlock block : message.blocks()) {
            if (block instanceof HeaderBlock header) {
                assertThat(header.getText().getText()).isNotBlank().hasSizeLessThanOrEqualTo(SlackLimits.HEADER_TEXT);
            } else if (block instanceof SectionBlock section) {
                if (section.getText() != null) {
                    assertThat(text(section.getText())).isNotBlank().hasSizeLessThanOrEqualTo(SlackLimits.SECTION_TEXT);
                }
                if (section.getFields() != null) {
                    assertThat(section.getFields()).hasSizeLessThanOrEqualTo(SlackLimits.SECTION_FIELDS);
                    for (TextObject field : section.getFields()) {
                        assertThat(text(field)).isNotBlank().hasSizeLessThanOrEqualTo(SlackLimits.SECTION_FIELD_TEXT);
                    }
                }
            } else if (block instanceof ContextBlock context) {
                assertThat(context.getElements()).isNotEmpty().hasSizeLessThanOrEqualTo(SlackLimits.CONTEXT_ELEMENTS);
            }
        }
        String json = message.toJson();
        assertThat(JsonParser.parseString(json).isJsonObject()).isTrue();
    }

    private static String text(TextObject object) {
        JsonObject json = SlackJson.GSON.toJsonTree(object, TextObject.class).getAsJsonObject();
        return json.get("text").getAsString();
    }

    private static List<String> allTexts(JsonElement element) {
        List<String> texts = new ArrayList<>();
        if (element.isJsonObject()) {
            for (var entry : element.getAsJsonObject().entrySet()) {
                if (entry.getKey().equals("text") && entry.getValue().isJsonPrimitive()) {
                    texts.add(entry.getValue().getAsString());
                } else {
                    texts.addAll(allTexts(entry.getValue()));
                }
            }
        } else if (element.isJsonArray()) {
            JsonArray array = element.getAsJsonArray();
            for (JsonElement item : array) {
                texts.addAll(allTexts(item));
            }
        }
        return texts;
    }
}
