package io.steppewatch.processor.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.steppewatch.avro.Figure;
import io.steppewatch.avro.FigureObservation;
import io.steppewatch.avro.Measure;

/** Which series a figure is sent to before the ledger judges it. */
class NearIdentitiesTest {

    private static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");

    private final NearIdentities.InMemoryFacts facts = new NearIdentities.InMemoryFacts();
    private NearIdentities near;

    @BeforeEach
    void setUp() {
        near = new NearIdentities(new FigureLedger(0.02, false), Baseline.empty(), 500, facts);
    }

    @Test
    void shouldSendARestatementToTheSeriesHoldingTheFactWhenOneHoldsTheOthersSubjects() {
        assertThat(resolve("a1", List.of("KZ", "RU"), 29.1e9, "2025")).isEqualTo("trade.turnover|KZ,RU");
        assertThat(resolve("a2", List.of("BY", "KZ", "RU"), 29.2e9, "2025")).isEqualTo("trade.turnover|KZ,RU");
        // Remembered where it was sent: the next restatement with the same subjects goes there too.
        assertThat(resolve("a3", List.of("BY", "KZ", "RU"), 29.1e9, "2025")).isEqualTo("trade.turnover|KZ,RU");
        assertThat(resolve("a4", List.of("KZ"), 29.1e9, "2025")).isEqualTo("trade.turnover|KZ,RU");
        assertThat(facts.holders(NearIdentities.factKey("trade.turnover", Measure.AMOUNT, "2025")))
                .containsExactly("trade.turnover|KZ,RU");
    }

    @Test
    void shouldKeepTheFigureInItsSeriesWhenNothingAgrees() {
        resolve("a1", List.of("KZ", "RU"), 29.1e9, "2025");
        assertThat(resolve("a2", List.of("BY", "KZ"), 3.2e9, "2025")).as("another value")
                .isEqualTo("trade.turnover|BY,KZ");
        assertThat(resolve("a3", List.of("CN", "UZ"), 29.1e9, "2025")).as("no subject shared")
                .isEqualTo("trade.turnover|CN,UZ");
        assertThat(resolve("a5", List.of("KZ", "UZ"), 29.1e9, "2025")).as("another pair sharing one country")
                .isEqualTo("trade.turnover|KZ,UZ");
        assertThat(resolve("a4", List.of("KZ"), 29.1e9, "2024")).as("another period").isEqualTo("trade.turnover|KZ");
    }

    @Test
    void shouldLeaveTheFigureToItsOwnSeriesWhenThatSeriesHoldsTheFact() {
        resolve("a1", List.of("KZ", "RU"), 29.1e9, "2025");
        resolve("a2", List.of("BY", "KZ"), 3.2e9, "2025");
        // BY,KZ holds the fact with another value: its own rules judge the figure (a revision), not a near identity.
        assertThat(resolve("a3", List.of("BY", "KZ"), 29.1e9, "2025")).isEqualTo("trade.turnover|BY,KZ");
    }

    @Test
    void shouldLeaveAnOlderPeriodToItsOwnSeriesAsTheLedgerWouldRecordItThere() {
        resolve("a1", List.of("KZ", "RU"), 29.1e9, "2024");
        resolve("a2", List.of("BY", "KZ", "RU"), 31.0e9, "2025");
        // BY,KZ,RU already knows 2025: its 2024 is an older period, recorded in its own series, not a near identity.
        assertThat(resolve("a3", List.of("BY", "KZ", "RU"), 29.1e9, "2024")).isEqualTo("trade.turnover|BY,KZ,RU");
        // A later period of BY,KZ,RU that KZ,RU already holds is one.
        resolve("a4", List.of("KZ", "RU"), 33.0e9, "2026");
        assertThat(resolve("a5", List.of("BY", "KZ", "RU"), 33.0e9, "2026")).isEqualTo("trade.turnover|KZ,RU");
    }

    @Test
    void shouldFindTheFactInTheBaseline() {
        Figure seed = figure(List.of("KZ", "RU"), 27.8e9, "2024");
        Baseline baseline = Baseline.of(List.of(io.steppewatch.avro.AnalyzedArticle.newBuilder().setId("seed")
                .setUrl("seed.txt").setFeed("seed").setTitle("seed").setSource("seed").setLanguage("en").setFetched(T0)
                .setContentHash("h").setTopics(List.of())
                .setCountries(List.of()).setFigures(List.of(seed)).build()));
        NearIdentities withSeed = new NearIdentities(new FigureLedger(0.02, false), baseline, 500, new NearIdentities.InMemoryFacts());
        assertThat(withSeed.resolve("trade.turnover|KZ", observation("a1", figure(List.of("KZ"), 27.8e9, "2024"))))
                .isEqualTo("trade.turnover|KZ,RU");
    }

