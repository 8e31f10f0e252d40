package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole analysis: a change told right after the level it qualifies, in the same clause, has the level's period,
 * though a base ("өткен жылға қарай", "on the year before") stands between (round 47, perc47;
 * {@code ChangeLevelPeriods}). Undated texts, so the period comes from the sentence alone.
 */
class ChangeAfterLevelPeriodTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Өзбекстан мен Қазақстан арасындағы жүк көлемі 2023 жылы 28 млн тоннаны құрап, өткен жылға қарай 11%-ға артты. | 11% | 2023
            Қытайға жөнелтілген астық 2022 жылы 4 млн тоннаны құрап, өткен жылға қарай 17%-ға өсті. | 17% | 2022
            """)
    void shouldDateAChangeByTheLevelItQualifies(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, null, text).period()).isEqualTo(period);
    }
}
