package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    static String fixture(String name) {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/extract/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldKeepArticleParagraphsWhenPageHasNavCommentsAndRelatedLinks() {
        ExtractedPage page = extractor.extract(fixture("article-among-boilerplate.html"), "https://courier.example/a/7");

        assertThat(page.text())
                .startsWith("The old caravan road across the Ustyurt plateau opened again")
                .contains("Hauliers, who had been sending their trucks")
                .contains("The transport ministry said the works had cost less than planned")
                .endsWith("the evening markets that used to stay open late.");
        assertThat(page.text())
                .doesNotContain("Politics", "Most read", "Wheat exports", "Great news", "who is going to pay",
                        "Related stories", "Port of Aktau", "All rights reserved", "Share on social",
                        "Read more", "Photo: staff photographer", "By Aigerim");
    }

    @Test
    void shouldSeparateParagraphsWithBlankLines() {
        ExtractedPage page = extractor.extract(fixture("article-among-boilerplate.html"), "https://courier.example/a/7");

        assertThat(page.text().split("\n\n")).hasSize(4);
    }

    @Test
    void shouldReadTitleDateAndAuthorFromOpenGraphAndMetaTags() {
        ExtractedPage page = extractor.extract(fixture("article-among-boilerplate.html"), "https://courier.example/a/7");

        assertThat(page.title()).isEqualTo("Caravan route across the Ustyurt plateau reopens");
        assertThat(page.published()).isEqualTo(Instant.parse("2024-03-05T04:30:00Z"));
        assertThat(page.author()).isEqualTo("Aigerim Nurlanovna");
        assertThat(page.language()).isEqualTo("en");
    }

    @Test
    void shouldReadHeadlineDateAuthorsAndLanguageFromJsonLdWhenPresent() {
        ExtractedPage page = extractor.extract(fixture("json-ld-article.html"), "https://valley.example/cotton");

        assertThat(page.title()).isEqualTo("Cotton harvest beats forecasts in the Fergana valley");
        assertThat(page.published()).isEqualTo(Instant.parse("2023-10-12T09:05:00Z"));
        assertThat(page.author()).isEqualTo("Dilnoza Karimova, Timur Aliev");
        assertThat(page.language()).isEqualTo("ru");
        assertThat(page.text()).contains("Ginneries are working double shifts")
                .contains("the last of the raw cotton has been weighed.");
    }

    @Test
    void shouldReadTextWrittenInDivsWithLineBreaksWhenPageHasNoParagraphTags() {
        ExtractedPage page = extractor.extract(fixture("text-in-divs.html"), "https://bazar.example/");

        assertThat(page.text()).startsWith("Le grand bazar de Bichkek a rouvert")
                .contains("fin d'année pour la retrouver.\n")
                .endsWith("venus des villages voisins.")
                .doesNotContain("Accueil", "Mentions légales");
        assertThat(page.language()).isEqualTo("fr");
        assertThat(page.title()).isEqualTo("Le marché de Bichkek");
    }

    @Test
    void shouldDropShortFurniturePhrasesInsideTheArticleButKeepItsSourceLine() {
        ExtractedPage page = extractor.extract(fixture("furniture-phrases-in-article.html"), "https://bahn.example/");

        assertThat(page.text())
                .startsWith("Die kasachische Staatsbahn will")
                .contains("aus Xi'an und Chongqing.", "Quelle: Statistisches Bundesamt")
                .doesNotContain("Externer Inhalt", "Alle Angaben ohne Gewähr", "Kontakt", "Entdecke weitere",
                        "Gefällt dir", "Impressum");
    }

    @Test
    void shouldDropSameSiteLinkLinesCaptionsAndCreditsButKeepCitationsOfOtherSites() {
        // Saved to a file: the page's own site comes from its canonical link.
        ExtractedPage page = extractor.extract(fixture("links-captions-credits.html"), "file:/tmp/page.html");

        assertThat(page.text())
                .startsWith("Первый контейнерный поезд")
                .contains("единому электронному документу")
                .contains("Sources: port authority report, railway statistics")
                .endsWith("по сравнению с прошлым годом.")
                .doesNotContain("Подробнее о маршруте", "Поезд на станции Достык", "Reporting by", "newsletter");
        assertThat(page.published()).isEqualTo(Instant.parse("2025-02-14T10:15:00Z"));
        assertThat(page.author()).isEqualTo("Corridor staff");
        assertThat(page.language()).isEqualTo("ru");
    }

    @Test
    void shouldUseJsonLdArticleBodyWhenMarkupHoldsNoText() {
        ExtractedPage page = extractor.extract(fixture("script-rendered-with-json-ld.html"), "https://wire.example/");

        assertThat(page.text()).isEqualTo("The airport of Dushanbe opened its second runway on Friday, two years after "
                + "work began.\n\nOfficials said the runway lets wide-bodied cargo aircraft land at full load for the "
                + "first time, which should cut the cost of air freight to and from the capital.");
        assertThat(page.title()).isEqualTo("Dushanbe opens a second runway");
        assertThat(page.author()).isEqualTo("Pamir Wire");
        assertThat(page.published()).isEqualTo(Instant.parse("2024-08-30T00:00:00Z"));
    }

    @Test
    void shouldPreferPageTextOverJsonLdBodyWhenPageHasEnoughText() {
        ExtractedPage page = extractor.extract(fixture("json-ld-article.html"), "https://valley.example/cotton");

        assertThat(page.text()).doesNotContain("Farmers in the valley brought in more cotton than forecast.")
                .startsWith("Farmers in the valley brought in more cotton than the ministry had forecast");
    }

    @Test
    void shouldTakeDateFromTimeElementWhenNoMetadataStatesIt() {
        String html = "<html><body><article><h1>Grain</h1><time datetime=\"2022-06-01\">1 June</time>"
                + "<p>" + "Grain prices rose sharply in the northern regions this week, traders said. ".repeat(8) + "</p>"
                + "</article></body></html>";

        ExtractedPage page = extractor.extract(html, "https://grain.example/");

        assertThat(page.published()).isEqualTo(Instant.parse("2022-06-01T00:00:00Z"));
        assertThat(page.title()).isEqualTo("Grain");
        assertThat(page.text()).startsWith("Grain prices rose sharply").doesNotContain("1 June");
    }

    @Test
    void shouldLeaveAuthorDateAndLanguageNullWhenPageStatesNone() {
        ExtractedPage page = extractor.extract("<p>Just a short note with nothing else on the page.</p>", null);

        assertThat(page.author()).isNull();
        assertThat(page.published()).isNull();
        assertThat(page.language()).isNull();
        assertThat(page.text()).isEqualTo("Just a short note with nothing else on the page.");
    }

    @Test
    void shouldGiveSameResultWhenOneInstanceServesManyThreads() throws Exception {
        String html = fixture("article-among-boilerplate.html");
        ExtractedPage expected = extractor.extract(html, "https://courier.example/a/7");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ExtractedPage>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> extractor.extract(html, "https://courier.example/a/7")));
            }
            for (Future<ExtractedPage> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
