package io.steppewatch.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The targets of issue 5 on the bundled seed corpus and its gold labels. */
class SeedEvaluationTest {

    private static EvaluationResult result;

    @BeforeAll
    static void evaluate() {
        result = SeedEvaluation.evaluateBundled();
    }

    @Test
    void shouldFindAtLeast95PercentOfRequiredFiguresWhenScoringSeeds() {
        assertThat(result.requiredGold()).isEqualTo(35);
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void shouldBeRightOnAtLeast90PercentOfExtractedFiguresWhenScoringSeeds() {
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void shouldNameTheMetricOfAtLeast90PercentWhenGoldMetricIsNotOther() {
        assertThat(result.metricAccuracy()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void shouldResolveThePeriodOfAtLeast85PercentWhenScoringSeeds() {
        assertThat(result.periodAccuracy()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void shouldAssignExactlyTheGoldTopicsWhenScoringEachSeed() {
        assertThat(result.seeds()).hasSize(5);
        assertThat(result.seeds()).allSatisfy(seed ->
                assertThat(seed.actualTopics()).as(seed.doc()).containsExactlyInAnyOrderElementsOf(seed.expectedTopics()));
    }

    @Test
    void shouldDetectTheGoldLanguageWhenScoringEachSeed() {
        assertThat(result.seeds()).allSatisfy(seed ->
                assertThat(seed.language()).as(seed.doc()).isEqualTo(seed.expectedLanguage()));
    }
}
