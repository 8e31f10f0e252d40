package io.steppewatch.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.steppewatch.analysis.SeedCorpus;
import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.Article;
import io.steppewatch.processor.analysis.BaselineLoader;
import io.steppewatch.processor.analysis.TextAnalysis;
import io.steppewatch.processor.ledger.Baseline;

/** The production topology with the real analysis and the bundled seed corpus as baseline. */
class SeedBaselineTest {

    static final Instant NOW = Instant.parse("2025-12-10T09:00:00Z");

    static final TextAnalysis analysis = SeedBaselineDriver.analysis();
    static final Baseline baseline = SeedBaselineDriver.baseline();

    @TempDir
    Path stateDir;

    private SeedBaselineDriver driver;
    private TestInputTopic<String, Article> articles;
    private TestOutputTopic<String, Alert> alerts;

    @BeforeEach
    void start() {
        driver = SeedBaselineDriver.start(stateDir);
        articles = driver.articles();
        alerts = driver.alerts();
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void shouldKnowTheSeedFiguresBeforeAnyArticle() {
        assertThat(baseline.articleCount()).isEqualTo(5);
        assertThat(baseline.get("trade.turnover|KZ,RU")).extracting(k -> k.getValue()).contains(2.78e10);
    }

    @Test
    void shouldRaiseNothingWhenTheSeedCorpusItselfArrives() {
        SeedCorpus.bundled().forEach(seed -> {
            Article article = BaselineLoader.article(seed);
            articles.pipeInput(article.getId(), article, NOW);
        });
        assertThat(alerts.readValuesToList()).isEmpty();
    }

    @Test
    void shouldRaiseNothingWhenAnArticleRestatesSeedFigures() {
        articles.pipeInput("restate", article("restate",
                "Kazakhstan and Russia: trade reached $27.8 billion in 2024",
                "Trade turnover between Kazakhstan and Russia amounted to $27.8 billion in 2024, according to the"
                        + " Kazakh trade ministry. Officials in Astana expect more cooperation with Moscow."), NOW);
        assertThat(alerts.readValuesToList()).isEmpty();
    }

    @Test
    void shouldRaiseNewPeriodWhenAnArticleGives2025Figures() {
        articles.pipeInput("new-year", article("new-year",
                "Kazakhstan-Russia trade in 2025",
                "Trade turnover between Kazakhstan and Russia reached $29.1 billion in 2025, the ministry in Astana"
                        + " said."), NOW);
        List<Alert> raised = alerts.readValuesToList();
        assertThat(raised).singleElement().satisfies(alert -> {
            assertThat(alert.getKind()).isEqualTo(AlertKind.NEW_PERIOD);
            assertThat(alert.getFigure().getMetric()).isEqualTo("trade.turnover");
            assertThat(alert.getFigure().getSubjects()).containsExactly("KZ", "RU");
            assertThat(alert.getFigure().getPeriod()).isEqualTo("2025");
            assertThat(alert.getCompared().get(0).getValue()).isEqualTo(2.78e10);
            assertThat(alert.getChange()).isCloseTo(4.68, org.assertj.core.data.Offset.offset(0.01));
        });
    }

    @Test
    void shouldRaiseNewPeriodForARankOfAYearTheSeedLabelsDoNotReach() {
        // The seed labels Kazakhstan's e-government rank for 2018 and undated; the analysis reads the same ranks with a
        // period running to the seed's date (2023), which must not make an article of 2020 look old.
        Article article = article("rank-2020", "Kazakhstan climbs in the UN e-government ranking",
                "Kazakhstan ranked 29th among 193 countries in the UN E-Government Development Index in 2020, the"
                        + " ministry in Nur-Sultan said.");
        article.setPublished(Instant.parse("2020-07-13T08:00:00Z"));
        articles.pipeInput(article.getId(), article, NOW);
        assertThat(alerts.readValuesToList()).singleElement().satisfies(alert -> {
            assertThat(alert.getKind()).isEqualTo(AlertKind.NEW_PERIOD);
            assertThat(alert.getFigure().getMetric()).isEqualTo("egov.rank");
            assertThat(alert.getFigure().getPeriod()).isEqualTo("2020");
            assertThat(alert.getCompared()).extracting(k -> k.getPeriod()).doesNotContain("2018-01/2023-02");
        });
    }

    @Test
    void shouldRaiseRevisedWhenAnArticleGivesADifferent2024Value() {
        articles.pipeInput("revised", article("revised",
                "Kazakhstan and Russia revise their trade figures",
                "Trade turnover between Kazakhstan and Russia was $25.3 billion in 2024, according to new customs"
                        + " data from Astana."), NOW);
        assertThat(alerts.readValuesToList()).singleElement().satisfies(alert -> {
            assertThat(alert.getKind()).isEqualTo(AlertKind.REVISED);
            assertThat(alert.getFigure().getValue()).isEqualTo(2.53e10);
            assertThat(alert.getCompared()).extracting(k -> k.getValue()).contains(2.78e10);
        });
    }

    @Test
    void shouldConfirmWhenTheSameFactComesInRussian() {
        articles.pipeInput("en", article("en", "Kazakhstan-Russia trade in 2025",
                "Trade turnover between Kazakhstan and Russia reached $29.1 billion in 2025."), NOW);
        articles.pipeInput("ru", article("ru", "Товарооборот Казахстана и России",
                "Товарооборот между Казахстаном и Россией в 2025 году составил 29,1 млрд долларов."), NOW.plusSeconds(60));
        assertThat(alerts.readValuesToList()).singleElement()
                .satisfies(alert -> assertThat(alert.getArticleId()).isEqualTo("en"));
    }

    @Test
    void shouldConfirmInsteadOfOpeningASeriesWhenTheSameFactNamesOtherSubjects() {
        articles.pipeInput("first", article("first", "Kazakhstan-Russia trade in 2025",
                "Trade turnover between Kazakhstan and Russia reached $29.1 billion in 2025."), NOW);
        // Three parties here, two in the first article: the subjects hold the first article's, the fact (metric,
        // measure, period, value) is the same.
        Article restated = article("restated", "Kazakhstan, Russia and Belarus trade",
                "Trade turnover between Kazakhstan, Russia and Belarus reached $29.1 billion in 2025.");
        assertThat(analysis.analyze(restated).getFigures()).singleElement()
                .satisfies(f -> assertThat(f.getSubjects()).containsExactly("BY", "KZ", "RU"));
        articles.pipeInput("restated", restated, NOW.plusSeconds(60));

        assertThat(alerts.readValuesToList()).singleElement()
                .satisfies(alert -> assertThat(alert.getArticleId()).isEqualTo("first"));
    }

    @Test
    void shouldStillRaiseNewMetricWhenOverlappingSubjectsGiveAnotherValue() {
        articles.pipeInput("first", article("first", "Kazakhstan-Russia trade in 2025",
                "Trade turnover between Kazakhstan and Russia reached $29.1 billion in 2025."), NOW);
        articles.pipeInput("other", article("other", "Kazakhstan, Russia and Belarus trade",
                "Trade turnover between Kazakhstan, Russia and Belarus reached $3.2 billion in 2025."), NOW.plusSeconds(60));

        assertThat(alerts.readValuesToList()).extracting(Alert::getArticleId).containsExactly("first", "other");
    }

    static Article article(String id, String title, String text) {
        return Article.newBuilder().setId(id).setUrl("https://news.example.org/" + id).setFeed("https://news.example.org/rss")
                .setSource("Example").setTitle(title).setText(text).setPublished(NOW).setFetched(NOW)
                .setContentHash("h-" + id).build();
    }
}
