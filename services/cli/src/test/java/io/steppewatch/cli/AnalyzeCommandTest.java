package io.steppewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code analyze} on text and HTML files, and its errors. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    @Test
    void shouldPrintEveryFigureFieldWhenAnalysingTextAsJson() throws Exception {
        Path text = dir.resolve("a.txt");
        Files.writeString(text, "Kazakhstan and Russia trade\nTrade turnover between Kazakhstan and Russia reached"
                + " $29.1 billion last year, officials in Astana said.\n");
        String out = capture("analyze", "--published", "2025-03-14", "--json", text.toString());
        JsonNode figure = new ObjectMapper().readTree(out).get("analysis").get("figures").get(0);
        assertThat(figure.get("value").asDouble()).isEqualTo(2.91e10);
        assertThat(figure.get("unit").asText()).isEqualTo("USD");
        assertThat(figure.get("metric").asText()).isEqualTo("trade.turnover");
        assertThat(figure.get("period").asText()).isEqualTo("2024");
    }

    @Test
    void shouldKeepThePrecisionWhenThePublicationDateIsAYearOrAMonth() throws Exception {
        Path text = dir.resolve("y.txt");
        Files.writeString(text, "Kazakhstan and Russia trade\nTrade turnover between Kazakhstan and Russia reached"
                + " $29.1 billion last year. Currently 8,000 companies with Russian capital operate in Kazakhstan.\n");

        JsonNode year = new ObjectMapper().readTree(capture("analyze", "--published", "2025", "--json", text.toString()));
        assertThat(year.get("published").asText()).isEqualTo("2025");
        assertThat(year.get("analysis").get("figures").get(0).get("period").asText()).isEqualTo("2024");
        // "currently" needs the month: unknown when only the year is.
        assertThat(year.get("analysis").get("figures").get(1).get("period").isNull()).isTrue();

        JsonNode month = new ObjectMapper().readTree(capture("analyze", "--published", "2025-03", "--json",
                text.toString()));
        assertThat(month.get("published").asText()).isEqualTo("2025-03");
        assertThat(month.get("analysis").get("figures").get(1).get("period").asText()).isEqualTo("2025-03");
    }

    @Test
    void shouldExtractThePageFirstWhenTheFileIsHtml() throws Exception {
        Path page = dir.resolve("p.html");
        Files.writeString(page, "<html lang=\"ru\"><head><title>Товарооборот</title></head><body><nav>Главная</nav><article>"
                + "<h1>Товарооборот Казахстана и Китая</h1><p>Товарооборот между Казахстаном и Китаем в 2024 году составил"
                + " 43,8 млрд долларов, сообщили в Астане.</p></article></body></html>");
        String out = capture("analyze", "--json", page.toString());
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.get("analysis").get("language").asText()).isEqualTo("ru");
        assertThat(json.get("analysis").get("figures").get(0).get("value").asDouble()).isEqualTo(4.38e10);
        assertThat(json.get("analysis").get("figures").get(0).get("sentence").asText()).doesNotContain("Главная");
    }

    @Test
    void shouldPrintOnlyFiniteFiguresWhenAnAmountHasFourHundredDigits() throws Exception {
        Path text = dir.resolve("absurd.txt");
        Files.writeString(text, "Kazakhstan and Russia trade\nTrade turnover between Kazakhstan and Russia reached $"
                + "9".repeat(400) + " last year, and $29.1 billion the year before.\n");
        String out = capture("analyze", "--published", "2025-03-14", text.toString());
        assertThat(out).doesNotContain("Infinity").doesNotContain("NaN").contains("29");
        String json = capture("analyze", "--published", "2025-03-14", "--json", text.toString());
        JsonNode figures = new ObjectMapper().readTree(json).get("analysis").get("figures");
        assertThat(figures).isNotEmpty().allSatisfy(f -> assertThat(f.get("value").isNumber()).isTrue());
        assertThat(figures).allSatisfy(f -> assertThat(Double.isFinite(f.get("value").asDouble())).isTrue());
    }

    @Test
    void shouldRefuseAMalformedDateWithExitCode2() {
        assertThat(Main.execute("analyze", "--published", "14/03/2025", dir.resolve("x.txt").toString())).isEqualTo(2);
    }

    private static String capture(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.execute(args)).isZero();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
