package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.ArticleAnalyzer;
import io.steppewatch.analysis.ArticleText;
import io.steppewatch.analysis.TopicDecision;

/**
 * A figure whose sentence names trade only in a name, an office's ("the Ministry of Industry and Trade", "le ministère
 * du Commerce") or a programme's ("the Power Transmission and Trade Project"), is no trade evidence: the amount is what
 * a building or a power line costs, and the name says whose it is (gold-p, zf, zt: the article got `trade` from such a
 * figure alone). A figure whose sentence names trade outside the name still is.
 */
class TradeInNamesFigureTopicTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static List<String> topics(String language, String title, String body) {
        return ANALYZER.analyze(new ArticleText("t", title, body, LocalDate.of(2025, 3, 4), language)).topics()
                .stream().map(TopicDecision::topic).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Un nouveau chantier pour un groupe de BTP à Achgabat | Le groupe de BTP construira d'ici 2027 un immeuble destiné au ministère du Commerce (58 millions de dollars) et un hôpital régional (41 millions de dollars), a-t-il annoncé mardi.
            en | A builder's new contract in the capital | The builder will put up new offices for the Ministry of Industry and Trade, worth $45 million, and a regional hospital, worth $30 million, by the end of 2026.
            en | Work resumes on a mountain power line | The Highland Power Transmission and Trade Project (HPTT-500) is a $900 million regional power line that should link three mountain republics by 2028.
            """)
    void shouldNotReadTradeFromAFigureWhoseTradeWordIsAName(String language, String title, String body) {
        assertThat(topics(language, title, body)).doesNotContain("trade");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Talks in the capital | Trade between the two republics reached $45 million last year, the Ministry of Industry and Trade reported on Tuesday.
            """)
    void shouldKeepTradeWhenTheSentenceNamesItOutsideTheName(String language, String title, String body) {
        assertThat(topics(language, title, body)).contains("trade");
    }
}