    @Test
    void shouldFindALabelledSeedsOtherReadingForThatSeedAlone() {
        Figure label = figure(List.of("KZ", "RU"), 27.8e9, "2024");
        Figure reading = figure(List.of("KZ", "RU"), 31.2e9, "2025");
        Baseline baseline = Baseline.of(List.of(io.steppewatch.avro.AnalyzedArticle.newBuilder().setId("seed")
                .setUrl("seed.txt").setFeed("seed").setTitle("seed").setSource("seed").setLanguage("en").setFetched(T0)
                .setContentHash("h").setTopics(List.of())
                .setCountries(List.of()).setFigures(List.of(label, reading)).build()), java.util.Map.of("seed", 1));
        NearIdentities withSeed = new NearIdentities(new FigureLedger(0.02, false), baseline, 500, new NearIdentities.InMemoryFacts());

        assertThat(withSeed.resolve("trade.turnover|KZ", observation("a1", figure(List.of("KZ"), 31.2e9, "2025"))))
                .as("another article is judged against the seed's labels").isEqualTo("trade.turnover|KZ");
        assertThat(withSeed.resolve("trade.turnover|RU", observation("seed", figure(List.of("RU"), 31.2e9, "2025"))))
                .as("the seed itself still finds what it said").isEqualTo("trade.turnover|KZ,RU");
    }

    @Test
    void shouldNotFindAFactTheOtherSeriesNoLongerHolds() {
        NearIdentities small = new NearIdentities(new FigureLedger(0.02, false), Baseline.empty(), 2, new NearIdentities.InMemoryFacts());
        small.resolve("trade.turnover|KZ,RU", observation("a1", figure(List.of("KZ", "RU"), 29.1e9, "2024")));
        small.resolve("trade.turnover|KZ,RU", observation("a2", figure(List.of("KZ", "RU"), 30.0e9, "2025")));
        small.resolve("trade.turnover|KZ,RU", observation("a3", figure(List.of("KZ", "RU"), 31.0e9, "2026")));
        // Two figures per series: the ledger has dropped KZ,RU's 2024, so it confirms nothing any more.
        assertThat(small.resolve("trade.turnover|BY,KZ,RU", observation("a4", figure(List.of("BY", "KZ", "RU"), 29.1e9, "2024"))))
                .isEqualTo("trade.turnover|BY,KZ,RU");
        assertThat(small.resolve("trade.turnover|KZ", observation("a5", figure(List.of("KZ"), 31.0e9, "2026"))))
                .isEqualTo("trade.turnover|KZ,RU");
    }

    @Test
    void shouldSpreadEveryFigureOfASeriesAndMeasureToOneTaskWhateverItsPeriod() {
        // The ledger sees a series' figures of one measure in the order they were stated only if they travel
        // through one task of this step.
        assertThat(NearIdentities.routeKey(figure(List.of("KZ", "RU"), 1e9, "2024")))
                .isEqualTo(NearIdentities.routeKey(figure(List.of("CN", "KZ"), 2e9, "2025")));
        Figure target = Figure.newBuilder(figure(List.of("KZ", "RU"), 1e9, "2024")).setMeasure(Measure.TARGET).build();
        assertThat(NearIdentities.routeKey(target)).isNotEqualTo(NearIdentities.routeKey(figure(List.of("KZ"), 1e9, "2024")));
    }

    @Test
    void shouldNeitherMoveNorRememberFiguresTheLedgerIgnores() {
        Figure other = Figure.newBuilder(figure(List.of("KZ"), 5, "2025")).setMetric(FigureLedger.OTHER_METRIC).build();
        assertThat(near.resolve("other|KZ", observation("a1", other))).isEqualTo("other|KZ");
        Figure infinite = figure(List.of("KZ"), Double.POSITIVE_INFINITY, "2025");
        assertThat(near.resolve("trade.turnover|KZ", observation("a2", infinite))).isEqualTo("trade.turnover|KZ");
        assertThat(facts.isEmpty()).isTrue();
    }

    private String resolve(String articleId, List<String> subjects, double value, String period) {
        return near.resolve(FigureLedger.key("trade.turnover", subjects),
                observation(articleId, figure(subjects, value, period)));
    }

    private static Figure figure(List<String> subjects, double value, String period) {
        return Figure.newBuilder().setValue(value).setUnit("USD").setMeasure(Measure.AMOUNT).setMetric("trade.turnover")
                .setSubjects(subjects).setPeriod(period).setText(String.valueOf(value)).setSentence("sentence")
                .setArticleId("a").build();
    }

    private static FigureObservation observation(String articleId, Figure figure) {
        return FigureObservation.newBuilder().setFigure(figure).setIndex(0).setArticleId(articleId)
                .setArticleUrl("https://example.org/" + articleId).setArticleTitle("t").setSource("s")
                .setTopics(List.of("trade")).setPublished(T0).build();
    }
}
