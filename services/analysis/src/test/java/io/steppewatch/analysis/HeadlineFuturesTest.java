package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An English headline's bare infinitive ("X to exceed ...") is its future: the level it states is a goal. */
class HeadlineFuturesTest {

    private static final String BODY = "Officials gave no further details on Tuesday.";

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakh wheat shipments to Iran to top 2 million tons this season          | 2 million    | TARGET
            Poti port's container throughput to be raised to 1.2 million TEU          | 1.2 million  | TARGET
            Uzbekistan to pay Turkmenistan $50 million for gas transit                | $50 million  | TARGET
            Kazakh wheat shipments to Iran topped 2 million tons this season          | 2 million    | AMOUNT
            According to Kazstat, trade with China hit $30 billion in 2023            | $30 billion  | AMOUNT
            Trade with China climbed to $30 billion                                   | $30 billion  | AMOUNT
            Kazakhstan to build a 120 km railway to the Afghan border                 | 120 km       | AMOUNT
            """)
    void shouldReadAGoalWhenAHeadlinesVerbIsAnInfinitive(String title, String text, Measure measure) {
        ArticleText article = new ArticleText("t", title, BODY, AnalyzedFigures.PUBLISHED, null);
        assertThat(figure(article, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The railway helped to carry 5 million tons of cargo last year.            | 5 million    | AMOUNT
            """)
    void shouldReadTheBodyAsBefore(String body, String text, Measure measure) {
        ArticleText article = new ArticleText("t", "Grain corridor news", body, AnalyzedFigures.PUBLISHED, null);
        assertThat(figure(article, text).measure()).isEqualTo(measure);
    }
}
