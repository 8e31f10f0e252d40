package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A change told in the sentences after a span of past years ("over the past four years", "за последние пять лет"),
 * in its paragraph and with no period of its own, is a change over that span: the whole years before the year of
 * publication, as it is in the span's own sentence (the settled past-N-years decision, carried as the standard
 * carries a period from the sentence that sets it). A sentence between that sets a period of its own, a new paragraph
 * or an undated text stops it. Paragraphs are marked "¶"; the articles are published on 2024-03-05 unless a row says
 * undated.
 */
class ChangeAfterPastYearsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            За последние пять лет торговля заметно выросла. Мы видим рост примерно в 3 раза. | 3 раза | 2024-03-05 | 2019-01/2023-12
            Over the past four years trade between the two countries has grown fast. Exports rose by 60 percent. | 60 percent | 2024-03-05 | 2020-01/2023-12
            Over the past four years trade has grown fast. In 2023 it rose by 12 percent. Exports rose by 60 percent. | 60 percent | 2024-03-05 | 2023
            Over the past four years trade has grown fast. ¶ Exports rose by 60 percent. | 60 percent | 2024-03-05 |
            Over the past four years trade between the two countries has grown fast. Exports rose by 60 percent. | 60 percent | |
            """)
    void shouldGiveTheChangeThePastYears(String body, String text, String published, String period) {
        String paragraphs = body.replace(" ¶ ", "\n\n");
        assertThat(AnalyzedFigures.figure(paragraphs, published, text).period()).isEqualTo(period);
    }
}
