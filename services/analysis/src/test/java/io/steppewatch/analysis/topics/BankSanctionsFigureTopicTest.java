package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.ArticleAnalyzer;
import io.steppewatch.analysis.ArticleText;
import io.steppewatch.analysis.TopicDecision;

/**
 * Banking and payment sanctions are sanctions alone, whatever gives the trade: a trade figure the story states to say
 * what the bank's payments served is no trade topic either. The same body under a headline naming no bank keeps it.
 */
class BankSanctionsFigureTopicTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static final String BODY = "London added the lender to its sanctions list for helping Russian firms evade"
            + " sanctions. The sanctioned lender handled payments while trade turnover between Kyrgyzstan and"
            + " Russia reached $3.2 billion in 2023.";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "London sanctions a Kyrgyz bank    | sanctions",
        "London sanctions Kyrgyz companies | sanctions,trade",
    })
    void shouldDropTheTradeOfAFigureBesideSanctionsWhenTheHeadlineNamesABank(String title, String expected) {
        assertThat(ANALYZER.analyze(new ArticleText("t", title, BODY, LocalDate.of(2024, 5, 2), null)).topics())
                .extracting(TopicDecision::topic).containsExactly(expected.split(","));
    }
}
