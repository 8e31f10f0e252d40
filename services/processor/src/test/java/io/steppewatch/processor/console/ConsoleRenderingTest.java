package io.steppewatch.processor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.steppewatch.avro.Article;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.KnownFigure;

/** The pages as HTML, from a real index and the precompiled templates: what they show and what they never let through. */
class ConsoleRenderingTest {

    private static final String HOSTILE_TITLE = "<script>alert('title')</script> Trade <img src=x onerror=alert(1)>";
    private static final String HOSTILE_SENTENCE = "<script>alert('sentence')</script> Turnover reached $29.1 billion in 2025.";

    @TempDir
    Path dir;

    private ConsoleIndex index;
    private ConsolePages pages;
    private final Console console = new Console(null, null);

    @BeforeEach
    void fill() throws IOException {
        index = ConsoleIndex.open(dir.resolve("index"));
        Article clean = ConsoleFixtures.article("a1", "Kazakhstan and Russia report higher trade", ConsoleFixtures.TEXT,
                "https://news.example/kz-ru");
        Figure figure = ConsoleFixtures.figure("a1", 29.1e9, "2025", "$29.1 billion", ConsoleFixtures.SENTENCE);
        index.putArticle(clean);
        index.putAnalysis(ConsoleFixtures.analysis(clean, List.of("trade", "sanctions"), List.of("KZ", "RU"), List.of(figure)));
        index.putAlert(ConsoleFixtures.alert("alert-1", figure, clean.getUrl(), clean.getTitle(), List.of()));

        Article hostile = ConsoleFixtures.article("a2", HOSTILE_TITLE, HOSTILE_SENTENCE + " See javascript:alert(2).",
                "javascript:alert('url')");
        Figure hostileFigure = ConsoleFixtures.figure("a2", 29.1e9, "2025-06", "$29.1 billion", HOSTILE_SENTENCE);
        index.putArticle(hostile);
        index.putAnalysis(ConsoleFixtures.analysis(hostile, List.of("trade"), List.of("KZ"), List.of(hostileFigure)));
        index.putAlert(ConsoleFixtures.alert("alert-2", hostileFigure, hostile.getUrl(), HOSTILE_TITLE,
                List.of(ConsoleFixtures.known("seed", 27.8e9, "2024", "javascript:alert('compared')"))));
        index.publish(Map.of(), false);

        List<KnownFigure> baseline = List.of(ConsoleFixtures.known("s1", 22.1e9, "2021-01/2021-11", "seed-1.txt"),
                ConsoleFixtures.known("s2", 23.6e9, "2022-01/2022-11", "seed-2.txt"),
                ConsoleFixtures.known("s3", 27.8e9, "2024", "seed-3.txt"),
                ConsoleFixtures.known("s4", 30e9, null, "seed-4.txt"));
        List<KnownFigure> learned = List.of(ConsoleFixtures.known("a1", 29.1e9, "2025", "https://news.example/kz-ru"),
                ConsoleFixtures.known("a3", 29.2e9, "2025", "https://other.example/a3"));
        Clock clock = Clock.fixed(Instant.parse("2025-11-10T12:00:00Z"), ZoneOffset.UTC);
        pages = new ConsolePages(ConsoleFixtures.ledger(baseline, learned), index, () -> "RUNNING", clock, 0.02);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void shouldDrawBaselineLearnedAndNewPointsWhenRenderingAnAlertsPage() throws IOException {
        String html = console.render("alert.jte", pages.alert("alert-1").orElseThrow());

        assertThat(html).contains("data-points=\"5\""); // 3 dated baseline + the new one + a later confirmation
        assertThat(html).contains("<mark class=\"figure\">$29.1 billion</mark>");
        assertThat(html).contains("href=\"https://news.example/kz-ru\"");
        assertThat(count(html, "data-charted=\"true\"")).isEqualTo(5);
        assertThat(html).containsPattern("Sources that stated the same figure since: <b>1</b>");
        assertThat(html).contains("&#34;baseline&#34;:[2.21E10,2.36E10,2.78E10,null,null]");
        assertThat(html).contains("&#34;new&#34;:[null,null,null,2.91E10,null]");
    }

    @Test
    void shouldCountTodaysArticlesAndAlertsWhenRenderingTheHeader() throws IOException {
        String html = console.render("home.jte", pages.home(Map.of()));

        assertThat(html).contains("Articles today: <b id=\"articles-today\">2</b>")
                .contains("Alerts today: <b id=\"alerts-today\">2</b>").contains("Pipeline: RUNNING");
        assertThat(count(html, "<tr class=\"alert ")).isEqualTo(2);
    }

    @Test
    void shouldKeepOnlyMatchingAlertsWhenTheHomePageIsFiltered() throws IOException {
        assertThat(count(console.render("home.jte", pages.home(Map.of("country", "RU"))), "<tr class=\"alert ")).isEqualTo(2);
        assertThat(count(console.render("home.jte", pages.home(Map.of("country", "UZ"))), "<tr class=\"alert ")).isZero();
        assertThat(count(console.render("home.jte", pages.home(Map.of("kind", "REVISED"))), "<tr class=\"alert ")).isZero();
        assertThat(count(console.render("home.jte", pages.home(Map.of("topic", "trade", "severity", "LOW"))),
                "<tr class=\"alert ")).isEqualTo(2);
    }

    @Test
    void shouldEscapeMarkupAndDropJavascriptLinksWhenAnArticleIsHostile() throws IOException {
        List<String> rendered = List.of(
                console.render("home.jte", pages.home(Map.of())),
                console.render("alert.jte", pages.alert("alert-2").orElseThrow()),
                console.render("article.jte", pages.article("a2").orElseThrow()),
                console.render("search.jte", pages.search(Map.of("q", "turnover"))));
        for (String html : rendered) {
            assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
            assertThat(html).doesNotContainPattern("(?i)href=\"\\s*javascript");
            assertThat(html).doesNotContainPattern("<script(?![^>]*\\ssrc=)"); // our pages carry no inline script at all
            assertThat(html).contains("&lt;script&gt;");
        }
        String article = rendered.get(2);
        assertThat(article).contains("<code>javascript:alert('url')</code>");
        assertThat(article).contains("<mark class=\"figure\">$29.1 billion</mark>");
    }

    @Test
    void shouldMarkFiguresAndTopicTermsWhenRenderingAnArticle() throws IOException {
        String html = console.render("article.jte", pages.article("a1").orElseThrow());

        assertThat(html).contains("<mark class=\"figure\">$29.1 billion</mark>");
        assertThat(html).contains("<mark class=\"term\">sanctions</mark>").contains("<mark class=\"term\">turnover</mark>");
        assertThat(html).contains("href=\"/alerts/alert-1\"").contains("Kazakhstan, Russia");
    }

    @Test
    void shouldFindArticlesAndCountFacetsWhenSearching() throws IOException {
        String all = console.render("search.jte", pages.search(Map.of("q", "turnover")));
        assertThat(all).contains("2 article(s)");
        assertThat(all).containsPattern("href=\"/search\\?q=turnover&amp;topic=sanctions\">sanctions</a> <span class=\"count\">1</span>");

        String narrowed = console.render("search.jte", pages.search(Map.of("q", "turnover", "topic", "sanctions")));
        assertThat(narrowed).contains("1 article(s)").contains("href=\"/articles/a1\"");
        assertThat(console.render("search.jte", pages.search(Map.of("q", "turnover", "to", "2025-11-09")))).contains("0 article(s)");
        assertThat(console.render("search.jte", pages.search(Map.of("q", "\"unbalanced (quote")))).contains("article(s)");
    }

    private static int count(String text, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
