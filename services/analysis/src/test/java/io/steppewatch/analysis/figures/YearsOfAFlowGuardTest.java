package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.Measure;

/** Years of independence are one country's own age, not the span of the investment their sentence states. */
class YearsOfAFlowGuardTest {

    private static final String SENTENCE = "Over 25 years of independence, Kazakhstan drew $8 billion of Spanish "
            + "investment.";

    @Test
    void shouldLeaveYearsOfIndependenceToTheirCountry() {
        ExtractedFigure years = new ExtractedFigure(25, "years", Measure.AMOUNT, "other", List.of("KZ"), null,
                "25 years", SENTENCE, 5);
        ExtractedFigure money = new ExtractedFigure(8e9, "USD", Measure.AMOUNT, "investment.total",
                List.of("ES", "KZ"), null, "$8 billion", SENTENCE, 50);
        assertThat(YearsOfAFlow.withFlowParties(List.of(years, money)).get(0).subjects()).containsExactly("KZ");
    }

    @Test
    void shouldGiveOtherYearsTheFlowsParties() {
        String sentence = "Over 25 years, Kazakhstan drew $8 billion of Spanish investment.";
        ExtractedFigure years = new ExtractedFigure(25, "years", Measure.AMOUNT, "other", List.of("KZ"), null,
                "25 years", sentence, 5);
        ExtractedFigure money = new ExtractedFigure(8e9, "USD", Measure.AMOUNT, "investment.total",
                List.of("ES", "KZ"), null, "$8 billion", sentence, 31);
        assertThat(YearsOfAFlow.withFlowParties(List.of(years, money)).get(0).subjects()).containsExactly("ES", "KZ");
    }
}
