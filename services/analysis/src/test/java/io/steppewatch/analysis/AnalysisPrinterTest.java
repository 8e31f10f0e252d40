package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class AnalysisPrinterTest {

    private static final ArticleText ARTICLE = new ArticleText("a1", "Trade", "Exports rose 9 per cent.",
            LocalDate.of(2025, 3, 1), "en");
    private static final Analysis ANALYSIS = new Analysis("en",
            List.of(new TopicDecision("trade", 8.5, List.of("exports"))), List.of("KZ", "RU"),
            List.of(new ExtractedFigure(9, "percent", Measure.CHANGE, "trade.exports", List.of("KZ", "RU"), "2025",
                    "9 per cent", "Exports rose 9 per cent.", 13)));

    @Test
    void shouldShowEveryFieldWhenPrintingText() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AnalysisPrinter.printText(ARTICLE, ANALYSIS, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);

        assertThat(text).contains("language:  en", "trade", "exports", "\"9 per cent\" @13", "value 9 percent",
                "change", "trade.exports", "KZ,RU", "period 2025", "Exports rose 9 per cent.");
    }

    @Test
    void shouldWriteParsableJsonWhenPrintingJson() throws Exception {
        JsonNode json = new ObjectMapper().readTree(AnalysisPrinter.toJson(ARTICLE, ANALYSIS));

        assertThat(json.get("id").asText()).isEqualTo("a1");
        assertThat(json.at("/analysis/language").asText()).isEqualTo("en");
        assertThat(json.at("/analysis/topics/0/terms/0").asText()).isEqualTo("exports");
        assertThat(json.at("/analysis/figures/0/measure").asText()).isEqualTo("CHANGE");
        assertThat(json.at("/analysis/figures/0/period").asText()).isEqualTo("2025");
        assertThat(json.at("/analysis/figures/0/offset").asInt()).isEqualTo(13);
    }
}
