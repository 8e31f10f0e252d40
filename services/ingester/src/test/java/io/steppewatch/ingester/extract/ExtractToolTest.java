package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ExtractToolTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ExtractTool tool = new ExtractTool();

    private int run(boolean json, Path... files) {
        return tool.run(List.of(files), json, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String name, String html) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    private Path writeGzip(String name, String html) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
            gz.write(html.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void shouldPrintOneJsonLinePerFileWhenJsonRequested() throws IOException {
        Path plain = write("cotton.html", ArticleExtractorTest.fixture("json-ld-article.html"));
        Path gzipped = writeGzip("caravan.html.gz", ArticleExtractorTest.fixture("article-among-boilerplate.html"));

        int exit = run(true, plain, gzipped);

        assertThat(exit).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines[0]);
        assertThat(first.get("file").asText()).isEqualTo(plain.toString());
        assertThat(first.get("title").asText()).isEqualTo("Cotton harvest beats forecasts in the Fergana valley");
        assertThat(first.get("published").asText()).isEqualTo("2023-10-12T09:05:00Z");
        assertThat(first.get("text").asText()).contains("Ginneries are working double shifts");
        JsonNode second = json.readTree(lines[1]);
        assertThat(second.get("file").asText()).isEqualTo(gzipped.toString());
        assertThat(second.get("text").asText()).startsWith("The old caravan road");
    }

    @Test
    void shouldReportMissingFileAndStillExtractOthersWhenOneFileFails() throws IOException {
        Path good = write("good.html", ArticleExtractorTest.fixture("text-in-divs.html"));
        Path missing = dir.resolve("missing.html");
        Path corruptGzip = write("corrupt.html.gz", "this is not gzip");

        int exit = run(false, missing, good, corruptGzip);

        assertThat(exit).isEqualTo(1);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains("cannot read " + missing + ": no such file")
                .contains("cannot read " + corruptGzip);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("== " + good)
                .contains("title:     Le marché de Bichkek")
                .contains("Le grand bazar de Bichkek a rouvert")
                .doesNotContain("missing.html");
    }

    @Test
    void shouldPrintNullPublishedWhenPageHasNoDate() throws IOException {
        Path file = write("nodate.html", "<p>Short page without any date at all, only a sentence.</p>");

        run(true, file);

        JsonNode row = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(row.get("published").isNull()).isTrue();
    }

    @Test
    void shouldDecodeDeclaredCharsetWhenPageIsNotUtf8() throws IOException {
        Charset cp1251 = Charset.forName("windows-1251");
        Path file = dir.resolve("ru.html");
        Files.write(file, ("<html><head><meta charset=\"windows-1251\"><title>Новости</title></head>"
                + "<body><p>Экспорт пшеницы из Казахстана вырос за год.</p></body></html>").getBytes(cp1251));

        run(true, file);

        JsonNode row = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(row.get("title").asText()).isEqualTo("Новости");
        assertThat(row.get("text").asText()).isEqualTo("Экспорт пшеницы из Казахстана вырос за год.");
    }

    @Test
    void shouldRefuseGzipThatInflatesBeyondLimit() throws IOException {
        Path bomb = dir.resolve("bomb.html.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i <= ExtractTool.MAX_FILE_BYTES / zeros.length; i++) {
                gz.write(zeros);
            }
        }

        int exit = run(true, bomb);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("larger than");
    }

    @Test
    void shouldReportPagesAndBytesPerSecondOnErrorStreamWhenStatsRequested() throws IOException {
        Path plain = write("cotton.html", ArticleExtractorTest.fixture("json-ld-article.html"));
        Path gzipped = writeGzip("caravan.html.gz", ArticleExtractorTest.fixture("article-among-boilerplate.html"));
        long bytes = Files.size(plain) + ArticleExtractorTest.fixture("article-among-boilerplate.html")
                .getBytes(StandardCharsets.UTF_8).length;

        int exit = tool.run(List.of(plain, gzipped, dir.resolve("missing.html")), true, true,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        // Standard output stays one JSON object a line, so the figures never spoil a pipeline.
        assertThat(out.toString(StandardCharsets.UTF_8).strip().split("\n")).hasSize(2).allMatch(l -> l.startsWith("{"));
        String stats = err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("extract stats:"))
                .findFirst().orElseThrow();
        assertThat(stats).startsWith(String.format(java.util.Locale.ROOT, "extract stats: 2 pages, %.1f MB;", bytes / 1e6))
                .contains("pages/s", "MB/s", "whole run");
    }

    @Test
    void shouldComputeRatesFromCountsAndNanosWhenFormattingStats() {
        String line = ExtractTool.statsLine(50, 10_000_000, 2_000_000_000L, 4_000_000_000L);

        assertThat(line).isEqualTo("extract stats: 50 pages, 10.0 MB; extractor 2.00 s: 25.0 pages/s, 5.00 MB/s;"
                + " whole run 4.00 s: 12.5 pages/s, 2.50 MB/s");
    }
}
