package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 52 of round 37: the publication date alone (the page's date, a dateline) dates nothing. A body that opens
 * on the page's date stamp ("date 2024-03-18"), with or without a dateline after it, gives its first sentence's
 * figures no period from either; a period the sentence states stays.
 */
class PageStampDatelinePeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            date 2024-03-18 ASTANA, March 18. The share of national currencies in payments between Kazakhstan and Belarus has come close to 90%, the ambassador said. | 90% | 2024-03-18 |
            date 2024-03-18 For the first time, trade turnover between Kazakhstan and Turkey hit a record high of $6.4 billion. | $6.4 billion | 2024-03-18 |
            date 2024-03-18 ASTANA, March 18. Trade turnover between Kazakhstan and China reached $41 billion in 2023. | $41 billion | 2024-03-18 | 2023
            """)
    void shouldTakeNoPeriodFromThePagesDateStamp(String body, String text, String published, String period) {
        ArticleText article = new ArticleText("t", "Central Asia news", body, LocalDate.parse(published), null);
        assertThat(AnalyzedFigures.figure(article, text).period()).isEqualTo(period);
    }
}
