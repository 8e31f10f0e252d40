package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A goal an article states twice, once worded as a bare level, is the goal both times (round 48, alerts48). */
class RestatedGoalsTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static List<ExtractedFigure> figures(String title, String body) {
        return ANALYZER.analyze(new ArticleText("t", title, body, null, null)).figures();
    }

    @Test
    void shouldReadTheBodysRestatementOfTheHeadlinesGoalAsTheGoal() {
        List<ExtractedFigure> found = figures("Kazakhstan and Georgia aim to lift trade to $1 billion",
                "The two governments adopted a roadmap meant to take annual trade turnover between Kazakhstan and "
                        + "Georgia to $1 billion, officials in Astana said.");
        assertThat(found).filteredOn(f -> f.value() == 1e9).hasSize(2)
                .allSatisfy(f -> assertThat(f.measure()).isEqualTo(Measure.TARGET));
    }

    @Test
    void shouldKeepALevelOfItsOwnYearThatEqualsAGoal() {
        List<ExtractedFigure> found = figures("Kazakhstan and Georgia aim to lift trade to $1 billion",
                "Trade turnover between Kazakhstan and Georgia reached $1 billion in 2023, officials in Astana said.");
        assertThat(found).filteredOn(f -> f.value() == 1e9 && "2023".equals(f.period()))
                .singleElement().satisfies(f -> assertThat(f.measure()).isEqualTo(Measure.AMOUNT));
    }

    @Test
    void shouldLeaveLevelsOfAnotherValueOrAnotherMetricAlone() {
        List<ExtractedFigure> figures = new ArrayList<>(List.of(
                figure(2e9, Measure.TARGET, "trade.turnover", null),
                figure(2e9, Measure.AMOUNT, "trade.turnover", null),
                figure(1.4e9, Measure.AMOUNT, "trade.turnover", null),
                figure(2e9, Measure.AMOUNT, "investment.total", null),
                figure(2e9, Measure.AMOUNT, "trade.turnover", "2022")));
        RestatedGoals.unify(figures);
        assertThat(figures).extracting(ExtractedFigure::measure).containsExactly(Measure.TARGET, Measure.TARGET,
                Measure.AMOUNT, Measure.AMOUNT, Measure.AMOUNT);
    }

    private static ExtractedFigure figure(double value, Measure measure, String metric, String period) {
        return new ExtractedFigure(value, "USD", measure, metric, List.of("KZ", "GE"), period, "$" + value, "", 0,
                null);
    }
}
