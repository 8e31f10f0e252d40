package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.steppewatch.analysis.Analysis;
import io.steppewatch.analysis.ArticleAnalyzer;
import io.steppewatch.analysis.ArticleText;
import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.TopicDecision;

class FigureTopicsTest {

    private static ExtractedFigure figure(String metric) {
        return new ExtractedFigure(1.0e9, "USD", Measure.AMOUNT, metric, List.of("CN", "KZ"), "2024", "$1 billion",
                "s", 0);
    }

    @Test
    void shouldAddTradeWhenTheArticleStatesTwoTradeFigures() {
        List<TopicDecision> topics = FigureTopics.withFigureEvidence(List.of(),
                List.of(figure("trade.turnover"), figure("trade.exports")), 6.0);

        assertThat(topics).singleElement().satisfies(d -> {
            assertThat(d.topic()).isEqualTo("trade");
            assertThat(d.terms()).containsExactly("figure: trade.turnover", "figure: trade.exports");
        });
    }

    @Test
    void shouldAddTradeWhenTheArticleStatesOneTradeFigure() {
        assertThat(FigureTopics.withFigureEvidence(List.of(), List.of(figure("trade.exports")), 6.0))
                .extracting(TopicDecision::topic).containsExactly("trade");
    }

    @Test
    void shouldLeaveTopicsAloneWhenNoTradeFigure() {
        assertThat(FigureTopics.withFigureEvidence(List.of(), List.of(figure("cargo.volume"), figure("other")), 6.0))
                .isEmpty();
    }

    @Test
    void shouldSayFiguresMeasureOtherThingsOnlyWhenNoneIsTradeEvidence() {
        assertThat(FigureTopics.measureOtherThings(List.of(figure("cargo.capacity"), figure("other")))).isTrue();
        assertThat(FigureTopics.measureOtherThings(List.of(figure("other"), figure("trade.exports")))).isFalse();
        assertThat(FigureTopics.measureOtherThings(List.of(figure("other"), figure("investment.total")))).isFalse();
        assertThat(FigureTopics.measureOtherThings(List.of())).isFalse();
    }

    @Test
    void shouldLeaveAnArticleWithoutTopicAloneWhenItStatesCooperationFigures() {
        assertThat(FigureTopics.withFigureEvidence(List.of(),
                List.of(figure("jobs.count"), figure("investment.total"), figure("jointprojects.count"),
                        figure("other")), 6.0)).isEmpty();
    }

    @Test
    void shouldLeaveACorridorArticleAloneWhenItStatesAnInvestment() {
        TopicDecision corridors = new TopicDecision("corridors", 18.0, List.of("corridor", "port"));

        assertThat(FigureTopics.withFigureEvidence(List.of(corridors), List.of(figure("investment.total"),
                figure("companies.count")), 6.0)).containsExactly(corridors);
    }

    @Test
    void shouldNotAddTradeTwiceWhenTheLexiconAssignedIt() {
        TopicDecision lexical = new TopicDecision("trade", 9.5, List.of("trade turnover"));

        assertThat(FigureTopics.withFigureEvidence(List.of(lexical),
                List.of(figure("trade.turnover"), figure("trade.imports")), 6.0)).containsExactly(lexical);
    }

    @Test
    void shouldGiveAnInvestmentStoryNoTopicWhenAnalysedInRussian() {
        ArticleText investors = new ArticleText("t2", "Новые заводы в Алматинской области",
                "Компании из Китая вложат 312 млрд тенге в семь заводов в Казахстане. "
                        + "В Казахстане работают 397 китайских предприятий.", null, "ru");

        Analysis analysis = ArticleAnalyzer.withDefaults().analyze(investors);
        assertThat(analysis.figures()).extracting(ExtractedFigure::metric).contains("companies.count");
        assertThat(analysis.topics()).isEmpty();
    }

    @Test
    void shouldMakeAStatisticsArticleATradeArticleWhenAnalysed() {
        ArticleText statistics = new ArticleText("t1", "Kazakhstan: January-June figures",
                "Trade turnover between Kazakhstan and China reached $21.3 billion in January-June 2024. "
                        + "Kazakhstan's exports to China amounted to $9.8 billion.", null, "en");

        assertThat(ArticleAnalyzer.withDefaults().analyze(statistics).topics()).extracting(TopicDecision::topic)
                .contains("trade");
    }

    @Test
    void shouldAddTradeWhenACorridorArticleStatesOneProductsTrade() {
        TopicDecision corridors = new TopicDecision("corridors", 18.0, List.of("port"));
        ExtractedFigure oil = new ExtractedFigure(1.5e6, "t", Measure.TARGET, "other", List.of("AZ", "KZ"), null,
                "1.5 million tonnes", "s", 0, "trade.exports");

        assertThat(FigureTopics.withFigureEvidence(List.of(corridors), List.of(oil), 6.0))
                .filteredOn(d -> d.topic().equals("trade")).singleElement()
                .satisfies(d -> assertThat(d.terms()).containsExactly("figure: other (trade.exports)"));
    }

    @Test
    void shouldAddTradeWhenACorridorArticleStatesExportsCarriedByALine() {
        TopicDecision corridors = new TopicDecision("corridors", 18.0, List.of("pipeline"));
        ExtractedFigure oil = new ExtractedFigure(2.0e6, "t", Measure.AMOUNT, "cargo.volume", List.of("KZ", "RU"),
                "2024", "2 million tonnes", "s", 0, "cargo.volume", "trade.exports");

        assertThat(FigureTopics.withFigureEvidence(List.of(corridors), List.of(oil), 6.0))
                .filteredOn(d -> d.topic().equals("trade")).singleElement()
                .satisfies(d -> assertThat(d.terms()).containsExactly("figure: cargo.volume (trade.exports)"));
    }

    @Test
    void shouldKeepTradeWhenOilExportsAreReadAsAPipelinesFreight() {
        ArticleText oil = new ArticleText("t3", "A busy year for the pipeline",
                "The pipeline operator reported steady work. Kazakhstan exported 2 million tonnes of its crude to "
                        + "Hungary last year through the Druzhba pipeline.", null, "en");

        Analysis analysis = ArticleAnalyzer.withDefaults().analyze(oil);
        assertThat(analysis.figures()).extracting(ExtractedFigure::metric).containsExactly("cargo.volume");
        assertThat(analysis.topics()).filteredOn(d -> d.topic().equals("trade")).singleElement()
                .satisfies(d -> assertThat(d.terms()).containsExactly("figure: cargo.volume (trade.exports)"));
    }

    @Test
    void shouldLeaveTopicsAloneWhenAFigureOutsideTheVocabularyRelatesNoTrade() {
        ExtractedFigure train = new ExtractedFigure(50, "count", Measure.AMOUNT, "other", List.of("CN", "UZ"), null,
                "50 containers", "s", 0, "cargo.containers");

        assertThat(FigureTopics.withFigureEvidence(List.of(), List.of(train), 6.0)).isEmpty();
    }
}
